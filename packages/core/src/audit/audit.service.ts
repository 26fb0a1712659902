import { can } from '@ungcuu/domain/auth/permissions.ts';
import { DomainError } from '@ungcuu/domain/errors.ts';
import { toPlainJson } from '../shared/canonical-json.ts';
import { type Clock, type Db, type RequestActor, SYSTEM_ACTOR, type Trx } from '../shared/context.ts';
import * as repo from './audit.repository.ts';
import { ALG_HMAC_SHA256, type ChainedFields, GENESIS_HASH, keyedChainHash } from './audit-chain.ts';
import { activeAuditKey } from './audit-key.ts';

export { type AuditFinding, type VerifyResult, verifyAuditChain } from './audit-verify.ts';

export interface AuditEntry {
  action: string;
  entityType: string;
  entityId: string | null;
  unitId?: string | null;
  before?: unknown;
  after?: unknown;
  /** Who did it, when a transaction records several people's changes (intake's group commit). */
  actor?: RequestActor;
}

// The chain a transaction holds and the hash its next record links to: a transaction that audits
// again (recordAudit called twice) continues where it left off without another claim.
const heldChains = new WeakMap<Trx, repo.ChainClaim>();

/**
 * Writes audit records inside the caller's transaction (the non-negotiable: every mutation is
 * audited in the same transaction, so a rolled-back change leaves no record and vice versa), and
 * sends the transaction's change notices in the same statement. Two statements at most: claim a
 * chain (once per transaction), append (decision 0027).
 */
export async function recordAudits(
  trx: Trx,
  clock: Clock,
  actor: RequestActor,
  entries: readonly AuditEntry[],
  notices: readonly { channel: string; payload: string }[] = [],
): Promise<void> {
  if (entries.length === 0) return;
  const key = activeAuditKey();
  const claim =
    heldChains.get(trx) ?? (await repo.claimChain(trx, Math.floor(Math.random() * repo.AUDIT_CHAINS)));
  let prevHash = claim.lastHash ?? GENESIS_HASH;
  const at = clock.now().toISOString();
  const rows: repo.NewAuditRow[] = entries.map((entry) => {
    const who = entry.actor ?? actor;
    const fields: ChainedFields = {
      at,
      actorUserId: who.userId === SYSTEM_ACTOR.userId ? null : who.userId,
      actorLabel: who.label,
      ip: who.ip ?? null,
      requestId: who.requestId ?? null,
      action: entry.action,
      entityType: entry.entityType,
      entityId: entry.entityId,
      unitId: entry.unitId ?? null,
      before: toPlainJson(entry.before ?? null),
      after: toPlainJson(entry.after ?? null),
    };
    const hash = keyedChainHash(key.hmacKey, prevHash, fields);
    const row: repo.NewAuditRow = {
      at,
      actor_user_id: fields.actorUserId,
      actor_label: fields.actorLabel,
      ip: fields.ip,
      request_id: fields.requestId,
      action: fields.action,
      entity_type: fields.entityType,
      entity_id: fields.entityId,
      unit_id: fields.unitId,
      before: fields.before,
      after: fields.after,
      chain: claim.chain,
      prev_hash: prevHash,
      alg: ALG_HMAC_SHA256,
      key_id: key.id,
      hash,
    };
    prevHash = hash;
    return row;
  });
  await repo.appendAudit(trx, claim.chain, rows, notices);
  heldChains.set(trx, { chain: claim.chain, lastHash: prevHash });
}

/** One audit record in the caller's transaction (see recordAudits). */
export async function recordAudit(
  trx: Trx,
  clock: Clock,
  actor: RequestActor,
  entry: AuditEntry,
): Promise<void> {
  await recordAudits(trx, clock, actor, [entry]);
}

export async function listAuditRecords(db: Db, actor: RequestActor, filter: repo.AuditFilter) {
  if (!can(actor, 'audit.read')) throw new DomainError('forbidden');
  const { rows, total } = await repo.listAudit(db, filter);
  return {
    total,
    items: rows.map((r) => ({
      id: r.id,
      at: new Date(r.at).toISOString(),
      actorUserId: r.actor_user_id,
      actorLabel: r.actor_label,
      ip: r.ip,
      requestId: r.request_id,
      action: r.action,
      entityType: r.entity_type,
      entityId: r.entity_id,
      unitId: r.unit_id,
      before: r.before,
      after: r.after,
    })),
  };
}
