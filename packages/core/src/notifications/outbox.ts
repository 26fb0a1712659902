import { sql } from 'kysely';
import type { OutboxChannel } from '../db/schema-notifications.ts';
import type { Executor } from '../shared/context.ts';

/** Delivery workers LISTEN here: a committed outbox row wakes them at once instead of at the next poll. */
export const OUTBOX_CHANNEL = 'ungcuu_outbox';

/** An external mail as the SMTP channel sends it. Threading headers keep one incident one thread. */
export interface OutgoingMail {
  to: string;
  subject: string;
  text: string;
  html?: string;
  /** `<id@host>`; generated at send time when absent (the worker keeps it stable across retries). */
  messageId?: string;
  inReplyTo?: string;
  references?: string[];
  /** RFC 3834 Auto-Submitted value (`auto-generated` when absent): keeps autoresponders from answering. */
  autoSubmitted?: 'auto-generated' | 'auto-replied';
}

export interface OutboxEntry {
  channel: OutboxChannel;
  recipient: string;
  kind: string;
  payload: unknown;
  userId?: string | null;
  notificationId?: string | null;
  endpointId?: string | null;
  /** Same key, one row: a producer that runs twice queues once. */
  dedupeKey?: string | null;
  maxAttempts?: number;
  /** Quiet hours: not sent before then. */
  notBefore?: Date | null;
}

/**
 * Queues messages in the caller's transaction: they exist exactly when the change that caused them
 * commits, and the worker delivers them later (retries, back-off). Returns the ids queued (a row
 * whose dedupe key is already there is skipped).
 */
export async function enqueue(trx: Executor, entries: readonly OutboxEntry[]): Promise<string[]> {
  if (entries.length === 0) return [];
  const rows = await trx
    .insertInto('notification_outbox')
    .values(
      entries.map((e) => ({
        channel: e.channel,
        recipient: e.recipient,
        kind: e.kind,
        payload: JSON.stringify(e.payload),
        user_id: e.userId ?? null,
        notification_id: e.notificationId ?? null,
        endpoint_id: e.endpointId ?? null,
        dedupe_key: e.dedupeKey ?? null,
        ...(e.maxAttempts ? { max_attempts: e.maxAttempts } : {}),
        ...(e.notBefore ? { next_attempt_at: e.notBefore } : {}),
      })),
    )
    .onConflict((oc) => oc.column('dedupe_key').doNothing())
    .returning('id')
    .execute();
  if (rows.length > 0) await sql`select pg_notify(${OUTBOX_CHANNEL}, '')`.execute(trx);
  return rows.map((r) => r.id);
}

/**
 * One external mail queued in the caller's transaction, delivered by the outbox worker over SMTP
 * (used by incoming mail for acknowledgements and by notify() for people's notices).
 */
export async function enqueueMail(
  trx: Executor,
  message: OutgoingMail,
  options: { kind?: string; userId?: string | null; notificationId?: string | null; dedupeKey?: string } = {},
): Promise<string | null> {
  const [id] = await enqueue(trx, [
    {
      channel: 'email',
      recipient: message.to,
      kind: options.kind ?? 'mail',
      payload: message,
      userId: options.userId ?? null,
      notificationId: options.notificationId ?? null,
      dedupeKey: options.dedupeKey ?? null,
    },
  ]);
  return id ?? null;
}
