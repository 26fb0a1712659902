import { DomainError } from '@ungcuu/domain/errors.ts';
import { checkTransition, type IncidentState } from '@ungcuu/domain/incidents/lifecycle.ts';
import { vietnamDate } from '@ungcuu/domain/regimes/regime.ts';
import type { RequestActor } from '../shared/context.ts';
import type { ServiceDeps } from '../shared/deps.ts';
import { mutate } from '../shared/mutation.ts';
import { insertIncident, lockIncident, nextIncidentCode, updateIncident } from './incident.repository.ts';
import { incidentView, lifecycleRole } from './incident.view.ts';
import { composeUnitIds, requireAction, requireVisible } from './incident-access.ts';
import { insertLink, insertLinkOnce } from './link.repository.ts';
import { copyObservables } from './observables.repository.ts';
import { moveTasksToIncident } from './task.repository.ts';
import { addTimeline } from './timeline.repository.ts';

/** Merge a duplicate into the incident that carries on; split one report that was really two. */
export function createMergeSplitService(deps: ServiceDeps) {
  const { clock } = deps;
  return {
    async merge(actor: RequestActor, id: string, intoId: string) {
      if (id === intoId) throw new DomainError('incident.merge_self');
      return mutate(deps, actor, async ({ trx, audit, announce }) => {
        const source = requireVisible(actor, await lockIncident(trx, id)).row;
        const target = requireVisible(actor, await lockIncident(trx, intoId)).row;
        requireAction(actor, source, 'incident.merge');
        requireAction(actor, target, 'incident.merge');
        const check = checkTransition(
          { state: source.state as IncidentState, mergedIntoId: intoId },
          'merged',
          lifecycleRole(actor),
        );
        if (!check.ok) throw new DomainError('transition.not_allowed', { from: source.state, to: 'merged' });
        const now = clock.now();
        const merged = await updateIncident(trx, id, {
          state: 'merged',
          merged_into_id: intoId,
          closed_at: now,
          updated_at: now,
        });
        // The surviving incident takes over who is involved and what was observed. Units working on
        // the source carry on as responding units (so that recomputing the units on a later edit keeps
        // them); bodies the source was escalated to stay read-only, never working units.
        const working = (row: typeof source) =>
          row.unit_ids.filter((u) => !row.escalated_unit_ids.includes(u));
        const targetWorking = working(target);
        const responding = [
          ...new Set([
            ...target.responding_unit_ids,
            ...working(source).filter((u) => !targetWorking.includes(u)),
          ]),
        ];
        const escalated = [
          ...new Set([
            ...target.escalated_unit_ids,
            ...source.escalated_unit_ids.filter((u) => !targetWorking.includes(u)),
          ]),
        ];
        const survivor = await updateIncident(trx, intoId, {
          unit_ids: composeUnitIds([...targetWorking, ...responding], escalated),
          responding_unit_ids: responding,
          escalated_unit_ids: escalated,
          updated_at: now,
        });
        await copyObservables(trx, id, intoId);
        await insertLinkOnce(trx, id, intoId, 'merged');
        const who = { actorUserId: actor.userId, actorLabel: actor.label };
        await addTimeline(trx, {
          incidentId: id,
          at: now,
          kind: 'auto',
          event: 'merged_into',
          ...who,
          data: { intoId, code: target.code },
        });
        await addTimeline(trx, {
          incidentId: intoId,
          at: now,
          kind: 'auto',
          event: 'merged_from',
          ...who,
          data: { fromId: id, code: source.code },
        });
        await audit({
          action: 'incident.merge',
          entityType: 'incident',
          entityId: id,
          unitId: source.reporting_unit_id,
          before: source,
          after: merged,
        });
        await audit({
          action: 'incident.merge_target',
          entityType: 'incident',
          entityId: intoId,
          unitId: target.reporting_unit_id,
          before: target,
          after: survivor,
        });
        await announce({ entity: 'incident', id, action: 'merge', unitIds: survivor.unit_ids });
        return incidentView(actor, survivor, 'full');
      });
    },

    async split(
      actor: RequestActor,
      id: string,
      input: { title: string; description?: string | undefined; taskIds?: string[] | undefined },
    ) {
      const code = await nextIncidentCode(deps.db, Number(vietnamDate(clock.now()).slice(0, 4)));
      return mutate(deps, actor, async ({ trx, audit, announce }) => {
        const source = requireVisible(actor, await lockIncident(trx, id)).row;
        requireAction(actor, source, 'incident.merge');
        const now = clock.now();
        const {
          id: _id,
          code: _code,
          version: _v,
          created_at: _c,
          search: _s,
          ...copy
        } = source as typeof source & { search?: unknown };
        const created = await insertIncident(trx, {
          ...copy,
          code,
          title: input.title.trim(),
          description: input.description ?? '',
          state: 'new',
          reporter_contact: source.reporter_contact ? JSON.stringify(source.reporter_contact) : null,
          triggers: JSON.stringify(source.triggers),
          suggestion: null,
          severity: JSON.stringify(source.severity),
          deadlines_done: JSON.stringify({}),
          deadlines_waived: JSON.stringify({}),
          subtype: null,
          cause_group: null,
          classification_confirmed: false,
          confirmed_by: null,
          confirmed_at: null,
          playbook_code: null,
          playbook_version: null,
          closed_at: null,
          duplicate_of_id: null,
          merged_into_id: null,
          updated_at: now,
        });
        if (input.taskIds?.length) {
          await moveTasksToIncident(trx, id, created.id, input.taskIds, now);
        }
        await insertLink(trx, created.id, id, 'split_from');
        const who = { actorUserId: actor.userId, actorLabel: actor.label };
        await addTimeline(trx, {
          incidentId: id,
          at: now,
          kind: 'auto',
          event: 'split_to',
          ...who,
          data: { newId: created.id, code },
        });
        await addTimeline(trx, {
          incidentId: created.id,
          at: now,
          kind: 'auto',
          event: 'split_from',
          ...who,
          data: { fromId: id, code: source.code },
        });
        await audit({
          action: 'incident.split',
          entityType: 'incident',
          entityId: created.id,
          unitId: created.reporting_unit_id,
          after: created,
        });
        await announce({ entity: 'incident', id: created.id, action: 'split', unitIds: created.unit_ids });
        return incidentView(actor, created, 'full');
      });
    },
  };
}
