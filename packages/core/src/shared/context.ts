import type { Actor } from '@ungcuu/domain/auth/permissions.ts';
import type { Kysely, Transaction } from 'kysely';
import type { Database } from '../db/schema.ts';

/** Who acts, plus where from: what the audit trail records. System jobs use SYSTEM_ACTOR. */
export interface RequestActor extends Actor {
  label: string;
  ip?: string | null;
  requestId?: string | null;
  /** Set when the request was authenticated by an API token: its scopes bound the actions. */
  tokenScopes?: readonly string[] | null;
  /** The API token of the request, when authenticated by one (alert sources are tied to it). */
  token?: { id: string; name: string } | null;
}

export const SYSTEM_ACTOR: RequestActor = {
  userId: '00000000-0000-0000-0000-000000000000',
  unitId: '00000000-0000-0000-0000-000000000000',
  roles: ['admin'],
  label: 'system',
};

export type Db = Kysely<Database>;
export type Trx = Transaction<Database>;
/** Repositories accept the root db or a transaction, so services decide where a query runs. */
export type Executor = Db | Trx;

export interface Clock {
  now(): Date;
}

export const systemClock: Clock = { now: () => new Date() };
