import { can, widestScope } from '@ungcuu/domain/auth/permissions.ts';
import { DomainError } from '@ungcuu/domain/errors.ts';
import { isFinished } from '@ungcuu/domain/incidents/closure.ts';
import { checkTransition, type IncidentState, STATE_LABELS } from '@ungcuu/domain/incidents/lifecycle.ts';
import type {
  AssignInput,
  IncidentListQuery,
  IncidentPatch,
  TransitionInput,
} from '@ungcuu/domain/incidents/schemas.ts';
import { causeGroupOf, type Subtype } from '@ungcuu/domain/incidents/taxonomy.ts';
import type { UnitType } from '@ungcuu/domain/org/unit-types.ts';
import type { Updateable } from 'kysely';
import type { IncidentRow, IncidentsTable } from '../db/schema-incidents.ts';
import { noticeIncidentState } from '../notifications/incident-notices.ts';
import { findUnitsByIds } from '../org/unit.repository.ts';
import type { RequestActor, Trx } from '../shared/context.ts';
import type { ServiceDeps } from '../shared/deps.ts';
import { mutate } from '../shared/mutation.ts';
import { assertVisibleRefs } from '../shared/ref-visibility.ts';
import { recordDecision } from './classifier.service.ts';
import { latestShareWithUnit } from './escalation.repository.ts';
import * as repo from './incident.repository.ts';
import { incidentSummary, incidentView, lifecycleRole } from './incident.view.ts';
import { composeUnitIds, requireAction, requireVisible } from './incident-access.ts';
import { settleOpenWork } from './incident-closure.service.ts';
import { listIncidents } from './incident-list.repository.ts';
import { insertLinkOnce } from './link.repository.ts';
import { currentPlaybook, playbookVersion } from './playbook.service.ts';
import { regimeById } from './regime.service.ts';
import { assessSeverity, deadlinesOf, fullTriggers } from './severity-assessment.ts';
import { systemFacts } from './system-facts.ts';
import { attachPlaybookTasks } from './task.repository.ts';
import { addTimeline } from './timeline.repository.ts';
import { timelineForDisplay } from './timeline.view.ts';

