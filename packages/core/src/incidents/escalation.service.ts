import { DomainError } from '@ungcuu/domain/errors.ts';
import type { EscalationChannel, EscalationShared } from '@ungcuu/domain/incidents/incident-work-api.ts';
import type { EscalateInput } from '@ungcuu/domain/incidents/schemas.ts';
import { noticeIncidentEscalated } from '../notifications/incident-notices.ts';
import { findUnitById } from '../org/unit.repository.ts';
import type { RequestActor } from '../shared/context.ts';
import type { ServiceDeps } from '../shared/deps.ts';
import { mutate } from '../shared/mutation.ts';
import { insertEscalation, listEscalationsOfIncident } from './escalation.repository.ts';
import { findIncidentById, lockIncident, updateIncident } from './incident.repository.ts';
import { composeUnitIds, requireAction, requireVisible } from './incident-access.ts';
import { addTimeline } from './timeline.repository.ts';

/**
 * Escalation to a higher body (the province's response unit, the national coordinator): records
 * who sent what, when and how; the body's own users then read the incident with what was shared.
 */
export function createEscalationService(deps: ServiceDeps) {
  const { db, clock } = deps;
  return {
    async list(actor: RequestActor, incidentId: string) {
      requireVisible(actor, await findIncidentById(db, incidentId));
      const rows = await listEscalationsOfIncident(db, incidentId);
      return rows.map((r) => ({
        id: r.id,
        toUnitId: r.to_unit_id,
        toUnitName: r.to_unit_name,
        sentBy: r.sent_by,
        sentAt: new Date(r.sent_at).toISOString(),
        channel: r.channel as EscalationChannel,
        summary: r.summary,
        shared: r.shared as EscalationShared,
      }));
    },

    async escalate(actor: RequestActor, incidentId: string, input: EscalateInput) {
      const target = await findUnitById(db, input.toUnitId);
      if (!target) throw new DomainError('not_found', { entity: 'unit' });
      if (target.type !== 'external') throw new DomainError('incident.escalate_target');
      return mutate(deps, actor, async ({ trx, audit, announce }) => {
        const { row: before } = requireVisible(actor, await lockIncident(trx, incidentId));
        requireAction(actor, before, 'incident.escalate');
        const now = clock.now();
        const shared = {
          description: true,
          timeline: true,
          evidence: false,
          observables: false,
          ...(input.share ?? {}),
        };
        const escalation = await insertEscalation(trx, {
          incident_id: incidentId,
          to_unit_id: target.id,
          sent_by: actor.userId,
          sent_at: now,
          channel: input.channel,
          summary: input.summary,
          shared: JSON.stringify(shared),
        });
        const escalated = [...new Set([...before.escalated_unit_ids, target.id])];
        const row = await updateIncident(trx, incidentId, {
          escalated_unit_ids: escalated,
          unit_ids: composeUnitIds(before.unit_ids, escalated),
          updated_at: now,
        });
        await addTimeline(trx, {
          incidentId,
          at: now,
          kind: 'auto',
          event: 'escalated',
          actorUserId: actor.userId,
          actorLabel: actor.label,
          data: { toUnitId: target.id, toUnitName: target.name, channel: input.channel },
        });
        await audit({
          action: 'incident.escalate',
          entityType: 'incident',
          entityId: incidentId,
          unitId: before.reporting_unit_id,
          before,
          after: { row, escalation },
        });
        await noticeIncidentEscalated(trx, row, target.name, now);
        await announce({ entity: 'incident', id: incidentId, action: 'escalate', unitIds: row.unit_ids });
        return {
          id: escalation.id,
          toUnitId: target.id,
          toUnitName: target.name,
          sentAt: now.toISOString(),
          channel: input.channel as EscalationChannel,
          summary: input.summary,
          shared,
        };
      });
    },
  };
}
