import { sql } from 'kysely';
import type { NewUserRow, UserRow, UserUpdate } from '../db/schema.ts';
import type { Executor } from '../shared/context.ts';
import { containsPattern } from '../shared/db-errors.ts';

export interface UserListQuery {
  q?: string | undefined;
  unitId?: string | undefined;
  role?: string | undefined;
  /** true: only people who are not disabled (person pickers). */
  active?: boolean | undefined;
  /** Restricts to one unit when the viewer may only see their own. */
  scopeUnitId?: string | undefined;
  limit: number;
  offset: number;
}

export async function findUserById(db: Executor, id: string): Promise<UserRow | undefined> {
  return db.selectFrom('users').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function findUserByUsername(db: Executor, username: string): Promise<UserRow | undefined> {
  return db
    .selectFrom('users')
    .selectAll()
    .where(sql`lower(username)`, '=', username.toLowerCase())
    .executeTakeFirst();
}

/** Accounts by sign-in name, case-insensitive (mentions in a comment). */
export async function findUsersByUsernames(db: Executor, usernames: string[]) {
  if (usernames.length === 0) return [];
  return db
    .selectFrom('users')
    .select(['id', 'unit_id', 'roles'])
    .where(
      sql`lower(username)`,
      'in',
      usernames.map((u) => u.toLowerCase()),
    )
    .execute();
}

export async function listUsers(
  db: Executor,
  query: UserListQuery,
): Promise<{ rows: UserRow[]; total: number }> {
  let q = db.selectFrom('users');
  if (query.scopeUnitId) q = q.where('unit_id', '=', query.scopeUnitId);
  if (query.unitId) q = q.where('unit_id', '=', query.unitId);
  if (query.role) q = q.where(sql<boolean>`${query.role} = any(roles)`);
  if (query.active) q = q.where('disabled', '=', false);
  if (query.q) {
    const pattern = containsPattern(query.q);
    q = q.where((eb) =>
      eb.or([
        eb(sql`ungcuu_fold(full_name)`, 'like', sql`ungcuu_fold(${pattern})`),
        eb(sql`lower(username)`, 'like', pattern.toLowerCase()),
      ]),
    );
  }
  const [rows, count] = await Promise.all([
    q.selectAll().orderBy('full_name').orderBy('id').limit(query.limit).offset(query.offset).execute(),
    q.select((eb) => eb.fn.countAll<string>().as('n')).executeTakeFirstOrThrow(),
  ]);
  return { rows, total: Number(count.n) };
}

export async function insertUser(db: Executor, row: NewUserRow): Promise<UserRow> {
  return db.insertInto('users').values(row).returningAll().executeTakeFirstOrThrow();
}

export async function updateUser(db: Executor, id: string, patch: UserUpdate): Promise<UserRow> {
  return db
    .updateTable('users')
    .set({ ...patch, version: sql`version + 1` })
    .where('id', '=', id)
    .returningAll()
    .executeTakeFirstOrThrow();
}

export async function countUsers(db: Executor): Promise<number> {
  const row = await db
    .selectFrom('users')
    .select((eb) => eb.fn.countAll<string>().as('n'))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}
