import { sql } from 'kysely';
import type { Executor } from '../shared/context.ts';

// Queries of the reminder, escalation and digest jobs.

/** Service contracts ending between two days (inclusive), with their unit. */
export function contractsEndingBetween(db: Executor, from: string, until: string) {
  return db
    .selectFrom('readiness_contracts as c')
    .select(['c.id', 'c.unit_id', 'c.provider', 'c.scope', 'c.ends_on'])
    .where('c.ends_on', '>=', from)
    .where('c.ends_on', '<=', until)
    .orderBy('c.ends_on')
    .limit(500)
    .execute();
}

/** Planned inspections whose day is between two days (inclusive). */
export function inspectionsPlannedBetween(db: Executor, from: string, until: string) {
  return db
    .selectFrom('inspections')
    .select(['id', 'unit_id', 'year', 'planned_on'])
    .where('status', '=', 'planned')
    .where('planned_on', '>=', from)
    .where('planned_on', '<=', until)
    .orderBy('planned_on')
    .limit(500)
    .execute();
}

/** T3/T4 incidents still "new" (nobody of the focal office acknowledged them) reported before `before`. */
export function unacknowledgedUrgent(db: Executor, before: Date) {
  return db
    .selectFrom('incidents')
    .select(['id', 'code', 'title', 'tier', 'reported_at'])
    .where('state', '=', 'new')
    .where('tier', 'in', ['T3', 'T4'])
    .where('reported_at', '<=', before)
    .orderBy('reported_at')
    .limit(200)
    .execute();
}

/** Backup focal points of the focal offices (units.focal_backup), those with an email address. */
export async function backupFocalEmails(db: Executor): Promise<string[]> {
  const { rows } = await sql<{ email: string }>`
    select distinct focal_backup->>'email' as email from units
    where type = 'focal_office' and not archived and coalesce(focal_backup->>'email', '') <> ''`.execute(db);
  return rows.map((r) => r.email);
}

/** People who chose the daily digest, with their address and language. */
export function digestReaders(db: Executor) {
  return db
    .selectFrom('notification_preferences as p')
    .innerJoin('users as u', 'u.id', 'p.user_id')
    .select(['u.id', 'u.unit_id', 'u.email', 'u.locale'])
    .where(sql<boolean>`(p.prefs->>'digest')::boolean`)
    .where('u.disabled', '=', false)
    .where('u.email', 'is not', null)
    .limit(5000)
    .execute();
}

/** Unread bell notices of one person since a moment (theirs and their unit's). */
export function unreadSince(db: Executor, user: { id: string; unitId: string }, since: Date) {
  return db
    .selectFrom('notifications')
    .select(['kind', 'title', 'link', 'created_at'])
    .where((eb) =>
      eb.or([
        eb('user_id', '=', user.id),
        eb.and([eb('user_id', 'is', null), eb('unit_id', '=', user.unitId)]),
      ]),
    )
    .where('read_at', 'is', null)
    .where('created_at', '>=', since)
    .orderBy('created_at', 'desc')
    .limit(50)
    .execute();
}
