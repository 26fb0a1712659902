import type { RemediationListQuery } from '@ungcuu/domain/inspections/inspection-api.ts';
import { type Insertable, sql, type Updateable } from 'kysely';
import type { RemediationTaskRow, RemediationTasksTable } from '../db/schema-preparedness.ts';
import type { Executor } from '../shared/context.ts';
import type { ReadReach } from '../shared/read-reach.ts';

export type RemediationWithUnit = RemediationTaskRow & { unit_name: string };

function withUnit(db: Executor) {
  return db
    .selectFrom('remediation_tasks as r')
    .innerJoin('units as u', 'u.id', 'r.unit_id')
    .selectAll('r')
    .select('u.name as unit_name');
}

export async function findTask(db: Executor, id: string): Promise<RemediationWithUnit | undefined> {
  return withUnit(db).where('r.id', '=', id).executeTakeFirst();
}

export async function tasksOfInspection(db: Executor, inspectionId: string): Promise<RemediationWithUnit[]> {
  return withUnit(db)
    .where('r.inspection_id', '=', inspectionId)
    .orderBy('r.due_date')
    .orderBy('r.item_key')
    .execute();
}

export async function listTasks(
  db: Executor,
  query: RemediationListQuery,
  reach: ReadReach,
  today: string,
): Promise<{ rows: RemediationWithUnit[]; total: number }> {
  let q = db.selectFrom('remediation_tasks as r');
  if (!reach.all) q = q.where('r.unit_id', '=', reach.unitId);
  if (query.unitId) q = q.where('r.unit_id', '=', query.unitId);
  if (query.inspectionId) q = q.where('r.inspection_id', '=', query.inspectionId);
  if (query.status) q = q.where('r.status', '=', query.status);
  if (query.overdue !== undefined) {
    const overdue = sql<boolean>`(r.status = 'open' and r.due_date < ${today}::date)`;
    q = q.where(query.overdue ? overdue : sql<boolean>`not ${overdue}`);
  }
  const ids = q.select('r.id');
  const [rows, count] = await Promise.all([
    withUnit(db)
      .where('r.id', 'in', ids)
      .orderBy('r.status', 'desc')
      .orderBy('r.due_date')
      .orderBy('r.id')
      .limit(query.limit)
      .offset(query.offset)
      .execute(),
    q.select((eb) => eb.fn.countAll<string>().as('n')).executeTakeFirstOrThrow(),
  ]);
  return { rows, total: Number(count.n) };
}

export async function insertTasks(db: Executor, rows: Insertable<RemediationTasksTable>[]) {
  if (rows.length === 0) return [];
  return db.insertInto('remediation_tasks').values(rows).returningAll().execute();
}

export async function updateTask(db: Executor, id: string, patch: Updateable<RemediationTasksTable>) {
  return db
    .updateTable('remediation_tasks')
    .set({ ...patch, version: sql`version + 1` })
    .where('id', '=', id)
    .returningAll()
    .executeTakeFirstOrThrow();
}
