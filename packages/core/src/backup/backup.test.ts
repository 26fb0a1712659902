import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, test } from 'node:test';
import { DomainError, type ErrorCode } from '@ungcuu/domain/errors.ts';
import type { Role } from '@ungcuu/domain/org/roles.ts';
import pg from 'pg';
import { ensureFirstAdmin } from '../bootstrap.ts';
import { bootstrapDatabase } from '../db/bootstrap-db.ts';
import { acquireDataDirLock } from '../db/data-dir-lock.ts';
import type { DatabaseHandle, DatabaseOptions } from '../db/engine.ts';
import { loadDemoOrganisation } from '../demo/load-demo.ts';
import { createServices } from '../services.ts';
import { SYSTEM_ACTOR } from '../shared/context.ts';
import { databaseUrlWithName, useTestAuditKey } from '../testing/test-db.ts';
import { createBackup, restoreBackup } from './backup.service.ts';

// A 1×1 PNG: evidence whose bytes must come back identical after a restore.
const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==',
  'base64',
);

// The databases here are opened directly, not through createTestDatabase: the audit key too.
useTestAuditKey();

const work = mkdtempSync(join(tmpdir(), 'ungcuu-backup-test-'));
after(() => rmSync(work, { recursive: true, force: true }));

/** Users, units, an incident with one evidence file, and their audit records. */
async function fill(options: DatabaseOptions): Promise<void> {
  const handle = await bootstrapDatabase(options);
  try {
    const services = createServices(handle);
    await ensureFirstAdmin(services.deps, { password: 'admin-password-2026' });
    await loadDemoOrganisation(services.deps, { ...SYSTEM_ACTOR, label: 'test' });
    const user = await handle.db
      .selectFrom('users')
      .select(['id', 'unit_id', 'roles', 'username'])
      .where('username', '=', 'dieuphoi')
      .executeTakeFirstOrThrow();
    const actor = {
      userId: user.id,
      unitId: user.unit_id,
      roles: user.roles as Role[],
      label: user.username,
    };
    const { incident } = (await services.intake.report(actor, {
      title: 'Máy tính kế toán bị mã hóa dữ liệu',
      description: 'Màn hình đòi tiền chuộc, các tệp bị đổi đuôi .locked, không mở được.',
      detectedAt: new Date(Date.now() - 3_600_000).toISOString(),
      triggers: { C1: true },
    } as Parameters<typeof services.intake.report>[1])) as { incident: { id: string } };
    await services.evidence.upload(actor, incident.id, {
      filename: 'man-hinh.png',
      contentType: 'image/png',
      bytes: PNG,
    });
  } finally {
    await handle.close();
  }
}

async function evidenceOf(handle: DatabaseHandle): Promise<Buffer[]> {
  const rows = await handle.db.selectFrom('incident_evidence').select('content').execute();
  return rows.map((r) => Buffer.from(r.content as Uint8Array));
}

async function rejectsWith(promise: Promise<unknown>, code: ErrorCode): Promise<DomainError> {
  const error = await promise.then(
    () => assert.fail(`expected ${code}`),
    (e: unknown) => e,
  );
  assert.ok(error instanceof DomainError, String(error));
  assert.equal(error.code, code, error.message);
  return error;
}

/** Rewrites the manifest line of a backup (the payload stays as it is). */
function editManifest(file: string, out: string, edit: (m: Record<string, unknown>) => void): void {
  const bytes = readFileSync(file);
  const first = bytes.indexOf(10);
  const second = bytes.indexOf(10, first + 1);
  const manifest = JSON.parse(bytes.subarray(first + 1, second).toString('utf8'));
  edit(manifest);
  writeFileSync(
    out,
    Buffer.concat([
      bytes.subarray(0, first + 1),
      Buffer.from(`${JSON.stringify(manifest)}\n`),
      bytes.subarray(second + 1),
    ]),
  );
}

