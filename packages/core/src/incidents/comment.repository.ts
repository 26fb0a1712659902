import type { Insertable } from 'kysely';
import type { IncidentCommentsTable } from '../db/schema-incidents.ts';
import type { Executor } from '../shared/context.ts';

/** An incident's comments, oldest first, with their authors' names. */
export async function listCommentsOfIncident(db: Executor, incidentId: string) {
  return db
    .selectFrom('incident_comments as c')
    .innerJoin('users as u', 'u.id', 'c.author_user_id')
    .select(['c.id', 'c.body', 'c.mentions', 'c.created_at', 'u.full_name', 'u.username', 'c.author_user_id'])
    .where('c.incident_id', '=', incidentId)
    .orderBy('c.created_at')
    .limit(500)
    .execute();
}

export async function insertComment(db: Executor, row: Insertable<IncidentCommentsTable>) {
  return db.insertInto('incident_comments').values(row).returningAll().executeTakeFirstOrThrow();
}
