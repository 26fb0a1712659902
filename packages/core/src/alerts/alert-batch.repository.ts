import { sql } from 'kysely';
import type { AlertMaintenanceRow, AlertSuppressionRow } from '../db/schema-alerts.ts';
import type { Executor } from '../shared/context.ts';

// The SQL of one intake batch (alert-intake.ts): what it reads (mapping, suppressions,
// maintenance; cached by the intake), then receipts (dedup by external id), groups (correlation
// window), the alerts, and the statistics written after the commit. Each is one statement per table
// per batch: rows travel as one JSON parameter read by jsonb_to_recordset, so a batch of 1,000 costs
// the same number of round trips as a batch of one.

// --- what mapping and suppression read -------------------------------------------------------

/** Every address of the inventory with its system and owning unit (the mapping index). */
export async function systemAddresses(db: Executor) {
  return db
    .selectFrom('information_systems as s')
    .select(['s.id', 's.owner_unit_id', 's.addresses'])
    .limit(100_000)
    .execute();
}

export async function hostAliases(db: Executor) {
  return db
    .selectFrom('alert_host_aliases as a')
    .innerJoin('information_systems as s', 's.id', 'a.system_id')
    .select(['a.value', 'a.system_id', 's.owner_unit_id'])
    .limit(100_000)
    .execute();
}

export async function activeSuppressions(db: Executor, now: Date): Promise<AlertSuppressionRow[]> {
  return db
    .selectFrom('alert_suppressions')
    .selectAll()
    .where((eb) => eb.or([eb('expires_at', 'is', null), eb('expires_at', '>', now)]))
    .limit(10_000)
    .execute();
}

/** Windows current now or starting within the next hour (the intake caches them briefly). */
export async function currentMaintenance(db: Executor, now: Date): Promise<AlertMaintenanceRow[]> {
  return db
    .selectFrom('alert_maintenance_windows')
    .selectAll()
    .where('ends_at', '>', now)
    .where('starts_at', '<=', new Date(now.getTime() + 3_600_000))
    .limit(10_000)
    .execute();
}

// --- the batch -------------------------------------------------------------------------------

/** Records the (source, external id) pairs; returns those that were new (the others are retries). */
export async function insertReceipts(
  db: Executor,
  sourceId: string,
  externalIds: string[],
  at: Date,
): Promise<Set<string>> {
  if (externalIds.length === 0) return new Set();
  const rows = await sql<{ external_id: string }>`
    insert into alert_receipts (source_id, external_id, received_at)
    select ${sourceId}::uuid, x, ${at}::timestamptz from unnest(${externalIds}::text[]) as x
    on conflict do nothing
    returning external_id`.execute(db);
  return new Set(rows.rows.map((r) => r.external_id));
}

/** Groups of these fingerprints last seen before the window closes; the next alert opens a new one. */
export async function closeStaleGroups(
  db: Executor,
  sourceId: string,
  fingerprints: string[],
  before: Date,
): Promise<number> {
  if (fingerprints.length === 0) return 0;
  const r = await db
    .updateTable('alert_groups')
    .set({ status: 'closed', updated_at: sql`now()` })
    .where('source_id', '=', sourceId)
    .where('fingerprint', 'in', fingerprints)
    .where('status', '<>', 'closed')
    .where('last_seen', '<', before)
    .executeTakeFirst();
  return Number(r.numUpdatedRows);
}

export interface GroupDelta {
  fingerprint: string;
  /** 'open' when any alert of the batch was not suppressed. */
  status: 'open' | 'suppressed';
  severity: number;
  rule_id: string | null;
  rule_name: string | null;
  category: string | null;
  host_key: string | null;
  system_id: string | null;
  unit_id: string | null;
  count: number;
  suppressed_count: number;
  first_seen: string;
  last_seen: string;
}

export interface GroupAfter {
  id: string;
  fingerprint: string;
  status: string;
  severity: number;
  count: number;
  unit_id: string | null;
  system_id: string | null;
  incident_id: string | null;
  incident_filing_at: Date | null;
  last_timeline_at: Date | null;
  timeline_count: number;
}

/** The live (open or suppressed) group of each fingerprint, read without locking it. */
export async function liveGroupIds(db: Executor, sourceId: string, fingerprints: string[]) {
  if (fingerprints.length === 0) return new Map<string, string>();
  const rows = await db
    .selectFrom('alert_groups')
    .select(['id', 'fingerprint'])
    .where('source_id', '=', sourceId)
    .where('fingerprint', 'in', fingerprints)
    .where('status', '<>', 'closed')
    .execute();
  return new Map(rows.map((r) => [r.fingerprint, r.id]));
}

/**
 * Starts groups for fingerprints that have none (counts zero: applyGroupDeltas adds them). A
 * group another batch is starting at the same moment makes this wait for it, then skip it.
 */
export async function startGroups(db: Executor, sourceId: string, deltas: GroupDelta[], now: Date) {
  if (deltas.length === 0) return;
  await sql`
    insert into alert_groups as g (source_id, fingerprint, status, severity, rule_id, rule_name, category,
      host_key, system_id, unit_id, count, suppressed_count, first_seen, last_seen, updated_at)
    select ${sourceId}::uuid, x.fingerprint, x.status, 0, x.rule_id, x.rule_name, x.category,
      x.host_key, x.system_id, x.unit_id, 0, 0, x.first_seen, x.last_seen, ${now}::timestamptz
    from jsonb_to_recordset(${JSON.stringify(deltas)}::jsonb) as x(fingerprint text, status text,
      rule_id text, rule_name text, category text, host_key text, system_id uuid, unit_id uuid,
      first_seen timestamptz, last_seen timestamptz)
    order by x.fingerprint
    on conflict (source_id, fingerprint) where status <> 'closed' do nothing`.execute(db);
}

