import { type Kysely, sql } from 'kysely';
import type { Database } from '../db/schema.ts';

export interface TableDigest {
  rows: number;
  sha256: string;
}

// Fixed text forms so that the same rows give the same digest in any session (time zone, dates,
// bytea and float output all change a row's text).
const FIXED_SETTINGS = [
  "set local timezone = 'UTC'",
  "set local datestyle = 'ISO, YMD'",
  "set local intervalstyle = 'postgres'",
  "set local bytea_output = 'hex'",
  'set local extra_float_digits = 3',
];

/**
 * Row count and a SHA-256 per table of the public schema (evidence files included: they are
 * bytea columns). The digest is over the sorted hashes of the rows, so row order does not matter;
 * a restored copy is the same data exactly when every table's count and digest are equal.
 */
export async function tableDigests(db: Kysely<Database>): Promise<Record<string, TableDigest>> {
  return db
    .transaction()
    .setIsolationLevel('repeatable read')
    .execute((trx) => tableDigestsIn(trx));
}

/** Same, inside a transaction the caller holds (PostgreSQL: the snapshot that pg_dump uses). */
export async function tableDigestsIn(trx: Kysely<Database>): Promise<Record<string, TableDigest>> {
  for (const setting of FIXED_SETTINGS) await sql.raw(setting).execute(trx);
  const tables = await sql<{ name: string }>`
    select tablename as name from pg_tables where schemaname = 'public' order by tablename`.execute(trx);
  const out: Record<string, TableDigest> = {};
  for (const { name } of tables.rows) {
    const quoted = `"${name.replaceAll('"', '""')}"`;
    const result = await sql<{ rows: number; sha256: string | null }>`
      select count(*)::int as rows,
             encode(sha256(convert_to(string_agg(h, '' order by h), 'UTF8')), 'hex') as sha256
      from (select encode(sha256(convert_to(t::text, 'UTF8')), 'hex') as h
            from ${sql.raw(`public.${quoted}`)} t) x`.execute(trx);
    const row = result.rows[0];
    out[name] = { rows: Number(row?.rows ?? 0), sha256: row?.sha256 ?? '' };
  }
  return out;
}

/** The tables whose count or digest differ, described for a person ("units: 12 rows, expected 13"). */
export function compareDigests(
  expected: Record<string, TableDigest>,
  actual: Record<string, TableDigest>,
): string[] {
  const problems: string[] = [];
  for (const name of new Set([...Object.keys(expected), ...Object.keys(actual)])) {
    const e = expected[name];
    const a = actual[name];
    if (!e) problems.push(`${name}: unexpected table`);
    else if (!a) problems.push(`${name}: missing`);
    else if (e.rows !== a.rows) problems.push(`${name}: ${a.rows} rows, expected ${e.rows}`);
    else if (e.sha256 !== a.sha256) problems.push(`${name}: content differs`);
  }
  return problems;
}
