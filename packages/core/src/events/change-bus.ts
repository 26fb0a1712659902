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
  await sql`select pg_notify(${CHANGES_CHANNEL}, ${JSON.stringify(event)})`.execute(trx);
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
  await sql`select pg_notify(${REVOCATIONS_CHANNEL}, ${JSON.stringify({ userId })})`.execute(db);
}

export function parseRevocation(payload: string): { userId: string } | null {
  try {
    const value = JSON.parse(payload) as { userId?: unknown };
    return typeof value.userId === 'string' ? { userId: value.userId } : null;
  } catch {
    return null;
  }
}
