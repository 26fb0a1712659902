import { setTimeout as sleep } from 'node:timers/promises';
import { DomainError } from '@ungcuu/domain/errors.ts';
import { startTrace } from '../start-trace.ts';
import { readControlInfo } from './control-channel.ts';
import type { LockHolder } from './data-dir-lock.ts';
import { type DatabaseHandle, type DatabaseOptions, openDatabase } from './engine.ts';
import { migrate } from './migrate.ts';
import { openThroughServer } from './remote-dialect.ts';

/** Opens the database and brings its schema up to date; closes it again if migration fails. */
export async function bootstrapDatabase(options: DatabaseOptions): Promise<DatabaseHandle> {
  const handle = await openDatabase(options);
  startTrace('database opened');
  try {
    await migrate(handle.db);
    startTrace('migrations checked');
  } catch (error) {
    await handle.close().catch(() => {});
    throw error;
  }
  return handle;
}

// A server that has just taken the lock publishes its control channel once migrated and listening;
// a first start (migrations on a slow machine) can take a while.
const CONTROL_WAIT_MS = 90_000;
// A command holds the folder for seconds; a server starting meanwhile waits for it rather than fail.
const COMMAND_WAIT_MS = 120_000;

/**
 * The database for a command of the `ungcuu` CLI. PostgreSQL is shared by design. A PGlite folder
 * is opened directly when nobody holds it (and locked meanwhile, so a server started during the
 * command is refused); when the server holds it, the command runs through the server's control
 * channel. Anything else holding it (another command) is refused with the holder's PID.
 */
export async function openForCommand(
  options: DatabaseOptions,
  onWait: (holder: LockHolder) => void = () => {},
): Promise<DatabaseHandle> {
  if (options.databaseUrl || !options.dataDir) return bootstrapDatabase(options);
  const deadline = Date.now() + CONTROL_WAIT_MS;
  let told = false;
  for (;;) {
    try {
      return await bootstrapDatabase({ ...options, lock: 'cli' });
    } catch (error) {
      if (!(error instanceof DomainError && error.code === 'datadir.locked')) throw error;
      const holder = (error.details as { holder: LockHolder }).holder;
      if (holder.purpose !== 'server') throw error;
      const info = readControlInfo(options.dataDir);
      if (info && info.pid === holder.pid) {
        const handle = openThroughServer(info);
        // Same schema rule as a direct open: a newer command brings the schema up to date.
        await migrate(handle.db);
        return handle;
      }
      if (Date.now() > deadline) throw error;
      if (!told) onWait(holder);
      told = true;
      await sleep(250);
    }
  }
}

/**
 * The server's open: a PGlite folder is locked for the life of the process. When an `ungcuu`
 * command holds it (e.g. `npm run demo` just before `npm start`), the server waits for it to end;
 * another server holding it is refused at once.
 */
export async function openForServer(
  options: DatabaseOptions,
  onWait: (holder: LockHolder) => void = () => {},
): Promise<DatabaseHandle> {
  if (options.databaseUrl || !options.dataDir) return bootstrapDatabase(options);
  const deadline = Date.now() + COMMAND_WAIT_MS;
  let told = false;
  for (;;) {
    try {
      return await bootstrapDatabase({ ...options, lock: 'server' });
    } catch (error) {
      if (!(error instanceof DomainError && error.code === 'datadir.locked')) throw error;
      const holder = (error.details as { holder: LockHolder }).holder;
      if (holder.purpose !== 'cli' || Date.now() > deadline) throw error;
      if (!told) onWait(holder);
      told = true;
      await sleep(500);
    }
  }
}
