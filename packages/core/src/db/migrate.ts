import { type Kysely, sql } from 'kysely';
import { LOCK_KEYS } from '../shared/lock-keys.ts';
import { migrationChecksum } from './migration-checksum.ts';
import { MIGRATIONS, type Migration } from './migrations/index.ts';
import type { Database } from './schema.ts';

const MIGRATION_LOCK_KEY = LOCK_KEYS.migrations;

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
 * An applied migration whose file changed since: the database may differ from one migrated today,
 * so nothing starts until the file is restored (changes go into a new migration).
 */
export class MigrationChecksumError extends Error {
  constructor(
    readonly migration: string,
    readonly recorded: string,
    readonly current: string,
  ) {
    super(
      `migration ${migration} was changed after it was applied to this database ` +
        `(recorded checksum ${recorded.slice(0, 12)}…, file now ${current.slice(0, 12)}…); ` +
        'restore the original file and put the change in a new migration. / ' +
        `Tệp chuyển đổi CSDL ${migration} đã bị sửa sau khi được áp dụng cho cơ sở dữ liệu này; ` +
        'hãy khôi phục tệp gốc và đưa thay đổi vào một tệp chuyển đổi mới.',
    );
    this.name = 'MigrationChecksumError';
  }
}

/**
 * Checks the recorded checksum of every applied migration against its file. Rows recorded before
 * checksums existed (null) adopt the current file's checksum: trust on first sight.
 */
async function checkApplied(conn: Kysely<Database>, migrations: Migration[]): Promise<Set<string>> {
  const rows = await conn.selectFrom('ungcuu_migrations').select(['name', 'checksum']).execute();
  const byName = new Map(migrations.map((m) => [m.name, m]));
  for (const row of rows) {
    const migration = byName.get(row.name);
    if (!migration) continue; // applied by a newer version of the product: not ours to judge
    const current = migrationChecksum(migration);
    if (row.checksum === null) {
      await conn
        .updateTable('ungcuu_migrations')
        .set({ checksum: current })
        .where('name', '=', row.name)
        .execute();
    } else if (row.checksum !== current) {
      throw new MigrationChecksumError(row.name, row.checksum, current);
    }
  }
  return new Set(rows.map((r) => r.name));
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
      await sql`alter table ungcuu_migrations add column if not exists checksum text`.execute(conn);
      const done = await checkApplied(conn, migrations);
      const pending = migrations.filter((m) => !done.has(m.name));
      if (pending.length === 0) return [];
      await conn.transaction().execute(async (trx) => {
        for (const m of pending) {
          try {
            await m.up(trx as unknown as Kysely<unknown>);
          } catch (error) {
            throw new MigrationError(m.name, error);
          }
          await trx
            .insertInto('ungcuu_migrations')
            .values({ name: m.name, checksum: migrationChecksum(m) })
            .execute();
        }
      });
      return pending.map((m) => m.name);
    } finally {
      await sql`select pg_advisory_unlock(${MIGRATION_LOCK_KEY})`.execute(conn);
    }
  });
}
