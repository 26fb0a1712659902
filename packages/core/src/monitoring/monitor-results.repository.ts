import { sql } from 'kysely';
import type { MonitorBaseline } from '../db/schema-monitoring.ts';
import type { Executor } from '../shared/context.ts';
import { dayStart, hourStart } from './monitor.repository.ts';

/** One check's result as stored: from the server (probeId null) or a remote probe. */
export interface ResultRecord {
  monitorId: string;
  probeId: string | null;
  checkedAt: Date;
  ok: boolean;
  responseMs: number | null;
  message: string;
  detail?: Record<string, unknown>;
  snapshot?: MonitorBaseline | undefined;
}

/**
 * Claims up to `limit` due monitors for this process: their next run is moved one interval (plus
 * jitter) ahead in the same statement, so another process's claim skips them (SKIP LOCKED) and a
 * crash mid-check costs one interval, never a burst of retries.
 */
export async function claimDue(db: Executor, now: Date, limit: number, jitterRatio: number) {
  const result = await sql<{
    id: string;
    kind: string;
    target: string;
    config: unknown;
    timeout_ms: number;
    interval_seconds: number;
    baseline: unknown;
  }>`
    update monitors m
       set next_run_at = ${now}::timestamptz
         + make_interval(secs => m.interval_seconds * (1 + ${jitterRatio}::float8 * random()))
      from (select id from monitors
             where enabled and next_run_at <= ${now}::timestamptz
             order by next_run_at
             limit ${limit}
             for update skip locked) due
     where m.id = due.id
     returning m.id, m.kind, m.target, m.config, m.timeout_ms, m.interval_seconds, m.baseline`.execute(db);
  return result.rows;
}

export async function insertResults(db: Executor, items: readonly ResultRecord[]): Promise<void> {
  if (items.length === 0) return;
  await db
    .insertInto('monitor_results')
    .values(
      items.map((r) => ({
        monitor_id: r.monitorId,
        probe_id: r.probeId,
        checked_at: r.checkedAt,
        ok: r.ok,
        response_ms: r.responseMs,
        message: r.message.slice(0, 500),
      })),
    )
    .execute();
}

/**
 * Adds results to their hour and day buckets (one upsert for the batch). Response time is summed
 * over good checks only, so the mean is `response_ms_sum / ok`.
 */
export async function addToBuckets(db: Executor, items: readonly ResultRecord[]): Promise<void> {
  const acc = new Map<
    string,
    { monitorId: string; period: string; start: Date; checks: number; ok: number; sum: number; max: number }
  >();
  for (const r of items) {
    for (const [period, start] of [
      ['hour', hourStart(r.checkedAt)],
      ['day', dayStart(r.checkedAt)],
    ] as const) {
      const key = `${r.monitorId}|${period}|${start.getTime()}`;
      const b = acc.get(key) ?? { monitorId: r.monitorId, period, start, checks: 0, ok: 0, sum: 0, max: 0 };
      b.checks += 1;
      if (r.ok) {
        b.ok += 1;
        b.sum += r.responseMs ?? 0;
        b.max = Math.max(b.max, r.responseMs ?? 0);
      }
      acc.set(key, b);
    }
  }
  if (acc.size === 0) return;
  await db
    .insertInto('monitor_buckets')
    .values(
      [...acc.values()].map((b) => ({
        monitor_id: b.monitorId,
        period: b.period,
        bucket_start: b.start,
        checks: b.checks,
        ok: b.ok,
        response_ms_sum: b.sum,
        response_ms_max: b.max,
      })),
    )
    .onConflict((oc) =>
      oc.columns(['monitor_id', 'period', 'bucket_start']).doUpdateSet({
        checks: sql`monitor_buckets.checks + excluded.checks`,
        ok: sql`monitor_buckets.ok + excluded.ok`,
        response_ms_sum: sql`monitor_buckets.response_ms_sum + excluded.response_ms_sum`,
        response_ms_max: sql`greatest(monitor_buckets.response_ms_max, excluded.response_ms_max)`,
      }),
    )
    .execute();
}

/**
 * The server's own results move each monitor's counters: failures in a row, last result, last
 * snapshot; the first snapshot seen becomes the baseline until a person approves another.
 */
