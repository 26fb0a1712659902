import type { LocalizedText } from '../i18n-text.ts';
import type { RoleCode } from './roles.ts';

/**
 * Incident lifecycle as a declarative transition table (STYLE: declarative, table-tested rules).
 * The states follow the response phases of domain README §6: triage is P2, responding/contained is
 * P4, recovered is P5, closed is P6 (the final report, Mẫu 04, needs cause, actions and lessons).
 */
export const INCIDENT_STATES = [
  'new',
  'triaged',
  'responding',
  'contained',
  'recovered',
  'closed',
  'rejected',
  'duplicate',
  'merged',
] as const;
export type IncidentState = (typeof INCIDENT_STATES)[number];

/** No way out of these. `closed` is not terminal: an incident can be reopened. */
export const TERMINAL_STATES = [
  'rejected',
  'duplicate',
  'merged',
] as const satisfies readonly IncidentState[];

export const STATE_LABELS: Record<IncidentState, LocalizedText> = {
  new: { vi: 'Mới tiếp nhận', en: 'New' },
  triaged: { vi: 'Đã xác minh, phân loại', en: 'Triaged' },
  responding: { vi: 'Đang ứng cứu', en: 'Responding' },
  contained: { vi: 'Đã ngăn chặn', en: 'Contained' },
  recovered: { vi: 'Đã khôi phục', en: 'Recovered' },
  closed: { vi: 'Đã kết thúc', en: 'Closed' },
  rejected: { vi: 'Không phải sự cố', en: 'Rejected (not an incident)' },
  duplicate: { vi: 'Trùng lặp', en: 'Duplicate' },
  merged: { vi: 'Đã gộp vào sự cố khác', en: 'Merged' },
};

/** The incident fields the lifecycle reads; the database record may carry more. */
export interface LifecycleIncident {
  state: IncidentState;
  classificationConfirmed?: boolean | null;
  causeSummary?: string | null;
  actionsTaken?: string | readonly unknown[] | null;
  lessonsLearned?: string | null;
  duplicateOfId?: string | null;
  mergedIntoId?: string | null;
  rejectionReason?: string | null;
  reopenReason?: string | null;
}

export type RequirementField = Exclude<keyof LifecycleIncident, 'state'>;

const filled = (value: unknown): boolean => {
  if (typeof value === 'string') return value.trim().length > 0;
  if (Array.isArray(value)) return value.length > 0;
  return value === true;
};

export const TRANSITION_CODES = [
  'triage',
  'reject',
  'mark_duplicate',
  'merge',
  'start_response',
  'contain',
  'recover',
  'resume_response',
  'close',
  'reopen',
] as const;
export type TransitionCode = (typeof TRANSITION_CODES)[number];

export interface Transition {
  code: TransitionCode;
  from: readonly IncidentState[];
  to: IncidentState;
  roles: readonly RoleCode[];
  requires: readonly RequirementField[];
  label: LocalizedText;
}

const FOCAL: readonly RoleCode[] = ['admin', 'coordinator'];
const HANDS_ON: readonly RoleCode[] = ['admin', 'coordinator', 'unit_officer', 'responder'];

