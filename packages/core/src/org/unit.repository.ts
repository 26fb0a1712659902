import { sql } from 'kysely';
import type { NewUnitRow, UnitRow, UnitUpdate } from '../db/schema.ts';
import type { Executor } from '../shared/context.ts';
import { containsPattern } from '../shared/db-errors.ts';

export interface UnitListQuery {
  q?: string | undefined;
  type?: string | undefined;
  parentId?: string | undefined;
  includeArchived?: boolean | undefined;
  limit: number;
  offset: number;
}

export async function findUnitById(db: Executor, id: string): Promise<UnitRow | undefined> {
  return db.selectFrom('units').selectAll().where('id', '=', id).executeTakeFirst();
}

/** The unit's row, locked until the transaction ends: the base of a versioned update. */
export async function lockUnitById(db: Executor, id: string): Promise<UnitRow | undefined> {
  return db.selectFrom('units').selectAll().where('id', '=', id).forUpdate().executeTakeFirst();
}

export async function findUnitsByIds(db: Executor, ids: string[]): Promise<UnitRow[]> {
  if (ids.length === 0) return [];
  return db.selectFrom('units').selectAll().where('id', 'in', ids).execute();
}

export async function findUnitByCode(db: Executor, code: string): Promise<UnitRow | undefined> {
  return db
    .selectFrom('units')
    .selectAll()
    .where(sql`lower(code)`, '=', code.toLowerCase())
    .executeTakeFirst();
}

/** Units by code, case-insensitive: one query for a whole imported file. */
export async function findUnitsByCodes(
  db: Executor,
  codes: string[],
): Promise<{ id: string; code: string }[]> {
  if (codes.length === 0) return [];
  return db
    .selectFrom('units')
    .select(['id', 'code'])
    .where(
      sql<string>`lower(code)`,
      'in',
      codes.map((c) => c.toLowerCase()),
    )
    .execute();
}

export async function listUnits(
  db: Executor,
  query: UnitListQuery,
): Promise<{ rows: UnitRow[]; total: number }> {
  let q = db.selectFrom('units');
  if (!query.includeArchived) q = q.where('archived', '=', false);
  if (query.type) q = q.where('type', '=', query.type);
  if (query.parentId) q = q.where('parent_id', '=', query.parentId);
  if (query.q) {
    const pattern = containsPattern(query.q);
    q = q.where((eb) =>
      eb.or([
        eb(sql`ungcuu_fold(name)`, 'like', sql`ungcuu_fold(${pattern})`),
        eb(sql`lower(code)`, 'like', pattern.toLowerCase()),
      ]),
    );
  }
  const [rows, count] = await Promise.all([
    q.selectAll().orderBy('name').orderBy('id').limit(query.limit).offset(query.offset).execute(),
    q.select((eb) => eb.fn.countAll<string>().as('n')).executeTakeFirstOrThrow(),
  ]);
  return { rows, total: Number(count.n) };
}

export async function insertUnit(db: Executor, row: NewUnitRow): Promise<UnitRow> {
  return db.insertInto('units').values(row).returningAll().executeTakeFirstOrThrow();
}

export async function updateUnit(db: Executor, id: string, patch: UnitUpdate): Promise<UnitRow> {
  return db
    .updateTable('units')
    .set({ ...patch, version: sql`version + 1` })
    .where('id', '=', id)
    .returningAll()
    .executeTakeFirstOrThrow();
}

/** Ancestors of a unit (nearest first), to refuse a parent that would make a cycle. */
export async function ancestorIds(db: Executor, id: string): Promise<string[]> {
  const result = await sql<{ id: string }>`
    with recursive up(id, parent_id, depth) as (
      select id, parent_id, 0 from units where id = ${id}
      union all
      select u.id, u.parent_id, up.depth + 1 from units u join up on u.id = up.parent_id where up.depth < 50
    )
    select id from up where id <> ${id} order by depth`.execute(db);
  return result.rows.map((r) => r.id);
}

export async function countUnitDependants(
  db: Executor,
  id: string,
): Promise<{ children: number; users: number }> {
  const row = await db
    .selectNoFrom((eb) => [
      eb
        .selectFrom('units')
        .where('parent_id', '=', id)
        .where('archived', '=', false)
        .select(eb.fn.countAll<string>().as('n'))
        .as('children'),
      eb
        .selectFrom('users')
        .where('unit_id', '=', id)
        .where('disabled', '=', false)
        .select(eb.fn.countAll<string>().as('n'))
        .as('users'),
    ])
    .executeTakeFirstOrThrow();
  return { children: Number(row.children ?? 0), users: Number(row.users ?? 0) };
}
