// Databases and server processes of the throughput bench: an admin query, a free port, the
// RSS of a process, and the compiled server (dist/server, as `npm start` runs it).

import { type ChildProcess, spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import pg from 'pg';
import { serverNodeArgs } from '../../scripts/server-node-args.mjs';

export const root = new URL('../..', import.meta.url).pathname;

/** One statement on its own connection (create/drop database, a table for the ceiling). */
export async function admin(text: string, url: string): Promise<void> {
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  try {
    await c.query(text);
  } finally {
    await c.end();
  }
}

async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const s = createServer().listen(0, '127.0.0.1', () => {
      const port = (s.address() as { port: number }).port;
      s.close(() => resolve(port));
    });
  });
}

/** Resident memory of a process in MB (0 when it has ended). */
export function rssMb(pid: number): number {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    return Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0) / 1024;
  } catch {
    return 0;
  }
}

export interface Server {
  url: string;
  child: ChildProcess;
  output: () => string;
  /** From spawn to the first answered /readyz. */
  firstRequestMs: number;
  stop(): Promise<void>;
}

/** The compiled server started and waited for. */
export async function startServer(env: Record<string, string>): Promise<Server> {
  const port = await freePort();
  const started = performance.now();
  const childEnv = {
    ...process.env,
    UNGCUU_ROOT: root,
    PORT: String(port),
    HOST: '127.0.0.1',
    LOG_LEVEL: 'warn',
    UNGCUU_MONITOR_CHECKS: 'false',
    UNGCUU_ADMIN_PASSWORD: 'bench-password-1',
    ...env,
  };
  // The node options `npm start` gives the server (scripts/server-node-args.mjs).
  const child = spawn(process.execPath, [...serverNodeArgs(childEnv), 'dist/server/server.mjs'], {
    cwd: root,
    env: childEnv,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  child.stdout?.on('data', (d) => {
    out += d;
  });
  child.stderr?.on('data', (d) => {
    out += d;
  });
  const url = `http://127.0.0.1:${port}`;
  let firstRequestMs = -1;
  for (let i = 0; i < 6000 && firstRequestMs < 0; i++) {
    if (child.exitCode !== null) throw new Error(`server ended: ${out}`);
    try {
      if ((await fetch(`${url}/readyz`)).ok) firstRequestMs = performance.now() - started;
    } catch {
      await new Promise((r) => setTimeout(r, 25));
    }
  }
  if (firstRequestMs < 0) throw new Error(`server not up: ${out}`);
  return {
    url,
    child,
    output: () => out,
    firstRequestMs,
    async stop() {
      if (child.exitCode !== null) return;
      const ended = new Promise((r) => child.once('exit', r));
      child.kill('SIGTERM');
      await ended;
    },
  };
}
