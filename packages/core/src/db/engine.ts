import { mkdirSync } from 'node:fs';
import { PGlite } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { unaccent } from '@electric-sql/pglite/contrib/unaccent';
import { Kysely, PostgresDialect } from 'kysely';
import type pg from 'pg';
import { removeControlFile } from './control-channel.ts';
import { acquireDataDirLock, type LockHolder } from './data-dir-lock.ts';
import { PGliteDialect } from './pglite-dialect.ts';
import type { Database } from './schema.ts';

export type EngineName = 'pglite' | 'postgres';

export interface DatabaseOptions {
  /** postgres://… : use PostgreSQL; otherwise embedded PGlite. */
  databaseUrl?: string | undefined;
  /** PGlite data directory; undefined means in memory. */
  dataDir?: string | undefined;
  /** PGlite: start from a dumped data directory (test templates). */
  loadDataDir?: Blob | undefined;
  poolSize?: number;
  /** PGlite data directory: hold its lock (one process per folder) for as long as it is open. */
  lock?: LockHolder['purpose'] | undefined;
}

export type Listener = (payload: string) => void;

/** The database plus the two engine-specific things the product needs: LISTEN/NOTIFY and closing. */
export interface DatabaseHandle {
  db: Kysely<Database>;
  engine: EngineName;
  listen(channel: string, listener: Listener): Promise<() => Promise<void>>;
  close(): Promise<void>;
  /** PGlite only: the data directory as a tarball, used to copy a migrated template. */
  dump?(): Promise<Blob>;
  /** 'server': a command reaching the database of the running server through its control channel. */
  via?: 'direct' | 'server';
}

export async function openDatabase(options: DatabaseOptions): Promise<DatabaseHandle> {
  return options.databaseUrl
    ? openPostgres(options.databaseUrl, options.poolSize ?? 10)
    : openPGlite(options);
}

/**
 * PGlite's memory is one WebAssembly memory that grows and never shrinks: PostgreSQL's defaults
 * (128 MB shared buffers) let it grow past what a small office server should hold. A town's
 * database fits in far less; the operating system's file cache keeps the rest (decision 0028).
 */
const PGLITE_MEMORY_SETTINGS = [
  '-c',
  'shared_buffers=16MB',
  '-c',
  'work_mem=4MB',
  '-c',
  'maintenance_work_mem=16MB',
  '-c',
  'temp_buffers=1MB',
];

async function openPGlite(options: DatabaseOptions): Promise<DatabaseHandle> {
  // The folder holds the whole database and the control secret: its owner only.
  if (options.dataDir) mkdirSync(options.dataDir, { recursive: true, mode: 0o700 });
  const lock = options.dataDir && options.lock ? acquireDataDirLock(options.dataDir, options.lock) : null;
  // A control file left by a holder that crashed points at nothing: the new holder writes its own.
  if (lock && options.dataDir) removeControlFile(options.dataDir);
  let client: PGlite;
  try {
    client = await PGlite.create({
      ...(options.dataDir ? { dataDir: options.dataDir } : {}),
      ...(options.loadDataDir ? { loadDataDir: options.loadDataDir } : {}),
      extensions: { unaccent, pg_trgm },
      startParams: [...PGlite.defaultStartParams, ...PGLITE_MEMORY_SETTINGS],
    });
  } catch (error) {
    lock?.release();
    throw error;
  }
  const db = new Kysely<Database>({ dialect: new PGliteDialect(client) });
  return {
    db,
    engine: 'pglite',
    via: 'direct',
    async listen(channel, listener) {
      const unsubscribe = await client.listen(channel, listener);
      return async () => unsubscribe();
    },
    async close() {
      try {
        await db.destroy();
      } finally {
        lock?.release();
      }
    },
    dump: () => client.dumpDataDir('none'),
  };
}

async function openPostgres(url: string, poolSize: number): Promise<DatabaseHandle> {
  // Loaded here: the embedded server never needs the PostgreSQL client (issue 13).
  const { default: pg } = await import('pg');
  // Timestamps come back as Date on both engines; bigint ids (audit) as strings.
  pg.types.setTypeParser(20, (v) => v);
  const pool = new pg.Pool({ connectionString: url, max: poolSize });
  // An idle client whose connection dies (server restart, failover, terminated backend) is dropped
  // by the pool and replaced on next use; without a listener its error would crash the process.
  pool.on('error', () => {});
  const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
  // One dedicated client per process carries every LISTEN; it is opened on first use.
  let listenClient: pg.Client | null = null;
  const listeners = new Map<string, Set<Listener>>();
  async function ensureListenClient(): Promise<pg.Client> {
    if (listenClient) return listenClient;
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    client.on('notification', (msg) => {
      for (const l of listeners.get(msg.channel) ?? []) l(msg.payload ?? '');
    });
    listenClient = client;
    return client;
  }
  return {
    db,
    engine: 'postgres',
    via: 'direct',
    async listen(channel, listener) {
      if (!/^[a-z_][a-z0-9_]*$/.test(channel)) throw new Error(`bad channel name ${channel}`);
      const client = await ensureListenClient();
      let set = listeners.get(channel);
      if (!set) {
        set = new Set();
        listeners.set(channel, set);
        await client.query(`listen ${channel}`);
      }
      set.add(listener);
      return async () => {
        set.delete(listener);
      };
    },
    async close() {
      await listenClient?.end().catch(() => {});
      await db.destroy();
    },
  };
}
