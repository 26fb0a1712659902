import type { Breakdown, StatisticsFilter } from '@ungcuu/domain/statistics/statistics-api.ts';
import { OPEN_INCIDENT_STATES } from '@ungcuu/domain/statistics/statistics-api.ts';
import { type RawBuilder, sql } from 'kysely';
import type { IncidentRow } from '../db/schema-incidents.ts';
import type { DeadlineFacts } from '../incidents/severity-assessment.ts';
import type { Executor } from '../shared/context.ts';
import type { ReadReach } from '../shared/read-reach.ts';

/**
 * Dashboard aggregates, one query per tile, all computed by the database (GROUP BY,
 * percentile_cont): never the incident rows themselves. Periods are Vietnam calendar days and
 * months (UTC+7, no daylight saving, so no time-zone table is needed on either engine).
 */

/** Rejected reports, duplicates and merged records are not incidents of their own. */
const COUNTED = sql<boolean>`i.state not in ('rejected', 'duplicate', 'merged')`;
const OPEN_LIST = sql.join(OPEN_INCIDENT_STATES.map((s) => sql.lit(s)));
/** Grouped by the month's start (a timestamp groups faster than text), named 'yyyy-mm' after. */
const VN_MONTH_START = sql`date_trunc('month', (i.detected_at at time zone 'UTC') + interval '7 hours')`;
const monthKey = (column: string) => sql<string>`to_char(${sql.ref(column)}, 'YYYY-MM')`;

const dayStart = (day: string) => new Date(`${day}T00:00:00+07:00`);
const dayAfter = (day: string) => new Date(dayStart(day).getTime() + 86_400_000);

/** The WHERE of every incident tile: reach, period of detection, units, cause group. */
function incidentWhere(filter: StatisticsFilter, reach: ReadReach, withPeriod = true): RawBuilder<boolean> {
  const parts: RawBuilder<unknown>[] = [COUNTED];
  if (!reach.all) parts.push(sql`i.unit_ids @> array[${reach.unitId}]::uuid[]`);
  if (withPeriod && filter.from) parts.push(sql`i.detected_at >= ${dayStart(filter.from)}`);
  if (withPeriod && filter.to) parts.push(sql`i.detected_at < ${dayAfter(filter.to)}`);
  if (filter.unitId?.length) parts.push(sql`i.unit_ids && array[${sql.join(filter.unitId)}]::uuid[]`);
  if (filter.causeGroup) parts.push(sql`i.cause_group = ${filter.causeGroup}`);
  return sql<boolean>`${sql.join(parts, sql` and `)}`;
}

const COUNTS = sql`count(*)::int as total,
  (count(*) filter (where i.state in (${OPEN_LIST})))::int as open,
  (count(*) filter (where i.state = 'closed'))::int as closed`;

export interface BreakdownRow {
  key: string;
  label: string | null;
  total: number;
  open: number;
  closed: number;
}

/** At most this many units or systems in a breakdown: the largest first. */
export const BREAKDOWN_ROWS = 200;

/** Incidents counted by one dimension; the unit dimension counts every unit an incident involves. */
export async function incidentBreakdown(
  db: Executor,
  by: Breakdown,
  filter: StatisticsFilter,
  reach: ReadReach,
): Promise<BreakdownRow[]> {
  const where = incidentWhere(filter, reach);
  let query: RawBuilder<BreakdownRow>;
  if (by === 'unit') {
    // Counted per involved unit, as the incident list filters by unit; within the filter's units.
    const units = !reach.all ? [reach.unitId] : (filter.unitId ?? []);
    const unitWhere = units.length ? sql`and x.unit_id = any(array[${sql.join(units)}]::uuid[])` : sql``;
    // Counted first, named after: only the 200 largest rows meet the units table.
    query = sql<BreakdownRow>`
      select c.key, u.name as label, c.total, c.open, c.closed from (
        select x.unit_id as unit_id, x.unit_id::text as key, ${COUNTS}
        from incidents i cross join lateral unnest(i.unit_ids) as x(unit_id)
        where ${where} ${unitWhere}
        group by x.unit_id order by total desc limit ${BREAKDOWN_ROWS}
      ) c join units u on u.id = c.unit_id
      order by c.total desc, u.name`;
  } else if (by === 'system') {
    query = sql<BreakdownRow>`
      select coalesce(c.system_id::text, '') as key, s.name as label, c.total, c.open, c.closed from (
        select i.system_id, ${COUNTS} from incidents i where ${where}
        group by i.system_id order by total desc limit ${BREAKDOWN_ROWS}
      ) c left join information_systems s on s.id = c.system_id
      order by c.total desc, s.name`;
  } else if (by === 'month') {
    query = sql<BreakdownRow>`
      select ${monthKey('c.m')} as key, null as label, c.total, c.open, c.closed from (
        select ${VN_MONTH_START} as m, ${COUNTS} from incidents i where ${where} group by 1
      ) c order by c.m`;
  } else {
    const column = {
      cause_group: sql`coalesce(i.cause_group, '')`,
      subtype: sql`coalesce(i.subtype, '')`,
      tier: sql`i.tier`,
      state: sql`i.state`,
    }[by];
    query = sql<BreakdownRow>`
      select ${column} as key, null as label, ${COUNTS}
      from incidents i where ${where}
      group by 1 order by 1`;
  }
  return (await query.execute(db)).rows;
}

