import { sql } from 'kysely';
import type { Executor } from '../shared/context.ts';

/** Candidates for "similar incidents": open or recent, visible in the caller's scope, newest first. */
export const SIMILAR_CANDIDATES = 300;
export const RECENT_DAYS = 30;

export async function similarCandidates(
  db: Executor,
  scope: { unitId: string | null; excludeId: string | null; now: Date },
) {
  const since = new Date(scope.now.getTime() - RECENT_DAYS * 86_400_000);
  let q = db
    .selectFrom('incidents')
    .select([
      'id',
      'code',
      'title',
      'description',
      'state',
      'detected_at',
      'reporting_unit_id',
      'system_id',
      'unit_ids',
      'escalated_unit_ids',
    ])
    .where('state', 'not in', ['merged', 'duplicate', 'rejected'])
    .where((eb) => eb.or([eb('state', '<>', 'closed'), eb('detected_at', '>=', since)]));
  if (scope.unitId) q = q.where(sql<boolean>`unit_ids @> array[${scope.unitId}]::uuid[]`);
  if (scope.excludeId) q = q.where('id', '<>', scope.excludeId);
  return q.orderBy('detected_at', 'desc').orderBy('id', 'desc').limit(SIMILAR_CANDIDATES).execute();
}

export async function observablesOf(db: Executor, incidentId: string): Promise<string[]> {
  const rows = await db
    .selectFrom('incident_observables')
    .select('normalized')
    .where('incident_id', '=', incidentId)
    .execute();
  return rows.map((r) => r.normalized);
}

/** Which of `values` each of the incidents also carries. */
export async function sharedObservables(
  db: Executor,
  incidentIds: string[],
  values: string[],
): Promise<Map<string, string[]>> {
  const out = new Map<string, string[]>();
  if (incidentIds.length === 0 || values.length === 0) return out;
  const rows = await db
    .selectFrom('incident_observables')
    .select(['incident_id', 'value', 'normalized'])
    .where('incident_id', 'in', incidentIds)
    .where('normalized', 'in', values)
    .execute();
  for (const r of rows) out.set(r.incident_id, [...new Set([...(out.get(r.incident_id) ?? []), r.value])]);
  return out;
}
