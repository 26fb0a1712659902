import { sql } from 'kysely';
import type { Executor } from '../shared/context.ts';

/**
 * Counts attempts per key in a fixed window, in the database so that every server process
 * shares the count. Returns the count including this attempt.
 */
export async function hitThrottle(db: Executor, key: string, now: Date, windowMs: number): Promise<number> {
  const windowStart = new Date(now.getTime() - windowMs);
  const result = await sql<{ count: number }>`
    insert into auth_throttle (key, window_start, count) values (${key}, ${now}, 1)
    on conflict (key) do update set
      count = case when auth_throttle.window_start < ${windowStart} then 1 else auth_throttle.count + 1 end,
      window_start = case when auth_throttle.window_start < ${windowStart} then ${now} else auth_throttle.window_start end
    returning count`.execute(db);
  return Number(result.rows[0]?.count ?? 1);
}

export async function clearThrottle(db: Executor, key: string): Promise<void> {
  await db.deleteFrom('auth_throttle').where('key', '=', key).execute();
}