/** States that mean the spread was stopped: the first of them is the incident's contained moment. */
const CONTAINED_OR_LATER: readonly string[] = ['contained', 'recovered', 'closed'];
export function createIncidentService(deps: ServiceDeps) {
  const { db, clock } = deps;

  async function load(actor: RequestActor, id: string) {
    return requireVisible(actor, await repo.findIncidentById(db, id));
  }

  /** Re-reads the row under lock inside the transaction, re-checking what the actor may do. */
  async function lockFor(
    trx: Trx,
    actor: RequestActor,
    id: string,
    action: Parameters<typeof requireAction>[2],
  ) {
    const { row } = requireVisible(actor, await repo.lockIncident(trx, id));
    requireAction(actor, row, action);
    return row;
  }

  async function recompute(
    trx: Trx,
    row: IncidentRow,
    patch: Updateable<IncidentsTable>,
  ): Promise<Updateable<IncidentsTable>> {
    const systemId = patch.system_id !== undefined ? patch.system_id : row.system_id;
    const system = systemId ? await systemFacts(trx, systemId) : undefined;
    if (systemId && !system) throw new DomainError('not_found', { entity: 'system' });
    const regime = await regimeById(trx, row.regime_id);
    const triggers = fullTriggers(
      (patch.triggers ? JSON.parse(patch.triggers as string) : row.triggers) as Record<string, boolean>,
    );
    const severity = assessSeverity(
      {
        triggers,
        ciaAffected: (patch.cia_affected as boolean | undefined) ?? row.cia_affected,
        nationalSecurityHarm:
          (patch.national_security_harm as boolean | undefined) ?? row.national_security_harm,
      },
      system,
      regime,
    );
    const unitIds = composeUnitIds(
      [row.reporting_unit_id, system?.ownerUnitId, system?.operatingUnitId, ...row.responding_unit_ids],
      row.escalated_unit_ids,
    );
    return {
      ...patch,
      tier: severity.tier,
      serious: severity.serious,
      severity: JSON.stringify(severity),
      unit_ids: unitIds,
    };
  }

  function timelineActor(actor: RequestActor) {
    return { actorUserId: actor.userId, actorLabel: actor.label };
  }

  return {
    async list(actor: RequestActor, query: IncidentListQuery) {
      const scope = widestScope(actor, 'incident.read');
      // Escalated bodies read their escalated incidents through the same filter on unit_ids.
      const unitId = scope === 'all' ? null : actor.unitId;
      const { rows, total, totalCapped } = await listIncidents(db, query, { unitId, now: clock.now() });
      return {
        total,
        totalCapped,
        limit: query.limit,
        offset: query.offset,
        items: rows.map(incidentSummary),
      };
    },

    async get(actor: RequestActor, id: string) {
      const { row, visibility } = await load(actor, id);
      const regime = await regimeById(db, row.regime_id);
      const escalation =
        visibility === 'escalated' ? await latestShareWithUnit(db, id, actor.unitId) : undefined;
      const shared = (escalation?.shared ?? {}) as { description?: boolean; timeline?: boolean };
      const units = await findUnitsByIds(db, row.unit_ids);
      // The playbook is shown by its title; its code is for the software only.
      const playbook =
        row.playbook_code && row.playbook_version !== null
          ? await playbookVersion(db, row.playbook_code, row.playbook_version)
          : undefined;
      return {
        ...incidentView(actor, row, visibility, shared),
        playbookTitle: playbook?.title ?? null,
        deadlines: deadlinesOf(row, regime, clock.now()),
        regime: { id: regime.id, name: regime.name },
        units: units.map((u) => ({ id: u.id, name: u.name, type: u.type as UnitType })),
        timeline: visibility === 'full' || shared.timeline ? await timelineForDisplay(db, id) : [],
      };
    },

    async update(actor: RequestActor, id: string, patch: IncidentPatch) {
      return mutate(deps, actor, async ({ trx, audit, announce }) => {
        const before = await lockFor(trx, actor, id, 'incident.update');
        if (before.state === 'closed') throw new DomainError('incident.closed');
        // A newly named system must be one the caller sees (its units join the incident).
        if (patch.systemId)
          await assertVisibleRefs(trx, actor, [{ kind: 'system', id: patch.systemId, path: 'systemId' }]);
        if (patch.detectedAt && new Date(patch.detectedAt).getTime() > clock.now().getTime() + 5 * 60_000) {
          throw new DomainError('incident.detected_in_future');
        }
        const set: Updateable<IncidentsTable> = { updated_at: clock.now() };
        if (patch.title !== undefined) set.title = patch.title.trim();
        if (patch.description !== undefined) set.description = patch.description;
        if (patch.detectedAt !== undefined) set.detected_at = new Date(patch.detectedAt);
        if (patch.systemId !== undefined) set.system_id = patch.systemId;
        if (patch.systemText !== undefined) set.system_text = patch.systemText;
        if (patch.triggers !== undefined)
          set.triggers = JSON.stringify(fullTriggers({ ...(before.triggers as object), ...patch.triggers }));
        if (patch.personalData !== undefined) set.personal_data = patch.personalData;
        if (patch.ciaAffected !== undefined) set.cia_affected = patch.ciaAffected;
        if (patch.nationalSecurityHarm !== undefined) set.national_security_harm = patch.nationalSecurityHarm;
        if (patch.causeSummary !== undefined) set.cause_summary = patch.causeSummary;
        if (patch.actionsTaken !== undefined) set.actions_taken = patch.actionsTaken;
        if (patch.lessonsLearned !== undefined) set.lessons_learned = patch.lessonsLearned;
        if (patch.howDetected !== undefined) set.how_detected = patch.howDetected?.trim() || null;
        if (patch.supportRequest !== undefined) set.support_request = patch.supportRequest?.trim() || null;
        if (patch.keepConfidential !== undefined) set.keep_confidential = patch.keepConfidential;
        if (patch.helpDomestic !== undefined) set.help_domestic = patch.helpDomestic;
        if (patch.helpForeign !== undefined) set.help_foreign = patch.helpForeign;
        if (patch.helpingOrganisations !== undefined)
          set.helping_organisations = patch.helpingOrganisations?.trim() || null;
        if (patch.coordinatorSupportRequested !== undefined)
          set.coordinator_support_requested = patch.coordinatorSupportRequested;
        if (patch.damageEstimate !== undefined) set.damage_estimate = patch.damageEstimate;
        const row = await repo.updateIncident(trx, id, await recompute(trx, before, set));
        if (row.tier !== before.tier) {
          await addTimeline(trx, {
            incidentId: id,
            at: clock.now(),
            kind: 'auto',
            event: 'severity_changed',
            ...timelineActor(actor),
            data: { from: before.tier, to: row.tier, rule: (row.severity as { rule: string }).rule },
          });
        }
        await addTimeline(trx, {
          incidentId: id,
          at: clock.now(),
          kind: 'auto',
          event: 'updated',
          ...timelineActor(actor),
          data: { fields: Object.keys(patch) },
        });
        await audit({
          action: 'incident.update',
          entityType: 'incident',
          entityId: id,
          unitId: row.reporting_unit_id,
          before,
          after: row,
        });
        await announce({ entity: 'incident', id, action: 'update', unitIds: row.unit_ids });
        return incidentView(actor, row, 'full');
      });
    },

    /** The coordinator confirms or changes the suggested class; the playbook's steps become tasks. */
    async classify(actor: RequestActor, id: string, subtype: Subtype) {
      const playbook = await currentPlaybook(db, subtype);
      return mutate(deps, actor, async ({ trx, audit, announce }) => {
        const before = await lockFor(trx, actor, id, 'incident.triage');
        if (before.state === 'closed') throw new DomainError('incident.closed');
        const now = clock.now();
        const firstTime = !before.playbook_code || before.subtype !== subtype;
        const row = await repo.updateIncident(trx, id, {
          subtype,
          cause_group: causeGroupOf(subtype),
          classification_confirmed: true,
          confirmed_by: actor.userId,
          confirmed_at: now,
          playbook_code: firstTime ? playbook.code : before.playbook_code,
          playbook_version: firstTime ? playbook.version : before.playbook_version,
          updated_at: now,
        });
        let tasks = 0;
        if (firstTime)
          tasks = await attachPlaybookTasks(trx, { incident: row, playbook, now, createdBy: actor.userId });
        // The office's decision teaches the suggester (issue 14): the retrain job learns from it.
        await recordDecision(trx, { incident: before, subtype, actor, at: now });
        const suggested = (before.suggestion as { subtype?: string } | null)?.subtype ?? null;
        await addTimeline(trx, {
          incidentId: id,
          at: now,
          kind: 'auto',
          event: 'classified',
          ...timelineActor(actor),
          data: {
            subtype,
            suggested,
            acceptedSuggestion: suggested === subtype,
            playbook: `${playbook.code}@${playbook.version}`,
            tasks,
          },
        });
        await audit({
          action: 'incident.classify',
          entityType: 'incident',
          entityId: id,
          unitId: row.reporting_unit_id,
          before,
          after: row,
        });
        await announce({ entity: 'incident', id, action: 'classify', unitIds: row.unit_ids });
        return incidentView(actor, row, 'full');
      });
    },

    async transition(actor: RequestActor, id: string, input: TransitionInput) {
      return mutate(deps, actor, async ({ trx, audit, announce }) => {
        const before = await lockFor(trx, actor, id, 'incident.transition');
        const check = checkTransition(
          {
            state: before.state as IncidentState,
            classificationConfirmed: before.classification_confirmed,
            causeSummary: before.cause_summary,
            actionsTaken: before.actions_taken,
            lessonsLearned: before.lessons_learned,
            duplicateOfId: input.duplicateOfId ?? before.duplicate_of_id,
            mergedIntoId: before.merged_into_id,
            rejectionReason: input.rejectionReason ?? before.rejection_reason,
            reopenReason: input.reopenReason ?? null,
          },
          input.to,
          lifecycleRole(actor),
        );
        if (!check.ok) {
          const from = STATE_LABELS[before.state as IncidentState]?.vi ?? before.state;
          if (check.code === 'transition.not_allowed')
            throw new DomainError('transition.not_allowed', { from, to: STATE_LABELS[input.to].vi });
          throw new DomainError(
            'transition.missing_requirements',
            { missing: check.missing.join(', ') },
            { missing: check.missing },
          );
        }
        if (input.duplicateOfId) {
          if (input.duplicateOfId === id) throw new DomainError('incident.merge_self');
          requireVisible(actor, await repo.findIncidentById(trx, input.duplicateOfId));
        }
        const now = clock.now();
        // Ending the response ends its work: open tasks and unmet reports are settled first.
        const waived = isFinished(input.to)
          ? await settleOpenWork(trx, {
              actor,
              row: before,
              to: input.to,
              resolution: input.resolution,
              reason: input.rejectionReason ?? 'Sự cố được đánh dấu trùng lặp với sự cố khác.',
              now,
              audit,
            })
          : undefined;
        const row = await repo.updateIncident(trx, id, {
          state: input.to,
          ...(input.rejectionReason ? { rejection_reason: input.rejectionReason } : {}),
          ...(input.duplicateOfId ? { duplicate_of_id: input.duplicateOfId } : {}),
          ...(input.reopenReason ? { reopen_reason: input.reopenReason } : {}),
          ...(waived ? { deadlines_waived: JSON.stringify(waived) } : {}),
          // The moment the response ended stops the legal clocks (see deadlinesOf).
          closed_at: isFinished(input.to) ? now : input.to === 'responding' ? null : before.closed_at,
          // Response-time statistics: the first time the report was taken up and the first time the
          // incident was contained (a reopened incident keeps its first moments).
          acknowledged_at: before.acknowledged_at ?? now,
          contained_at: before.contained_at ?? (CONTAINED_OR_LATER.includes(input.to) ? now : null),
          updated_at: now,
        });
        if (input.duplicateOfId) {
          await insertLinkOnce(trx, id, input.duplicateOfId, 'duplicate');
        }
        await addTimeline(trx, {
          incidentId: id,
          at: now,
          kind: 'auto',
          event: 'state_changed',
          ...timelineActor(actor),
          data: { from: before.state, to: input.to, transition: check.transition },
        });
        await audit({
          action: `incident.${check.transition}`,
          entityType: 'incident',
          entityId: id,
          unitId: row.reporting_unit_id,
          before,
          after: row,
        });
        await noticeIncidentState(trx, actor, before, row, now);
        await announce({ entity: 'incident', id, action: 'transition', unitIds: row.unit_ids });
        return incidentView(actor, row, 'full');
      });
    },

    /** The focal office names a lead and the responding units (seed II.1.d). */
    async assign(actor: RequestActor, id: string, input: AssignInput) {
      if (input.leadUserId)
        await assertVisibleRefs(db, actor, [{ kind: 'user', id: input.leadUserId, path: 'leadUserId' }]);
      if (input.respondingUnitIds?.length) {
        const found = await findUnitsByIds(db, input.respondingUnitIds);
        if (found.length !== input.respondingUnitIds.length)
          throw new DomainError('not_found', { entity: 'unit' });
      }
      return mutate(deps, actor, async ({ trx, audit, announce }) => {
        const before = await lockFor(trx, actor, id, 'incident.assign');
        const responding = input.respondingUnitIds ?? before.responding_unit_ids;
        // The reporting unit and the system's owner and operator stay involved whatever the responding
        // units are (the same units recompute() keeps), even if they had been named responding too.
        const system = before.system_id ? await systemFacts(trx, before.system_id) : undefined;
        const row = await repo.updateIncident(trx, id, {
          ...(input.leadUserId !== undefined ? { lead_user_id: input.leadUserId } : {}),
          responding_unit_ids: responding,
          unit_ids: composeUnitIds(
            [before.reporting_unit_id, system?.ownerUnitId, system?.operatingUnitId, ...responding],
            before.escalated_unit_ids,
          ),
          updated_at: clock.now(),
        });
        await addTimeline(trx, {
          incidentId: id,
          at: clock.now(),
          kind: 'auto',
          event: 'assigned',
          ...timelineActor(actor),
          data: { lead: row.lead_user_id, respondingUnitIds: responding },
        });
        await audit({
          action: 'incident.assign',
          entityType: 'incident',
          entityId: id,
          unitId: row.reporting_unit_id,
          before,
          after: row,
        });
        await announce({
          entity: 'incident',
          id,
          action: 'assign',
          unitIds: composeUnitIds([...row.unit_ids, ...before.unit_ids]),
        });
        return incidentView(actor, row, 'full');
      });
    },

    canReport(actor: RequestActor) {
      return can(actor, 'incident.report');
    },
  };
}
export type IncidentService = ReturnType<typeof createIncidentService>;
