import type { MaintenanceListQuery, UnmappedListQuery } from '@ungcuu/domain/alerts/alerts-api.ts';
import { type Insertable, sql, type Updateable } from 'kysely';
import type {
  AlertMaintenanceRow,
  AlertSuppressionRow,
  AlertSuppressionsTable,
} from '../db/schema-alerts.ts';
import type { Executor } from '../shared/context.ts';
import type { ReadReach } from '../shared/read-reach.ts';

// What the focal office maintains around the intake: unknown hosts and their aliases (mapping),
// suppression rules and maintenance windows (suppression), and the owner of a system.

const like = (q: string) => `%${q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

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
