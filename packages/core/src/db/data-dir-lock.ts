import { randomBytes } from 'node:crypto';
import { linkSync, readFileSync, renameSync, unlinkSync, writeFileSync } from 'node:fs';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { DomainError } from '@ungcuu/domain/errors.ts';

/**
 * One process per PGlite data directory. PGlite keeps the database in its own memory and writes
 * it back to the folder; a second process on the same folder works on a stale copy and the two
 * overwrite each other's pages (the demo users the CLI wrote vanished when the server wrote
 * back). The lock is a file inside the folder (its parent may be read-only, e.g. a volume root),
 * created atomically by hard-linking a fully written temporary file: a reader never sees it half
 * written, and of two processes racing exactly one link succeeds.
 */
export const LOCK_FILE = 'ungcuu.lock';

export interface LockHolder {
  pid: number;
  host: string;
  /** When the holder took the lock (ISO), for the person reading the message. */
  startedAt: string;
  purpose: 'server' | 'cli';
  /** Linux: the kernel's boot id and the holder's start in ticks since boot (reused-PID check). */
  bootId?: string | undefined;
  startTicks?: number | undefined;
}

export interface DataDirLock {
  readonly holder: LockHolder;
  release(): void;
}

// Locks this process holds, so that opening the same folder twice in one process is refused
// rather than taken for a stale lock left by an earlier process with the same PID (containers).
const heldHere = new Set<string>();

export function lockPath(dataDir: string): string {
  return join(dataDir, LOCK_FILE);
}

export function readLockHolder(dataDir: string): LockHolder | null {
  try {
    const parsed = JSON.parse(readFileSync(lockPath(dataDir), 'utf8')) as Partial<LockHolder>;
    if (typeof parsed.pid !== 'number' || typeof parsed.host !== 'string') return null;
    return {
      pid: parsed.pid,
      host: parsed.host,
      startedAt: String(parsed.startedAt ?? ''),
      purpose: parsed.purpose === 'cli' ? 'cli' : 'server',
      ...(typeof parsed.bootId === 'string' ? { bootId: parsed.bootId } : {}),
      ...(typeof parsed.startTicks === 'number' ? { startTicks: parsed.startTicks } : {}),
    };
  } catch {
    return null;
  }
}

/**
 * Linux: the boot and the start of a process in ticks since boot, read from the kernel. Both are
 * independent of the wall clock (which may jump at boot when NTP syncs), so a PID reused after a
 * reboot or by another process is told apart exactly.
 */
function processStartTicks(pid: number): number | undefined {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // The command name may hold spaces and parentheses: fields are counted after the last ")".
    const ticks = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[19]);
    return Number.isFinite(ticks) ? ticks : undefined;
  } catch {
    return undefined;
  }
}

function bootId(): string | undefined {
  try {
    return readFileSync('/proc/sys/kernel/random/boot_id', 'utf8').trim() || undefined;
  } catch {
    return undefined;
  }
}

export type HolderState = 'alive' | 'dead' | 'unknown_host';

/** Whether the process named in a lock still runs (only knowable on this host). */
export function holderState(holder: LockHolder, dataDir?: string): HolderState {
  if (holder.host !== hostname()) return 'unknown_host';
  // Our own PID in a lock we do not hold: left by an earlier process (a restarted container).
  if (holder.pid === process.pid)
    return dataDir !== undefined && heldHere.has(lockPath(dataDir)) ? 'alive' : 'dead';
  try {
    process.kill(holder.pid, 0);
  } catch (error) {
    // EPERM: the process exists but belongs to another user; it is alive.
    if ((error as NodeJS.ErrnoException).code !== 'EPERM') return 'dead';
  }
  // Same PID, other boot or other process: the holder is gone and its PID was reused.
  if (holder.bootId && holder.bootId !== bootId()) return 'dead';
  const ticks = processStartTicks(holder.pid);
  if (holder.startTicks !== undefined && ticks !== undefined && ticks !== holder.startTicks) return 'dead';
  return 'alive';
}

export function lockedError(dataDir: string, holder: LockHolder): DomainError {
  const params = {
    dir: dataDir,
    pid: holder.pid,
    host: holder.host,
    since: holder.startedAt,
    purpose: holder.purpose === 'server' ? 'server' : 'cli',
    file: lockPath(dataDir),
  };
  return new DomainError(
    holderState(holder, dataDir) === 'unknown_host' ? 'datadir.locked_other_host' : 'datadir.locked',
    params,
    { holder },
  );
}

/**
 * Takes the lock or throws DomainError datadir.locked naming the holder. A lock whose process no
 * longer runs (crash, SIGKILL, power loss) is stale and taken over.
 */
export function acquireDataDirLock(dataDir: string, purpose: LockHolder['purpose']): DataDirLock {
  const file = lockPath(dataDir);
  if (heldHere.has(file)) {
    const self = readLockHolder(dataDir);
    if (self) throw lockedError(dataDir, self);
  }
  const holder: LockHolder = {
    pid: process.pid,
    host: hostname(),
    startedAt: new Date().toISOString(),
    purpose,
    bootId: bootId(),
    startTicks: processStartTicks(process.pid),
  };
  const temp = `${file}.${process.pid}.${randomBytes(4).toString('hex')}`;
  writeFileSync(temp, `${JSON.stringify(holder)}\n`, { mode: 0o644 });
  try {
    for (let attempt = 0; attempt < 5; attempt++) {
      try {
        linkSync(temp, file);
        heldHere.add(file);
        return { holder, release: () => releaseLock(dataDir, holder) };
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      }
      const current = readLockHolder(dataDir);
      if (current && holderState(current, dataDir) !== 'dead') throw lockedError(dataDir, current);
      breakStaleLock(file, current);
    }
    const current = readLockHolder(dataDir);
    throw lockedError(dataDir, current ?? holder);
  } finally {
    safeUnlink(temp);
  }
}

/**
 * Removes a stale lock without removing a fresh one that another process took meanwhile: the
 * file is first renamed aside (atomic, only one process wins), then checked to be the stale one;
 * a live lock moved aside by mistake is linked back.
 */
function breakStaleLock(file: string, stale: LockHolder | null): void {
  const aside = `${file}.stale.${process.pid}.${randomBytes(4).toString('hex')}`;
  try {
    renameSync(file, aside);
  } catch {
    return; // someone else moved it first; try again
  }
  let moved: LockHolder | null = null;
  try {
    moved = JSON.parse(readFileSync(aside, 'utf8')) as LockHolder;
  } catch {}
  const same =
    (stale === null && moved === null) ||
    (stale !== null && moved !== null && moved.pid === stale.pid && moved.startedAt === stale.startedAt);
  if (!same) {
    try {
      linkSync(aside, file);
    } catch {}
  }
  safeUnlink(aside);
}

function releaseLock(dataDir: string, holder: LockHolder): void {
  const file = lockPath(dataDir);
  heldHere.delete(file);
  const current = readLockHolder(dataDir);
  // Never remove a lock another process holds (ours was broken as stale and taken over).
  if (current && current.pid === holder.pid && current.startedAt === holder.startedAt) safeUnlink(file);
}

function safeUnlink(path: string): void {
  try {
    unlinkSync(path);
  } catch {}
}
