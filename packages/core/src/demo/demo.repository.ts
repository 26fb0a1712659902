import { type Insertable, type Kysely, sql } from 'kysely';
import type { Database } from '../db/schema.ts';
import type { Executor } from '../shared/context.ts';

// The demo town writes hundreds of rows: multi-row inserts, a few hundred rows per statement, so
// a load through the server's control channel (one round trip per statement) stays fast.

const CHUNK = 200;
type AnyDb = Kysely<Record<string, Record<string, unknown>>>;

/** Inserts rows in chunks; returns how many were written. */
export async function insertRows<T extends keyof Database & string>(
  db: Executor,
  table: T,
  rows: Insertable<Database[T]>[],
): Promise<number> {
  for (let i = 0; i < rows.length; i += CHUNK) {
    // The generic table name defeats Kysely's per-table value typing; the rows are typed by the caller.
    await (db as unknown as AnyDb)
      .insertInto(table)
      .values(rows.slice(i, i + CHUNK) as unknown as Record<string, unknown>[])
      .execute();
  }
  return rows.length;
}

/** Whether the demo town's records are there already (its systems carry the demo marker note). */
export async function demoTownLoaded(db: Executor, marker: string): Promise<boolean> {
  const row = await db
    .selectFrom('information_systems')
    .select('id')
    .where('notes', '=', marker)
    .limit(1)
    .executeTakeFirst();
  return row !== undefined;
}

/**
 * `n` incident codes of `year` from the sequence reported incidents use, so later reports do not
 * clash. Inside a transaction the sequence is created without the error-and-retry of
 * nextIncidentCode (an error would abort the transaction), continuing after any code in use.
 */
export async function takeIncidentCodes(db: Executor, year: number, n: number): Promise<string[]> {
  if (n === 0) return [];
  const name = `incident_code_${year}`;
  await sql`create sequence if not exists ${sql.id(name)}`.execute(db);
  await sql`
    select setval(${name}, v) from (
      select greatest(
        coalesce((select max(nullif(regexp_replace(code, '^SC-[0-9]{4}-', ''), '')::bigint) from incidents where code like ${`SC-${year}-%`}), 0),
        (select case when is_called then last_value else 0 end from ${sql.id(name)})
      ) as v
    ) t where v > 0`.execute(db);
  const rows = await sql<{ n: string }>`
    select nextval(${name}) as n from generate_series(1, ${n}) order by 1`.execute(db);
  return rows.rows.map((r) => `SC-${year}-${String(r.n).padStart(4, '0')}`);
}

/** Rows per table, for the summary printed after a load and for the tests. */
export async function countRows(db: Executor, tables: readonly (keyof Database & string)[]) {
  const union = sql.join(
    tables.map((t) => sql`select ${t} as t, count(*)::int as n from ${sql.table(t)}`),
    sql` union all `,
  );
  const res = await sql<{ t: string; n: number }>`${union}`.execute(db);
  return Object.fromEntries(res.rows.map((r) => [r.t, Number(r.n)]));
}

/** Users, units and team members by their demo keys. */
export async function demoPeople(db: Executor) {
  const [units, users, team] = await Promise.all([
    db.selectFrom('units').select(['id', 'code', 'name', 'type']).execute(),
    db.selectFrom('users').select(['id', 'username', 'full_name', 'unit_id']).execute(),
    db.selectFrom('team_members').select(['id', 'user_id', 'full_name', 'unit_id']).execute(),
  ]);
  return { units, users, team };
}
