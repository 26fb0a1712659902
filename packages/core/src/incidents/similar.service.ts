import { widestScope } from '@ungcuu/domain/auth/permissions.ts';
import { DomainError } from '@ungcuu/domain/errors.ts';
import type { SimilarDraft, SimilarIncidents } from '@ungcuu/domain/incidents/classifier-schemas.ts';
import type { IncidentState } from '@ungcuu/domain/incidents/lifecycle.ts';
import { extractObservables } from '@ungcuu/domain/incidents/observables.ts';
import {
  cosine,
  SIMILAR_THRESHOLD,
  similarityScore,
  textVector,
} from '@ungcuu/domain/incidents/similarity.ts';
import type { RequestActor } from '../shared/context.ts';
import type { ServiceDeps } from '../shared/deps.ts';
import { assertVisibleRefs } from '../shared/ref-visibility.ts';
import { findIncidentById } from './incident.repository.ts';
import { requireVisible, visibilityOf } from './incident-access.ts';
import { observablesOf, sharedObservables, similarCandidates } from './similar.repository.ts';

const MAX_SIMILAR = 5;

interface Source {
  id: string | null;
  text: string;
  observables: string[];
  systemId: string | null;
  unitId: string;
}

/**
 * The most similar open and recent incidents to a report (on intake) or to an incident (its
 * page), among those the caller may see, so that a wave of reports is handled as one campaign.
 */
export function createSimilarService(deps: ServiceDeps) {
  const { db, clock } = deps;

  async function find(actor: RequestActor, source: Source): Promise<SimilarIncidents> {
    const scope = widestScope(actor, 'incident.read');
    if (!scope) throw new DomainError('forbidden');
    const candidates = (
      await similarCandidates(db, {
        unitId: scope === 'all' ? null : actor.unitId,
        excludeId: source.id,
        now: clock.now(),
      })
    ).filter((c) => visibilityOf(actor, c) === 'full');
    const vector = textVector(source.text);
    const shared = await sharedObservables(
      db,
      candidates.map((c) => c.id),
      source.observables,
    );
    const items = candidates
      .map((c) => {
        const textSimilarity =
          Math.round(cosine(vector, textVector(`${c.title}\n${c.description}`)) * 100) / 100;
        const observables = shared.get(c.id) ?? [];
        const sameSystem = !!source.systemId && c.system_id === source.systemId;
        return {
          id: c.id,
          code: c.code,
          title: c.title,
          state: c.state as IncidentState,
          detectedAt: new Date(c.detected_at).toISOString(),
          reportingUnitId: c.reporting_unit_id,
          score: similarityScore({ textSimilarity, sharedObservables: observables.length, sameSystem }),
          textSimilarity,
          sharedObservables: observables.slice(0, 5),
          sameSystem,
          sameUnit: c.reporting_unit_id === source.unitId,
        };
      })
      .filter((i) => i.score >= SIMILAR_THRESHOLD)
      .sort((a, b) => b.score - a.score || b.detectedAt.localeCompare(a.detectedAt))
      .slice(0, MAX_SIMILAR);
    return { items };
  }

  return {
    async forIncident(actor: RequestActor, id: string): Promise<SimilarIncidents> {
      const { row } = requireVisible(actor, await findIncidentById(db, id));
      return find(actor, {
        id: row.id,
        text: `${row.title}\n${row.description}`,
        observables: await observablesOf(db, row.id),
        systemId: row.system_id,
        unitId: row.reporting_unit_id,
      });
    },

    async forDraft(actor: RequestActor, draft: SimilarDraft): Promise<SimilarIncidents> {
      if (draft.systemId)
        await assertVisibleRefs(db, actor, [{ kind: 'system', id: draft.systemId, path: 'systemId' }]);
      const text = `${draft.title}\n${draft.description ?? ''}`;
      return find(actor, {
        id: null,
        text,
        observables: extractObservables(text).map((o) => o.normalized),
        systemId: draft.systemId ?? null,
        unitId: actor.unitId,
      });
    },
  };
}
