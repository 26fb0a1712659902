import { allowedActions } from '@ungcuu/domain/auth/permissions.ts';
import type { ClassificationSuggestion } from '@ungcuu/domain/incidents/classifier.ts';
import { allowedWhenFinished, isFinished } from '@ungcuu/domain/incidents/closure.ts';
import {
  INCIDENT_ACTIONS,
  type IncidentAction,
  type IncidentSummary,
  type IncidentView,
  type Severity,
} from '@ungcuu/domain/incidents/incident-api.ts';
import { availableTransitions, type IncidentState } from '@ungcuu/domain/incidents/lifecycle.ts';
import type { Tier } from '@ungcuu/domain/incidents/severity.ts';
import type { CauseGroup, Subtype } from '@ungcuu/domain/incidents/taxonomy.ts';
import type { TriggerFlags } from '@ungcuu/domain/incidents/triggers.ts';
import type { Role } from '@ungcuu/domain/org/roles.ts';
import type { Tlp } from '@ungcuu/domain/sharing/tlp.ts';
import type { IncidentRow } from '../db/schema-incidents.ts';
import type { RequestActor } from '../shared/context.ts';
import { toInt, toIso } from '../shared/row-values.ts';
import type { Visibility } from './incident-access.ts';

/** The role whose transitions apply: the strongest the actor holds. */
export function lifecycleRole(actor: RequestActor): Role {
  const order: Role[] = ['admin', 'coordinator', 'leader', 'unit_officer', 'responder', 'finance', 'viewer'];
  return order.find((r) => actor.roles.includes(r)) ?? 'viewer';
}

/** List rows: enough to scan a queue, no heavy fields. */
export function incidentSummary(row: IncidentRow): IncidentSummary {
  return {
    id: row.id,
    code: row.code,
    title: row.title,
    state: row.state as IncidentState,
    tier: row.tier as Tier,
    serious: row.serious,
    causeGroup: row.cause_group as CauseGroup | null,
    subtype: row.subtype as Subtype | null,
    classificationConfirmed: row.classification_confirmed,
    detectedAt: toIso(row.detected_at)!,
    reportedAt: toIso(row.reported_at)!,
    reportingUnitId: row.reporting_unit_id,
    systemId: row.system_id,
    systemText: row.system_text,
    leadUserId: row.lead_user_id,
    updatedAt: toIso(row.updated_at)!,
  };
}

export function incidentView(
  actor: RequestActor,
  row: IncidentRow,
  visibility: Visibility,
  shared?: { description?: boolean },
): IncidentView {
  const working = row.unit_ids.filter((u) => !row.escalated_unit_ids.includes(u));
  const full = visibility === 'full';
  // A finished incident offers only what the server still accepts on it (requireAction).
  const actions: IncidentAction[] = full
    ? (allowedActions(actor, INCIDENT_ACTIONS, { unitIds: working }) as IncidentAction[]).filter(
        (a) => !isFinished(row.state) || allowedWhenFinished(a),
      )
    : [];
  const state = row.state as IncidentState;
  return {
    ...incidentSummary(row),
    description: full || shared?.description ? row.description : null,
    reporterUserId: row.reporter_user_id,
    reporterContact: full ? row.reporter_contact : null,
    channel: row.channel,
    triggers: row.triggers as TriggerFlags,
    ciaAffected: row.cia_affected,
    personalData: row.personal_data,
    nationalSecurityHarm: row.national_security_harm,
    suggestion: full ? (row.suggestion as ClassificationSuggestion | null) : null,
    confirmedBy: row.confirmed_by,
    confirmedAt: toIso(row.confirmed_at),
    severity: row.severity as Severity,
    regimeId: row.regime_id,
    respondingUnitIds: row.responding_unit_ids,
    escalatedUnitIds: row.escalated_unit_ids,
    playbookCode: row.playbook_code,
    playbookVersion: row.playbook_version,
    causeSummary: full ? row.cause_summary : null,
    actionsTaken: full ? row.actions_taken : null,
    lessonsLearned: full ? row.lessons_learned : null,
    howDetected: full ? row.how_detected : null,
    supportRequest: full ? row.support_request : null,
    keepConfidential: row.keep_confidential,
    tlp: row.tlp as Tlp,
    helpDomestic: full ? row.help_domestic : false,
    helpForeign: full ? row.help_foreign : false,
    helpingOrganisations: full ? row.helping_organisations : null,
    coordinatorSupportRequested: full ? row.coordinator_support_requested : false,
    damageEstimate: full && row.damage_estimate !== null ? toInt(row.damage_estimate) : null,
    rejectionReason: row.rejection_reason,
    duplicateOfId: row.duplicate_of_id,
    mergedIntoId: row.merged_into_id,
    closedAt: toIso(row.closed_at),
    version: row.version,
    visibility,
    allowedActions: actions,
    transitions:
      full && actions.includes('incident.transition')
        ? availableTransitions(
            {
              state,
              classificationConfirmed: row.classification_confirmed,
              causeSummary: row.cause_summary,
              actionsTaken: row.actions_taken,
              lessonsLearned: row.lessons_learned,
              duplicateOfId: row.duplicate_of_id,
              mergedIntoId: row.merged_into_id,
              rejectionReason: row.rejection_reason,
              reopenReason: row.reopen_reason,
            },
            lifecycleRole(actor),
          )
        : [],
  };
}