describe('backup and restore, embedded PGlite', { skip: Boolean(process.env.DATABASE_URL) }, () => {
  const source = join(work, 'source');
  const file = join(work, 'pglite.ungcuu-backup');

  test('a backup holds every table, the evidence files and an intact audit chain', async () => {
    await fill({ dataDir: source, lock: 'server' });
    const manifest = await createBackup({ dataDir: source }, file);
    assert.equal(manifest.engine, 'pglite');
    assert.equal(manifest.evidence.files, 1);
    assert.equal(manifest.evidence.bytes, PNG.length);
    assert.ok(manifest.audit.ok);
    assert.ok(manifest.audit.checked > 10);
    assert.ok((manifest.tables.users?.rows ?? 0) >= 9);
    // The lock and the control secret of a running server never travel in a backup.
    const { gunzipSync } = await import('node:zlib');
    const bytes = readFileSync(file);
    const tar = gunzipSync(bytes.subarray(bytes.indexOf(10, bytes.indexOf(10) + 1) + 1)).toString('latin1');
    assert.ok(!tar.includes('ungcuu.lock') && !tar.includes('ungcuu-control.json'));
    // And the folder is free again: the command released its lock.
    assert.ok(!existsSync(join(source, 'ungcuu.lock')));
  });

  test('restore into a new folder gives identical data, evidence bytes and audit chain', async () => {
    const target = join(work, 'restored');
    const result = await restoreBackup({ dataDir: target }, file);
    assert.ok(result.audit.ok);
    const handle = await bootstrapDatabase({ dataDir: target });
    try {
      assert.deepEqual(await evidenceOf(handle), [PNG]);
      assert.ok((await createServices(handle).audit.verify()).ok);
    } finally {
      await handle.close();
    }
  });

  test('restore refuses a folder that holds data unless --replace, which keeps the old data aside', async () => {
    await rejectsWith(restoreBackup({ dataDir: source }, file), 'restore.target_not_empty');
    const result = await restoreBackup({ dataDir: source }, file, { replace: true });
    assert.ok(result.previousDataDir && existsSync(join(result.previousDataDir, 'PG_VERSION')));
    assert.ok(existsSync(join(source, 'PG_VERSION')));
  });

  test('restore refuses while a server holds the folder, naming its PID', async () => {
    const lock = acquireDataDirLock(source, 'server');
    try {
      const error = await rejectsWith(
        restoreBackup({ dataDir: source }, file, { replace: true }),
        'ops.server_must_stop',
      );
      assert.equal(error.params.pid, process.pid);
    } finally {
      lock.release();
    }
  });

  test('a damaged payload is refused before anything is touched', async () => {
    const damaged = join(work, 'damaged.ungcuu-backup');
    const bytes = readFileSync(file);
    bytes[bytes.length - 100] = (bytes[bytes.length - 100] ?? 0) ^ 0xff;
    writeFileSync(damaged, bytes);
    await rejectsWith(restoreBackup({ dataDir: join(work, 'never') }, damaged), 'backup.invalid');
    assert.ok(!existsSync(join(work, 'never', 'PG_VERSION')));
    writeFileSync(damaged, 'not a backup');
    await rejectsWith(restoreBackup({ dataDir: join(work, 'never') }, damaged), 'backup.invalid');
  });

  test('the verification after restore catches data that differs from the manifest', async () => {
    const edited = join(work, 'edited.ungcuu-backup');
    editManifest(file, edited, (m) => {
      const tables = m.tables as Record<string, { rows: number; sha256: string }>;
      if (tables.audit_log) tables.audit_log.rows += 1;
    });
    const error = await rejectsWith(
      restoreBackup({ dataDir: join(work, 'mismatch') }, edited),
      'restore.verify_failed',
    );
    assert.match(String(error.params.detail), /audit_log/);
    // Nothing of the failed restore stays: no folder in place, no staging folder.
    assert.ok(!existsSync(join(work, 'mismatch', 'PG_VERSION')));
  });

  test('a backup of one engine is not restored into the other', async () => {
    await rejectsWith(
      restoreBackup({ dataDir: work, databaseUrl: 'postgres://nobody@127.0.0.1:1/none' }, file),
      'backup.engine_mismatch',
    );
  });
});

describe('backup and restore, PostgreSQL', { skip: !process.env.DATABASE_URL }, () => {
  const url = process.env.DATABASE_URL ?? '';
  const suffix = randomBytes(4).toString('hex');
  const sourceUrl = databaseUrlWithName(url, `ungcuu_bk_src_${suffix}`);
  const targetUrl = databaseUrlWithName(url, `ungcuu_bk_dst_${suffix}`);
  const file = join(work, 'postgres.ungcuu-backup');

  async function admin(text: string): Promise<void> {
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    try {
      await client.query(text);
    } finally {
      await client.end();
    }
  }
  after(async () => {
    await admin(`drop database if exists ungcuu_bk_src_${suffix} with (force)`);
    await admin(`drop database if exists ungcuu_bk_dst_${suffix} with (force)`);
  });

  test('pg_dump backup restores into a fresh database with identical data and audit chain', async () => {
    await admin(`create database ungcuu_bk_src_${suffix}`);
    await fill({ databaseUrl: sourceUrl });
    const manifest = await createBackup({ databaseUrl: sourceUrl, dataDir: work }, file);
    assert.equal(manifest.engine, 'postgres');
    assert.equal(manifest.evidence.files, 1);
    assert.ok(manifest.audit.ok);

    await admin(`create database ungcuu_bk_dst_${suffix}`);
    const result = await restoreBackup({ databaseUrl: targetUrl, dataDir: work }, file);
    assert.ok(result.audit.ok);
    assert.equal(result.audit.checked, manifest.audit.checked);
    const handle = await bootstrapDatabase({ databaseUrl: targetUrl });
    try {
      assert.deepEqual(await evidenceOf(handle), [PNG]);
    } finally {
      await handle.close();
    }
    // A second restore into the now filled database is refused.
    await rejectsWith(
      restoreBackup({ databaseUrl: targetUrl, dataDir: work }, file),
      'restore.target_not_empty',
    );
  });
});
