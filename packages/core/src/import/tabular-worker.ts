import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { DomainError, type ErrorCode, type ErrorParams } from '@ungcuu/domain/errors.ts';
import { IMPORT_LIMITS } from './import-limits.ts';
import type { TabularCells, TabularFormat } from './tabular-reader.ts';

// Runs the reader off the request thread, in worker threads with their own heap cap and a
// deadline, at most READERS files at once (the server may have two cores); more wait in a short
// queue, past it the import is refused as busy. Workers are kept warm between files (starting one
// loads the XLSX library: about a second) and replaced after a file that broke a limit hard.
const READERS = 2;
const QUEUE = 16;
const IDLE_MS = 5 * 60_000;

type Reply = { cells?: TabularCells; error?: { code: ErrorCode; params: ErrorParams } };

const idle: Worker[] = [];
let running = 0;
const waiting: (() => void)[] = [];

async function slot(): Promise<() => void> {
  if (running >= READERS) {
    if (waiting.length >= QUEUE) throw new DomainError('import.busy');
    await new Promise<void>((resolve) => waiting.push(resolve));
  }
  running += 1;
  return () => {
    running -= 1;
    waiting.shift()?.();
  };
}

const entry = new URL('./tabular.worker.ts', import.meta.url);
// The compiled server (dist/server, decision 0028) carries the reader as JavaScript beside it.
const compiled = new URL('./tabular.worker.mjs', import.meta.url);

function spawn(): Worker {
  if (existsSync(fileURLToPath(compiled)))
    return configure(
      new Worker(compiled, {
        execArgv: [],
        resourceLimits: { maxOldGenerationSizeMb: IMPORT_LIMITS.readerHeapMb, maxYoungGenerationSizeMb: 32 },
      }),
    );
  // Source runs through tsx (no build step): a worker does not inherit its loader, so it registers
  // it before importing the TypeScript entry.
  // Resolved here, from this package, so that the server's working directory does not matter.
  const tsx = import.meta.resolve('tsx/esm/api');
  const bootstrap = `import(${JSON.stringify(tsx)}).then((tsx) => { tsx.register(); return import(${JSON.stringify(entry.href)}); });`;
  const worker = new Worker(bootstrap, {
    eval: true,
    // Not the parent's flags (e.g. the test runner's). The heap cap turns a file that still
    // manages to balloon into a refusal instead of a server out of memory.
    execArgv: [],
    resourceLimits: { maxOldGenerationSizeMb: IMPORT_LIMITS.readerHeapMb, maxYoungGenerationSizeMb: 32 },
  });
  return configure(worker);
}

function configure(worker: Worker): Worker {
  // An idle reader never keeps the process alive (CLI commands exit when done).
  worker.unref();
  return worker;
}

function park(worker: Worker): void {
  idle.push(worker);
  const timer = setTimeout(() => {
    const at = idle.indexOf(worker);
    if (at >= 0) {
      idle.splice(at, 1);
      void worker.terminate();
    }
  }, IDLE_MS);
  timer.unref();
  worker.once('message', () => clearTimeout(timer));
  // A 'message' listener refs the worker's port again: a parked reader must not keep the process
  // alive (a test file or a CLI command would never exit).
  worker.unref();
}

function readWith(worker: Worker, bytes: Buffer, format: TabularFormat): Promise<TabularCells> {
  return new Promise<TabularCells>((resolve, reject) => {
    let settled = false;
    const done = (keep: boolean, fn: () => void) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      worker.off('message', onMessage).off('error', onError).off('exit', onExit);
      if (keep) park(worker);
      else void worker.terminate();
      fn();
    };
    const onMessage = (reply: Reply) =>
      done(true, () =>
        reply.cells
          ? resolve(reply.cells)
          : reject(new DomainError(reply.error?.code ?? 'import.bad_file', reply.error?.params ?? {})),
      );
    const onError = (error: Error & { code?: string }) =>
      done(false, () =>
        // Out of its heap: the file. Anything else escaped the reader's own handling: our fault.
        reject(error.code === 'ERR_WORKER_OUT_OF_MEMORY' ? new DomainError('import.too_complex') : error),
      );
    const onExit = () => done(false, () => reject(new DomainError('import.too_complex')));
    const timer = setTimeout(
      () => done(false, () => reject(new DomainError('import.too_complex'))),
      IMPORT_LIMITS.readMs,
    );
    worker.on('message', onMessage).on('error', onError).on('exit', onExit);
    worker.postMessage({ bytes, format });
  });
}

/** Reads an import file's cells in a worker; limits and damage come back as coded errors (4xx). */
export async function readCellsOffThread(bytes: Buffer, format: TabularFormat): Promise<TabularCells> {
  const release = await slot();
  try {
    return await readWith(idle.pop() ?? spawn(), bytes, format);
  } finally {
    release();
  }
}
