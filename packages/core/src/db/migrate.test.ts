import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { after, before, describe, test } from 'node:test';
import { type Kysely, sql } from 'kysely';
import pg from 'pg';
import { createTestDatabase, databaseUrlWithName } from '../testing/test-db.ts';
import { type DatabaseHandle, openDatabase } from './engine.ts';
import { MigrationChecksumError, MigrationError, migrate } from './migrate.ts';
import { migrationChecksum } from './migration-checksum.ts';
import { MIGRATIONS, type Migration } from './migrations/index.ts';
import type { Database } from './schema.ts';

// Runs on whichever engine the suite runs on: PostgreSQL when DATABASE_URL is set, else PGlite.
const databaseUrl = process.env.DATABASE_URL;

let handle: DatabaseHandle;
before(async () => {
  handle = await createTestDatabase();
});
after(() => handle.close());

async function tableExists(db: Kysely<Database>, name: string): Promise<boolean> {
  const result = await sql<{ t: string | null }>`select to_regclass(${name})::text as t`.execute(db);
  return result.rows[0]?.t != null;
}

async function appliedNames(db: Kysely<Database>, names: string[]): Promise<string[]> {
  const rows = await db.selectFrom('ungcuu_migrations').select('name').where('name', 'in', names).execute();
  return rows.map((r) => r.name).sort();
}

function uniqueName(prefix: string): string {
  return `${prefix}_${randomBytes(4).toString('hex')}`;
}

function createTable(table: string): Migration {
  return {
    name: `test-${table}`,
    async up(db) {
      await sql`create table ${sql.table(table)} (id integer primary key)`.execute(db);
      await sql`insert into ${sql.table(table)} (id) values (1)`.execute(db);
    },
  };
}

describe('migrate', () => {
  test('the product’s migrations are all applied to a test database, in order', async () => {
    const rows = await handle.db.selectFrom('ungcuu_migrations').select('name').execute();
    const names = rows.map((r) => r.name);
    for (const m of MIGRATIONS) assert.ok(names.includes(m.name), m.name);
    assert.deepEqual(
      MIGRATIONS.map((m) => m.name),
      [...MIGRATIONS.map((m) => m.name)].sort(),
    );
    for (const table of ['units', 'users', 'sessions', 'api_tokens', 'audit_log', 'team_members', 'settings'])
      assert.ok(await tableExists(handle.db, table), table);
  });

  test('nothing pending: a second run applies nothing', async () => {
    assert.deepEqual(await migrate(handle.db), []);
  });

  test('a failing migration leaves neither the tables of the good one before it nor any record', async () => {
    const good = createTable(uniqueName('mig_good'));
    const bad: Migration = {
      name: `test-${uniqueName('mig_bad')}`,
      async up(db) {
        await sql`create table ${sql.table(uniqueName('mig_half'))} (id integer)`.execute(db);
        throw new Error('this migration is broken');
      },
    };
    const error = await migrate(handle.db, [...MIGRATIONS, good, bad]).then(
      () => assert.fail('migrate should have failed'),
      (e: unknown) => e,
    );
    assert.ok(error instanceof MigrationError);
    assert.equal(error.migration, bad.name);
    assert.match(error.message, /this migration is broken/);
    assert.equal(await tableExists(handle.db, good.name.slice('test-'.length)), false);
    assert.deepEqual(await appliedNames(handle.db, [good.name, bad.name]), []);
    // The advisory lock was released: the next run is not blocked, and applies the good one.
    assert.deepEqual(await migrate(handle.db, [...MIGRATIONS, good]), [good.name]);
    assert.equal(await tableExists(handle.db, good.name.slice('test-'.length)), true);
    assert.deepEqual(await appliedNames(handle.db, [good.name, bad.name]), [good.name]);
  });

  test('a migration fails inside SQL just the same (bad statement after a good one)', async () => {
    const table = uniqueName('mig_sql');
    const broken: Migration = {
      name: `test-${table}`,
      async up(db) {
        await sql`create table ${sql.table(table)} (id integer)`.execute(db);
        await sql`alter table ${sql.table(table)} add column id integer`.execute(db);
      },
    };
    await assert.rejects(migrate(handle.db, [broken]), MigrationError);
    assert.equal(await tableExists(handle.db, table), false);
    assert.deepEqual(await appliedNames(handle.db, [broken.name]), []);
  });

  test('every applied migration of the product records the checksum of its file', async () => {
    const rows = await handle.db.selectFrom('ungcuu_migrations').select(['name', 'checksum']).execute();
    for (const m of MIGRATIONS) {
      assert.ok(m.source, `${m.name} is read from its file`);
      assert.equal(rows.find((r) => r.name === m.name)?.checksum, migrationChecksum(m), m.name);
    }
  });

  test('an applied migration whose file changed stops migrate with a clear error, applying nothing', async () => {
    const changed = MIGRATIONS[0]!;
    const later = createTable(uniqueName('mig_after_change'));
    await handle.db
      .updateTable('ungcuu_migrations')
      .set({ checksum: 'f'.repeat(64) })
      .where('name', '=', changed.name)
      .execute();
    try {
      const error = await migrate(handle.db, [...MIGRATIONS, later]).then(
        () => assert.fail('migrate should refuse a changed migration'),
        (e: unknown) => e,
      );
      assert.ok(error instanceof MigrationChecksumError);
      assert.equal(error.migration, changed.name);
      assert.match(error.message, /was changed after it was applied/);
      assert.match(error.message, /đã bị sửa/);
      assert.deepEqual(await appliedNames(handle.db, [later.name]), []);
    } finally {
      await handle.db
        .updateTable('ungcuu_migrations')
        .set({ checksum: migrationChecksum(changed) })
        .where('name', '=', changed.name)
        .execute();
    }
  });

  test('rows recorded before checksums existed adopt the checksum of the current file', async () => {
    const first = MIGRATIONS[1]!;
    await handle.db
      .updateTable('ungcuu_migrations')
      .set({ checksum: null })
      .where('name', '=', first.name)
      .execute();
    assert.deepEqual(await migrate(handle.db), []);
    const row = await handle.db
      .selectFrom('ungcuu_migrations')
      .select('checksum')
      .where('name', '=', first.name)
      .executeTakeFirstOrThrow();
    assert.equal(row.checksum, migrationChecksum(first));
  });

  test('only pending migrations run, each once', async () => {
    const first = createTable(uniqueName('mig_once_a'));
    const second = createTable(uniqueName('mig_once_b'));
    assert.deepEqual(await migrate(handle.db, [first]), [first.name]);
    // `first` would fail if it ran again (its table exists): it must be skipped.
    assert.deepEqual(await migrate(handle.db, [first, second]), [second.name]);
    assert.deepEqual(await migrate(handle.db, [first, second]), []);
  });
});