/** Per month: how many reached each moment, and [median, 90th percentile] of the hours it took. */
export interface ResponseTimeRow {
  month: string;
  ack_n: number;
  ack: [number, number] | null;
  contain_n: number;
  contain: [number, number] | null;
  close_n: number;
  close: [number, number] | null;
}

/**
 * Hours from receipt to acknowledgement, from detection to containment and to closure, median and
 * 90th percentile per month of detection. Only incidents that reached the moment count.
 */
export async function responseTimes(
  db: Executor,
  filter: StatisticsFilter,
  reach: ReadReach,
): Promise<ResponseTimeRow[]> {
  const hours = (from: string, to: string) =>
    // date_part gives a double; extract() gives numeric, whose sorts are several times slower.
    sql`date_part('epoch', ${sql.ref(to)} - ${sql.ref(from)}) / 3600.0`;
  const ack = hours('i.reported_at', 'i.acknowledged_at');
  const contain = hours('i.detected_at', 'i.contained_at');
  const close = sql`case when i.state = 'closed' then ${hours('i.detected_at', 'i.closed_at')} end`;
  // One sort per measure gives both percentiles (an array of fractions).
  const stat = (name: string, value: RawBuilder<unknown>) => sql`
    (count(${value}))::int as ${sql.id(`${name}_n`)},
    percentile_cont(array[0.5, 0.9]) within group (order by ${value}) as ${sql.id(name)}`;
  const result = await sql<ResponseTimeRow>`
    select ${monthKey('c.m')} as month, c.ack_n, c.ack, c.contain_n, c.contain, c.close_n, c.close from (
      select ${VN_MONTH_START} as m, ${stat('ack', ack)}, ${stat('contain', contain)}, ${stat('close', close)}
      from incidents i where ${incidentWhere(filter, reach)}
      group by 1
    ) c order by c.m`.execute(db);
  // percentile_cont of no values is an array of nulls.
  const pair = (v: unknown): [number, number] | null => {
    const a = v as (number | string | null)[] | null;
    return a && a[0] !== null && a[0] !== undefined ? [Number(a[0]), Number(a[1])] : null;
  };
  return result.rows.map((r) => ({ ...r, ack: pair(r.ack), contain: pair(r.contain), close: pair(r.close) }));
}

/** Unfinished incident tasks past due, per assigned unit (the largest first). */
export async function overdueTasksByUnit(
  db: Executor,
  filter: StatisticsFilter,
  reach: ReadReach,
  now: Date,
): Promise<{ unit_id: string | null; unit_name: string | null; n: number }[]> {
  const result = await sql<{ unit_id: string | null; unit_name: string | null; n: number }>`
    select t.assignee_unit_id as unit_id, u.name as unit_name, count(*)::int as n
    from incident_tasks t
    join incidents i on i.id = t.incident_id
    left join units u on u.id = t.assignee_unit_id
    where t.status in ('open', 'accepted', 'in_progress') and t.due_at < ${now}
      and ${incidentWhere(filter, reach, false)}
    group by t.assignee_unit_id, u.name order by n desc limit 50`.execute(db);
  return result.rows;
}

export type OpenIncidentFacts = DeadlineFacts & Pick<IncidentRow, 'id' | 'code' | 'regime_id'>;

/**
 * One keyset page of open incidents (for their legal deadlines, which the domain computes from the
 * regime). Only open incidents: a finished one's clocks have stopped.
 */
export async function openIncidentsPage(
  db: Executor,
  filter: StatisticsFilter,
  reach: ReadReach,
  options: { afterId: string; limit: number; minTier?: 'T3' },
): Promise<OpenIncidentFacts[]> {
  const tier = options.minTier ? sql`and i.tier in ('T3', 'T4')` : sql`and i.tier <> 'T0'`;
  const result = await sql<OpenIncidentFacts>`
    select i.id, i.code, i.regime_id, i.state, i.closed_at, i.updated_at, i.detected_at, i.reported_at, i.tier,
      i.triggers, i.personal_data, i.serious, i.national_security_harm, i.deadlines_done, i.deadlines_waived
    from incidents i
    where i.state in (${OPEN_LIST}) ${tier} and i.id > ${options.afterId}
      and ${incidentWhere(filter, reach, false)}
    order by i.id limit ${options.limit}`.execute(db);
  return result.rows;
}

