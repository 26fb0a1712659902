import type { MonitorListQuery } from '@ungcuu/domain/monitoring/monitoring-api.ts';
import { type Insertable, sql, type Updateable } from 'kysely';
import type { MonitorRow, MonitorsTable } from '../db/schema-monitoring.ts';
import type { Executor } from '../shared/context.ts';
import type { ReadReach } from '../shared/read-reach.ts';

export type MonitorWithNames = MonitorRow & { unit_name: string; system_name: string | null };

const HOUR_MS = 3_600_000;
const DAY_MS = 86_400_000;
/** Days are Vietnam days (UTC+7, no daylight saving): a day bucket starts at 17:00 UTC. */
const VN_OFFSET_MS = 7 * HOUR_MS;

export const hourStart = (t: Date) => new Date(Math.floor(t.getTime() / HOUR_MS) * HOUR_MS);
export const dayStart = (t: Date) =>
  new Date(Math.floor((t.getTime() + VN_OFFSET_MS) / DAY_MS) * DAY_MS - VN_OFFSET_MS);

function withNames(db: Executor) {
  return db
    .selectFrom('monitors as m')
    .innerJoin('units as u', 'u.id', 'm.unit_id')
    .leftJoin('information_systems as s', 's.id', 'm.system_id')
    .selectAll('m')
    .select(['u.name as unit_name', 's.name as system_name']);
}

export async function findMonitor(db: Executor, id: string): Promise<MonitorWithNames | undefined> {
  return withNames(db).where('m.id', '=', id).executeTakeFirst();
}

