import assert from 'node:assert/strict';
import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { hostname, tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { DomainError, errorMessage } from '@ungcuu/domain/errors.ts';
import { acquireDataDirLock, type LockHolder, lockPath, readLockHolder } from './data-dir-lock.ts';
import { openDatabase } from './engine.ts';

const root = mkdtempSync(join(tmpdir(), 'ungcuu-lock-test-'));
const children: ChildProcess[] = [];
after(() => {
  for (const c of children) c.kill('SIGKILL');
  rmSync(root, { recursive: true, force: true });
});

let n = 0;
function freshDir(): string {
  const dir = join(root, `d${n++}`);
  mkdirSync(dir, { recursive: true });
  return dir;
}

function writeHolder(dir: string, holder: Partial<LockHolder>): void {
  writeFileSync(
    lockPath(dir),
    JSON.stringify({ host: hostname(), startedAt: new Date().toISOString(), purpose: 'server', ...holder }),
  );
}

/** A process that runs for the length of the test. */
function liveProcess(): number {
  const child = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 120000)'], { stdio: 'ignore' });
  children.push(child);
  return child.pid ?? 0;
}

/** The PID of a process that has ended (as after a crash or SIGKILL). */
function deadPid(): number {
  return Number(
    spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], { encoding: 'utf8' })
      .stdout,
  );
}

function lockedBy(error: unknown, pid: number, code = 'datadir.locked'): boolean {
  assert.ok(error instanceof DomainError, String(error));
  assert.equal(error.code, code);
  assert.equal(Number(error.params.pid), pid);
  // The person reads the PID in both languages.
  assert.match(errorMessage(error.code, error.params, 'vi'), new RegExp(`tiến trình ${pid}`));
  assert.match(errorMessage(error.code, error.params, 'en'), new RegExp(`process ${pid}`));
  return true;
}

test('the lock names its holder and is released on close', () => {
  const dir = freshDir();
  const lock = acquireDataDirLock(dir, 'server');
  const holder = readLockHolder(dir);
  assert.equal(holder?.pid, process.pid);
  assert.equal(holder?.host, hostname());
  assert.equal(holder?.purpose, 'server');
  assert.ok(Date.parse(holder?.startedAt ?? '') > 0);
  lock.release();
  assert.ok(!existsSync(lockPath(dir)));
});

test('a folder held by a live process is refused with its PID', () => {
  const dir = freshDir();
  const pid = liveProcess();
  writeHolder(dir, { pid });
  assert.throws(
    () => acquireDataDirLock(dir, 'cli'),
    (e) => lockedBy(e, pid),
  );
  // The holder's lock is left as it was.
  assert.equal(readLockHolder(dir)?.pid, pid);
});

test('opening a folder twice in one process is refused too', async () => {
  const dir = freshDir();
  const first = await openDatabase({ dataDir: dir, lock: 'server' });
  try {
    await assert.rejects(openDatabase({ dataDir: dir, lock: 'cli' }), (e) => lockedBy(e, process.pid));
  } finally {
    await first.close();
  }
  assert.ok(!existsSync(lockPath(dir)));
});

test('a stale lock (holder no longer alive, e.g. after SIGKILL) is taken over', () => {
  const dir = freshDir();
  const pid = deadPid();
  writeHolder(dir, { pid });
  const lock = acquireDataDirLock(dir, 'server');
  assert.equal(readLockHolder(dir)?.pid, process.pid);
  lock.release();
});

test('a live PID that is not the holder (reused after a reboot or by another process) is stale', () => {
  const dir = freshDir();
  const pid = liveProcess();
  const current = readFileSync('/proc/sys/kernel/random/boot_id', 'utf8').trim();
  // Same PID, but the process started at another moment than the one that wrote the lock.
  writeHolder(dir, { pid, bootId: current, startTicks: 1 });
  let lock = acquireDataDirLock(dir, 'server');
  assert.equal(readLockHolder(dir)?.pid, process.pid);
  lock.release();
  // Same PID, written before the machine restarted.
  writeHolder(dir, { pid, bootId: '00000000-0000-0000-0000-000000000000' });
  lock = acquireDataDirLock(dir, 'server');
  lock.release();
  // The real holder (same boot, same start) is respected.
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  const startTicks = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[19]);
  writeHolder(dir, { pid, bootId: current, startTicks });
  assert.throws(
    () => acquireDataDirLock(dir, 'cli'),
    (e) => lockedBy(e, pid),
  );
});

test('a lock written by our own PID in an earlier life (restarted container) is stale', () => {
  const dir = freshDir();
  writeHolder(dir, { pid: process.pid });
  const lock = acquireDataDirLock(dir, 'server');
  lock.release();
});

test('a lock from another host is not guessed at: refused, naming the file to delete', () => {
  const dir = freshDir();
  writeHolder(dir, { pid: 4242, host: 'other-machine' });
  assert.throws(
    () => acquireDataDirLock(dir, 'server'),
    (e) =>
      lockedBy(e, 4242, 'datadir.locked_other_host') && String((e as DomainError).params.file).length > 0,
  );
});

test('of processes racing for one folder exactly one wins', async () => {
  const dir = freshDir();
  const script = `
    import { acquireDataDirLock } from ${JSON.stringify(new URL('./data-dir-lock.ts', import.meta.url).href)};
    try { acquireDataDirLock(${JSON.stringify(dir)}, 'cli'); console.log('won'); setTimeout(() => {}, 60000); }
    catch (e) { console.log('lost'); }`;
  const runs = await Promise.all(
    [0, 1, 2, 3].map(
      () =>
        new Promise<string>((resolve) => {
          const child = spawn(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], {
            stdio: ['ignore', 'pipe', 'inherit'],
          });
          // The winner keeps running (holding the lock) until the test ends.
          children.push(child);
          child.stdout.on('data', (d: Buffer) => resolve(d.toString().trim()));
        }),
    ),
  );
  assert.deepEqual(runs.sort(), ['lost', 'lost', 'lost', 'won']);
  // No temporary file is left beside the lock.
  assert.deepEqual(readdirSync(dir), ['ungcuu.lock']);
});
