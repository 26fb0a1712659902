import { severityRank } from '@ungcuu/domain/alerts/alert.ts';
import type {
  AlertGroupListQuery,
  AlertListQuery,
  MaintenanceListQuery,
  UnmappedListQuery,
} from '@ungcuu/domain/alerts/alerts-api.ts';
import { type Insertable, sql, type Updateable } from 'kysely';
import type {
  AlertGroupRow,
  AlertMaintenanceRow,
  AlertRow,
  AlertSourceRow,
  AlertSourcesTable,
  AlertSuppressionRow,
  AlertSuppressionsTable,
} from '../db/schema-alerts.ts';
import type { Executor } from '../shared/context.ts';
import { LOCK_KEYS } from '../shared/lock-keys.ts';
import type { ReadReach } from '../shared/read-reach.ts';

// All SQL of the alert intake. The hot path (insertReceipts, closeStaleGroups, upsertGroups,
// insertAlerts, upsertUnmapped) is one statement per table per batch: rows travel as one JSON
// parameter read by jsonb_to_recordset, so a batch of 1,000 costs the same number of round trips
// as a batch of one.

const DAY_MS = 86_400_000;
const like = (q: string) => `%${q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

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

// --- sources ---------------------------------------------------------------------------------

export type SourceWithNames = AlertSourceRow & { unit_name: string; token_name: string | null };

function sourcesWithNames(db: Executor) {
  return db
    .selectFrom('alert_sources as s')
    .innerJoin('units as u', 'u.id', 's.unit_id')
    .leftJoin('api_tokens as t', 't.id', 's.token_id')
    .selectAll('s')
    .select(['u.name as unit_name', 't.name as token_name']);
}

export async function listSources(db: Executor): Promise<SourceWithNames[]> {
  return sourcesWithNames(db).orderBy('s.name').orderBy('s.id').limit(1000).execute();
}

export async function findSource(db: Executor, id: string): Promise<SourceWithNames | undefined> {
  return sourcesWithNames(db).where('s.id', '=', id).executeTakeFirst();
}

export async function findSourceByToken(
  db: Executor,
  tokenId: string,
  kind: string,
): Promise<AlertSourceRow | undefined> {
  return db
    .selectFrom('alert_sources')
    .selectAll()
    .where('token_id', '=', tokenId)
    .where('kind', '=', kind)
    .executeTakeFirst();
}

export async function findSourceByName(db: Executor, kind: string, name: string) {
  return db
    .selectFrom('alert_sources')
    .selectAll()
    .where('kind', '=', kind)
    .where('name', '=', name)
    .executeTakeFirst();
}

/** Inserts a source unless one with the same token+kind or kind+name exists; returns the row. */
export async function insertSource(
  db: Executor,
  row: Insertable<AlertSourcesTable>,
): Promise<AlertSourceRow> {
  const inserted = await db
    .insertInto('alert_sources')
    .values(row)
    .onConflict((oc) => oc.doNothing())
    .returningAll()
    .executeTakeFirst();
  if (inserted) return inserted;
  return (await db
    .selectFrom('alert_sources')
    .selectAll()
    .where((eb) =>
      row.token_id
        ? eb.and([eb('token_id', '=', row.token_id), eb('kind', '=', row.kind)])
        : eb.and([eb('kind', '=', row.kind), eb('name', '=', row.name)]),
    )
    .executeTakeFirst())!;
}

export async function updateSource(db: Executor, id: string, patch: Updateable<AlertSourcesTable>) {
  return db.updateTable('alert_sources').set(patch).where('id', '=', id).returningAll().executeTakeFirst();
}

export async function deleteSource(db: Executor, id: string): Promise<void> {
  await db.deleteFrom('alert_sources').where('id', '=', id).execute();
}

export async function sourceHasGroups(db: Executor, id: string): Promise<boolean> {
  const row = await db
    .selectFrom('alert_groups')
    .select('id')
    .where('source_id', '=', id)
    .limit(1)
    .executeTakeFirst();
  return !!row;
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

/** Takes the right to file the incident of these groups (only groups nobody took yet). */
export async function claimIncidentFiling(db: Executor, groupIds: string[], now: Date): Promise<string[]> {
  if (groupIds.length === 0) return [];
  const rows = await db
    .updateTable('alert_groups')
    .set({ incident_filing_at: now })
    .where('id', 'in', groupIds)
    .where('incident_id', 'is', null)
    .where('incident_filing_at', 'is', null)
    .returning('id')
    .execute();
  return rows.map((r) => r.id);
}

/** A person opens the incident: taken unless it has one or an automatic filing is under way. */
export async function claimForManualFiling(db: Executor, id: string, now: Date, staleBefore: Date) {
  const row = await db
    .updateTable('alert_groups')
    .set({ incident_filing_at: now })
    .where('id', '=', id)
    .where('incident_id', 'is', null)
    .where((eb) => eb.or([eb('incident_filing_at', 'is', null), eb('incident_filing_at', '<', staleBefore)]))
    .returning('id')
    .executeTakeFirst();
  return !!row;
}

export async function closeGroup(db: Executor, id: string, now: Date): Promise<void> {
  await db
    .updateTable('alert_groups')
    .set({ status: 'closed', updated_at: now })
    .where('id', '=', id)
    .execute();
}

export async function tokenOwner(db: Executor, tokenId: string) {
  return db
    .selectFrom('api_tokens as t')
    .innerJoin('users as u', 'u.id', 't.user_id')
    .select(['t.id', 't.name', 'u.unit_id'])
    .where('t.id', '=', tokenId)
    .executeTakeFirst();
}

/** Groups whose filing was claimed long ago and never finished (the process stopped): claimed anew. */
export async function reclaimStaleFilings(db: Executor, staleBefore: Date, now: Date): Promise<string[]> {
  const rows = await db
    .updateTable('alert_groups')
    .set({ incident_filing_at: now })
    .where('incident_id', 'is', null)
    .where('incident_filing_at', '<', staleBefore)
    .where('status', '=', 'open')
    .returning('id')
    .execute();
  return rows.map((r) => r.id);
}

export async function setGroupIncident(db: Executor, groupId: string, incidentId: string, now: Date) {
  return db
    .updateTable('alert_groups')
    .set({ incident_id: incidentId, last_timeline_at: now, updated_at: now })
    .where('id', '=', groupId)
    .where('incident_id', 'is', null)
    .returning(['id', 'count'])
    .executeTakeFirst();
}

export async function markTimelineWritten(db: Executor, ids: { id: string; count: number }[], now: Date) {
  if (ids.length === 0) return;
  await sql`
    update alert_groups g set last_timeline_at = ${now}::timestamptz, timeline_count = x.count
    from jsonb_to_recordset(${JSON.stringify(ids)}::jsonb) as x(id uuid, count integer)
    where g.id = x.id`.execute(db);
}

// --- reading ---------------------------------------------------------------------------------

export type AlertWithNames = AlertRow & {
  source_name: string;
  source_kind: string;
  system_name: string | null;
  unit_name: string | null;
};

function alertsWithNames(db: Executor) {
  return db
    .selectFrom('alerts as a')
    .innerJoin('alert_sources as src', 'src.id', 'a.source_id')
    .leftJoin('information_systems as s', 's.id', 'a.system_id')
    .leftJoin('units as u', 'u.id', 'a.unit_id');
}
const ALERT_COLUMNS = [
  'a.id',
  'a.received_at',
  'a.occurred_at',
  'a.source_id',
  'a.external_id',
  'a.fingerprint',
  'a.status',
  'a.severity',
  'a.rule_id',
  'a.rule_name',
  'a.category',
  'a.host',
  'a.ip',
  'a.src_ip',
  'a.dest_ip',
  'a.url',
  'a.agent',
  'a.message',
  'a.resolved',
  'a.host_key',
  'a.system_id',
  'a.unit_id',
  'a.group_id',
  'src.name as source_name',
  'src.kind as source_kind',
  's.name as system_name',
  'u.name as unit_name',
] as const;

export async function listAlerts(
  db: Executor,
  query: AlertListQuery,
  reach: ReadReach,
): Promise<{ rows: Omit<AlertWithNames, 'raw'>[]; total: number }> {
  const filter = <Q extends ReturnType<typeof alertsWithNames>>(q: Q) => {
    let out = q;
    if (!reach.all) out = out.where('a.unit_id', '=', reach.unitId) as Q;
    if (query.unitId) out = out.where('a.unit_id', '=', query.unitId) as Q;
    if (query.systemId) out = out.where('a.system_id', '=', query.systemId) as Q;
    if (query.sourceId) out = out.where('a.source_id', '=', query.sourceId) as Q;
    if (query.groupId) out = out.where('a.group_id', '=', query.groupId) as Q;
    if (query.severity) out = out.where('a.severity', '>=', severityRank(query.severity)) as Q;
    if (query.status) out = out.where('a.status', '=', query.status) as Q;
    if (query.unmapped) out = out.where('a.system_id', 'is', null) as Q;
    if (query.from) out = out.where('a.received_at', '>=', new Date(query.from)) as Q;
    if (query.to) out = out.where('a.received_at', '<', new Date(query.to)) as Q;
    if (query.q) {
      const q2 = like(query.q);
      out = out.where((eb) =>
        eb.or([eb('a.rule_name', 'ilike', q2), eb('a.host_key', 'ilike', q2), eb('a.message', 'ilike', q2)]),
      ) as Q;
    }
    return out;
  };
  const [rows, count] = await Promise.all([
    filter(alertsWithNames(db))
      .select(ALERT_COLUMNS)
      .orderBy('a.received_at', 'desc')
      .orderBy('a.id', 'desc')
      .limit(query.limit)
      .offset(query.offset)
      .execute(),
    // Counting a flood exactly would read it all: the count stops at 10,000 (the screen says "10,000+").
    sql<{ n: number }>`select count(*)::int as n from (${filter(alertsWithNames(db))
      .select('a.id')
      .limit(10_000)}) as c`.execute(db),
  ]);
  return { rows, total: count.rows[0]?.n ?? 0 };
}

export async function findAlert(db: Executor, id: string): Promise<AlertWithNames | undefined> {
  return alertsWithNames(db).select(ALERT_COLUMNS).select('a.raw').where('a.id', '=', id).executeTakeFirst();
}

export type GroupWithNames = AlertGroupRow & {
  source_name: string;
  source_unit_id: string;
  source_kind: string;
  system_name: string | null;
  unit_name: string | null;
  incident_code: string | null;
};

function groupsWithNames(db: Executor) {
  return db
    .selectFrom('alert_groups as g')
    .innerJoin('alert_sources as src', 'src.id', 'g.source_id')
    .leftJoin('information_systems as s', 's.id', 'g.system_id')
    .leftJoin('units as u', 'u.id', 'g.unit_id')
    .leftJoin('incidents as i', 'i.id', 'g.incident_id')
    .selectAll('g')
    .select([
      'src.name as source_name',
      'src.kind as source_kind',
      'src.unit_id as source_unit_id',
      's.name as system_name',
      'u.name as unit_name',
      'i.code as incident_code',
    ]);
}

export async function listGroups(
  db: Executor,
  query: AlertGroupListQuery,
  reach: ReadReach,
): Promise<{ rows: GroupWithNames[]; total: number }> {
  const filter = <Q extends ReturnType<typeof groupsWithNames>>(q: Q) => {
    let out = q;
    if (!reach.all) out = out.where('g.unit_id', '=', reach.unitId) as Q;
    if (query.unitId) out = out.where('g.unit_id', '=', query.unitId) as Q;
    if (query.systemId) out = out.where('g.system_id', '=', query.systemId) as Q;
    if (query.sourceId) out = out.where('g.source_id', '=', query.sourceId) as Q;
    if (query.status) out = out.where('g.status', '=', query.status) as Q;
    if (query.severity) out = out.where('g.severity', '>=', severityRank(query.severity)) as Q;
    if (query.hasIncident !== undefined)
      out = out.where('g.incident_id', query.hasIncident ? 'is not' : 'is', null) as Q;
    if (query.q) {
      const q2 = like(query.q);
      out = out.where((eb) => eb.or([eb('g.rule_name', 'ilike', q2), eb('g.host_key', 'ilike', q2)])) as Q;
    }
    return out;
  };
  const [rows, count] = await Promise.all([
    filter(groupsWithNames(db))
      // first_seen never changes, so counting updates stay HOT (see the migration).
      .orderBy('g.first_seen', 'desc')
      .orderBy('g.id')
      .limit(query.limit)
      .offset(query.offset)
      .execute(),
    filter(groupsWithNames(db))
      .clearSelect()
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow(),
  ]);
  return { rows, total: Number(count.n) };
}

export async function findGroup(db: Executor, id: string): Promise<GroupWithNames | undefined> {
  return groupsWithNames(db).where('g.id', '=', id).executeTakeFirst();
}

export async function findGroups(db: Executor, ids: string[]): Promise<GroupWithNames[]> {
  if (ids.length === 0) return [];
  return groupsWithNames(db).where('g.id', 'in', ids).execute();
}

export async function groupsOfIncident(db: Executor, incidentId: string): Promise<GroupWithNames[]> {
  return groupsWithNames(db)
    .where('g.incident_id', '=', incidentId)
    .orderBy('g.first_seen')
    .limit(200)
    .execute();
}

export async function alertsOfGroups(
  db: Executor,
  groupIds: string[],
  limit: number,
  offset: number,
): Promise<{ rows: Omit<AlertWithNames, 'raw'>[]; total: number }> {
  if (groupIds.length === 0) return { rows: [], total: 0 };
  const [rows, count] = await Promise.all([
    alertsWithNames(db)
      .select(ALERT_COLUMNS)
      .where('a.group_id', 'in', groupIds)
      .orderBy('a.received_at', 'desc')
      .orderBy('a.id', 'desc')
      .limit(limit)
      .offset(offset)
      .execute(),
    db
      .selectFrom('alerts')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('group_id', 'in', groupIds)
      .executeTakeFirstOrThrow(),
  ]);
  return { rows, total: Number(count.n) };
}

// --- unknown sources and aliases -------------------------------------------------------------

export async function listUnmapped(db: Executor, query: UnmappedListQuery) {
  const base = (q?: string) => {
    let out = db
      .selectFrom('alert_unmapped as m')
      .leftJoin('alert_sources as src', 'src.id', 'm.last_source_id');
    if (q) out = out.where('m.value', 'ilike', like(q));
    return out;
  };
  const [rows, count] = await Promise.all([
    base(query.q)
      .selectAll('m')
      .select('src.name as last_source_name')
      .orderBy('m.last_seen', 'desc')
      .orderBy('m.value')
      .limit(query.limit)
      .offset(query.offset)
      .execute(),
    base(query.q)
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow(),
  ]);
  return { rows, total: Number(count.n) };
}

export async function insertAlias(db: Executor, value: string, systemId: string, userId: string | null) {
  await db
    .insertInto('alert_host_aliases')
    .values({ value, system_id: systemId, created_by: userId })
    .onConflict((oc) => oc.column('value').doUpdateSet({ system_id: systemId, created_by: userId }))
    .execute();
}

export async function listAliases(db: Executor) {
  return db
    .selectFrom('alert_host_aliases as a')
    .innerJoin('information_systems as s', 's.id', 'a.system_id')
    .select(['a.value', 'a.system_id', 'a.created_at', 's.name as system_name'])
    .orderBy('a.value')
    .limit(5_000)
    .execute();
}

export async function deleteUnmapped(db: Executor, value: string): Promise<void> {
  await db.deleteFrom('alert_unmapped').where('value', '=', value).execute();
}

/** Recent unmapped alerts and live groups listed under this name now name the system. */
export async function remapHost(
  db: Executor,
  value: string,
  system: { id: string; unitId: string },
  since: Date,
): Promise<{ alerts: number; groups: number }> {
  const a = await db
    .updateTable('alerts')
    .set({ system_id: system.id, unit_id: system.unitId })
    .where('host_key', '=', value)
    .where('system_id', 'is', null)
    .where('received_at', '>=', since)
    .executeTakeFirst();
  const g = await db
    .updateTable('alert_groups')
    .set({ system_id: system.id, unit_id: system.unitId, updated_at: sql`now()` })
    .where('host_key', '=', value)
    .where('system_id', 'is', null)
    .executeTakeFirst();
  return { alerts: Number(a.numUpdatedRows), groups: Number(g.numUpdatedRows) };
}

// --- suppressions and maintenance ------------------------------------------------------------

export type SuppressionWithNames = AlertSuppressionRow & {
  source_name: string | null;
  created_by_name: string | null;
};

function suppressionsWithNames(db: Executor) {
  return db
    .selectFrom('alert_suppressions as x')
    .leftJoin('alert_sources as src', 'src.id', 'x.source_id')
    .leftJoin('users as us', 'us.id', 'x.created_by')
    .selectAll('x')
    .select(['src.name as source_name', 'us.full_name as created_by_name']);
}

export async function listSuppressions(db: Executor): Promise<SuppressionWithNames[]> {
  return suppressionsWithNames(db).orderBy('x.created_at', 'desc').orderBy('x.id').limit(1000).execute();
}

export async function findSuppression(db: Executor, id: string): Promise<SuppressionWithNames | undefined> {
  return suppressionsWithNames(db).where('x.id', '=', id).executeTakeFirst();
}

export async function insertSuppression(db: Executor, row: Insertable<AlertSuppressionsTable>) {
  return db.insertInto('alert_suppressions').values(row).returning('id').executeTakeFirstOrThrow();
}

export async function updateSuppression(db: Executor, id: string, patch: Updateable<AlertSuppressionsTable>) {
  await db.updateTable('alert_suppressions').set(patch).where('id', '=', id).execute();
}

export async function deleteSuppression(db: Executor, id: string): Promise<void> {
  await db.deleteFrom('alert_suppressions').where('id', '=', id).execute();
}

export type MaintenanceWithNames = AlertMaintenanceRow & { system_name: string; unit_name: string };

function maintenanceWithNames(db: Executor) {
  return db
    .selectFrom('alert_maintenance_windows as w')
    .innerJoin('information_systems as s', 's.id', 'w.system_id')
    .innerJoin('units as u', 'u.id', 'w.unit_id')
    .selectAll('w')
    .select(['s.name as system_name', 'u.name as unit_name']);
}

export async function listMaintenance(
  db: Executor,
  query: MaintenanceListQuery,
  reach: ReadReach,
  now: Date,
): Promise<MaintenanceWithNames[]> {
  let q = maintenanceWithNames(db);
  if (!reach.all) q = q.where('w.unit_id', '=', reach.unitId);
  if (query.systemId) q = q.where('w.system_id', '=', query.systemId);
  if (!query.past) q = q.where('w.ends_at', '>', now);
  return q.orderBy('w.starts_at', 'desc').orderBy('w.id').limit(1000).execute();
}

export async function findMaintenance(db: Executor, id: string): Promise<MaintenanceWithNames | undefined> {
  return maintenanceWithNames(db).where('w.id', '=', id).executeTakeFirst();
}

export async function insertMaintenance(
  db: Executor,
  row: {
    system_id: string;
    unit_id: string;
    starts_at: Date;
    ends_at: Date;
    reason: string;
    created_by: string | null;
  },
) {
  return db.insertInto('alert_maintenance_windows').values(row).returning('id').executeTakeFirstOrThrow();
}

export async function updateMaintenance(
  db: Executor,
  id: string,
  patch: { starts_at?: Date; ends_at?: Date; reason?: string },
) {
  await db.updateTable('alert_maintenance_windows').set(patch).where('id', '=', id).execute();
}

export async function deleteMaintenance(db: Executor, id: string): Promise<void> {
  await db.deleteFrom('alert_maintenance_windows').where('id', '=', id).execute();
}

/** The owning unit of a system (mapping, maintenance windows). */
export async function systemOwner(db: Executor, systemId: string) {
  return db
    .selectFrom('information_systems')
    .select(['id', 'name', 'owner_unit_id'])
    .where('id', '=', systemId)
    .executeTakeFirst();
}
