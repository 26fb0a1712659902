import { publishRevocation } from '../events/change-bus.ts';
import type { Executor } from '../shared/context.ts';

export async function insertSession(
  db: Executor,
  row: {
    id: string;
    user_id: string;
    csrf_token: string;
    ip: string | null;
    user_agent: string | null;
    expires_at: Date;
    last_seen_at: Date;
  },
): Promise<void> {
  await db.insertInto('sessions').values(row).execute();
}

/** The session and its user in one query: this runs on every authenticated request. */
export async function findActiveSession(db: Executor, id: string, now: Date) {
  return db
    .selectFrom('sessions')
    .innerJoin('users', 'users.id', 'sessions.user_id')
    .select([
      'sessions.id as session_id',
      'sessions.csrf_token',
      'sessions.last_seen_at',
      'sessions.expires_at',
      'users.id as user_id',
      'users.unit_id',
      'users.username',
      'users.full_name',
      'users.roles',
      'users.locale',
      'users.disabled',
      'users.totp_enabled',
      'users.must_change_password',
    ])
    .where('sessions.id', '=', id)
    .where('sessions.expires_at', '>', now)
    .executeTakeFirst();
}

export async function touchSession(db: Executor, id: string, now: Date, expiresAt: Date): Promise<void> {
  await db
    .updateTable('sessions')
    .set({ last_seen_at: now, expires_at: expiresAt })
    .where('id', '=', id)
    .execute();
}

// Every way of ending sessions below also tells every process (on commit), so that open event
// streams of those sessions end at once, not at their next request.

export async function deleteSession(db: Executor, id: string): Promise<void> {
  const row = await db.deleteFrom('sessions').where('id', '=', id).returning('user_id').executeTakeFirst();
  if (row) await publishRevocation(db, row.user_id);
}

export async function deleteSessionsOfUser(db: Executor, userId: string): Promise<number> {
  const result = await db.deleteFrom('sessions').where('user_id', '=', userId).executeTakeFirst();
  await publishRevocation(db, userId);
  return Number(result.numDeletedRows);
}

/** After a password change: whoever knew the old password loses their sessions; this one stays. */
export async function deleteOtherSessions(db: Executor, userId: string, keepId: string): Promise<void> {
  await db.deleteFrom('sessions').where('user_id', '=', userId).where('id', '<>', keepId).execute();
  await publishRevocation(db, userId);
}

export async function deleteExpiredSessions(db: Executor, now: Date): Promise<number> {
  const result = await db.deleteFrom('sessions').where('expires_at', '<=', now).executeTakeFirst();
  return Number(result.numDeletedRows);
}
