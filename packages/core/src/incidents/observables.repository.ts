import { extractObservables } from '@ungcuu/domain/incidents/observables.ts';
import type { Executor } from '../shared/context.ts';

/** Stores the indicators found in the text; ones already recorded are kept as they are. */
export async function saveExtractedObservables(
  db: Executor,
  incidentId: string,
  text: string,
): Promise<number> {
  const found = extractObservables(text);
  if (found.length === 0) return 0;
  await db
    .insertInto('incident_observables')
    .values(
      found.map((o) => ({
        incident_id: incidentId,
        kind: o.kind,
        value: o.value,
        normalized: o.normalized,
        source: 'extracted',
      })),
    )
    .onConflict((oc) => oc.columns(['incident_id', 'kind', 'normalized']).doNothing())
    .execute();
  return found.length;
}

export async function addObservable(
  db: Executor,
  incidentId: string,
  o: { kind: string; value: string; normalized: string },
) {
  return db
    .insertInto('incident_observables')
    .values({
      incident_id: incidentId,
      kind: o.kind,
      value: o.value,
      normalized: o.normalized,
      source: 'manual',
    })
    .onConflict((oc) => oc.columns(['incident_id', 'kind', 'normalized']).doNothing())
    .returningAll()
    .executeTakeFirst();
}

/** Copies an incident's observables to another (a merge); ones the other already has are kept. */
export async function copyObservables(
  db: Executor,
  fromIncidentId: string,
  toIncidentId: string,
): Promise<void> {
  await db
    .insertInto('incident_observables')
    .columns(['incident_id', 'kind', 'value', 'normalized', 'source'])
    .expression((eb) =>
      eb
        .selectFrom('incident_observables')
        .select([eb.val(toIncidentId).as('incident_id'), 'kind', 'value', 'normalized', 'source'])
        .where('incident_id', '=', fromIncidentId),
    )
    .onConflict((oc) => oc.doNothing())
    .execute();
}

/** Each observable with the other incidents (visible to the caller's filter) that share it. */
export async function observablesWithLinks(db: Executor, incidentId: string) {
  const own = await db
    .selectFrom('incident_observables')
    .selectAll()
    .where('incident_id', '=', incidentId)
    .orderBy('created_at')
    .limit(500)
    .execute();
  if (own.length === 0) return [];
  const shared = await db
    .selectFrom('incident_observables as o')
    .innerJoin('incidents as i', 'i.id', 'o.incident_id')
    .select(['o.kind', 'o.normalized', 'i.id', 'i.code', 'i.title', 'i.unit_ids', 'i.escalated_unit_ids'])
    .where('o.incident_id', '<>', incidentId)
    .where((eb) =>
      eb.or(own.map((x) => eb.and([eb('o.kind', '=', x.kind), eb('o.normalized', '=', x.normalized)]))),
    )
    .limit(500)
    .execute();
  return own.map((o) => ({
    id: o.id,
    kind: o.kind,
    value: o.value,
    normalized: o.normalized,
    source: o.source,
    sharedWith: shared.filter((s) => s.kind === o.kind && s.normalized === o.normalized),
  }));
}
