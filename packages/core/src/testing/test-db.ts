import { randomBytes } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import pg from 'pg';
import { deriveAuditKey, hasAuditKey, useAuditKey } from '../audit/audit-key.ts';
import { type DatabaseHandle, openDatabase } from '../db/engine.ts';
import { migrate } from '../db/migrate.ts';

/** A fixed audit key for tests (a server or the CLI loads the installation's key file instead). */
export function useTestAuditKey(): void {
  if (!hasAuditKey()) useAuditKey(deriveAuditKey(Buffer.alloc(32, 7)));
}

/**
 * A fresh, migrated database for one test file. When scripts/run-tests.mjs prepared a template
 * (UNGCUU_TEST_PG_TEMPLATE or UNGCUU_TEST_PGLITE_TEMPLATE), it is copied, which is much faster
 * than migrating again; run alone, a file migrates its own database.
 * With DATABASE_URL set the suite runs on PostgreSQL, otherwise on embedded PGlite.
 */
export async function createTestDatabase(): Promise<DatabaseHandle> {
  useTestAuditKey();
  const url = process.env.DATABASE_URL;
  return url ? createPostgresTestDatabase(url) : createPGliteTestDatabase();
}

async function createPGliteTestDatabase(): Promise<DatabaseHandle> {
  const templatePath = process.env.UNGCUU_TEST_PGLITE_TEMPLATE;
  if (templatePath) {
    const bytes = await readFile(templatePath);
    return openDatabase({ loadDataDir: new Blob([bytes]) });
  }
  const handle = await openDatabase({});
  await migrate(handle.db);
  return handle;
}

export function databaseUrlWithName(url: string, name: string): string {
  const u = new URL(url);
  u.pathname = `/${name}`;
  return u.toString();
}

async function adminQuery(url: string, text: string): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(text);
  } finally {
    await client.end();
  }
}

async function createPostgresTestDatabase(url: string): Promise<DatabaseHandle> {
  const name = `ungcuu_t_${randomBytes(6).toString('hex')}`;
  const template = process.env.UNGCUU_TEST_PG_TEMPLATE;
  await adminQuery(
    url,
    template ? `create database ${name} template ${template}` : `create database ${name}`,
  );
  const handle = await openDatabase({ databaseUrl: databaseUrlWithName(url, name), poolSize: 5 });
  if (!template) await migrate(handle.db);
  const close = handle.close;
  return {
    ...handle,
    async close() {
      await close();
      await adminQuery(url, `drop database if exists ${name} with (force)`);
    },
  };
}
