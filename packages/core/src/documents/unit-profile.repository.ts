import type { Executor } from '../shared/context.ts';

// What Mẫu 01 (network member profile) and Mẫu 02 (application to join) print about one unit.

export async function unitProfile(db: Executor, unitId: string) {
  return db
    .selectFrom('units as u')
    .leftJoin('units as p', 'p.id', 'u.parent_id')
    .selectAll('u')
    .select('p.name as parent_name')
    .where('u.id', '=', unitId)
    .executeTakeFirst();
}

/** The systems the unit owns or operates, highest level first. */
export async function unitSystems(db: Executor, unitId: string) {
  return db
    .selectFrom('information_systems')
    .select(['name', 'security_level', 'kind'])
    .where('archived', '=', false)
    .where((eb) => eb.or([eb('owner_unit_id', '=', unitId), eb('operating_unit_id', '=', unitId)]))
    .orderBy('security_level', 'desc')
    .orderBy('name')
    .limit(500)
    .execute();
}

/** The unit's active response team members (its security officers and responders). */
export async function unitTeam(db: Executor, unitId: string) {
  return db
    .selectFrom('team_members')
    .select(['full_name', 'team_role', 'phone', 'email', 'skills'])
    .where('unit_id', '=', unitId)
    .where('active', '=', true)
    .orderBy('full_name')
    .limit(200)
    .execute();
}
