import { type Insertable, sql, type Updateable } from 'kysely';
import type { TeamMemberRow, TeamMembersTable } from '../db/schema.ts';
import type { Executor } from '../shared/context.ts';
import { containsPattern } from '../shared/db-errors.ts';

export interface TeamListQuery {
  onCall?: boolean | undefined;
  /** Matches the name or a skill, without diacritics. */
  q?: string | undefined;
  limit: number;
  offset: number;
}

export async function findTeamMemberById(db: Executor, id: string): Promise<TeamMemberRow | undefined> {
  return db.selectFrom('team_members').selectAll().where('id', '=', id).executeTakeFirst();
}

/** Active members, people on call first. */
export async function listActiveTeamMembers(
  db: Executor,
  query: TeamListQuery,
): Promise<{ rows: TeamMemberRow[]; total: number }> {
  let q = db.selectFrom('team_members').where('active', '=', true);
  if (query.onCall !== undefined) q = q.where('on_call', '=', query.onCall);
  if (query.q)
    q = q.where(
      sql`ungcuu_fold(full_name || ' ' || array_to_string(skills, ' '))`,
      'like',
      sql`ungcuu_fold(${containsPattern(query.q)})`,
    );
  const [rows, count] = await Promise.all([
    q
      .selectAll()
      .orderBy('on_call', 'desc')
      .orderBy('full_name')
      .limit(query.limit)
      .offset(query.offset)
      .execute(),
    q.select((eb) => eb.fn.countAll<string>().as('n')).executeTakeFirstOrThrow(),
  ]);
  return { rows, total: Number(count.n) };
}

export async function insertTeamMember(
  db: Executor,
  row: Insertable<TeamMembersTable>,
): Promise<TeamMemberRow> {
  return db.insertInto('team_members').values(row).returningAll().executeTakeFirstOrThrow();
}

export async function updateTeamMember(
  db: Executor,
  id: string,
  patch: Updateable<TeamMembersTable>,
): Promise<TeamMemberRow> {
  return db
    .updateTable('team_members')
    .set({ ...patch, version: sql`version + 1` })
    .where('id', '=', id)
    .returningAll()
    .executeTakeFirstOrThrow();
}
