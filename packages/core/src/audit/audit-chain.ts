import { createHash } from 'node:crypto';
import { canonicalJson } from '../shared/canonical-json.ts';

export const GENESIS_HASH = '0'.repeat(64);

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

/** hash_n = SHA-256(hash_{n-1} ‖ canonical JSON of record n): changing any past record breaks every later link. */
export function chainHash(prevHash: string, fields: ChainedFields): string {
  return createHash('sha256').update(prevHash).update('\n').update(canonicalJson(fields)).digest('hex');
}
