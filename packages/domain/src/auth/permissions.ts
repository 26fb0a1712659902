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
};

export const ROLE_GRANTS: Record<Role, Grants> = {
  admin: Object.fromEntries(
    (
      [
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
      ] as const
    ).map((a) => [a, 'all']),
  ) as Grants,
  coordinator: {
    ...everyone,
    'unit.update': 'all',
    'user.read': 'all',
    'team.manage': 'all',
    'token.manage': 'self',
  },
  leader: { ...everyone, 'user.read': 'all', 'audit.read': 'all' },
  finance: { ...everyone },
  unit_officer: { ...everyone, 'unit.update': 'own_unit', 'token.manage': 'self' },
  responder: { ...everyone, 'token.manage': 'self' },
  viewer: { ...everyone },
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
export function allowedActions(actor: Actor, actions: readonly Action[], target: PermissionTarget): Action[] {
  return actions.filter((a) => can(actor, a, target));
}
