import { sql } from 'kysely';
import { recordAudit } from './audit/audit.service.ts';
import { assertStrongPassword, generateOneTimePassword, hashPassword } from './auth/password.ts';
import { findUnitByCode, insertUnit } from './org/unit.repository.ts';
import { countUsers, insertUser } from './org/user.repository.ts';
import { auditableUser } from './org/user.view.ts';
import { SYSTEM_ACTOR } from './shared/context.ts';
import type { ServiceDeps } from './shared/deps.ts';
import { LOCK_KEYS } from './shared/lock-keys.ts';

export const FOCAL_OFFICE_CODE = 'VHKHTT';

/**
 * First start: with no user at all, create the focal office (seed IV.1) and an administrator
 * "admin". The password is UNGCUU_ADMIN_PASSWORD when given, otherwise a one-time password that
 * the caller prints once and the administrator must change at first sign-in.
 */
export async function ensureFirstAdmin(
  deps: ServiceDeps,
  options: { password?: string | undefined; username?: string },
): Promise<{ username: string; oneTimePassword: string | null } | null> {
  if ((await countUsers(deps.db)) > 0) return null;
  const username = options.username ?? 'admin';
  if (options.password !== undefined) assertStrongPassword(options.password);
  const password = options.password ?? generateOneTimePassword();
  const passwordHash = await hashPassword(password);
  return deps.db.transaction().execute(async (trx) => {
    // Two processes may start together on one database: the lock lets one of them create the admin.
    await sql`select pg_advisory_xact_lock(${LOCK_KEYS.firstAdmin})`.execute(trx);
    if ((await countUsers(trx)) > 0) return null;
    const unit =
      (await findUnitByCode(trx, FOCAL_OFFICE_CODE)) ??
      (await insertUnit(trx, {
        code: FOCAL_OFFICE_CODE,
        name: 'Phòng Văn hoá, Khoa học và Thông tin',
        type: 'focal_office',
        parent_id: null,
        address: null,
        phone: null,
        email: null,
        website: null,
        leader_name: null,
        leader_title: null,
        intake_email: null,
        focal_main: null,
        focal_backup: null,
        notes: null,
        updated_at: deps.clock.now(),
      }));
    const user = await insertUser(trx, {
      unit_id: unit.id,
      username,
      full_name: 'Quản trị hệ thống',
      title: null,
      email: null,
      phone: null,
      roles: ['admin', 'coordinator'],
      password_hash: passwordHash,
      must_change_password: options.password === undefined,
      totp_secret: null,
      locked_until: null,
      last_login_at: null,
      updated_at: deps.clock.now(),
    });
    await recordAudit(trx, deps.clock, SYSTEM_ACTOR, {
      action: 'unit.bootstrap',
      entityType: 'unit',
      entityId: unit.id,
      unitId: unit.id,
      after: unit,
    });
    await recordAudit(trx, deps.clock, SYSTEM_ACTOR, {
      action: 'user.bootstrap',
      entityType: 'user',
      entityId: user.id,
      unitId: unit.id,
      after: auditableUser(user),
    });
    return { username, oneTimePassword: options.password === undefined ? password : null };
  });
}
