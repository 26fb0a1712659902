import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, renameSync, rmSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import { DomainError } from '@ungcuu/domain/errors.ts';
import { sql } from 'kysely';
import { openForCommand } from '../db/bootstrap-db.ts';
import { CONTROL_FILE } from '../db/control-channel.ts';
import { acquireDataDirLock, type DataDirLock, LOCK_FILE, type LockHolder } from '../db/data-dir-lock.ts';
import { type DatabaseHandle, openDatabase } from '../db/engine.ts';
import { createServices } from '../services.ts';
import {
  type BackupManifest,
  checkPayload,
  openBackupFile,
  readPayload,
  sha256,
  writeBackupFile,
} from './backup-file.ts';
import { compareDigests, type TableDigest, tableDigests, tableDigestsIn } from './table-digest.ts';
import { dropTarEntries } from './tar-filter.ts';

export interface BackupTarget {
  /** postgres://… for PostgreSQL; otherwise the PGlite folder `dataDir`. */
  databaseUrl?: string | undefined;
  dataDir: string;
}

export interface RestoreResult {
  manifest: BackupManifest;
  audit: { ok: boolean; checked: number };
  /** PGlite --replace: where the data that was there before now is. */
  previousDataDir?: string;
}

/** What a copy holds, measured on the copy itself. */
async function describe(handle: DatabaseHandle, tables?: Record<string, TableDigest>) {
  const digests = tables ?? (await tableDigests(handle.db));
  // The product's own verification (it may change, e.g. keyed hashes): never re-implemented here.
  const audit = await createServices(handle).audit.verify();
  const evidence = await sql<{ files: number; bytes: number }>`
    select (select count(*) from incident_evidence)::int + (select count(*) from inspection_evidence)::int as files,
           coalesce((select sum(length(content)) from incident_evidence), 0)::bigint
             + coalesce((select sum(length(content)) from inspection_evidence), 0)::bigint as bytes`.execute(
    handle.db,
  );
  const row = evidence.rows[0];
  return {
    tables: digests,
    audit: { ok: audit.ok, checked: audit.checked },
    evidence: { files: Number(row?.files ?? 0), bytes: Number(row?.bytes ?? 0) },
  };
}

/**
 * Backs up the configured database into one file and checks the copy before it is named.
 * PGlite: the folder as tar.gz, taken by the process that owns it (the running server through
 * its control channel, or this command when none runs), then opened in memory to measure exactly
 * what was saved. PostgreSQL: pg_dump of the very snapshot the digests were computed in.
 */
export async function createBackup(target: BackupTarget, file: string): Promise<BackupManifest> {
  return target.databaseUrl ? backupPostgres(target.databaseUrl, file) : backupPGlite(target.dataDir, file);
}

async function backupPGlite(dataDir: string, file: string): Promise<BackupManifest> {
  const source = await openForCommand({ dataDir });
  let tar: Buffer;
  try {
    if (!source.dump) throw new Error('this database cannot be dumped');
    tar = Buffer.from(await (await source.dump()).arrayBuffer());
  } finally {
    await source.close();
  }
  tar = dropTarEntries(tar, [LOCK_FILE, CONTROL_FILE]);
  const copy = await openDatabase({ loadDataDir: new Blob([new Uint8Array(tar)]) });
  let measured: Awaited<ReturnType<typeof describe>>;
  try {
    measured = await describe(copy);
  } finally {
    await copy.close();
  }
  const payload = gzipSync(tar);
  const manifest: BackupManifest = {
    format: 1,
    engine: 'pglite',
    createdAt: new Date().toISOString(),
    payload: { kind: 'pglite-datadir-tar-gz', bytes: payload.length, sha256: sha256(payload) },
    ...measured,
  };
  await writeBackupFile(file, manifest, payload);
  return manifest;
}

function run(command: string, args: string[]): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => {
      stderr += d.toString();
    });
    child.on('error', (error) =>
      reject(new Error(`${command} could not run (${error.message}): install the PostgreSQL client tools`)),
    );
    child.on('close', (code) =>
      code === 0 ? resolve() : reject(new Error(`${command} failed (${code}): ${stderr.trim()}`)),
    );
  });
}

async function backupPostgres(url: string, file: string): Promise<BackupManifest> {
  const handle = await openDatabase({ databaseUrl: url, poolSize: 2 });
  const work = mkdtempSync(join(tmpdir(), 'ungcuu-backup-'));
  try {
    const dumpPath = join(work, 'db.dump');
    // Digests and pg_dump see one snapshot: exported from this transaction while it stays open.
    const tables = await handle.db
      .transaction()
      .setIsolationLevel('repeatable read')
      .execute(async (trx) => {
        const snapshot = await sql<{ id: string }>`select pg_export_snapshot() as id`.execute(trx);
        const digests = await tableDigestsIn(trx);
        await run('pg_dump', [
          '--format=custom',
          '--no-owner',
          '--no-privileges',
          `--snapshot=${snapshot.rows[0]?.id}`,
          `--file=${dumpPath}`,
          `--dbname=${url}`,
        ]);
        return digests;
      });
    const measured = await describe(handle, tables);
    const payload = await readFile(dumpPath);
    const manifest: BackupManifest = {
      format: 1,
      engine: 'postgres',
      createdAt: new Date().toISOString(),
      payload: { kind: 'pg_dump-custom', bytes: payload.length, sha256: sha256(payload) },
      ...measured,
    };
    await writeBackupFile(file, manifest, { path: dumpPath });
    return manifest;
  } finally {
    await handle.close();
    rmSync(work, { recursive: true, force: true });
  }
}

