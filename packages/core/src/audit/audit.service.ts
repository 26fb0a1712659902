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
}

/**
 * Writes one audit record inside the caller's transaction (the non-negotiable: every mutation
 * is audited in the same transaction, so a rolled-back change leaves no record and vice versa).
 */
export async function recordAudit(
  trx: Trx,
  clock: Clock,
  actor: RequestActor,
  entry: AuditEntry,
): Promise<void> {
  const key = activeAuditKey();
  const chain = await repo.lockChain(trx);
  const prevHash = (await repo.lastHash(trx, chain)) ?? GENESIS_HASH;
  const fields: ChainedFields = {
    at: clock.now().toISOString(),
    actorUserId: actor.userId === SYSTEM_ACTOR.userId ? null : actor.userId,
    actorLabel: actor.label,
    ip: actor.ip ?? null,
    requestId: actor.requestId ?? null,
    action: entry.action,
    entityType: entry.entityType,
    entityId: entry.entityId,
    unitId: entry.unitId ?? null,
    before: toPlainJson(entry.before ?? null),
    after: toPlainJson(entry.after ?? null),
  };
  await repo.insertAudit(trx, {
    at: fields.at as unknown as Date,
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
    chain,
    prev_hash: prevHash,
    alg: ALG_HMAC_SHA256,
    key_id: key.id,
    hash: keyedChainHash(key.hmacKey, prevHash, fields),
  });
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
