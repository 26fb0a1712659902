import type { Executor } from '../shared/context.ts';

export type LinkKind = 'related' | 'duplicate' | 'merged' | 'split_from';

/** Links in either direction; an incident has a handful. */
export async function listLinksOfIncident(db: Executor, incidentId: string) {
  return db
    .selectFrom('incident_links')
    .select(['incident_id', 'other_id', 'kind'])
    .where((eb) => eb.or([eb('incident_id', '=', incidentId), eb('other_id', '=', incidentId)]))
    .limit(200)
    .execute();
}

/** Records a link; one already there is kept as it is. */
export async function insertLinkOnce(
  db: Executor,
  incidentId: string,
  otherId: string,
  kind: LinkKind,
): Promise<void> {
  await db
    .insertInto('incident_links')
    .values({ incident_id: incidentId, other_id: otherId, kind })
    .onConflict((oc) => oc.doNothing())
    .execute();
}

/** Records a link that cannot exist yet (its incident was just created). */
export async function insertLink(
  db: Executor,
  incidentId: string,
  otherId: string,
  kind: LinkKind,
): Promise<void> {
  await db
    .insertInto('incident_links')
    .values({ incident_id: incidentId, other_id: otherId, kind })
    .execute();
}