export const TRANSITIONS: readonly Transition[] = [
  {
    // README §6 P2: the focal office verifies and classifies (NĐ 15/2020 Điều 78 fines failing to).
    code: 'triage',
    from: ['new'],
    to: 'triaged',
    roles: FOCAL,
    requires: ['classificationConfirmed'],
    label: { vi: 'Xác nhận phân loại', en: 'Confirm classification' },
  },
  {
    // README §2: a blocked scan or a harmless finding is an event, not an incident.
    code: 'reject',
    from: ['new', 'triaged'],
    to: 'rejected',
    roles: FOCAL,
    requires: ['rejectionReason'],
    label: { vi: 'Xác định không phải sự cố', en: 'Reject as not an incident' },
  },
  {
    code: 'mark_duplicate',
    from: ['new', 'triaged'],
    to: 'duplicate',
    roles: FOCAL,
    requires: ['duplicateOfId'],
    label: { vi: 'Đánh dấu trùng lặp', en: 'Mark as duplicate' },
  },
  {
    // Several units may report one incident (C5 widespread) after work has begun on each report.
    code: 'merge',
    from: ['new', 'triaged', 'responding', 'contained'],
    to: 'merged',
    roles: FOCAL,
    requires: ['mergedIntoId'],
    label: { vi: 'Gộp vào sự cố khác', en: 'Merge into another incident' },
  },
  {
    code: 'start_response',
    from: ['triaged'],
    to: 'responding',
    roles: ['admin', 'coordinator', 'leader', 'unit_officer', 'responder'],
    requires: [],
    label: { vi: 'Bắt đầu ứng cứu', en: 'Start response' },
  },
  {
    code: 'contain',
    from: ['responding'],
    to: 'contained',
    roles: HANDS_ON,
    requires: ['actionsTaken'],
    label: { vi: 'Xác nhận đã ngăn chặn', en: 'Mark contained' },
  },
  {
    // Failures and disasters often have nothing to contain: recovery may follow response directly.
    code: 'recover',
    from: ['responding', 'contained'],
    to: 'recovered',
    roles: HANDS_ON,
    requires: ['actionsTaken'],
    label: { vi: 'Xác nhận đã khôi phục', en: 'Mark recovered' },
  },
  {
    code: 'resume_response',
    from: ['contained', 'recovered'],
    to: 'responding',
    roles: HANDS_ON,
    requires: [],
    label: { vi: 'Tiếp tục ứng cứu (sự cố tái diễn)', en: 'Resume response (incident recurred)' },
  },
  {
    // QĐ 05/2017 Điều 11.2 and Mẫu 04: the final report states what happened, how it was resolved
    // and what prevents recurrence; leadership signs it.
    code: 'close',
    from: ['recovered'],
    to: 'closed',
    roles: ['admin', 'coordinator', 'leader'],
    requires: ['causeSummary', 'actionsTaken', 'lessonsLearned'],
    label: { vi: 'Kết thúc sự cố', en: 'Close incident' },
  },
  {
    code: 'reopen',
    from: ['closed'],
    to: 'responding',
    roles: ['admin', 'coordinator', 'leader'],
    requires: ['reopenReason'],
    label: { vi: 'Mở lại sự cố', en: 'Reopen incident' },
  },
];

export type TransitionCheck =
  | { ok: true; transition: TransitionCode }
  | { ok: false; code: 'transition.not_allowed' | 'transition.missing_requirements'; missing: string[] };

export function findTransition(from: IncidentState, to: IncidentState): Transition | undefined {
  return TRANSITIONS.find((t) => t.to === to && t.from.includes(from));
}

export function missingRequirements(incident: LifecycleIncident, transition: Transition): RequirementField[] {
  return transition.requires.filter((field) => !filled(incident[field]));
}

export function checkTransition(
  incident: LifecycleIncident,
  to: IncidentState,
  actorRole: RoleCode,
): TransitionCheck {
  const transition = findTransition(incident.state, to);
  if (transition === undefined || !transition.roles.includes(actorRole)) {
    return { ok: false, code: 'transition.not_allowed', missing: [] };
  }
  const missing = missingRequirements(incident, transition);
  if (missing.length > 0) return { ok: false, code: 'transition.missing_requirements', missing };
  return { ok: true, transition: transition.code };
}

export interface AvailableTransition {
  code: TransitionCode;
  to: IncidentState;
  label: LocalizedText;
  /** Requirements still missing; empty when the transition can be done now. */
  missing: RequirementField[];
}

/** The transitions this role may take from the current state, so the UI never guesses. */
export function availableTransitions(
  incident: LifecycleIncident,
  actorRole: RoleCode,
): AvailableTransition[] {
  return TRANSITIONS.filter((t) => t.from.includes(incident.state) && t.roles.includes(actorRole)).map(
    (t) => ({
      code: t.code,
      to: t.to,
      label: t.label,
      missing: missingRequirements(incident, t),
    }),
  );
}

export function isTerminal(state: IncidentState): boolean {
  return (TERMINAL_STATES as readonly IncidentState[]).includes(state);
}
