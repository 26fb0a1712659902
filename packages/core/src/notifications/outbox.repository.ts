import { sql } from 'kysely';
import type { OutboxRow } from '../db/schema-notifications.ts';
import type { Executor } from '../shared/context.ts';

/**
 * Takes up to `limit` due rows for this worker: pending ones whose time has come, and "sending"
 * ones whose lease ran out (their worker died mid-send). `FOR UPDATE SKIP LOCKED` makes two
 * workers take disjoint rows; the lease marks them taken once the short transaction commits, so
 * the network send happens outside any transaction.
 */
export async function claimDue(
  db: Executor,
  now: Date,
  leaseMs: number,
  limit: number,
): Promise<OutboxRow[]> {
  const lease = new Date(now.getTime() + leaseMs);
  const { rows } = await sql<OutboxRow>`
    update notification_outbox set status = 'sending', attempts = attempts + 1, locked_until = ${lease}
    where id in (
      select id from notification_outbox
      where (status = 'pending' and next_attempt_at <= ${now})
         or (status = 'sending' and locked_until < ${now})
      order by next_attempt_at
      limit ${limit}
      for update skip locked)
    returning *`.execute(db);
  return rows;
}

async function logAttempt(
  db: Executor,
  row: OutboxRow,
  at: Date,
  ok: boolean,
  error: string | null,
  durationMs: number,
): Promise<void> {
  await db
    .insertInto('notification_deliveries')
    .values({ outbox_id: row.id, attempt: row.attempts, at, ok, error, duration_ms: Math.round(durationMs) })
    .execute();
}

/** Delivered: the row is done and the attempt logged (the caller's transaction holds both). */
export async function markSent(db: Executor, row: OutboxRow, at: Date, durationMs: number): Promise<void> {
  await db
    .updateTable('notification_outbox')
    .set({ status: 'sent', sent_at: at, locked_until: null, last_error: null })
    .where('id', '=', row.id)
    .execute();
  await logAttempt(db, row, at, true, null, durationMs);
}

/** Failed (in the caller's transaction): tried again at `retryAt`, or given up (`failed`) when out of attempts. */
export async function markFailed(
  db: Executor,
  row: OutboxRow,
  at: Date,
  error: string,
  retryAt: Date | null,
  durationMs: number,
): Promise<void> {
  await db
    .updateTable('notification_outbox')
    .set({
      status: retryAt ? 'pending' : 'failed',
      next_attempt_at: retryAt ?? at,
      locked_until: null,
      last_error: error.slice(0, 1000),
    })
    .where('id', '=', row.id)
    .execute();
  await logAttempt(db, row, at, false, error.slice(0, 1000), durationMs);
}
