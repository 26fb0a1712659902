import type { Executor } from '../shared/context.ts';

/** The observables an export carries (one incident; bounded like the observables list). */
export async function observablesForExport(db: Executor, incidentId: string) {
  return db
    .selectFrom('incident_observables')
    .select(['kind', 'normalized', 'value', 'source', 'created_at'])
    .where('incident_id', '=', incidentId)
    .orderBy('created_at')
    .orderBy('kind')
    .orderBy('normalized')
    .limit(5000)
    .execute();
}

/** Adds imported indicators; ones the incident already has stay as they are. Returns how many were new. */
export async function insertImportedObservables(
  db: Executor,
  incidentId: string,
  rows: { kind: string; value: string; normalized: string }[],
): Promise<number> {
  if (rows.length === 0) return 0;
  const inserted = await db
    .insertInto('incident_observables')
    .values(rows.map((r) => ({ incident_id: incidentId, ...r, source: 'imported' })))
    .onConflict((oc) => oc.columns(['incident_id', 'kind', 'normalized']).doNothing())
    .returning('id')
    .execute();
  return inserted.length;
}

export async function setIncidentTlp(db: Executor, incidentId: string, tlp: string, at: Date) {
  await db
    .updateTable('incidents')
    .set((eb) => ({ tlp, updated_at: at, version: eb('version', '+', 1) }))
    .where('id', '=', incidentId)
    .execute();
}

/**
 * One page of the incidents a feed of these markings carries: never one kept confidential, never
 * one merged into another (its indicators went with it), only those that have indicators.
 */
export async function feedIncidentPage(
  db: Executor,
  tlps: string[],
  page: { limit: number; offset: number },
) {
  const base = db
    .selectFrom('incidents as i')
    .where('i.tlp', 'in', tlps)
    .where('i.keep_confidential', '=', false)
    .where('i.merged_into_id', 'is', null)
    .where((eb) =>
      eb.exists(
        eb.selectFrom('incident_observables as o').select('o.id').whereRef('o.incident_id', '=', 'i.id'),
      ),
    );
  const [rows, count] = await Promise.all([
    base
      .select(['i.id', 'i.code', 'i.title', 'i.tlp', 'i.created_at', 'i.updated_at'])
      .orderBy('i.updated_at', 'desc')
      .orderBy('i.id')
      .limit(page.limit)
      .offset(page.offset)
      .execute(),
    base.select((eb) => eb.fn.countAll<string | number>().as('n')).executeTakeFirstOrThrow(),
  ]);
  return { rows, total: Number(count.n) };
}

/** The observables of a page of feed incidents, in one query. */
export async function observablesOfIncidents(db: Executor, incidentIds: string[]) {
  if (incidentIds.length === 0) return [];
  return db
    .selectFrom('incident_observables')
    .select(['incident_id', 'kind', 'normalized'])
    .where('incident_id', 'in', incidentIds)
    .orderBy('incident_id')
    .orderBy('created_at')
    .limit(100 * 5000)
    .execute();
}

/**
 * One page of the published warnings a feed of these markings carries (the feed's second source,
 * after the incidents). Few rows: the status index narrows them, newest publication first.
 */
export async function feedWarningPage(db: Executor, tlps: string[], page: { limit: number; offset: number }) {
  const base = db.selectFrom('warnings as w').where('w.status', '=', 'published').where('w.tlp', 'in', tlps);
  const [rows, count] = await Promise.all([
    page.limit === 0
      ? Promise.resolve([])
      : base
          .select([
            'w.id',
            'w.code',
            'w.title',
            'w.description',
            'w.tlp',
            'w.cves',
            'w.created_at',
            'w.updated_at',
          ])
          .orderBy('w.created_at', 'desc')
          .orderBy('w.id')
          .limit(page.limit)
          .offset(page.offset)
          .execute(),
    base.select((eb) => eb.fn.countAll<string | number>().as('n')).executeTakeFirstOrThrow(),
  ]);
  return { rows, total: Number(count.n) };
}

/** The indicators of a page of feed warnings, in one query. */
export async function indicatorsOfWarnings(db: Executor, warningIds: string[]) {
  if (warningIds.length === 0) return [];
  return db
    .selectFrom('warning_indicators')
    .select(['warning_id', 'kind', 'normalized'])
    .where('warning_id', 'in', warningIds)
    .orderBy('warning_id')
    .orderBy('kind')
    .orderBy('normalized')
    .limit(100 * 1000)
    .execute();
}