/** Compares a restored database with the manifest; throws restore.verify_failed listing the differences. */
async function verifyRestored(handle: DatabaseHandle, manifest: BackupManifest) {
  const measured = await describe(handle);
  const problems = compareDigests(manifest.tables, measured.tables);
  if (measured.audit.ok !== manifest.audit.ok)
    problems.push(
      `audit chain ${measured.audit.ok ? 'intact' : 'broken'} (backup: ${manifest.audit.ok ? 'intact' : 'broken'})`,
    );
  if (problems.length > 0) throw new DomainError('restore.verify_failed', { detail: problems.join('; ') });
  return measured.audit;
}

/**
 * Restores a backup into the configured database and proves it equal to what was saved: the same
 * rows in every table (count and digest, evidence files included) and an audit chain that the
 * product's verification finds as the backup found it.
 */
export async function restoreBackup(
  target: BackupTarget,
  file: string,
  options: { replace?: boolean } = {},
): Promise<RestoreResult> {
  const opened = await openBackupFile(file);
  const current = target.databaseUrl ? 'postgres' : 'pglite';
  if (opened.manifest.engine !== current)
    throw new DomainError('backup.engine_mismatch', { backup: opened.manifest.engine, current });
  await checkPayload(file, opened);
  return target.databaseUrl
    ? restorePostgres(target.databaseUrl, file, opened)
    : restorePGlite(target.dataDir, file, opened, options.replace ?? false);
}

async function restorePostgres(
  url: string,
  file: string,
  opened: Awaited<ReturnType<typeof openBackupFile>>,
): Promise<RestoreResult> {
  const handle = await openDatabase({ databaseUrl: url, poolSize: 2 });
  const work = mkdtempSync(join(tmpdir(), 'ungcuu-restore-'));
  try {
    const tables = await sql<{ n: number }>`
      select count(*)::int as n from pg_tables where schemaname = 'public'`.execute(handle.db);
    if ((tables.rows[0]?.n ?? 0) > 0)
      throw new DomainError('restore.target_not_empty', { target: new URL(url).pathname.slice(1) });
    const dumpPath = join(work, 'db.dump');
    await writeFile(dumpPath, await readPayload(file, opened));
    await run('pg_restore', [
      '--no-owner',
      '--no-privileges',
      '--exit-on-error',
      '--single-transaction',
      `--dbname=${url}`,
      dumpPath,
    ]);
    return { manifest: opened.manifest, audit: await verifyRestored(handle, opened.manifest) };
  } finally {
    await handle.close();
    rmSync(work, { recursive: true, force: true });
  }
}

function takeForRestore(dataDir: string): DataDirLock {
  try {
    return acquireDataDirLock(dataDir, 'cli');
  } catch (error) {
    if (error instanceof DomainError && error.code === 'datadir.locked') {
      const holder = (error.details as { holder: LockHolder }).holder;
      // Replacing the data under a running server would be undone by it: it must stop first.
      if (holder.purpose === 'server')
        throw new DomainError('ops.server_must_stop', { command: 'restore', pid: holder.pid });
    }
    throw error;
  }
}

async function restorePGlite(
  dataDir: string,
  file: string,
  opened: Awaited<ReturnType<typeof openBackupFile>>,
  replace: boolean,
): Promise<RestoreResult> {
  mkdirSync(dataDir, { recursive: true, mode: 0o700 });
  const lock = takeForRestore(dataDir);
  const stamp = new Date().toISOString().replace(/[:.]/g, '-');
  const staging = `${dataDir}.restoring-${stamp}`;
  try {
    const hasData = readdirSync(dataDir).some((n) => n !== LOCK_FILE && n !== CONTROL_FILE);
    if (hasData && !replace) throw new DomainError('restore.target_not_empty', { target: dataDir });
    // Restored and checked beside the live folder: a failed restore leaves the data untouched.
    const tar = gunzipSync(await readPayload(file, opened));
    const restored = await openDatabase({ dataDir: staging, loadDataDir: new Blob([new Uint8Array(tar)]) });
    let audit: RestoreResult['audit'];
    try {
      audit = await verifyRestored(restored, opened.manifest);
    } finally {
      await restored.close();
    }
    let previousDataDir: string | undefined;
    if (hasData) {
      previousDataDir = `${dataDir}.before-restore-${stamp}`;
      renameSync(dataDir, previousDataDir);
      rmSync(join(previousDataDir, LOCK_FILE), { force: true });
    } else {
      lock.release();
      rmSync(dataDir, { recursive: true, force: true });
    }
    renameSync(staging, dataDir);
    return { manifest: opened.manifest, audit, ...(previousDataDir ? { previousDataDir } : {}) };
  } finally {
    lock.release();
    if (existsSync(staging)) rmSync(staging, { recursive: true, force: true });
  }
}
