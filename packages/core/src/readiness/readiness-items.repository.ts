import type { ReadinessItemListQuery } from '@ungcuu/domain/readiness/readiness-api.ts';
import { type RawBuilder, sql } from 'kysely';
import type { Executor } from '../shared/context.ts';
import type { ReadReach } from '../shared/read-reach.ts';

// One repository for the five readiness tables: they share id, unit_id, version and timestamps,
// and differ only in their own columns, which the kinds (readiness-kinds.ts) map.

export type ItemTable =
  | 'readiness_equipment'
  | 'readiness_licences'
  | 'readiness_contracts'
  | 'readiness_trainings'
  | 'readiness_drills';

export type ItemRow = Record<string, unknown> & {
  id: string;
  unit_id: string;
  unit_name: string;
  version: number;
  created_at: Date;
  updated_at: Date;
};

export interface LinkSpec {
  table: 'readiness_training_attendees' | 'readiness_drill_systems';
  fk: 'training_id' | 'drill_id';
  other: 'user_id' | 'system_id';
}

export interface TableSpec {
  table: ItemTable;
  dateColumn: string;
  kindColumn?: string;
  /** Extra rows an own-unit reader sees (trainings their people attended). */
  reachExtra?: (unitId: string) => RawBuilder<boolean>;
}

// Kysely types each table apart; these queries touch only the shared columns plus mapped ones.
const from = (db: Executor, table: ItemTable) =>
  db.selectFrom(`${table} as i` as 'readiness_equipment as i').innerJoin('units as u', 'u.id', 'i.unit_id');

export async function findItem(db: Executor, spec: TableSpec, id: string): Promise<ItemRow | undefined> {
  return (await from(db, spec.table)
    .selectAll('i')
    .select('u.name as unit_name')
    .where('i.id', '=', id)
    .executeTakeFirst()) as ItemRow | undefined;
}

export async function listItems(
  db: Executor,
  spec: TableSpec,
  query: ReadinessItemListQuery,
  reach: ReadReach,
): Promise<{ rows: ItemRow[]; total: number }> {
  let q = from(db, spec.table);
  if (!reach.all) {
    const own = sql<boolean>`i.unit_id = ${reach.unitId}`;
    q = q.where(spec.reachExtra ? sql<boolean>`(${own} or ${spec.reachExtra(reach.unitId)})` : own);
  }
  if (query.unitId) q = q.where('i.unit_id', '=', query.unitId);
  if (query.kind && spec.kindColumn) q = q.where(sql.ref(`i.${spec.kindColumn}`), '=', query.kind);
  if (query.from) q = q.where(sql.ref(`i.${spec.dateColumn}`), '>=', query.from);
  if (query.to) q = q.where(sql.ref(`i.${spec.dateColumn}`), '<=', query.to);
  const [rows, count] = await Promise.all([
    q
      .selectAll('i')
      .select('u.name as unit_name')
      .orderBy(sql.ref(`i.${spec.dateColumn}`), (ob) => ob.desc().nullsLast())
      .orderBy('i.id')
      .limit(query.limit)
      .offset(query.offset)
      .execute(),
    q.select((eb) => eb.fn.countAll<string>().as('n')).executeTakeFirstOrThrow(),
  ]);
  return { rows: rows as unknown as ItemRow[], total: Number(count.n) };
}

/**
 * The five kinds share one repository: the table and its columns are chosen at run time from
 * readiness-kinds.ts, so the statement is built from the column names rather than typed per table.
 */
export async function insertItem(db: Executor, table: ItemTable, values: Record<string, unknown>) {
  const columns = Object.keys(values);
  const { rows } = await sql<{ id: string }>`insert into ${sql.table(table)}
      (${sql.join(columns.map((c) => sql.ref(c)))})
      values (${sql.join(columns.map((c) => values[c]))})
      returning id`.execute(db);
  return rows[0]!.id;
}

export async function updateItem(
  db: Executor,
  table: ItemTable,
  id: string,
  values: Record<string, unknown>,
) {
  const assignments = Object.entries(values).map(([column, value]) => sql`${sql.ref(column)} = ${value}`);
  await sql`update ${sql.table(table)}
      set ${sql.join([...assignments, sql`version = version + 1`])}
      where id = ${id}`.execute(db);
}

export async function deleteItem(db: Executor, table: ItemTable, id: string): Promise<void> {
  await db
    .deleteFrom(table as 'readiness_equipment')
    .where('id', '=', id)
    .execute();
}

/** Linked ids (attendees, systems) of many items in one query; with the linked user's unit. */
export async function loadLinks(
  db: Executor,
  link: LinkSpec,
  ids: readonly string[],
): Promise<Map<string, { ids: string[]; unitIds: string[] }>> {
  const out = new Map<string, { ids: string[]; unitIds: string[] }>();
  if (ids.length === 0) return out;
  const rows =
    link.other === 'user_id'
      ? await sql<{ owner: string; other: string; unit_id: string | null }>`
          select l.training_id as owner, l.user_id as other, us.unit_id
          from readiness_training_attendees l join users us on us.id = l.user_id
          where l.training_id = any(${[...ids]}::uuid[]) order by us.full_name`.execute(db)
      : await sql<{ owner: string; other: string; unit_id: string | null }>`
          select l.drill_id as owner, l.system_id as other, s.operating_unit_id as unit_id
          from readiness_drill_systems l join information_systems s on s.id = l.system_id
          where l.drill_id = any(${[...ids]}::uuid[]) order by s.name`.execute(db);
  for (const r of rows.rows) {
    const entry = out.get(r.owner) ?? { ids: [], unitIds: [] };
    entry.ids.push(r.other);
    if (r.unit_id) entry.unitIds.push(r.unit_id);
    out.set(r.owner, entry);
  }
  return out;
}

export async function replaceLinks(
  db: Executor,
  link: LinkSpec,
  ownerId: string,
  otherIds: readonly string[],
): Promise<void> {
  await sql`delete from ${sql.table(link.table)} where ${sql.ref(link.fk)} = ${ownerId}`.execute(db);
  if (otherIds.length === 0) return;
  await sql`insert into ${sql.table(link.table)} (${sql.ref(link.fk)}, ${sql.ref(link.other)})
    select ${ownerId}::uuid, x from unnest(${[...otherIds]}::uuid[]) x`.execute(db);
}
