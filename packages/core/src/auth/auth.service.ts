import { DomainError } from '@ungcuu/domain/errors.ts';
import { isRole, type Role } from '@ungcuu/domain/org/roles.ts';
import { recordAudit } from '../audit/audit.service.ts';
import * as users from '../org/user.repository.ts';
import { auditableUser } from '../org/user.view.ts';
import type { RequestActor } from '../shared/context.ts';
import type { ServiceDeps } from '../shared/deps.ts';
import { mutate } from '../shared/mutation.ts';
import { assertStrongPassword, burnVerify, hashPassword, verifyPassword } from './password.ts';
import { newSecret, sha256 } from './secret-token.ts';
import * as sessions from './session.repository.ts';
import { getSetting, putSetting } from './settings.repository.ts';
import { createSignInThrottle } from './sign-in-throttle.ts';
import { checkTotp, newTotpSecret, totpUri } from './totp.ts';

export const SESSION_IDLE_MS = 12 * 60 * 60 * 1000;
const SESSION_TOUCH_MS = 5 * 60 * 1000;
const TOTP_ROLES_KEY = 'auth.totp_required_roles';

export interface LoginInput {
  username: string;
  password: string;
  totp?: string | undefined;
  ip: string | null;
  userAgent: string | null;
  requestId?: string | null;
}

/** What a request carries once its session is resolved. */
export interface SessionPrincipal extends RequestActor {
  sessionId: string;
  csrfToken: string;
  username: string;
  fullName: string;
  locale: string;
  mustChangePassword: boolean;
  totpEnabled: boolean;
  totpSetupRequired: boolean;
}

