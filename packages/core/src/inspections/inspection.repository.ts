import type { InspectionListQuery } from '@ungcuu/domain/inspections/inspection-api.ts';
import { type Insertable, sql, type Updateable } from 'kysely';
import type { InspectionRow, InspectionsTable, InspectionTemplateRow } from '../db/schema-preparedness.ts';
import type { Executor } from '../shared/context.ts';
import type { ReadReach } from '../shared/read-reach.ts';

export type InspectionWithRefs = InspectionRow & {
  unit_name: string;
  template_code: string;
  template_version: number;
};

// Templates ------------------------------------------------------------------------------------

export async function findTemplate(db: Executor, id: string): Promise<InspectionTemplateRow | undefined> {
  return db.selectFrom('inspection_templates').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function latestTemplate(db: Executor, code: string): Promise<InspectionTemplateRow | undefined> {
  return db
    .selectFrom('inspection_templates')
    .selectAll()
    .where('code', '=', code)
    .orderBy('version', 'desc')
    .limit(1)
    .executeTakeFirst();
}

export async function listTemplates(db: Executor): Promise<InspectionTemplateRow[]> {
  return db
    .selectFrom('inspection_templates')
    .selectAll()
    .orderBy('code')
    .orderBy('version', 'desc')
    .execute();
}

export async function insertTemplate(
  db: Executor,
  row: { code: string; version: number; title: string; items: string },
): Promise<InspectionTemplateRow | undefined> {
  return db
    .insertInto('inspection_templates')
    .values(row)
    .onConflict((oc) => oc.columns(['code', 'version']).doNothing())
    .returningAll()
    .executeTakeFirst();
}

// Inspections ----------------------------------------------------------------------------------

function withRefs(db: Executor) {
  return db
    .selectFrom('inspections as i')
    .innerJoin('units as u', 'u.id', 'i.unit_id')
    .innerJoin('inspection_templates as t', 't.id', 'i.template_id')
    .selectAll('i')
    .select(['u.name as unit_name', 't.code as template_code', 't.version as template_version']);
}

export async function findInspection(db: Executor, id: string): Promise<InspectionWithRefs | undefined> {
  return withRefs(db).where('i.id', '=', id).executeTakeFirst();
}

export async function findInspectionOf(
  db: Executor,
  unitId: string,
  year: number,
): Promise<InspectionWithRefs | undefined> {
  return withRefs(db).where('i.unit_id', '=', unitId).where('i.year', '=', year).executeTakeFirst();
}

export async function listInspections(
  db: Executor,
  query: InspectionListQuery,
  reach: ReadReach,
): Promise<{ rows: InspectionWithRefs[]; total: number }> {
  let q = db.selectFrom('inspections as i');
  if (!reach.all) q = q.where('i.unit_id', '=', reach.unitId);
  if (query.unitId) q = q.where('i.unit_id', '=', query.unitId);
  if (query.year) q = q.where('i.year', '=', query.year);
  if (query.status) q = q.where('i.status', '=', query.status);
  const ids = q.select('i.id');
  const [rows, count] = await Promise.all([
    withRefs(db)
      .where('i.id', 'in', ids)
      .orderBy('i.year', 'desc')
      .orderBy('u.name')
      .orderBy('i.id')
      .limit(query.limit)
      .offset(query.offset)
      .execute(),
    q.select((eb) => eb.fn.countAll<string>().as('n')).executeTakeFirstOrThrow(),
  ]);
  return { rows, total: Number(count.n) };
}

export async function insertInspections(
  db: Executor,
  rows: Insertable<InspectionsTable>[],
): Promise<InspectionRow[]> {
  if (rows.length === 0) return [];
  return db
    .insertInto('inspections')
    .values(rows)
    .onConflict((oc) => oc.columns(['unit_id', 'year']).doNothing())
    .returningAll()
    .execute();
}

export async function updateInspection(
  db: Executor,
  id: string,
  patch: Updateable<InspectionsTable>,
): Promise<void> {
  await db
    .updateTable('inspections')
    .set({ ...patch, version: sql`version + 1` })
    .where('id', '=', id)
    .execute();
}

/** Whether the unit runs (or owns) a level 3+ or unclassified system: level-3 items then apply. */
export async function unitHasLevel3Plus(db: Executor, unitId: string): Promise<boolean> {
  const row = await db
    .selectFrom('information_systems')
    .select('id')
    .where('archived', '=', false)
    .where((eb) => eb.or([eb('owner_unit_id', '=', unitId), eb('operating_unit_id', '=', unitId)]))
    .where((eb) => eb.or([eb('security_level', 'is', null), eb('security_level', '>=', 3)]))
    .limit(1)
    .executeTakeFirst();
  return row !== undefined;
}

// Answers and evidence -------------------------------------------------------------------------

export async function answersOf(db: Executor, inspectionId: string) {
  return db.selectFrom('inspection_answers').selectAll().where('inspection_id', '=', inspectionId).execute();
}

/** Answers of many inspections at once (list pages, year comparison). */
export async function answersOfMany(db: Executor, inspectionIds: string[]) {
  if (inspectionIds.length === 0) return [];
  return db
    .selectFrom('inspection_answers')
    .select(['inspection_id', 'item_key', 'answer'])
    .where('inspection_id', 'in', inspectionIds)
    .execute();
}

export async function upsertAnswers(
  db: Executor,
  rows: {
    inspection_id: string;
    item_key: string;
    answer: string;
    note: string | null;
    answered_by: string;
    answered_at: Date;
  }[],
): Promise<void> {
  if (rows.length === 0) return;
  await db
    .insertInto('inspection_answers')
    .values(rows)
    .onConflict((oc) =>
      oc.columns(['inspection_id', 'item_key']).doUpdateSet((eb) => ({
        answer: eb.ref('excluded.answer'),
        note: eb.ref('excluded.note'),
        answered_by: eb.ref('excluded.answered_by'),
        answered_at: eb.ref('excluded.answered_at'),
      })),
    )
    .execute();
}

const evidenceMeta = [
  'id',
  'inspection_id',
  'item_key',
  'filename',
  'content_type',
  'size_bytes',
  'sha256',
  'uploaded_by',
  'uploaded_at',
] as const;

export async function evidenceOf(db: Executor, inspectionId: string) {
  return db
    .selectFrom('inspection_evidence')
    .select(evidenceMeta)
    .where('inspection_id', '=', inspectionId)
    .orderBy('uploaded_at')
    .execute();
}

export async function insertEvidence(
  db: Executor,
  row: {
    inspection_id: string;
    item_key: string;
    filename: string;
    content_type: string;
    size_bytes: number;
    sha256: string;
    content: Uint8Array;
    uploaded_by: string;
    uploaded_at: Date;
  },
) {
  return db.insertInto('inspection_evidence').values(row).returning(evidenceMeta).executeTakeFirstOrThrow();
}

export async function evidenceContent(db: Executor, inspectionId: string, evidenceId: string) {
  return db
    .selectFrom('inspection_evidence')
    .selectAll()
    .where('id', '=', evidenceId)
    .where('inspection_id', '=', inspectionId)
    .executeTakeFirst();
}
