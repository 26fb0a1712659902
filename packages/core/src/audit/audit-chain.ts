import { createHash, createHmac } from 'node:crypto';
import { canonicalJson } from '../shared/canonical-json.ts';

export const GENESIS_HASH = '0'.repeat(64);

/** How a record's hash was made (audit_log.alg). */
export const ALG_PUBLIC_SHA256 = 1;
export const ALG_HMAC_SHA256 = 2;

/** The fields of an audit record that its hash covers. */
export interface ChainedFields {
  at: string;
  actorUserId: string | null;
  actorLabel: string;
  ip: string | null;
  requestId: string | null;
  action: string;
  entityType: string;
  entityId: string | null;
  unitId: string | null;
  before: unknown;
  after: unknown;
}

/**
 * Records written before the audit key existed: hash_n = SHA-256(hash_{n-1} ‖ canonical JSON of
 * record n). Anyone can recompute it, so it only shows accidental damage; kept to verify old records.
 */
export function chainHash(prevHash: string, fields: ChainedFields): string {
  return createHash('sha256').update(prevHash).update('\n').update(canonicalJson(fields)).digest('hex');
}

/** hash_n = HMAC-SHA-256(key, hash_{n-1} ‖ canonical JSON of record n): forging needs the key. */
export function keyedChainHash(key: Buffer, prevHash: string, fields: ChainedFields): string {
  return createHmac('sha256', key).update(prevHash).update('\n').update(canonicalJson(fields)).digest('hex');
}
