import { can, widestScope } from '@ungcuu/domain/auth/permissions.ts';
import { DomainError } from '@ungcuu/domain/errors.ts';
import type { Role } from '@ungcuu/domain/org/roles.ts';
import type { UserInput, UserPatch } from '@ungcuu/domain/org/schemas.ts';
import { assertStrongPassword, generateOneTimePassword, hashPassword } from '../auth/password.ts';
import { deleteSessionsOfUser } from '../auth/session.repository.ts';
import { revokeTokensOfUser } from '../auth/token.repository.ts';
import type { UserUpdate } from '../db/schema.ts';
import { publishRevocation } from '../events/change-bus.ts';
import type { RequestActor, Trx } from '../shared/context.ts';
import { rethrowUnique } from '../shared/db-errors.ts';
import type { ServiceDeps } from '../shared/deps.ts';
import { mutate } from '../shared/mutation.ts';
import { requireReadable } from '../shared/ref-visibility.ts';
import { blank } from '../shared/row-values.ts';
import { findUnitById } from './unit.repository.ts';
import * as repo from './user.repository.ts';
import { auditableUser, userView } from './user.view.ts';

export function createUserService(deps: ServiceDeps) {
  /** A person the actor may see, or 404 (another unit's people are, to a unit officer, not there). */
  async function requireUser(actor: RequestActor, id: string) {
    const row = await repo.findUserById(deps.db, id);
    if (!row) throw new DomainError('not_found', { entity: 'user' });
    if (actor.userId !== id)
      requireReadable(actor, 'user.read', { unitIds: [row.unit_id], userId: id }, 'user');
    return row;
  }
  async function requireUnit(id: string) {
    const unit = await findUnitById(deps.db, id);
    if (!unit) throw new DomainError('not_found', { entity: 'unit' });
    if (unit.archived) throw new DomainError('unit.archived');
  }
  /** A reset password or a disabled account must not leave integration tokens working. */
  async function revokeTokens(trx: Trx, userId: string) {
    await revokeTokensOfUser(trx, userId, deps.clock.now());
    await publishRevocation(trx, userId);
  }

  return {
    async list(actor: RequestActor, query: Omit<repo.UserListQuery, 'scopeUnitId'>) {
      const scope = widestScope(actor, 'user.read');
      if (!scope) throw new DomainError('forbidden');
      const scoped = scope === 'all' ? query : { ...query, scopeUnitId: actor.unitId };
      const { rows, total } = await repo.listUsers(deps.db, scoped);
      return { total, items: rows.map((r) => userView(actor, r)) };
    },

    async get(actor: RequestActor, id: string) {
      const row = await requireUser(actor, id);
      return userView(actor, row);
    },

    /** Creates a user; without a password, a one-time password is generated and returned once. */
    async create(actor: RequestActor, input: UserInput) {
      if (!can(actor, 'user.create', { unitIds: [input.unitId] })) throw new DomainError('forbidden');
      await requireUnit(input.unitId);
      if (input.password !== undefined) assertStrongPassword(input.password);
      const oneTimePassword = input.password ?? generateOneTimePassword();
      const passwordHash = await hashPassword(oneTimePassword);
      return mutate(deps, actor, async ({ trx, audit, announce }) => {
        const row = await repo
          .insertUser(trx, {
            unit_id: input.unitId,
            username: input.username.trim(),
            full_name: input.fullName.trim(),
            title: blank(input.title),
            email: blank(input.email),
            phone: blank(input.phone),
            roles: [...input.roles],
            locale: input.locale ?? 'vi',
            password_hash: passwordHash,
            must_change_password: input.password === undefined,
            totp_secret: null,
            locked_until: null,
            last_login_at: null,
            updated_at: deps.clock.now(),
          })
          .catch((e) => rethrowUnique(e, 'username'));
        await audit({
          action: 'user.create',
          entityType: 'user',
          entityId: row.id,
          unitId: row.unit_id,
          after: auditableUser(row),
        });
        await announce({ entity: 'user', id: row.id, action: 'create', unitIds: [row.unit_id] });
        return {
          user: userView(actor, row),
          oneTimePassword: input.password === undefined ? oneTimePassword : null,
        };
      });
    },

    async update(actor: RequestActor, id: string, patch: UserPatch) {
      const before = await requireUser(actor, id);
      if (!can(actor, 'user.update', { unitIds: [before.unit_id], userId: id }))
        throw new DomainError('forbidden');
      if (patch.unitId) {
        await requireUnit(patch.unitId);
        if (!can(actor, 'user.update', { unitIds: [patch.unitId] })) throw new DomainError('forbidden');
      }
      const set: UserUpdate = { updated_at: deps.clock.now() };
      if (patch.fullName !== undefined) set.full_name = patch.fullName.trim();
      if (patch.unitId !== undefined) set.unit_id = patch.unitId;
      if (patch.roles !== undefined) set.roles = [...patch.roles] as Role[];
      if (patch.title !== undefined) set.title = blank(patch.title);
      if (patch.email !== undefined) set.email = blank(patch.email);
      if (patch.phone !== undefined) set.phone = blank(patch.phone);
      if (patch.locale !== undefined) set.locale = patch.locale;
      if (patch.disabled !== undefined) set.disabled = patch.disabled;
      if (patch.disabled === false) {
        set.failed_logins = 0;
        set.locked_until = null;
      }
      return mutate(deps, actor, async ({ trx, audit, announce }) => {
        const row = await repo.updateUser(trx, id, set);
        // Disabling a person or changing their roles ends their open sessions at once.
        if (patch.disabled === true || patch.roles !== undefined || patch.unitId !== undefined) {
          await deleteSessionsOfUser(trx, id);
          if (patch.disabled === true) await revokeTokens(trx, id);
        }
        await audit({
          action: 'user.update',
          entityType: 'user',
          entityId: id,
          unitId: row.unit_id,
          before: auditableUser(before),
          after: auditableUser(row),
        });
        await announce({ entity: 'user', id, action: 'update', unitIds: [row.unit_id, before.unit_id] });
        return userView(actor, row);
      });
    },

    /** Administrator reset: a new one-time password, shown once; all sessions end; lockout cleared. */
    async resetPassword(actor: RequestActor, id: string) {
      const before = await requireUser(actor, id);
      if (!can(actor, 'user.reset_password', { unitIds: [before.unit_id], userId: id }))
        throw new DomainError('forbidden');
      const oneTimePassword = generateOneTimePassword();
      const passwordHash = await hashPassword(oneTimePassword);
      return mutate(deps, actor, async ({ trx, audit }) => {
        const row = await repo.updateUser(trx, id, {
          password_hash: passwordHash,
          must_change_password: true,
          failed_logins: 0,
          locked_until: null,
          updated_at: deps.clock.now(),
        });
        await deleteSessionsOfUser(trx, id);
        await revokeTokens(trx, id);
        await audit({
          action: 'user.reset_password',
          entityType: 'user',
          entityId: id,
          unitId: row.unit_id,
          before: auditableUser(before),
          after: auditableUser(row),
        });
        return { oneTimePassword };
      });
    },

    /** Removes a user's second factor (lost phone); the administrator verifies who asks. */
    async resetTotp(actor: RequestActor, id: string) {
      const before = await requireUser(actor, id);
      if (!can(actor, 'user.reset_password', { unitIds: [before.unit_id], userId: id }))
        throw new DomainError('forbidden');
      return mutate(deps, actor, async ({ trx, audit }) => {
        const row = await repo.updateUser(trx, id, {
          totp_enabled: false,
          totp_secret: null,
          updated_at: deps.clock.now(),
        });
        await audit({
          action: 'user.reset_totp',
          entityType: 'user',
          entityId: id,
          unitId: row.unit_id,
          before: auditableUser(before),
          after: auditableUser(row),
        });
        return userView(actor, row);
      });
    },
  };
}
export type UserService = ReturnType<typeof createUserService>;
