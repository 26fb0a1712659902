import type { Role } from '../org/roles.ts';

/**
 * Declarative permissions: for each role, each action has a scope.
 * - 'all': any record;
 * - 'own_unit': records whose unitId is the actor's unit (or, for records with several
 *   units such as incidents, any of them);
 * - 'self': records about the actor (their own user, their own sessions).
 * The API returns the allowed actions with each record so the UI never guesses.
 */
export type Scope = 'all' | 'own_unit' | 'self';

export const ACTIONS = [
  'unit.read',
  'unit.create',
  'unit.update',
  'unit.delete',
  'user.read',
  'user.create',
  'user.update',
  'user.reset_password',
  'team.read',
  'team.manage',
  'audit.read',
  'token.manage',
  'import.run',
  // Incidents (issue: incidents end to end)
  'incident.read',
  'incident.report',
  'incident.update',
  'incident.triage',
  'incident.assign',
  'incident.transition',
  'incident.escalate',
  'incident.merge',
  'incident.report_docs',
  'task.read',
  'task.create',
  'task.update',
  'task.respond',
  'evidence.read',
  'evidence.upload',
  'comment.create',
  'playbook.read',
  'playbook.manage',
  'regime.read',
  'regime.manage',
  // Preparedness (issue: systems, risks, readiness, inspections, budget)
  'system.read',
  'system.create',
  'system.update',
  'system.delete',
  'risk.read',
  'risk.manage',
  'readiness.read',
  'readiness.manage',
  'inspection.read',
  'inspection.plan',
  'inspection.conduct',
  'inspection.answer',
  'remediation.update',
  'budget.read',
  'budget.manage',
  /** Finance office: appraise (advise on) a submitted line. */
  'budget.appraise',
  /** People's Committee leadership: approve or reject an appraised line. */
  'budget.decide',
  /** The lessons library (seed I.2): every unit reads it, redacted; record follow-ups and risk links. */
  'lesson.read',
  'notification.read',
  // Classifier learning from the office (issue 14): accuracy screen; retrain and roll back.
  'classifier.read',
  'classifier.manage',
  /** SMTP, webhook endpoints and chat bots (administrators). */
  'notification.settings',
  // Monitoring (issue 10): monitors of the units' public systems, remote probes.
  'monitor.read',
  'monitor.manage',
  // Alert intake (issue 10): alerts of the units' systems; sources, suppressions, mapping; webhooks.
  'alert.read',
  'alert.manage',
  'alert.ingest',
  // Warnings to units (issue 11): the focal office writes and publishes; units acknowledge and report.
  'warning.read',
  'warning.manage',
  'warning.respond',
  // Sharing and requests to units (issue 11): the TLP feed for a higher body's platform; requests
  // (scan campaigns, data calls) the focal office sends and each unit answers.
  'feed.read',
  'request.read',
  'request.manage',
  'request.answer',
  // Proposals for the leaders (issue 12): raised by the focal office or a unit, answered by a leader.
  'proposal.read',
  'proposal.raise',
  'proposal.answer',
  // Reports for leadership (issue 12): Mẫu 05, the activity report, the annual plan.
  'report.read',
  'report.manage',
] as const;
export type Action = (typeof ACTIONS)[number];

export interface Actor {
  userId: string;
  unitId: string;
  roles: readonly Role[];
}

/** What a permission is checked against: the record's owning unit(s) and, for people, the user id. */
export interface PermissionTarget {
  unitIds?: readonly string[];
  userId?: string;
}

type Grants = Partial<Record<Action, Scope>>;

const everyone: Grants = {
  'unit.read': 'all',
  'team.read': 'all',
  'user.read': 'own_unit',
  // What others' incidents teach is shared with every unit (redacted where the incident is not theirs).
  'lesson.read': 'all',
  'playbook.read': 'all',
  'regime.read': 'all',
  'notification.read': 'self',
};

/** Leadership and the focal office read every unit's records. */
const readEverything: Grants = {
  'incident.read': 'all',
  'task.read': 'all',
  'evidence.read': 'all',
  'system.read': 'all',
  'risk.read': 'all',
  'readiness.read': 'all',
  'inspection.read': 'all',
  'budget.read': 'all',
  'monitor.read': 'all',
  'alert.read': 'all',
  'warning.read': 'all',
  'request.read': 'all',
  'proposal.read': 'all',
};

