import { severityRank } from '@ungcuu/domain/alerts/alert.ts';
import type { AlertGroupListQuery, AlertListQuery } from '@ungcuu/domain/alerts/alerts-api.ts';
import { type Insertable, sql, type Updateable } from 'kysely';
import type { AlertGroupRow, AlertRow, AlertSourceRow, AlertSourcesTable } from '../db/schema-alerts.ts';
import type { Executor } from '../shared/context.ts';
import type { ReadReach } from '../shared/read-reach.ts';

// Alert sources and reading alerts and groups (lists, a group's alerts, an incident's groups).
// The intake's SQL is in alert-batch.repository.ts, filing in alert-filing.repository.ts, partitions
// in alert-partitions.repository.ts, mapping/suppression/maintenance in alert-rules.repository.ts.

const like = (q: string) => `%${q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

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
