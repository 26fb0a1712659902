import type { Executor } from '../shared/context.ts';

/** Regimes administrators saved (built-in ones live in the domain package). */
export async function listSavedRegimes(db: Executor): Promise<{ id: string; data: unknown }[]> {
  return db.selectFrom('reporting_regimes').select(['id', 'data']).execute();
}

/** Saves a regime, replacing the saved one with the same id. */
export async function upsertRegime(
  db: Executor,
  row: { id: string; effectiveFrom: string; data: string; now: Date },
): Promise<void> {
  const values = { effective_from: row.effectiveFrom, data: row.data, updated_at: row.now };
  await db
    .insertInto('reporting_regimes')
    .values({ id: row.id, ...values })
    .onConflict((oc) => oc.column('id').doUpdateSet(values))
    .execute();
}