export async function listMonitors(
  db: Executor,
  query: MonitorListQuery,
  reach: ReadReach,
): Promise<{ rows: MonitorWithNames[]; total: number }> {
  const filter = <Q extends ReturnType<typeof withNames>>(q: Q) => {
    let out = q;
    if (!reach.all) out = out.where('m.unit_id', '=', reach.unitId) as Q;
    if (query.unitId) out = out.where('m.unit_id', '=', query.unitId) as Q;
    if (query.systemId) out = out.where('m.system_id', '=', query.systemId) as Q;
    if (query.status) out = out.where('m.status', '=', query.status) as Q;
    if (query.kind) out = out.where('m.kind', '=', query.kind) as Q;
    if (query.q) {
      const like = `%${query.q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
      out = out.where((eb) => eb.or([eb('m.name', 'ilike', like), eb('m.target', 'ilike', like)])) as Q;
    }
    return out;
  };
  const [rows, count] = await Promise.all([
    filter(withNames(db))
      // Down first: what needs a person comes to the top of the screen.
      // The same expression as the monitors_list_idx indexes.
      .orderBy(sql`(case m.status when 'down' then 0 when 'pending' then 1 else 2 end)`)
      .orderBy('m.name')
      .orderBy('m.id')
      .limit(query.limit)
      .offset(query.offset)
      .execute(),
    filter(withNames(db))
      .clearSelect()
      .select((eb) => eb.fn.countAll<string>().as('n'))
      .executeTakeFirstOrThrow(),
  ]);
  return { rows, total: Number(count.n) };
}

/** Uptime and mean response time per monitor from the buckets: 24 h (hours), 30 d and 1 y (days). */
export async function uptimeOf(db: Executor, ids: readonly string[], now: Date) {
  const out = new Map<string, { h24: Window; d30: Window; y1: Window }>();
  if (ids.length === 0) return out;
  const since24h = new Date(hourStart(now).getTime() - 23 * HOUR_MS);
  const since30d = new Date(dayStart(now).getTime() - 29 * DAY_MS);
  const since1y = new Date(dayStart(now).getTime() - 364 * DAY_MS);
  const rows = await db
    .selectFrom('monitor_buckets')
    .select([
      'monitor_id',
      sql<string>`sum(checks) filter (where period = 'hour' and bucket_start >= ${since24h})`.as('c24'),
      sql<string>`sum(ok) filter (where period = 'hour' and bucket_start >= ${since24h})`.as('o24'),
      sql<string>`sum(response_ms_sum) filter (where period = 'hour' and bucket_start >= ${since24h})`.as(
        'r24',
      ),
      sql<string>`sum(checks) filter (where period = 'day' and bucket_start >= ${since30d})`.as('c30'),
      sql<string>`sum(ok) filter (where period = 'day' and bucket_start >= ${since30d})`.as('o30'),
      sql<string>`sum(response_ms_sum) filter (where period = 'day' and bucket_start >= ${since30d})`.as(
        'r30',
      ),
      sql<string>`sum(checks) filter (where period = 'day')`.as('c365'),
      sql<string>`sum(ok) filter (where period = 'day')`.as('o365'),
      sql<string>`sum(response_ms_sum) filter (where period = 'day')`.as('r365'),
    ])
    .where('monitor_id', 'in', ids)
    .where((eb) =>
      eb.or([
        eb.and([eb('period', '=', 'hour'), eb('bucket_start', '>=', since24h)]),
        eb.and([eb('period', '=', 'day'), eb('bucket_start', '>=', since1y)]),
      ]),
    )
    .groupBy('monitor_id')
    .execute();
  const w = (c: string | null, o: string | null, r: string | null): Window => ({
    checks: Number(c ?? 0),
    ok: Number(o ?? 0),
    responseMsSum: Number(r ?? 0),
  });
  for (const r of rows)
    out.set(r.monitor_id, {
      h24: w(r.c24, r.o24, r.r24),
      d30: w(r.c30, r.o30, r.r30),
      y1: w(r.c365, r.o365, r.r365),
    });
  return out;
}
export interface Window {
  checks: number;
  ok: number;
  responseMsSum: number;
}

export async function bucketsOf(db: Executor, monitorId: string, period: 'hour' | 'day', since: Date) {
  return db
    .selectFrom('monitor_buckets')
    .select(['bucket_start', 'checks', 'ok', 'response_ms_sum', 'response_ms_max'])
    .where('monitor_id', '=', monitorId)
    .where('period', '=', period)
    .where('bucket_start', '>=', since)
    .orderBy('bucket_start')
    .execute();
}

export async function recentResults(db: Executor, monitorId: string, limit: number) {
  return db
    .selectFrom('monitor_results as r')
    .leftJoin('monitor_probes as p', 'p.id', 'r.probe_id')
    .select(['r.checked_at', 'r.ok', 'r.response_ms', 'r.message', 'r.probe_id', 'p.name as probe_name'])
    .where('r.monitor_id', '=', monitorId)
    .orderBy('r.checked_at', 'desc')
    .orderBy('r.id', 'desc')
    .limit(limit)
    .execute();
}

export async function insertMonitors(db: Executor, rows: Insertable<MonitorsTable>[]) {
  if (rows.length === 0) return [];
  return db
    .insertInto('monitors')
    .values(rows)
    .onConflict((oc) => oc.columns(['unit_id', 'kind', 'target']).doNothing())
    .returning('id')
    .execute();
}

export async function targetTaken(
  db: Executor,
  unitId: string,
  kind: string,
  target: string,
  exceptId?: string,
) {
  let q = db
    .selectFrom('monitors')
    .select('id')
    .where('unit_id', '=', unitId)
    .where('kind', '=', kind)
    .where('target', '=', target);
  if (exceptId) q = q.where('id', '!=', exceptId);
  return (await q.executeTakeFirst()) !== undefined;
}

export async function updateMonitor(db: Executor, id: string, patch: Updateable<MonitorsTable>) {
  return db
    .updateTable('monitors')
    .set({ ...patch, version: sql`version + 1` })
    .where('id', '=', id)
    .returningAll()
    .executeTakeFirstOrThrow();
}

export async function deleteMonitor(db: Executor, id: string): Promise<void> {
  await db.deleteFrom('monitors').where('id', '=', id).execute();
}

/** The unit owning a system (a monitor of it belongs there), or undefined if there is no such system. */
export async function systemOwnerUnit(db: Executor, systemId: string): Promise<string | undefined> {
  const row = await db
    .selectFrom('information_systems')
    .select('owner_unit_id')
    .where('id', '=', systemId)
    .executeTakeFirst();
  return row?.owner_unit_id;
}

/** Moves a monitor's next run to `at`: a free checker picks it up on its next claim. */
export async function scheduleNow(db: Executor, id: string, at: Date): Promise<void> {
  await db.updateTable('monitors').set({ next_run_at: at }).where('id', '=', id).execute();
}

/** Systems with addresses the caller's reach covers, for "create monitors from the inventory". */
export async function systemsWithAddresses(db: Executor, reach: ReadReach, systemIds?: readonly string[]) {
  let q = db
    .selectFrom('information_systems')
    .select(['id', 'name', 'owner_unit_id', 'addresses'])
    .where('archived', '=', false);
  if (!reach.all) q = q.where('owner_unit_id', '=', reach.unitId);
  if (systemIds?.length) q = q.where('id', 'in', systemIds);
  return q.orderBy('name').limit(5_000).execute();
}

/** Counts per unit and status: the per-unit status page's header. */
export async function statusCounts(db: Executor, unitId: string) {
  return db
    .selectFrom('monitors')
    .select(['status', sql<string>`count(*)`.as('n')])
    .where('unit_id', '=', unitId)
    .groupBy('status')
    .execute();
}
