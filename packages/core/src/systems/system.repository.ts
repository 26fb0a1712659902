import type { SystemListQuery } from '@ungcuu/domain/systems/system-api.ts';
import { sql } from 'kysely';
import type {
  InformationSystemRow,
  InformationSystemUpdate,
  NewInformationSystemRow,
} from '../db/schema-preparedness.ts';
import type { Executor } from '../shared/context.ts';
import { containsPattern } from '../shared/db-errors.ts';
import { SYSTEM_GRAPH_LOCK } from '../shared/lock-keys.ts';
import type { ReadReach } from '../shared/read-reach.ts';

export type SystemWithUnits = InformationSystemRow & { owner_unit_name: string; operating_unit_name: string };

/** The plain inventory row; the incidents module reads the system's level, flag and units from it. */
export async function findSystemById(db: Executor, id: string): Promise<InformationSystemRow | undefined> {
  return db.selectFrom('information_systems').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function findSystemsByIds(
  db: Executor,
  ids: readonly string[],
): Promise<InformationSystemRow[]> {
  if (ids.length === 0) return [];
  return db
    .selectFrom('information_systems')
    .selectAll()
    .where('id', 'in', [...ids])
    .execute();
}

function withUnits(db: Executor) {
  return db
    .selectFrom('information_systems as s')
    .innerJoin('units as ou', 'ou.id', 's.owner_unit_id')
    .innerJoin('units as op', 'op.id', 's.operating_unit_id');
}

export async function findSystemWithUnits(db: Executor, id: string): Promise<SystemWithUnits | undefined> {
  return withUnits(db)
    .selectAll('s')
    .select(['ou.name as owner_unit_name', 'op.name as operating_unit_name'])
    .where('s.id', '=', id)
    .executeTakeFirst();
}

function filtered(db: Executor, query: Omit<SystemListQuery, 'limit' | 'offset'>, reach: ReadReach) {
  let q = withUnits(db);
  if (!reach.all) {
    const unitId = reach.unitId;
    q = q.where((eb) => eb.or([eb('s.owner_unit_id', '=', unitId), eb('s.operating_unit_id', '=', unitId)]));
  }
  if (!query.includeArchived) q = q.where('s.archived', '=', false);
  if (query.unitId) {
    const unitId = query.unitId;
    q = q.where((eb) => eb.or([eb('s.owner_unit_id', '=', unitId), eb('s.operating_unit_id', '=', unitId)]));
  }
  if (query.level !== undefined) {
    q =
      query.level === 'unclassified'
        ? q.where('s.security_level', 'is', null)
        : q.where('s.security_level', '=', query.level);
  }
  if (query.kind) q = q.where('s.kind', '=', query.kind);
  if (query.critical !== undefined) q = q.where('s.national_critical', '=', query.critical);
  if (query.q) {
    const pattern = containsPattern(query.q.trim());
    q = q.where(sql<boolean>`ungcuu_fold(s.name) like ungcuu_fold(${pattern})`);
  }
  return q;
}

export async function listSystems(
  db: Executor,
  query: SystemListQuery,
  reach: ReadReach,
): Promise<{ rows: SystemWithUnits[]; total: number }> {
  const q = filtered(db, query, reach);
  const [rows, count] = await Promise.all([
    q
      .selectAll('s')
      .select(['ou.name as owner_unit_name', 'op.name as operating_unit_name'])
      .orderBy('s.name')
      .orderBy('s.id')
      .limit(query.limit)
      .offset(query.offset)
      .execute(),
    q.select((eb) => eb.fn.countAll<string>().as('n')).executeTakeFirstOrThrow(),
  ]);
  return { rows, total: Number(count.n) };
}

/** Every matching row for an export, capped (the caller reports the cap). */
export async function exportSystems(
  db: Executor,
  query: Omit<SystemListQuery, 'limit' | 'offset'>,
  reach: ReadReach,
  max: number,
): Promise<(SystemWithUnits & { owner_unit_code: string; operating_unit_code: string })[]> {
  return filtered(db, query, reach)
    .selectAll('s')
    .select([
      'ou.name as owner_unit_name',
      'op.name as operating_unit_name',
      'ou.code as owner_unit_code',
      'op.code as operating_unit_code',
    ])
    .orderBy('s.name')
    .orderBy('s.id')
    .limit(max)
    .execute();
}

export async function insertSystem(
  db: Executor,
  row: NewInformationSystemRow,
): Promise<InformationSystemRow> {
  return db.insertInto('information_systems').values(row).returningAll().executeTakeFirstOrThrow();
}

/** Many systems in one statement (an import chunk). */
export async function insertSystems(
  db: Executor,
  rows: NewInformationSystemRow[],
): Promise<InformationSystemRow[]> {
  if (rows.length === 0) return [];
  return db.insertInto('information_systems').values(rows).returningAll().execute();
}

/** Names of the systems, not archived, that these units operate: what an import must not duplicate. */
export async function activeSystemNamesOfUnits(
  db: Executor,
  unitIds: string[],
): Promise<{ operating_unit_id: string; name: string }[]> {
  if (unitIds.length === 0) return [];
  return db
    .selectFrom('information_systems')
    .select(['operating_unit_id', 'name'])
    .where('operating_unit_id', 'in', unitIds)
    .where('archived', '=', false)
    .execute();
}

export async function updateSystem(
  db: Executor,
  id: string,
  patch: InformationSystemUpdate,
): Promise<InformationSystemRow> {
  return db
    .updateTable('information_systems')
    .set({ ...patch, version: sql`version + 1` })
    .where('id', '=', id)
    .returningAll()
    .executeTakeFirstOrThrow();
}

// ---------------------------------------------------------------------------------------------
// Dependencies. Edges are read as the closure around one system, never the whole graph.

export interface Edge {
  from: string;
  to: string;
}

/** Edges among everything `id` relies on, directly or not: enough to tell whether a new edge loops. */
export async function dependencyClosureEdges(db: Executor, id: string): Promise<Edge[]> {
  const result = await sql<Edge>`
    with recursive walk(id) as (
      select ${id}::uuid
      union
      select d.to_system_id from system_dependencies d join walk w on d.from_system_id = w.id
    )
    select d.from_system_id as "from", d.to_system_id as "to"
    from system_dependencies d where d.from_system_id in (select id from walk)`.execute(db);
  return result.rows;
}

/** Edges among everything that relies on `id`, directly or not: what fails with it (C5). */
export async function dependantClosureEdges(db: Executor, id: string): Promise<Edge[]> {
  const result = await sql<Edge>`
    with recursive walk(id) as (
      select ${id}::uuid
      union
      select d.from_system_id from system_dependencies d join walk w on d.to_system_id = w.id
    )
    select d.from_system_id as "from", d.to_system_id as "to"
    from system_dependencies d where d.to_system_id in (select id from walk)`.execute(db);
  return result.rows;
}

export async function findDependency(db: Executor, from: string, to: string) {
  return db
    .selectFrom('system_dependencies')
    .selectAll()
    .where('from_system_id', '=', from)
    .where('to_system_id', '=', to)
    .executeTakeFirst();
}

export async function insertDependency(db: Executor, from: string, to: string, note: string | null) {
  return db
    .insertInto('system_dependencies')
    .values({ from_system_id: from, to_system_id: to, note })
    .returningAll()
    .executeTakeFirstOrThrow();
}

export async function deleteDependency(db: Executor, from: string, to: string): Promise<number> {
  const result = await db
    .deleteFrom('system_dependencies')
    .where('from_system_id', '=', from)
    .where('to_system_id', '=', to)
    .executeTakeFirst();
  return Number(result.numDeletedRows);
}

/** Direct neighbours in both directions, with the other system's row. */
export async function directNeighbours(db: Executor, id: string) {
  const [dependsOn, dependants] = await Promise.all([
    db
      .selectFrom('system_dependencies as d')
      .innerJoin('information_systems as s', 's.id', 'd.to_system_id')
      .selectAll('s')
      .select('d.note as dependency_note')
      .where('d.from_system_id', '=', id)
      .orderBy('s.name')
      .execute(),
    db
      .selectFrom('system_dependencies as d')
      .innerJoin('information_systems as s', 's.id', 'd.from_system_id')
      .selectAll('s')
      .select('d.note as dependency_note')
      .where('d.to_system_id', '=', id)
      .orderBy('s.name')
      .execute(),
  ]);
  return { dependsOn, dependants };
}

/** Serialises dependency writes: two concurrent edges could otherwise close a loop unseen. */
export async function lockDependencyGraph(db: Executor): Promise<void> {
  await sql`select pg_advisory_xact_lock(${SYSTEM_GRAPH_LOCK[0]}, ${SYSTEM_GRAPH_LOCK[1]})`.execute(db);
}