export function createAuthService(deps: ServiceDeps) {
  const { db, clock } = deps;
  let totpRolesCache: { at: number; roles: Role[] } | null = null;
  const throttle = createSignInThrottle(db, clock);

  async function totpRequiredRoles(): Promise<Role[]> {
    const now = clock.now().getTime();
    // Read at most every 10 s: the policy changes rarely and this sits on every request.
    if (totpRolesCache && now - totpRolesCache.at < 10_000) return totpRolesCache.roles;
    const roles = ((await getSetting<string[]>(db, TOTP_ROLES_KEY)) ?? []).filter(isRole);
    totpRolesCache = { at: now, roles };
    return roles;
  }

  function anonymous(input: LoginInput, label: string): RequestActor {
    return {
      userId: '00000000-0000-0000-0000-000000000000',
      unitId: '00000000-0000-0000-0000-000000000000',
      roles: [],
      label,
      ip: input.ip,
      requestId: input.requestId ?? null,
    };
  }

  async function auditLoginFailure(
    input: LoginInput,
    userId: string | null,
    unitId: string | null,
    reason: string,
  ) {
    await db.transaction().execute((trx) =>
      recordAudit(
        trx,
        clock,
        { ...anonymous(input, input.username), ...(userId ? { userId } : {}) },
        {
          action: 'auth.login_failed',
          entityType: 'user',
          entityId: userId,
          unitId,
          after: { username: input.username, reason },
        },
      ),
    );
  }

  return {
    totpRequiredRoles,

    async login(input: LoginInput): Promise<{ sessionToken: string; csrfToken: string; expiresAt: Date }> {
      const now = clock.now();
      // Counted before the password is checked: parallel guesses are decided one at a time.
      const admission = await throttle.admit({ username: input.username, ip: input.ip });

      const user = await users.findUserByUsername(db, input.username);
      if (!user) {
        await burnVerify(input.password);
        await auditLoginFailure(input, null, null, 'unknown_user');
        throw new DomainError('auth.invalid_credentials');
      }
      // A wrong second factor counts like a wrong password (the attempt is already counted):
      // otherwise whoever knows the password could try codes from as many addresses as they have.
      const failure = async (reason: 'wrong_password' | 'wrong_totp'): Promise<never> => {
        await auditLoginFailure(input, user.id, user.unit_id, reason);
        throw new DomainError(reason === 'wrong_totp' ? 'auth.totp_invalid' : 'auth.invalid_credentials');
      };
      if (!(await verifyPassword(user.password_hash, input.password))) await failure('wrong_password');
      if (user.disabled) throw new DomainError('auth.user_disabled');
      if (user.totp_enabled) {
        if (!input.totp) throw new DomainError('auth.totp_required');
        if (!user.totp_secret || !checkTotp(user.totp_secret, input.totp, now)) await failure('wrong_totp');
      }
      await admission.succeeded();

      const sessionToken = newSecret();
      const csrfToken = newSecret(18);
      const expiresAt = new Date(now.getTime() + SESSION_IDLE_MS);
      const actor: RequestActor = {
        userId: user.id,
        unitId: user.unit_id,
        roles: user.roles as Role[],
        label: user.username,
        ip: input.ip,
        requestId: input.requestId ?? null,
      };
      await mutate(deps, actor, async ({ trx, audit }) => {
        await sessions.insertSession(trx, {
          id: sha256(sessionToken),
          user_id: user.id,
          csrf_token: csrfToken,
          ip: input.ip,
          user_agent: input.userAgent?.slice(0, 300) ?? null,
          expires_at: expiresAt,
          last_seen_at: now,
        });
        await users.updateUser(trx, user.id, { last_login_at: now });
        await audit({
          action: 'auth.login',
          entityType: 'user',
          entityId: user.id,
          unitId: user.unit_id,
          after: { ip: input.ip },
        });
      });
      return { sessionToken, csrfToken, expiresAt };
    },

    /** Resolves a session cookie; slides the idle expiry at most every few minutes. */
    async resolveSession(
      sessionToken: string,
      meta: { ip: string | null; requestId: string | null },
      options: { touch?: boolean } = {},
    ): Promise<SessionPrincipal | null> {
      const now = clock.now();
      const row = await sessions.findActiveSession(db, sha256(sessionToken), now);
      if (!row || row.disabled) return null;
      // An open event stream re-checks its session without keeping it alive (touch: false).
      if (
        options.touch !== false &&
        now.getTime() - new Date(row.last_seen_at).getTime() > SESSION_TOUCH_MS
      ) {
        await sessions.touchSession(db, row.session_id, now, new Date(now.getTime() + SESSION_IDLE_MS));
      }
      const roles = row.roles.filter(isRole);
      const required = await totpRequiredRoles();
      return {
        userId: row.user_id,
        unitId: row.unit_id,
        roles,
        label: row.username,
        ip: meta.ip,
        requestId: meta.requestId,
        sessionId: row.session_id,
        csrfToken: row.csrf_token,
        username: row.username,
        fullName: row.full_name,
        locale: row.locale,
        mustChangePassword: row.must_change_password,
        totpEnabled: row.totp_enabled,
        totpSetupRequired: !row.totp_enabled && roles.some((r) => required.includes(r)),
      };
    },

    async logout(actor: SessionPrincipal): Promise<void> {
      await mutate(deps, actor, async ({ trx, audit }) => {
        await sessions.deleteSession(trx, actor.sessionId);
        await audit({
          action: 'auth.logout',
          entityType: 'user',
          entityId: actor.userId,
          unitId: actor.unitId,
        });
      });
    },

    /** Sign out everywhere: every session of this person ends, this one included. */
    async logoutEverywhere(actor: RequestActor): Promise<number> {
      return mutate(deps, actor, async ({ trx, audit }) => {
        const count = await sessions.deleteSessionsOfUser(trx, actor.userId);
        await audit({
          action: 'auth.logout_all',
          entityType: 'user',
          entityId: actor.userId,
          unitId: actor.unitId,
          after: { sessions: count },
        });
        return count;
      });
    },

    async changePassword(actor: SessionPrincipal, current: string, next: string): Promise<void> {
      const user = await users.findUserById(db, actor.userId);
      if (!user) throw new DomainError('not_found', { entity: 'user' });
      // Same counters as sign-in: a stolen session must not become a way to guess the password.
      const admission = await throttle.admit({ username: actor.username, ip: actor.ip ?? null });
      if (!(await verifyPassword(user.password_hash, current))) throw new DomainError('auth.password_wrong');
      await admission.succeeded();
      assertStrongPassword(next);
      const passwordHash = await hashPassword(next);
      await mutate(deps, actor, async ({ trx, audit }) => {
        const row = await users.updateUser(trx, user.id, {
          password_hash: passwordHash,
          must_change_password: false,
          updated_at: clock.now(),
        });
        // Other sessions may belong to whoever knew the old password: end them, keep this one.
        await sessions.deleteOtherSessions(trx, user.id, actor.sessionId);
        await audit({
          action: 'auth.change_password',
          entityType: 'user',
          entityId: user.id,
          unitId: user.unit_id,
          before: auditableUser(user),
          after: auditableUser(row),
        });
      });
    },

    /** Everyone chooses their own language (Vietnamese or English); no administrator needed. */
    async setLocale(actor: RequestActor, locale: 'vi' | 'en'): Promise<void> {
      const before = await users.findUserById(db, actor.userId);
      if (!before) throw new DomainError('not_found', { entity: 'user' });
      await mutate(deps, actor, async ({ trx, audit }) => {
        await users.updateUser(trx, actor.userId, { locale, updated_at: clock.now() });
        await audit({
          action: 'user.locale',
          entityType: 'user',
          entityId: actor.userId,
          unitId: actor.unitId,
          before: { locale: before.locale },
          after: { locale },
        });
      });
    },

    /** Step 1 of TOTP set-up: a new secret, stored but not active until a code proves it works. */
    async beginTotpSetup(actor: SessionPrincipal): Promise<{ secret: string; uri: string }> {
      // Re-enrolling would switch the factor off until a new code is proven: anyone holding a
      // session could remove it. An administrator resets a lost factor instead (reset-totp).
      if (actor.totpEnabled) throw new DomainError('auth.totp_already_enabled');
      const secret = newTotpSecret();
      await mutate(deps, actor, async ({ trx, audit }) => {
        await users.updateUser(trx, actor.userId, {
          totp_secret: secret,
          totp_enabled: false,
          updated_at: clock.now(),
        });
        await audit({
          action: 'auth.totp_setup',
          entityType: 'user',
          entityId: actor.userId,
          unitId: actor.unitId,
        });
      });
      return { secret, uri: totpUri(secret, actor.username) };
    },

    async enableTotp(actor: SessionPrincipal, code: string): Promise<void> {
      const user = await users.findUserById(db, actor.userId);
      if (!user?.totp_secret) throw new DomainError('auth.totp_invalid');
      const admission = await throttle.admit({ username: actor.username, ip: actor.ip ?? null });
      if (!checkTotp(user.totp_secret, code, clock.now())) throw new DomainError('auth.totp_invalid');
      await admission.succeeded();
      await mutate(deps, actor, async ({ trx, audit }) => {
        await users.updateUser(trx, actor.userId, { totp_enabled: true, updated_at: clock.now() });
        await audit({
          action: 'auth.totp_enable',
          entityType: 'user',
          entityId: actor.userId,
          unitId: actor.unitId,
        });
      });
    },

    async setTotpRequiredRoles(actor: RequestActor, roles: Role[]): Promise<void> {
      if (!actor.roles.includes('admin')) throw new DomainError('forbidden');
      const before = await totpRequiredRoles();
      await mutate(deps, actor, async ({ trx, audit }) => {
        await putSetting(trx, TOTP_ROLES_KEY, roles, clock.now());
        await audit({
          action: 'settings.totp_roles',
          entityType: 'setting',
          entityId: TOTP_ROLES_KEY,
          before,
          after: roles,
        });
      });
      totpRolesCache = null;
    },
  };
}
export type AuthService = ReturnType<typeof createAuthService>;
