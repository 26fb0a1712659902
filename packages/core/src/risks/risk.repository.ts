import type { RiskListQuery } from '@ungcuu/domain/risks/risk-api.ts';
import { type Insertable, type Selectable, sql, type Updateable } from 'kysely';
import type { RiskAssessmentsTable, RiskRow, RisksTable } from '../db/schema-preparedness.ts';
import type { Executor } from '../shared/context.ts';
import type { ReadReach } from '../shared/read-reach.ts';

export type RiskWithSystem = RiskRow & {
  system_name: string;
  owner_unit_id: string;
  operating_unit_id: string;
};

function withSystem(db: Executor) {
  return db.selectFrom('risks as r').innerJoin('information_systems as s', 's.id', 'r.system_id');
}

const systemColumns = ['s.name as system_name', 's.owner_unit_id', 's.operating_unit_id'] as const;

export async function findRiskById(db: Executor, id: string): Promise<RiskWithSystem | undefined> {
  return withSystem(db).selectAll('r').select(systemColumns).where('r.id', '=', id).executeTakeFirst();
}

export async function listRisks(
  db: Executor,
  query: RiskListQuery,
  reach: ReadReach,
): Promise<{ rows: RiskWithSystem[]; total: number }> {
  let q = withSystem(db).where('s.archived', '=', false);
  for (const unitId of [reach.all ? undefined : reach.unitId, query.unitId]) {
    if (unitId)
      q = q.where((eb) =>
        eb.or([eb('s.owner_unit_id', '=', unitId), eb('s.operating_unit_id', '=', unitId)]),
      );
  }
  if (query.systemId) q = q.where('r.system_id', '=', query.systemId);
  if (query.band) q = q.where('r.band', '=', query.band);
  if (query.subtype) q = q.where('r.subtype', '=', query.subtype);
  if (query.status) q = q.where('r.status', '=', query.status);
  if (query.likelihood) q = q.where('r.likelihood', '=', query.likelihood);
  if (query.impact) q = q.where('r.impact', '=', query.impact);
  const [rows, count] = await Promise.all([
    q
      .selectAll('r')
      .select(systemColumns)
      .orderBy('r.score', 'desc')
      .orderBy('r.id')
      .limit(query.limit)
      .offset(query.offset)
      .execute(),
    q.select((eb) => eb.fn.countAll<string>().as('n')).executeTakeFirstOrThrow(),
  ]);
  return { rows, total: Number(count.n) };
}

export async function insertRisk(db: Executor, row: Insertable<RisksTable>): Promise<RiskRow> {
  return db.insertInto('risks').values(row).returningAll().executeTakeFirstOrThrow();
}

export async function updateRisk(db: Executor, id: string, patch: Updateable<RisksTable>): Promise<RiskRow> {
  return db
    .updateTable('risks')
    .set({ ...patch, version: sql`version + 1` })
    .where('id', '=', id)
    .returningAll()
    .executeTakeFirstOrThrow();
}

export async function deleteRisk(db: Executor, id: string): Promise<void> {
  await db.deleteFrom('risks').where('id', '=', id).execute();
}

export async function insertScoreHistory(
  db: Executor,
  risk: Pick<RiskRow, 'id' | 'likelihood' | 'impact' | 'score' | 'band'>,
  changedBy: string | null,
  at: Date,
): Promise<void> {
  await db
    .insertInto('risk_score_history')
    .values({
      risk_id: risk.id,
      likelihood: risk.likelihood,
      impact: risk.impact,
      score: risk.score,
      band: risk.band,
      changed_by: changedBy,
      changed_at: at,
    })
    .execute();
}

export async function scoreHistory(db: Executor, riskId: string) {
  return db
    .selectFrom('risk_score_history')
    .selectAll()
    .where('risk_id', '=', riskId)
    .orderBy('changed_at')
    .orderBy('id')
    .execute();
}

/** Counts per likelihood × impact cell, aggregated by the database: never the rows themselves. */
export async function heatMapCounts(
  db: Executor,
  unitId: string | null,
  includeClosed: boolean,
): Promise<{ likelihood: number; impact: number; n: number }[]> {
  let q = db.selectFrom('risks as r');
  q = unitId
    ? q
        .innerJoin('information_systems as s', 's.id', 'r.system_id')
        .where('s.archived', '=', false)
        .where((eb) => eb.or([eb('s.owner_unit_id', '=', unitId), eb('s.operating_unit_id', '=', unitId)]))
    : // The whole town: every risk but those of the (few) archived systems, an anti-join on a small index.
      q.where(({ not, exists, selectFrom }) =>
        not(
          exists(
            selectFrom('information_systems as s')
              .select('s.id')
              .whereRef('s.id', '=', 'r.system_id')
              .where('s.archived', '=', true),
          ),
        ),
      );
  if (!includeClosed) q = q.where('r.status', '=', 'open');
  const rows = await q
    .select(['r.likelihood', 'r.impact', (eb) => eb.fn.countAll<string>().as('n')])
    .groupBy(['r.likelihood', 'r.impact'])
    .execute();
  return rows.map((r) => ({ likelihood: r.likelihood, impact: r.impact, n: Number(r.n) }));
}

export async function subtypesInRegister(db: Executor, systemId: string): Promise<Set<string>> {
  const rows = await db.selectFrom('risks').select('subtype').where('system_id', '=', systemId).execute();
  return new Set(rows.map((r) => r.subtype));
}

export async function findAssessment(
  db: Executor,
  systemId: string,
): Promise<Selectable<RiskAssessmentsTable> | undefined> {
  return db.selectFrom('risk_assessments').selectAll().where('system_id', '=', systemId).executeTakeFirst();
}

export async function upsertAssessment(
  db: Executor,
  values: {
    system_id: string;
    answers: string;
    status: string;
    assessed_by: string;
    assessed_at: Date;
    updated_at: Date;
  },
): Promise<Selectable<RiskAssessmentsTable>> {
  return db
    .insertInto('risk_assessments')
    .values(values)
    .onConflict((oc) =>
      oc.column('system_id').doUpdateSet({
        answers: values.answers,
        status: values.status,
        assessed_by: values.assessed_by,
        assessed_at: values.assessed_at,
        updated_at: values.updated_at,
        version: sql`risk_assessments.version + 1`,
      }),
    )
    .returningAll()
    .executeTakeFirstOrThrow();
}