export async function applyServerResults(db: Executor, items: readonly ResultRecord[]): Promise<void> {
  if (items.length === 0) return;
  const rows = items.map(
    (r) =>
      sql`(${r.monitorId}::uuid, ${r.ok}::boolean, ${r.checkedAt}::timestamptz, ${r.responseMs}::int, ${r.message.slice(0, 500)}::text, ${JSON.stringify(r.detail ?? {})}::jsonb, ${r.snapshot ? JSON.stringify(r.snapshot) : null}::jsonb)`,
  );
  await sql`
    update monitors m
       set consecutive_failures = case when v.ok then 0 else m.consecutive_failures + 1 end,
           last_checked_at = v.at,
           last_ok = v.ok,
           last_response_ms = v.ms,
           last_message = v.msg,
           last_detail = v.detail,
           last_snapshot = coalesce(v.snapshot, m.last_snapshot),
           baseline = case when m.baseline is null and v.ok then v.snapshot else m.baseline end,
           baseline_approved_at = case when m.baseline is null and v.ok and v.snapshot is not null
                                       then v.at else m.baseline_approved_at end
      from (values ${sql.join(rows)}) as v(id, ok, at, ms, msg, detail, snapshot)
     where m.id = v.id`.execute(db);
}

/** What the down rule needs per monitor, with the count of fresh failing probe reports. */
export async function stateInputs(db: Executor, ids: readonly string[], now: Date, lock = false) {
  if (ids.length === 0) return [];
  const q = db
    .selectFrom('monitors as m')
    .select([
      'm.id',
      'm.unit_id',
      'm.system_id',
      'm.name',
      'm.kind',
      'm.target',
      'm.status',
      'm.enabled',
      'm.consecutive_failures',
      'm.fail_threshold',
      'm.probes_required',
      'm.incident_id',
      'm.down_since',
      'm.last_ok',
      'm.last_message',
      'm.last_checked_at',
      'm.last_detail',
      // A probe's word counts while it is fresher than two intervals (and a minute of slack).
      sql<string>`(select count(*) from monitor_probe_states ps
                    where ps.monitor_id = m.id and not ps.ok
                      and ps.checked_at >= ${now}::timestamptz - make_interval(secs => 2 * m.interval_seconds + 60))`.as(
        'probes_failing',
      ),
    ])
    .where('m.id', 'in', ids)
    .orderBy('m.id');
  // Locked in id order: two writers settling overlapping monitors queue instead of deadlocking.
  return lock ? q.forUpdate('m').execute() : q.execute();
}
export type StateInput = Awaited<ReturnType<typeof stateInputs>>[number];

export async function setStatus(
  db: Executor,
  id: string,
  patch: {
    status: string;
    down_since: Date | null;
    incident_id?: string | null;
    incident_filing_at?: Date | null;
  },
): Promise<void> {
  await db.updateTable('monitors').set(patch).where('id', '=', id).execute();
}

export async function upsertProbeStates(db: Executor, items: readonly ResultRecord[]): Promise<void> {
  const latest = new Map<string, ResultRecord>();
  for (const r of items) {
    const key = `${r.monitorId}|${r.probeId}`;
    const prev = latest.get(key);
    if (!prev || prev.checkedAt < r.checkedAt) latest.set(key, r);
  }
  if (latest.size === 0) return;
  await db
    .insertInto('monitor_probe_states')
    .values(
      [...latest.values()].map((r) => ({
        monitor_id: r.monitorId,
        probe_id: r.probeId!,
        ok: r.ok,
        checked_at: r.checkedAt,
        message: r.message.slice(0, 500),
      })),
    )
    .onConflict((oc) =>
      oc.columns(['monitor_id', 'probe_id']).doUpdateSet({
        ok: sql`excluded.ok`,
        checked_at: sql`excluded.checked_at`,
        message: sql`excluded.message`,
      }),
    )
    .execute();
}

/** Retention: raw results and hour buckets expire; day buckets keep the year (and a month more). */
export async function deleteExpired(db: Executor, now: Date, rawDays: number): Promise<number> {
  const raw = await db
    .deleteFrom('monitor_results')
    .where('checked_at', '<', new Date(now.getTime() - rawDays * 86_400_000))
    .executeTakeFirst();
  await db
    .deleteFrom('monitor_buckets')
    .where('period', '=', 'hour')
    .where('bucket_start', '<', new Date(now.getTime() - 8 * 86_400_000))
    .execute();
  await db
    .deleteFrom('monitor_buckets')
    .where('period', '=', 'day')
    .where('bucket_start', '<', new Date(now.getTime() - 400 * 86_400_000))
    .execute();
  return Number(raw.numDeletedRows);
}
