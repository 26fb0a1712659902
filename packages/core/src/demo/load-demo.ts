import { hashPassword } from '../auth/password.ts';
import { findUnitByCode, insertUnit } from '../org/unit.repository.ts';
import { findUserByUsername, insertUser } from '../org/user.repository.ts';
import { auditableUser } from '../org/user.view.ts';
import type { RequestActor } from '../shared/context.ts';
import type { ServiceDeps } from '../shared/deps.ts';
import { mutate } from '../shared/mutation.ts';
import { DEMO_PASSWORD, DEMO_TEAM, DEMO_UNITS, DEMO_USERS } from './demo-org.ts';

export interface DemoResult {
  unitsCreated: number;
  usersCreated: number;
}

/** Loads the demo town; idempotent (what exists by code or username is left as it is). */
export async function loadDemoOrganisation(deps: ServiceDeps, actor: RequestActor): Promise<DemoResult> {
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  return mutate(deps, actor, async ({ trx, audit }) => {
    const ids = new Map<string, string>();
    let unitsCreated = 0;
    let usersCreated = 0;
    for (const u of DEMO_UNITS) {
      const existing = await findUnitByCode(trx, u.code);
      if (existing) {
        ids.set(u.code, existing.id);
        continue;
      }
      const row = await insertUnit(trx, {
        code: u.code,
        name: u.name,
        type: u.type,
        parent_id: u.parent ? (ids.get(u.parent) ?? null) : null,
        address: 'Mỹ Hào, Hưng Yên',
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
      });
      ids.set(u.code, row.id);
      unitsCreated++;
      await audit({ action: 'unit.demo', entityType: 'unit', entityId: row.id, unitId: row.id, after: row });
    }
    const userIds = new Map<string, { id: string; unitId: string; fullName: string }>();
    for (const u of DEMO_USERS) {
      const existing = await findUserByUsername(trx, u.username);
      if (existing) {
        userIds.set(u.username, { id: existing.id, unitId: existing.unit_id, fullName: existing.full_name });
        continue;
      }
      const row = await insertUser(trx, {
        unit_id: ids.get(u.unit)!,
        username: u.username,
        full_name: u.fullName,
        title: u.title,
        email: `${u.username}@myhao.example.vn`,
        phone: null,
        roles: u.roles,
        password_hash: passwordHash,
        totp_secret: null,
        locked_until: null,
        last_login_at: null,
        updated_at: deps.clock.now(),
      });
      userIds.set(u.username, { id: row.id, unitId: row.unit_id, fullName: row.full_name });
      usersCreated++;
      await audit({
        action: 'user.demo',
        entityType: 'user',
        entityId: row.id,
        unitId: row.unit_id,
        after: auditableUser(row),
      });
    }
    // Focal points (Mẫu 01) for the wards whose officers exist, so the demo shows them filled.
    for (const u of DEMO_USERS.filter((x) => x.roles.includes('unit_officer'))) {
      await trx
        .updateTable('units')
        .set({
          focal_main: JSON.stringify({
            name: u.fullName,
            title: u.title,
            mobile: '0987000111',
            email: `${u.username}@myhao.example.vn`,
          }),
        })
        .where('id', '=', ids.get(u.unit)!)
        .where('focal_main', 'is', null)
        .execute();
    }
    const existingTeam = await trx.selectFrom('team_members').select('user_id').execute();
    const inTeam = new Set(existingTeam.map((t) => t.user_id));
    for (const m of DEMO_TEAM) {
      const user = userIds.get(m.username);
      if (!user || inTeam.has(user.id)) continue;
      const row = await trx
        .insertInto('team_members')
        .values({
          user_id: user.id,
          unit_id: user.unitId,
          full_name: user.fullName,
          team_role: m.teamRole,
          skills: m.skills,
          phone: m.phone,
          email: null,
          on_call: m.onCall,
          notes: null,
          updated_at: deps.clock.now(),
        })
        .returningAll()
        .executeTakeFirstOrThrow();
      await audit({
        action: 'team.demo',
        entityType: 'team_member',
        entityId: row.id,
        unitId: row.unit_id,
        after: row,
      });
    }
    return { unitsCreated, usersCreated };
  });
}
