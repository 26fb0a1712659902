import type { ThrottleState } from '@ungcuu/domain/auth/throttle.ts';
import { sql } from 'kysely';
import type { Executor, Trx } from '../shared/context.ts';

/**
 * Counters shared by every server process. The rows of one attempt are locked (in key order, so
 * two attempts never wait on each other crosswise) until the attempt is counted: parallel
 * attempts are decided one after the other.
 */
export async function lockThrottleRows(
  trx: Trx,
  keys: string[],
  now: Date,
): Promise<Map<string, ThrottleState>> {
  const sorted = [...new Set(keys)].sort();
  await trx
    .insertInto('auth_throttle')
    .values(sorted.map((key) => ({ key, window_start: now, last_at: now, count: 0 })))
    .onConflict((oc) => oc.column('key').doNothing())
    .execute();
  const rows = await trx
    .selectFrom('auth_throttle')
    .selectAll()
    .where('key', 'in', sorted)
    .orderBy('key')
    .forUpdate()
    .execute();
  return new Map(
    rows.map((r) => [
      r.key,
      { count: r.count, firstAt: new Date(r.window_start), lastAt: new Date(r.last_at) },
    ]),
  );
}

export async function saveThrottle(trx: Trx, key: string, state: ThrottleState): Promise<void> {
  await trx
    .updateTable('auth_throttle')
    .set({ count: state.count, window_start: state.firstAt, last_at: state.lastAt })
    .where('key', '=', key)
    .execute();
}

/** Takes back one counted attempt (a success is not held against the address or account). */
export async function refundThrottle(db: Executor, keys: string[]): Promise<void> {
  if (keys.length === 0) return;
  await db
    .updateTable('auth_throttle')
    .set({ count: sql`greatest(count - 1, 0)` })
    .where('key', 'in', keys)
    .execute();
}

export async function clearThrottle(db: Executor, key: string): Promise<void> {
  await db.deleteFrom('auth_throttle').where('key', '=', key).execute();
}

/** Records when a key last happened (used for "signed in from this address before"). */
export async function markThrottle(db: Executor, key: string, now: Date): Promise<void> {
  await sql`
    insert into auth_throttle (key, window_start, last_at, count) values (${key}, ${now}, ${now}, 0)
    on conflict (key) do update set last_at = ${now}`.execute(db);
}

export async function lastMarked(db: Executor, key: string): Promise<Date | null> {
  const row = await db
    .selectFrom('auth_throttle')
    .select('last_at')
    .where('key', '=', key)
    .executeTakeFirst();
  return row ? new Date(row.last_at) : null;
}

/**
 * Counters idle for longer than any rule remembers are dropped (spraying leaves many keys);
 * "signed in from here" marks (seen:) are kept longer.
 */
export async function deleteStaleThrottles(
  db: Executor,
  countersBefore: Date,
  marksBefore: Date,
): Promise<number> {
  const result = await db
    .deleteFrom('auth_throttle')
    .where((eb) =>
      eb.or([
        eb.and([eb('key', 'not like', 'seen:%'), eb('last_at', '<', countersBefore)]),
        eb('last_at', '<', marksBefore),
      ]),
    )
    .executeTakeFirst();
  return Number(result.numDeletedRows);
}
