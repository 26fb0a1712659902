import { sql } from 'kysely';
import type { ClassifierExampleRow } from '../db/schema-classifier.ts';
import type { Executor } from '../shared/context.ts';

/** SQL of the classifier's learning from the office: labelled examples and trained models. */

/** At most this many office examples feed a retraining (the most recent ones). */
export const MAX_OFFICE_EXAMPLES = 20_000;

export interface ExampleInput {
  incidentId: string;
  text: string;
  subtype: string;
  suggestedSubtype: string | null;
  suggestedConfidence: number | null;
  modelVersion: string | null;
  confirmedBy: string | null;
  confirmedAt: Date;
}

/** One example per incident: a later confirmation or correction replaces the earlier one. */
export async function upsertExample(db: Executor, e: ExampleInput): Promise<void> {
  await db
    .insertInto('classifier_examples')
    .values({
      incident_id: e.incidentId,
      text: e.text,
      subtype: e.subtype,
      suggested_subtype: e.suggestedSubtype,
      suggested_confidence: e.suggestedConfidence,
      model_version: e.modelVersion,
      confirmed_by: e.confirmedBy,
      confirmed_at: e.confirmedAt,
    })
    .onConflict((oc) =>
      oc.column('incident_id').doUpdateSet({
        text: e.text,
        subtype: e.subtype,
        confirmed_by: e.confirmedBy,
        confirmed_at: e.confirmedAt,
      }),
    )
    .execute();
}

export async function trainingExamples(db: Executor): Promise<{ text: string; subtype: string }[]> {
  return db
    .selectFrom('classifier_examples')
    .select(['text', 'subtype'])
    .orderBy('confirmed_at', 'desc')
    .limit(MAX_OFFICE_EXAMPLES)
    .execute();
}

export async function examplesBetween(
  db: Executor,
  from: Date,
  to: Date,
  limit: number,
): Promise<Pick<ClassifierExampleRow, 'subtype' | 'suggested_subtype' | 'confirmed_at'>[]> {
  return db
    .selectFrom('classifier_examples')
    .select(['subtype', 'suggested_subtype', 'confirmed_at'])
    .where('confirmed_at', '>=', from)
    .where('confirmed_at', '<', to)
    .orderBy('confirmed_at', 'asc')
    .limit(limit)
    .execute();
}

export async function countExamplesAfter(db: Executor, after: Date | null): Promise<number> {
  let q = db.selectFrom('classifier_examples').select((eb) => eb.fn.countAll<string>().as('n'));
  if (after) q = q.where('confirmed_at', '>', after);
  return Number((await q.executeTakeFirstOrThrow()).n);
}

export async function activeModelRef(db: Executor): Promise<{ id: string; version: number } | undefined> {
  return db
    .selectFrom('classifier_models')
    .select(['id', 'version'])
    .where('active', '=', true)
    .executeTakeFirst();
}

export async function modelData(db: Executor, id: string): Promise<unknown> {
  const row = await db.selectFrom('classifier_models').select('data').where('id', '=', id).executeTakeFirst();
  return row?.data;
}

/** When the model last changed: a training or a rollback (null: never). */
export async function lastModelChange(db: Executor): Promise<Date | null> {
  const row = await db
    .selectFrom('classifier_models')
    .select(sql<Date | null>`max(greatest(trained_at, coalesce(rolled_back_at, trained_at)))`.as('at'))
    .executeTakeFirst();
  return row?.at ? new Date(row.at) : null;
}

export async function nextModelVersion(db: Executor): Promise<number> {
  const row = await db
    .selectFrom('classifier_models')
    .select(sql<number>`coalesce(max(version), 0) + 1`.as('v'))
    .executeTakeFirstOrThrow();
  return Number(row.v);
}

/** Deactivates the active model; `rolledBack` records the time when an admin asked for it. */
export async function deactivateModels(db: Executor, rolledBack: Date | null) {
  return db
    .updateTable('classifier_models')
    .set(rolledBack ? { active: false, rolled_back_at: rolledBack } : { active: false })
    .where('active', '=', true)
    .returning(['id', 'version'])
    .execute();
}

export async function insertModel(
  db: Executor,
  row: { version: number; data: unknown; officeExamples: number; trainMs: number; trainedAt: Date },
) {
  return db
    .insertInto('classifier_models')
    .values({
      version: row.version,
      data: JSON.stringify(row.data),
      office_examples: row.officeExamples,
      train_ms: row.trainMs,
      active: true,
      trained_at: row.trainedAt,
    })
    .returning(['id', 'version', 'office_examples', 'train_ms', 'trained_at'])
    .executeTakeFirstOrThrow();
}

export async function listModels(db: Executor, limit: number) {
  return db
    .selectFrom('classifier_models')
    .select(['id', 'version', 'office_examples', 'train_ms', 'active', 'trained_at', 'rolled_back_at'])
    .orderBy('version', 'desc')
    .limit(limit)
    .execute();
}
