import { computeDeadlines, deadlineStatus } from '@ungcuu/domain/incidents/deadlines.ts';
import { approvedLevel, computeSeverity, type SeverityResult } from '@ungcuu/domain/incidents/severity.ts';
import { noTriggers, type TriggerFlags } from '@ungcuu/domain/incidents/triggers.ts';
import type { ReportingRegime } from '@ungcuu/domain/regimes/regime.ts';
import type { IncidentRow } from '../db/schema-incidents.ts';
import type { SystemFacts } from './system-facts.ts';

export function fullTriggers(partial: Partial<TriggerFlags> | undefined | null): TriggerFlags {
  return { ...noTriggers(), ...(partial ?? {}) };
}

/**
 * Severity of the incident as it stands: recomputed on every change (domain README §3). The
 * system's level counts only once approved; a proposed level is shown in the reasons.
 */
export function assessSeverity(
  facts: { triggers: TriggerFlags; ciaAffected: boolean; nationalSecurityHarm: boolean },
  system: SystemFacts | undefined,
  regime: ReportingRegime,
): SeverityResult {
  return computeSeverity({
    triggers: facts.triggers,
    systemLevel: system
      ? approvedLevel({ securityLevel: system.securityLevel, approvalStatus: system.levelApprovalStatus })
      : null,
    proposedLevel: system?.securityLevel ?? null,
    nationalCritical: system?.nationalCritical ?? false,
    ciaAffected: facts.ciaAffected,
    nationalSecurityHarm: facts.nationalSecurityHarm,
    regime,
  });
}

/** Deadlines of the regime in force at detection, each with its countdown state. */
export function deadlinesOf(row: IncidentRow, regime: ReportingRegime, now: Date) {
  const done = (row.deadlines_done ?? {}) as Record<string, string>;
  return computeDeadlines({
    regime,
    detectedAt: new Date(row.detected_at),
    tier: row.tier as SeverityResult['tier'],
    triggers: fullTriggers(row.triggers as Partial<TriggerFlags>),
    personalData: row.personal_data,
    serious: row.serious,
    nationalSecurityHarm: row.national_security_harm,
  }).map((d) => {
    const doneAt = done[d.code] ?? null;
    return { ...d, doneAt, ...deadlineStatus(d, now, doneAt ?? undefined) };
  });
}