describe('migrate on a fresh database, two migrations at once', () => {
  // PostgreSQL: two handles (two server processes) on one new database. PGlite has one
  // connection per database, so the two runs share one handle.
  let handles: DatabaseHandle[] = [];
  let dropDatabase: () => Promise<void> = async () => {};

  before(async () => {
    if (databaseUrl) {
      const name = `ungcuu_t_${randomBytes(6).toString('hex')}`;
      const admin = new pg.Client({ connectionString: databaseUrl });
      await admin.connect();
      await admin.query(`create database ${name}`);
      await admin.end();
      const url = databaseUrlWithName(databaseUrl, name);
      handles = [
        await openDatabase({ databaseUrl: url, poolSize: 2 }),
        await openDatabase({ databaseUrl: url, poolSize: 2 }),
      ];
      dropDatabase = async () => {
        const c = new pg.Client({ connectionString: databaseUrl });
        await c.connect();
        await c.query(`drop database if exists ${name} with (force)`);
        await c.end();
      };
    } else {
      const single = await openDatabase({});
      handles = [single, single];
    }
  });
  after(async () => {
    for (const h of new Set(handles)) await h.close();
    await dropDatabase();
  });

  test('both succeed and every migration is applied exactly once', async () => {
    const [a, b] = handles as [DatabaseHandle, DatabaseHandle];
    assert.equal(await tableExists(a.db, 'units'), false);
    const [ranA, ranB] = await Promise.all([migrate(a.db), migrate(b.db)]);
    const all = MIGRATIONS.map((m) => m.name);
    // One of them did the work, the other waited for the lock and found nothing left.
    assert.deepEqual(
      [ranA, ranB].sort((x, y) => y.length - x.length),
      [all, []],
    );
    const rows = await a.db.selectFrom('ungcuu_migrations').select('name').execute();
    assert.deepEqual(rows.map((r) => r.name).sort(), [...all].sort());
    assert.equal(await tableExists(b.db, 'units'), true);
    assert.equal(await tableExists(b.db, 'audit_log'), true);
  });
});