/** Checks and successes from the monitors' day buckets, per monitor (the least available first) and overall. */
export async function uptimeByMonitor(
  db: Executor,
  filter: StatisticsFilter,
  reach: ReadReach,
): Promise<{
  rows: {
    monitor_id: string;
    name: string;
    unit_id: string;
    unit_name: string;
    system_id: string | null;
    checks: number;
    ok: number;
  }[];
  checks: number;
  ok: number;
}> {
  const parts: RawBuilder<unknown>[] = [sql`b.period = 'day'`];
  if (!reach.all) parts.push(sql`m.unit_id = ${reach.unitId}`);
  if (filter.unitId?.length) parts.push(sql`m.unit_id = any(array[${sql.join(filter.unitId)}]::uuid[])`);
  if (filter.from) parts.push(sql`b.bucket_start >= ${dayStart(filter.from)}`);
  if (filter.to) parts.push(sql`b.bucket_start < ${dayAfter(filter.to)}`);
  const where = sql.join(parts, sql` and `);
  const [rows, totals] = await Promise.all([
    sql<{
      monitor_id: string;
      name: string;
      unit_id: string;
      unit_name: string;
      system_id: string | null;
      checks: number;
      ok: number;
    }>`
      select m.id as monitor_id, m.name, m.unit_id, u.name as unit_name, m.system_id,
        sum(b.checks)::int as checks, sum(b.ok)::int as ok
      from monitor_buckets b join monitors m on m.id = b.monitor_id join units u on u.id = m.unit_id
      where ${where}
      group by m.id, m.name, m.unit_id, u.name, m.system_id
      order by sum(b.ok)::float / nullif(sum(b.checks), 0) asc nulls last, m.name limit 50`.execute(db),
    sql<{ checks: number | null; ok: number | null }>`
      select sum(b.checks)::bigint::int as checks, sum(b.ok)::bigint::int as ok
      from monitor_buckets b join monitors m on m.id = b.monitor_id where ${where}`.execute(db),
  ]);
  return { rows: rows.rows, checks: totals.rows[0]?.checks ?? 0, ok: totals.rows[0]?.ok ?? 0 };
}

/** Inspections of a year by status, and open remediation tasks per unit (the most first). */
export async function inspectionResults(
  db: Executor,
  year: number,
  unitIds: readonly string[] | undefined,
  reach: ReadReach,
  today: string,
) {
  const parts: RawBuilder<unknown>[] = [sql`true`];
  if (!reach.all) parts.push(sql`x.unit_id = ${reach.unitId}`);
  if (unitIds?.length) parts.push(sql`x.unit_id = any(array[${sql.join(unitIds)}]::uuid[])`);
  const where = sql.join(parts, sql` and `);
  const [byStatus, remediation] = await Promise.all([
    sql<{ status: string; n: number }>`
      select x.status, count(*)::int as n from inspections x
      where x.year = ${year} and ${where} group by x.status order by x.status`.execute(db),
    sql<{ unit_id: string; unit_name: string; open: number; overdue: number }>`
      select x.unit_id, u.name as unit_name, count(*)::int as open,
        (count(*) filter (where x.due_date < ${today}::date))::int as overdue
      from remediation_tasks x join units u on u.id = x.unit_id
      where x.status = 'open' and ${where}
      group by x.unit_id, u.name order by open desc, u.name limit 50`.execute(db),
  ]);
  return { byStatus: byStatus.rows, remediation: remediation.rows };
}

/** What awaits a leader: open T3/T4 incidents, recent escalations, submitted budget lines. */
export async function decisionIncidents(db: Executor, reach: ReadReach, limit: number) {
  const scope = reach.all ? sql`true` : sql`i.unit_ids @> array[${reach.unitId}]::uuid[]`;
  const result = await sql<{
    id: string;
    code: string;
    title: string;
    tier: string;
    state: string;
    detected_at: Date;
    unit_name: string | null;
  }>`
    select i.id, i.code, i.title, i.tier, i.state, i.detected_at, u.name as unit_name
    from incidents i left join units u on u.id = i.reporting_unit_id
    where i.state in (${OPEN_LIST}) and i.tier in ('T3', 'T4') and ${scope}
    order by i.tier desc, i.detected_at desc limit ${limit}`.execute(db);
  return result.rows;
}

export async function recentEscalations(db: Executor, reach: ReadReach, since: Date, limit: number) {
  const scope = reach.all ? sql`true` : sql`i.unit_ids @> array[${reach.unitId}]::uuid[]`;
  const result = await sql<{
    id: string;
    incident_id: string;
    incident_code: string;
    to_unit_name: string | null;
    sent_at: Date;
    summary: string;
  }>`
    select e.id, e.incident_id, i.code as incident_code, u.name as to_unit_name, e.sent_at, e.summary
    from incident_escalations e join incidents i on i.id = e.incident_id
    left join units u on u.id = e.to_unit_id
    where e.sent_at >= ${since} and i.state in (${OPEN_LIST}) and ${scope}
    order by e.sent_at desc limit ${limit}`.execute(db);
  return result.rows;
}

export async function budgetAwaitingDecision(db: Executor, reach: ReadReach, limit: number) {
  const scope = reach.all ? sql`true` : sql`l.unit_id = ${reach.unitId}`;
  const result = await sql<{
    id: string;
    fiscal_year: number;
    title: string;
    unit_name: string;
    amount: string;
  }>`
    select l.id, l.fiscal_year, l.title, u.name as unit_name, l.amount::text as amount
    from budget_lines l join units u on u.id = l.unit_id
    where l.status = 'submitted' and ${scope}
    order by l.fiscal_year desc, l.amount desc limit ${limit}`.execute(db);
  return result.rows;
}