/** A unit's own people: report, work on and read their own unit's records. */
const ownUnitWork: Grants = {
  'incident.read': 'own_unit',
  'incident.report': 'own_unit',
  'incident.update': 'own_unit',
  'task.read': 'own_unit',
  'task.update': 'own_unit',
  'task.respond': 'own_unit',
  'evidence.read': 'own_unit',
  'evidence.upload': 'own_unit',
  'comment.create': 'own_unit',
  'system.read': 'own_unit',
  'system.create': 'own_unit',
  'system.update': 'own_unit',
  'risk.read': 'own_unit',
  'risk.manage': 'own_unit',
  'readiness.read': 'own_unit',
  'readiness.manage': 'own_unit',
  'inspection.read': 'own_unit',
  'inspection.answer': 'own_unit',
  'remediation.update': 'own_unit',
  'budget.read': 'own_unit',
  'monitor.read': 'own_unit',
  'monitor.manage': 'own_unit',
  'alert.read': 'own_unit',
  'warning.read': 'own_unit',
  'warning.respond': 'own_unit',
  'request.read': 'own_unit',
  'request.answer': 'own_unit',
  'proposal.read': 'own_unit',
  'proposal.raise': 'own_unit',
};

// Seed IV.3: appraising and deciding the budget stay with finance and leadership, not the administrator.
const NOT_FOR_ADMINS: readonly Action[] = [
  'budget.appraise',
  'budget.decide',
  'notification.read',
  'proposal.answer',
];
const ALL_ACTIONS_EXCEPT_BUDGET_APPROVAL = (): Grants =>
  Object.fromEntries(
    ACTIONS.filter((a) => !NOT_FOR_ADMINS.includes(a)).map((a) => [a, 'all' as Scope]),
  ) as Grants;

export const ROLE_GRANTS: Record<Role, Grants> = {
  admin: { ...ALL_ACTIONS_EXCEPT_BUDGET_APPROVAL(), 'notification.read': 'self' },
  // The focal office (seed IV.1): receives and handles every incident, runs inspections, drafts the budget.
  coordinator: {
    ...everyone,
    ...ALL_ACTIONS_EXCEPT_BUDGET_APPROVAL(),
    'unit.create': undefined,
    'unit.delete': undefined,
    'user.create': undefined,
    'user.update': undefined,
    'user.reset_password': undefined,
    'audit.read': undefined,
    'import.run': undefined,
    'playbook.manage': undefined,
    'regime.manage': undefined,
    'classifier.manage': undefined,
    'notification.settings': undefined,
    'token.manage': 'self',
    'notification.read': 'self',
  },
  // Leadership reads everything, decides escalations and the budget (seed IV.3).
  leader: {
    ...everyone,
    ...readEverything,
    'user.read': 'all',
    'audit.read': 'all',
    'incident.escalate': 'all',
    'incident.report_docs': 'all',
    // Seed IV: the leaders decide on what the focal office and the units propose.
    'proposal.answer': 'all',
    'budget.decide': 'all',
    'report.read': 'all',
  },
  // Finance office (seed IV.3): reads and appraises the budget; reports and reads its own unit's records.
  finance: { ...everyone, ...ownUnitWork, 'budget.read': 'all', 'budget.appraise': 'all' },
  unit_officer: { ...everyone, ...ownUnitWork, 'unit.update': 'own_unit', 'token.manage': 'self' },
  // Responders work on the incidents and tasks given to their unit (or to them); they may be a provider.
  responder: { ...everyone, ...ownUnitWork, 'token.manage': 'self' },
  viewer: {
    ...everyone,
    'incident.read': 'own_unit',
    'task.read': 'own_unit',
    'system.read': 'own_unit',
    'risk.read': 'own_unit',
    'readiness.read': 'own_unit',
    'inspection.read': 'own_unit',
    'monitor.read': 'own_unit',
    'alert.read': 'own_unit',
    'warning.read': 'own_unit',
    'request.read': 'own_unit',
    'proposal.read': 'own_unit',
  },
};

function scopeAllows(scope: Scope, actor: Actor, target: PermissionTarget | undefined): boolean {
  if (scope === 'all') return true;
  if (!target) return false;
  if (scope === 'own_unit') return (target.unitIds ?? []).includes(actor.unitId);
  return target.userId === actor.userId;
}

/** Can this actor do this action on this record? Without a target, asks "on some record at all". */
export function can(actor: Actor, action: Action, target?: PermissionTarget): boolean {
  for (const role of actor.roles) {
    const scope = ROLE_GRANTS[role][action];
    if (!scope) continue;
    if (target === undefined || scopeAllows(scope, actor, target)) return true;
  }
  return false;
}

/** The widest scope any of the actor's roles grants for an action; lists filter by it. */
export function widestScope(actor: Actor, action: Action): Scope | null {
  const scopes = actor.roles.map((r) => ROLE_GRANTS[r][action]).filter((s): s is Scope => !!s);
  if (scopes.includes('all')) return 'all';
  if (scopes.includes('own_unit')) return 'own_unit';
  if (scopes.includes('self')) return 'self';
  return null;
}

/** The subset of actions allowed on one record, returned with it by the API. */
export function allowedActions<A extends Action>(
  actor: Actor,
  actions: readonly A[],
  target: PermissionTarget,
): A[] {
  return actions.filter((a) => can(actor, a, target));
}
