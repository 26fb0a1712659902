import { type Actor, allowedActions } from '@ungcuu/domain/auth/permissions.ts';
import type { UserView } from '@ungcuu/domain/org/org-api.ts';
import type { Role } from '@ungcuu/domain/org/roles.ts';
import type { UserRow } from '../db/schema.ts';

const USER_ACTIONS = ['user.update', 'user.reset_password'] as const;

/** A user as the API shows it: never the password hash or the TOTP secret. */
export function userView(actor: Actor, row: UserRow): UserView {
  return {
    id: row.id,
    unitId: row.unit_id,
    username: row.username,
    fullName: row.full_name,
    title: row.title,
    email: row.email,
    phone: row.phone,
    // The columns hold only what the input schemas admit.
    roles: row.roles as Role[],
    locale: row.locale as UserView['locale'],
    totpEnabled: row.totp_enabled,
    disabled: row.disabled,
    mustChangePassword: row.must_change_password,
    lockedUntil: row.locked_until ? new Date(row.locked_until).toISOString() : null,
    lastLoginAt: row.last_login_at ? new Date(row.last_login_at).toISOString() : null,
    version: row.version,
    createdAt: new Date(row.created_at).toISOString(),
    allowedActions: allowedActions(actor, USER_ACTIONS, { unitIds: [row.unit_id], userId: row.id }),
  };
}
export type { UserView };

/** Strips secrets before a user row goes into the audit trail. */
export function auditableUser(row: UserRow) {
  const { password_hash: _p, totp_secret: _t, ...rest } = row;
  return { ...rest, has_password: row.password_hash !== null };
}