/**
 * Adds a batch's counts to its groups, locking them in id order (so concurrent batches never
 * deadlock) and as late as possible in the transaction (so they queue on each other briefly).
 * A suppressed group turns open when an unsuppressed alert arrives.
 */
export async function applyGroupDeltas(db: Executor, deltas: (GroupDelta & { id: string })[], now: Date) {
  if (deltas.length === 0) return [] as GroupAfter[];
  const rows = await sql<GroupAfter>`
    with x as (
      select * from jsonb_to_recordset(${JSON.stringify(deltas)}::jsonb) as x(id uuid, status text,
        severity smallint, system_id uuid, unit_id uuid, count integer, suppressed_count integer,
        last_seen timestamptz)
    ), locked as (
      select g.id from alert_groups g where g.id in (select id from x) order by g.id for update
    )
    update alert_groups g set
      count = g.count + x.count,
      suppressed_count = g.suppressed_count + x.suppressed_count,
      severity = greatest(g.severity,
        case when x.status = 'open' or g.status = 'suppressed' or g.count = 0 then x.severity else 0 end),
      status = case when x.status = 'open' and g.status <> 'closed' then 'open' else g.status end,
      last_seen = greatest(g.last_seen, x.last_seen),
      system_id = coalesce(g.system_id, x.system_id),
      unit_id = coalesce(g.unit_id, x.unit_id),
      updated_at = ${now}::timestamptz
    from x where g.id = x.id and g.id in (select id from locked)
    returning g.id, g.fingerprint, g.status, g.severity, g.count, g.unit_id, g.system_id, g.incident_id,
      g.incident_filing_at, g.last_timeline_at, g.timeline_count`.execute(db);
  return rows.rows;
}

export interface AlertInsert {
  id: string;
  occurred_at: string | null;
  external_id: string | null;
  fingerprint: string;
  status: 'accepted' | 'suppressed';
  severity: number;
  rule_id: string | null;
  rule_name: string | null;
  category: string | null;
  host: string | null;
  ip: string | null;
  src_ip: string | null;
  dest_ip: string | null;
  url: string | null;
  agent: string | null;
  message: string | null;
  resolved: boolean;
  host_key: string | null;
  system_id: string | null;
  unit_id: string | null;
  group_id: string | null;
  raw: unknown;
}

/** The batch's alerts in one statement (ids chosen by the caller, so results name them). */
export async function insertAlerts(db: Executor, sourceId: string, receivedAt: Date, rows: AlertInsert[]) {
  if (rows.length === 0) return;
  await sql`
    insert into alerts (id, received_at, occurred_at, source_id, external_id, fingerprint, status, severity,
      rule_id, rule_name, category, host, ip, src_ip, dest_ip, url, agent, message, resolved, host_key,
      system_id, unit_id, group_id, raw)
    select x.id, ${receivedAt}::timestamptz, x.occurred_at, ${sourceId}::uuid, x.external_id, x.fingerprint,
      x.status, x.severity, x.rule_id, x.rule_name, x.category, x.host, x.ip, x.src_ip, x.dest_ip, x.url,
      x.agent, x.message, x.resolved, x.host_key, x.system_id, x.unit_id, x.group_id, x.raw
    from jsonb_to_recordset(${JSON.stringify(rows)}::jsonb) as x(id uuid, occurred_at timestamptz,
      external_id text, fingerprint text, status text, severity smallint, rule_id text, rule_name text,
      category text, host text, ip text, src_ip text, dest_ip text, url text, agent text, message text,
      resolved boolean, host_key text, system_id uuid, unit_id uuid, group_id uuid, raw jsonb)`.execute(db);
}

export interface UnmappedDelta {
  value: string;
  kind: string;
  count: number;
  first_seen: string;
  last_seen: string;
}

export async function upsertUnmapped(db: Executor, sourceId: string, rows: UnmappedDelta[]): Promise<void> {
  if (rows.length === 0) return;
  await sql`
    insert into alert_unmapped as u (value, kind, count, first_seen, last_seen, last_source_id)
    select x.value, x.kind, x.count, x.first_seen, x.last_seen, ${sourceId}::uuid
    from jsonb_to_recordset(${JSON.stringify(rows)}::jsonb) as x(value text, kind text, count integer,
      first_seen timestamptz, last_seen timestamptz)
    on conflict (value) do update set count = u.count + excluded.count,
      last_seen = greatest(u.last_seen, excluded.last_seen), last_source_id = excluded.last_source_id`.execute(
    db,
  );
}

export async function addSuppressionHits(db: Executor, hits: { id: string; n: number }[]): Promise<void> {
  if (hits.length === 0) return;
  await sql`
    update alert_suppressions s set hits = s.hits + x.n
    from jsonb_to_recordset(${JSON.stringify(hits)}::jsonb) as x(id uuid, n integer)
    where s.id = x.id`.execute(db);
}

export async function countSourceTraffic(
  db: Executor,
  id: string,
  delta: { received: number; refused: number },
  at: Date,
): Promise<void> {
  await db
    .updateTable('alert_sources')
    .set((eb) => ({
      received: eb('received', '+', delta.received),
      refused: eb('refused', '+', delta.refused),
      ...(delta.received > 0 ? { last_received_at: at } : {}),
    }))
    .where('id', '=', id)
    .execute();
}
