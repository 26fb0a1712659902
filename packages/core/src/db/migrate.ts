import { type Kysely, sql } from 'kysely';
import { MIGRATIONS, type Migration } from './migrations/index.ts';
import type { Database } from './schema.ts';

// An arbitrary constant shared by every process of the product: whoever holds it migrates,
// the others wait and then find nothing left to do.
const MIGRATION_LOCK_KEY = 728_100_1;

export class MigrationError extends Error {
  constructor(
    readonly migration: string,
    cause: unknown,
  ) {
    super(`migration ${migration} failed: ${cause instanceof Error ? cause.message : String(cause)}`, {
      cause,
    });
    this.name = 'MigrationError';
  }
}

/**
 * Runs pending migrations under an advisory lock, all of them in one transaction: a failure
 * leaves the database exactly as it was. Returns the names applied.
 */
export async function migrate(db: Kysely<Database>, migrations: Migration[] = MIGRATIONS): Promise<string[]> {
  return db.connection().execute(async (conn) => {
    await sql`select pg_advisory_lock(${MIGRATION_LOCK_KEY})`.execute(conn);
    try {
      await sql`create table if not exists ungcuu_migrations (
        name text primary key, applied_at timestamptz not null default now())`.execute(conn);
      const done = new Set(
        (await conn.selectFrom('ungcuu_migrations').select('name').execute()).map((r) => r.name),
      );
      const pending = migrations.filter((m) => !done.has(m.name));
      if (pending.length === 0) return [];
      await conn.transaction().execute(async (trx) => {
        for (const m of pending) {
          try {
            await m.up(trx as unknown as Kysely<unknown>);
          } catch (error) {
            throw new MigrationError(m.name, error);
          }
          await trx.insertInto('ungcuu_migrations').values({ name: m.name }).execute();
        }
      });
      return pending.map((m) => m.name);
    } finally {
      await sql`select pg_advisory_unlock(${MIGRATION_LOCK_KEY})`.execute(conn);
    }
  });
}
