import { isFinished } from '@ungcuu/domain/incidents/closure.ts';
import { computeDeadlines, type DeadlineState, deadlineStatus } from '@ungcuu/domain/incidents/deadlines.ts';
import { approvedLevel, computeSeverity, type SeverityResult } from '@ungcuu/domain/incidents/severity.ts';
import { noTriggers, type TriggerFlags } from '@ungcuu/domain/incidents/triggers.ts';
import type { ReportingRegime } from '@ungcuu/domain/regimes/regime.ts';
import type { DeadlineWaiver, IncidentRow } from '../db/schema-incidents.ts';
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

/** When a finished incident's clocks stopped: the time it ended (closed, rejected, merged…). */
export function clockStoppedAt(row: Pick<IncidentRow, 'state' | 'closed_at' | 'updated_at'>): Date | null {
  if (!isFinished(row.state)) return null;
  return new Date(row.closed_at ?? row.updated_at);
}

/**
 * Deadlines of the regime in force at detection, each with its countdown state. A duty that arises
 * from what the report says (C6 beyond capacity, signs of harm to national security) counts from
 * the receipt of the report, not from a detection time that may lie hours before it. A finished
 * incident's clocks are read at the moment it ended: they no longer count.
 */
/** The columns an incident's legal deadlines are computed from. */
export type DeadlineFacts = Pick<
  IncidentRow,
  | 'state'
  | 'closed_at'
  | 'updated_at'
  | 'detected_at'
  | 'reported_at'
  | 'tier'
  | 'triggers'
  | 'personal_data'
  | 'serious'
  | 'national_security_harm'
  | 'deadlines_done'
  | 'deadlines_waived'
>;

export function deadlinesOf(row: DeadlineFacts, regime: ReportingRegime, now: Date) {
  const done = (row.deadlines_done ?? {}) as Record<string, string>;
  const waived = (row.deadlines_waived ?? {}) as Record<string, DeadlineWaiver>;
  const stopped = clockStoppedAt(row);
  const at = stopped && stopped < now ? stopped : now;
  const receivedAt = new Date(row.reported_at);
  return computeDeadlines({
    regime,
    detectedAt: new Date(row.detected_at),
    tier: row.tier as SeverityResult['tier'],
    triggers: fullTriggers(row.triggers as Partial<TriggerFlags>),
    personalData: row.personal_data,
    serious: row.serious,
    nationalSecurityHarm: row.national_security_harm,
    conditionKnownAt: { beyond_capacity: receivedAt, national_security_harm: receivedAt },
  }).map((d) => {
    const doneAt = done[d.code] ?? null;
    const waiver = doneAt === null ? (waived[d.code] ?? null) : null;
    const state: DeadlineState = waiver
      ? { status: 'waived', remainingMs: Date.parse(d.dueAt) - Date.parse(waiver.at) }
      : deadlineStatus(d, at, doneAt ?? undefined);
    return {
      ...d,
      doneAt,
      waived: waiver ? { at: waiver.at, reason: waiver.reason } : null,
      clockStoppedAt: stopped?.toISOString() ?? null,
      ...state,
    };
  });
}
