import { sql } from 'kysely';
import type { Executor } from '../shared/context.ts';

export const CHANGES_CHANNEL = 'ungcuu_changes';

/**
 * A change as every open screen hears it. unitIds say whose records these are, so the fan-out
 * sends it only to people who may see them; 'all' marks records everybody may see.
 */
export interface ChangeEvent {
  entity: string;
  id: string;
  action: string;
  unitIds: string[] | 'all';
}

/**
 * Sent with pg_notify inside the writer's transaction: Postgres delivers it only on commit, to
 * every process listening, so a rolled-back change is never announced.
 */
export async function publishChange(trx: Executor, event: ChangeEvent): Promise<void> {
  const held = deferred.get(trx);
  if (held) {
    held.push({ channel: CHANGES_CHANNEL, payload: JSON.stringify(event) });
    return;
  }
  await sql`select pg_notify(${CHANGES_CHANNEL}, ${JSON.stringify(event)})`.execute(trx);
}

/** A notice held back by mutate() to go out with the transaction's audit records (one statement). */
export interface DeferredNotice {
  channel: string;
  payload: string;
}

const deferred = new WeakMap<object, DeferredNotice[]>();

/**
 * From now on, the transaction's change notices are collected instead of sent one statement each;
 * mutate() sends them with its audit records, or through sendDeferred when there are none.
 */
export function deferChanges(trx: Executor): DeferredNotice[] {
  const list: DeferredNotice[] = [];
  deferred.set(trx, list);
  return list;
}

/** Stops collecting and sends what was collected (pg_notify is delivered on commit either way). */
export async function sendDeferred(trx: Executor, notices: readonly DeferredNotice[]): Promise<void> {
  deferred.delete(trx);
  if (notices.length === 0) return;
  await sql`select count(*) from (select pg_notify(n->>'channel', n->>'payload') from jsonb_array_elements(${JSON.stringify(notices)}::jsonb) n) sent`.execute(
    trx,
  );
}

export function stopDeferring(trx: Executor): void {
  deferred.delete(trx);
}

export function parseChange(payload: string): ChangeEvent | null {
  try {
    const value = JSON.parse(payload) as ChangeEvent;
    return typeof value.entity === 'string' && typeof value.id === 'string' ? value : null;
  } catch {
    return null;
  }
}

export const REVOCATIONS_CHANNEL = 'ungcuu_revocations';

/**
 * Someone's sessions or API tokens ended (sign-out, password change or reset, disabling, token
 * revocation). Sent in the same transaction as the revocation; every process then checks the open
 * streams of that person again and ends those whose credential no longer works.
 */
export async function publishRevocation(db: Executor, userId: string): Promise<void> {
  for (const heard of revocationsInProcess) heard(userId);
  await sql`select pg_notify(${REVOCATIONS_CHANNEL}, ${JSON.stringify({ userId })})`.execute(db);
}

const revocationsInProcess = new Set<(userId: string) => void>();

/**
 * Hears a revocation of this process as it is written, before its commit (the notice on
 * REVOCATIONS_CHANNEL comes after the commit, from every process): caches of credentials forget
 * that person at once, and again when the notice arrives. Returns the way to stop hearing.
 */
export function onRevocationWritten(heard: (userId: string) => void): () => void {
  revocationsInProcess.add(heard);
  return () => revocationsInProcess.delete(heard);
}

export function parseRevocation(payload: string): { userId: string } | null {
  try {
    const value = JSON.parse(payload) as { userId?: unknown };
    return typeof value.userId === 'string' ? { userId: value.userId } : null;
  } catch {
    return null;
  }
}
