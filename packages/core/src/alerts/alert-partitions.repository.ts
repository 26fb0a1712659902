import { sql } from 'kysely';
import type { Executor } from '../shared/context.ts';
import { LOCK_KEYS } from '../shared/lock-keys.ts';

// The daily partitions of `alerts` and the retention of receipts: created ahead by the intake and
// the retention job, dropped whole once older than the retention (never row by row).

const DAY_MS = 86_400_000;

// --- partitions ------------------------------------------------------------------------------

/** The UTC day of a time as yyyymmdd (a partition's name suffix). */
export function partitionDay(t: Date): string {
  return t.toISOString().slice(0, 10).replace(/-/g, '');
}

/** Serialises partition creation and dropping across processes (transaction-scoped). */
export async function lockPartitions(trx: Executor): Promise<void> {
  await sql`select pg_advisory_xact_lock(${LOCK_KEYS.alertPartitions})`.execute(trx);
}

/** Creates the daily partitions of `alerts` for [from, from + days) that do not exist yet. */
export async function createPartitions(db: Executor, from: Date, days: number): Promise<number> {
  const start = Math.floor(from.getTime() / DAY_MS) * DAY_MS;
  let created = 0;
  for (let i = 0; i < days; i++) {
    const lo = new Date(start + i * DAY_MS);
    const hi = new Date(start + (i + 1) * DAY_MS);
    const name = `alerts_p${partitionDay(lo)}`;
    const exists = await sql<{
      n: number;
    }>`select count(*)::int as n from pg_class where relname = ${name}`.execute(db);
    if (exists.rows[0]!.n > 0) continue;
    await sql`create table if not exists ${sql.id(name)} partition of alerts
                for values from (${sql.lit(lo.toISOString())}) to (${sql.lit(hi.toISOString())})`.execute(db);
    created++;
  }
  return created;
}

/** Partitions of `alerts` with their day (yyyymmdd), oldest first. */
export async function listPartitions(db: Executor): Promise<{ name: string; day: string }[]> {
  const rows = await sql<{ name: string }>`
    select c.relname as name from pg_inherits i
    join pg_class c on c.oid = i.inhrelid
    join pg_class p on p.oid = i.inhparent
    where p.relname = 'alerts' order by c.relname`.execute(db);
  return rows.rows
    .map((r) => ({ name: r.name, day: /^alerts_p(\d{8})$/.exec(r.name)?.[1] ?? '' }))
    .filter((r) => r.day !== '');
}

/** Drops whole days of alerts older than the cut-off (a partition is dropped once its day ended). */
export async function dropPartitionsBefore(db: Executor, cutoff: Date): Promise<string[]> {
  const cutDay = partitionDay(cutoff);
  const dropped: string[] = [];
  for (const p of await listPartitions(db)) {
    if (p.day >= cutDay) continue;
    await sql`drop table ${sql.id(p.name)}`.execute(db);
    dropped.push(p.name);
  }
  return dropped;
}

export async function deleteReceiptsBefore(db: Executor, cutoff: Date): Promise<number> {
  const r = await db.deleteFrom('alert_receipts').where('received_at', '<', cutoff).executeTakeFirst();
  return Number(r.numDeletedRows);
}
