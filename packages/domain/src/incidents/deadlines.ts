import type { LocalizedText } from '../i18n-text.ts';
import {
  type DeadlineCondition,
  parseInstant,
  type RecipientKind,
  type ReportingRegime,
  vietnamDate,
} from '../regimes/regime.ts';
import type { Tier } from './severity.ts';
import type { TriggerFlags } from './triggers.ts';

/**
 * Legal reporting deadlines of an incident, from the regime in force at detection (domain README §4).
 * Separate from the tier: every confirmed incident (tier ≥ T1) must be notified (TT 20/2017 Điều 9),
 * a T0 event must not.
 */
export interface DeadlineInput {
  regime: ReportingRegime;
  detectedAt: string | Date;
  tier: Tier;
  triggers: TriggerFlags;
  /** Personal data was (possibly) breached. */
  personalData: boolean;
  /** The `serious` flag of `computeSeverity`; when absent, a T4 tier is taken as serious. */
  serious?: boolean;
  nationalSecurityHarm?: boolean;
  /** When each condition became known, for rules whose clock starts then (C6 may appear days later). */
  conditionKnownAt?: Partial<Record<DeadlineCondition, string | Date>>;
}

export interface ComputedDeadline {
  code: string;
  label: LocalizedText;
  when: DeadlineCondition;
  startsAt: string;
  dueAt: string;
  /** "Immediately": due as soon as the clock starts. */
  immediate: boolean;
  recipients: RecipientKind[];
  formCode?: string;
  /** Legal reference of the rule. */
  basis: string;
  unverified: boolean;
}

const HOUR_MS = 60 * 60 * 1000;

function conditionHolds(when: DeadlineCondition, input: DeadlineInput): boolean {
  switch (when) {
    case 'any_incident':
      return input.tier !== 'T0';
    case 'beyond_capacity':
      return input.triggers.C6;
    case 'serious':
      return input.serious ?? input.tier === 'T4';
    case 'national_security_harm':
      return input.nationalSecurityHarm === true;
    case 'personal_data_breach':
      return input.personalData;
  }
}

/**
 * Deadlines that apply to the incident, earliest first. E.g. 2017: notification within 5 days
 * (TT 20 Điều 9), emergency report immediately on C6 (QĐ 05 Điều 11.1a); 2026 [3P]: serious
 * incident 24 h / 72 h; personal data breach 72 h.
 */
export function computeDeadlines(input: DeadlineInput): ComputedDeadline[] {
  const detected = parseInstant(input.detectedAt, 'detectedAt');
  const detectedDay = vietnamDate(detected);
  const result: ComputedDeadline[] = [];
  for (const rule of input.regime.deadlines) {
    if (rule.appliesFrom !== undefined && detectedDay < rule.appliesFrom) continue;
    if (!conditionHolds(rule.when, input)) continue;
    let start = detected;
    const known = input.conditionKnownAt?.[rule.when];
    if (rule.anchor === 'condition_known' && known !== undefined) {
      const knownAt = parseInstant(known, `conditionKnownAt.${rule.when}`);
      // A condition cannot start a clock before the incident itself was detected.
      if (knownAt > detected) start = knownAt;
    }
    const due = new Date(start.getTime() + rule.withinHours * HOUR_MS);
    result.push({
      code: rule.code,
      label: rule.label,
      when: rule.when,
      startsAt: start.toISOString(),
      dueAt: due.toISOString(),
      immediate: rule.withinHours === 0,
      recipients: [...rule.recipients],
      ...(rule.formCode !== undefined ? { formCode: rule.formCode } : {}),
      basis: rule.basis,
      unverified: !rule.verified,
    });
  }
  return result.sort((a, b) => a.dueAt.localeCompare(b.dueAt) || a.code.localeCompare(b.code));
}

/**
 * `due_now`: an "immediately" duty (QĐ 05 Điều 11.1a emergency report) that is not met yet: it is due
 * from the moment its clock starts, so it is never shown as "overdue by 0 minutes".
 * `waived`: recorded as not made, with a reason, when the incident was closed.
 */
export const DEADLINE_STATUSES = ['done', 'waived', 'ok', 'due_soon', 'due_now', 'overdue'] as const;
export type DeadlineStatus = (typeof DEADLINE_STATUSES)[number];

export interface DeadlineState {
  status: DeadlineStatus;
  /**
   * Milliseconds left until `dueAt` (negative once overdue; for `due_now`, minus the time elapsed
   * since the clock started). When done, the margin at completion: positive = done early,
   * negative = done late (NĐ 15/2020 Điều 78 fines late reports).
   */
  remainingMs: number;
}

/** A deadline is "due soon" in its last quarter, and never later than one hour before it falls due. */
export const DUE_SOON_FRACTION = 0.25;
export const DUE_SOON_MIN_MS = HOUR_MS;

export function deadlineStatus(
  deadline: Pick<ComputedDeadline, 'dueAt'> & Partial<Pick<ComputedDeadline, 'startsAt' | 'immediate'>>,
  now: string | Date,
  doneAt?: string | Date | null,
): DeadlineState {
  const due = parseInstant(deadline.dueAt, 'dueAt').getTime();
  if (doneAt !== undefined && doneAt !== null) {
    return { status: 'done', remainingMs: due - parseInstant(doneAt, 'doneAt').getTime() };
  }
  const remainingMs = due - parseInstant(now, 'now').getTime();
  if (deadline.immediate === true) return { status: 'due_now', remainingMs: Math.min(remainingMs, 0) };
  if (remainingMs < 0) return { status: 'overdue', remainingMs };
  const windowMs =
    deadline.startsAt === undefined ? 0 : due - parseInstant(deadline.startsAt, 'startsAt').getTime();
  const soonMs = Math.max(windowMs * DUE_SOON_FRACTION, DUE_SOON_MIN_MS);
  return { status: remainingMs <= soonMs ? 'due_soon' : 'ok', remainingMs };
}
