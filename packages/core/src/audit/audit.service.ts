import { can } from '@ungcuu/domain/auth/permissions.ts';
import { DomainError } from '@ungcuu/domain/errors.ts';
import { toPlainJson } from '../shared/canonical-json.ts';
import { type Clock, type Db, type RequestActor, SYSTEM_ACTOR, type Trx } from '../shared/context.ts';
import * as repo from './audit.repository.ts';
import { type ChainedFields, chainHash, GENESIS_HASH } from './audit-chain.ts';

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
    hash: chainHash(prevHash, fields),
  });
}

export interface VerifyResult {
  ok: boolean;
  checked: number;
  firstBroken?: { id: string; reason: 'hash_mismatch' | 'prev_link_mismatch' };
}

/** Walks the chain in pages and reports the first record whose link or hash does not hold. */
export async function verifyAuditChain(db: Db, pageSize = 1000): Promise<VerifyResult> {
  let checked = 0;
  let firstBroken: VerifyResult['firstBroken'];
  for (let chain = 0; chain < repo.AUDIT_CHAINS; chain++) {
    const result = await verifyOneChain(db, chain, pageSize);
    checked += result.checked;
    // Report the earliest broken record across chains: ids are global and increase with time.
    if (result.firstBroken && (!firstBroken || BigInt(result.firstBroken.id) < BigInt(firstBroken.id)))
      firstBroken = result.firstBroken;
  }
  return firstBroken ? { ok: false, checked, firstBroken } : { ok: true, checked };
}

async function verifyOneChain(db: Db, chain: number, pageSize: number): Promise<VerifyResult> {
  let prev = GENESIS_HASH;
  let afterId: string | null = null;
  let checked = 0;
  for (;;) {
    const rows = await repo.chainPage(db, chain, afterId, pageSize);
    if (rows.length === 0) return { ok: true, checked };
    for (const row of rows) {
      if (row.prev_hash !== prev)
        return { ok: false, checked, firstBroken: { id: row.id, reason: 'prev_link_mismatch' } };
      const expected = chainHash(prev, {
        at: new Date(row.at).toISOString(),
        actorUserId: row.actor_user_id,
        actorLabel: row.actor_label,
        ip: row.ip,
        requestId: row.request_id,
        action: row.action,
        entityType: row.entity_type,
        entityId: row.entity_id,
        unitId: row.unit_id,
        before: row.before ?? null,
        after: row.after ?? null,
      });
      if (expected !== row.hash)
        return { ok: false, checked, firstBroken: { id: row.id, reason: 'hash_mismatch' } };
      prev = row.hash;
      checked++;
      afterId = row.id;
    }
  }
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
