import type { Role } from '@ungcuu/domain/org/roles.ts';
import { sql } from 'kysely';
import type { EndpointRow } from '../db/schema-notifications.ts';
import type { Executor } from '../shared/context.ts';

export interface RecipientUser {
  id: string;
  unitId: string;
  email: string | null;
  locale: string;
  prefs: unknown;
  /** Member of a focal office (reads the office's notices). */
  focalOffice: boolean;
}

/** People named by id, unit, focal office or role; active accounts only, with their preferences. */
export async function findRecipientUsers(
  db: Executor,
  who: {
    userIds: string[];
    unitIds: string[];
    unitOfficerUnitIds: string[];
    focalOffice: boolean;
    roles: Role[];
  },
): Promise<RecipientUser[]> {
  if (
    who.userIds.length + who.unitIds.length + who.unitOfficerUnitIds.length + who.roles.length === 0 &&
    !who.focalOffice
  )
    return [];
  const rows = await db
    .selectFrom('users as u')
    .innerJoin('units as un', 'un.id', 'u.unit_id')
    .leftJoin('notification_preferences as p', 'p.user_id', 'u.id')
    .select(['u.id', 'u.unit_id', 'u.email', 'u.locale', 'p.prefs', 'un.type'])
    .where('u.disabled', '=', false)
    .where((eb) => {
      const any = [];
      if (who.userIds.length) any.push(eb('u.id', 'in', who.userIds));
      if (who.unitIds.length) any.push(eb('u.unit_id', 'in', who.unitIds));
      if (who.unitOfficerUnitIds.length)
        any.push(
          eb.and([
            eb('u.unit_id', 'in', who.unitOfficerUnitIds),
            sql<boolean>`'unit_officer' = any(u.roles)`,
          ]),
        );
      // The focal office's coordinators handle what reaches the office.
      if (who.focalOffice)
        any.push(
          eb.and([
            eb('un.type', '=', 'focal_office'),
            eb('un.archived', '=', false),
            sql<boolean>`'coordinator' = any(u.roles)`,
          ]),
        );
      for (const role of who.roles) any.push(sql<boolean>`${role} = any(u.roles)`);
      return eb.or(any);
    })
    .orderBy('u.id')
    .execute();
  return rows.map((r) => ({
    id: r.id,
    unitId: r.unit_id,
    email: r.email,
    locale: r.locale,
    prefs: r.prefs,
    focalOffice: r.type === 'focal_office',
  }));
}

/** Enabled webhook and chat endpoints (a handful: read whole). */
export async function enabledEndpoints(db: Executor): Promise<EndpointRow[]> {
  return db
    .selectFrom('notification_endpoints')
    .selectAll()
    .where('enabled', '=', true)
    .orderBy('created_at')
    .execute();
}
