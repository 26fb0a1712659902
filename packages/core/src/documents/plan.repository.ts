import { type Insertable, sql, type Updateable } from 'kysely';
import type {
  PlanDocumentRow,
  PlanDocumentsTable,
  PlanSectionRow,
  PlanSectionsTable,
} from '../db/schema-documents.ts';
import type { Executor } from '../shared/context.ts';

export async function listPlans(db: Executor) {
  return db
    .selectFrom('plan_documents')
    .select(['year', 'number', 'updated_at'])
    .orderBy('year', 'desc')
    .limit(100)
    .execute();
}

export async function findPlanByYear(db: Executor, year: number): Promise<PlanDocumentRow | undefined> {
  return db.selectFrom('plan_documents').selectAll().where('year', '=', year).executeTakeFirst();
}

export async function insertPlan(
  db: Executor,
  row: Insertable<PlanDocumentsTable>,
): Promise<PlanDocumentRow> {
  return db.insertInto('plan_documents').values(row).returningAll().executeTakeFirstOrThrow();
}

export async function updatePlan(
  db: Executor,
  id: string,
  patch: Updateable<PlanDocumentsTable>,
): Promise<PlanDocumentRow> {
  return db
    .updateTable('plan_documents')
    .set((eb) => ({ ...patch, version: eb('version', '+', 1) }))
    .where('id', '=', id)
    .returningAll()
    .executeTakeFirstOrThrow();
}

/** The current text of every section: the highest version of each key. */
export async function currentPlanSections(
  db: Executor,
  planId: string,
): Promise<(PlanSectionRow & { editor_name: string | null })[]> {
  return db
    .selectFrom('plan_sections as s')
    .leftJoin('users as u', 'u.id', 's.edited_by')
    .selectAll('s')
    .select('u.full_name as editor_name')
    .where('s.plan_id', '=', planId)
    .where(({ eb, selectFrom }) =>
      eb(
        's.version',
        '=',
        selectFrom('plan_sections as l')
          .select((l) => l.fn.max('l.version').as('v'))
          .whereRef('l.plan_id', '=', 's.plan_id')
          .whereRef('l.key', '=', 's.key'),
      ),
    )
    .execute();
}

/** Every version of one section, newest first. */
export async function planSectionVersions(db: Executor, planId: string, key: string) {
  return db
    .selectFrom('plan_sections as s')
    .leftJoin('users as u', 'u.id', 's.edited_by')
    .selectAll('s')
    .select('u.full_name as editor_name')
    .where('s.plan_id', '=', planId)
    .where('s.key', '=', key)
    .orderBy('s.version', 'desc')
    .limit(200)
    .execute();
}

export async function latestPlanSectionVersion(db: Executor, planId: string, key: string): Promise<number> {
  const row = await db
    .selectFrom('plan_sections')
    .select(sql<number | null>`max(version)`.as('v'))
    .where('plan_id', '=', planId)
    .where('key', '=', key)
    .executeTakeFirst();
  return Number(row?.v ?? 0);
}

export async function insertPlanSections(
  db: Executor,
  rows: Insertable<PlanSectionsTable>[],
): Promise<PlanSectionRow[]> {
  if (rows.length === 0) return [];
  return db.insertInto('plan_sections').values(rows).returningAll().execute();
}
