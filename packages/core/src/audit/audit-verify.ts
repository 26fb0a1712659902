import type { AuditFinding, AuditStatus } from '@ungcuu/domain/audit/audit-findings.ts';
import type { AuditRow } from '../db/schema.ts';
import type { Db } from '../shared/context.ts';
import * as repo from './audit.repository.ts';
import {
  ALG_HMAC_SHA256,
  ALG_PUBLIC_SHA256,
  type ChainedFields,
  chainHash,
  GENESIS_HASH,
  keyedChainHash,
} from './audit-chain.ts';
import { checkpointFiles, latestStoredCheckpoint } from './audit-checkpoint.service.ts';
import { checkpointSignatureValid, parseCheckpoint, type SignedCheckpoint } from './audit-checkpoint.ts';
import { type AuditKey, activeAuditKey } from './audit-key.ts';

export type { AuditFinding, AuditStatus } from '@ungcuu/domain/audit/audit-findings.ts';

export interface VerifyResult {
  ok: boolean;
  /** Records whose hash was checked. */
  checked: number;
  /** The first finding's kind, or intact. */
  status: AuditStatus;
  findings: AuditFinding[];
  /** The checkpoints the trail was compared with. */
  checkpoints: { source: string; at: string; total: number }[];
  /** The earliest edited or unlinked record (kept for callers of the first version). */
  firstBroken?: { id: string; reason: 'hash_mismatch' | 'prev_link_mismatch' };
}

export interface VerifyOptions {
  /** Checkpoints kept elsewhere (a file a leader kept), as text: JSON or the printable page. */
  checkpoints?: { source: string; text: string }[];
  /** The folder of checkpoint files: its newest file is compared too. */
  checkpointDir?: string | undefined;
  /** Compare with the newest checkpoint of the database's own table (default true). */
  useStored?: boolean;
}

interface Expectation {
  lastId: string;
  firstKeyedId: string | null;
  count: number;
  head: string;
  at: string;
}

function fieldsOf(row: AuditRow): ChainedFields {
  return {
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
  };
}

/** Checks the checkpoints' signatures; returns the expectations of the valid ones per chain. */
async function collectCheckpoints(db: Db, key: AuditKey, options: VerifyOptions, findings: AuditFinding[]) {
  const sources: { source: string; text?: string; checkpoint?: SignedCheckpoint }[] = [
    ...(options.checkpoints ?? []),
    ...(options.checkpointDir ? await checkpointFiles(options.checkpointDir) : []),
  ];
  if (options.useStored !== false) {
    const stored = await latestStoredCheckpoint(db).catch(() => null);
    if (stored) sources.push({ source: 'database', checkpoint: stored });
  }
  const used: VerifyResult['checkpoints'] = [];
  const byChain = new Map<number, Expectation[]>();
  // A valid checkpoint proves the key existed then: every record after it must be keyed.
  let keyedAfter: bigint | null = null;
  for (const s of sources) {
    let checkpoint = s.checkpoint;
    try {
      checkpoint ??= parseCheckpoint(s.text ?? '');
    } catch {
      findings.push({ kind: 'checkpoint_invalid', source: s.source });
      continue;
    }
    if (checkpoint.body.keyId !== key.id) {
      findings.push({ kind: 'key_mismatch', keyId: checkpoint.body.keyId, source: s.source });
      continue;
    }
    if (!checkpointSignatureValid(key, checkpoint)) {
      findings.push({ kind: 'checkpoint_invalid', source: s.source });
      continue;
    }
    used.push({ source: s.source, at: checkpoint.body.at, total: checkpoint.body.total });
    for (const c of checkpoint.body.chains) {
      if (c.lastId === null || c.count === 0) continue;
      if (keyedAfter === null || BigInt(c.lastId) > keyedAfter) keyedAfter = BigInt(c.lastId);
      const list = byChain.get(c.chain) ?? [];
      list.push({
        lastId: String(c.lastId),
        firstKeyedId: c.firstKeyedId === null ? null : String(c.firstKeyedId),
        count: c.count,
        head: c.head,
        at: checkpoint.body.at,
      });
      byChain.set(c.chain, list);
    }
  }
  return { used, byChain, keyedAfter };
}

interface ChainOutcome {
  checked: number;
  rows: number;
  findings: AuditFinding[];
}

/**
 * Walks one chain in pages (keyset on id). After the first break it keeps counting rows, without
 * checking hashes, so that truncation against a checkpoint is still measured.
 */
async function verifyOneChain(
  db: Db,
  key: AuditKey,
  chain: number,
  expected: Expectation[],
  keyedAfter: bigint | null,
  pageSize: number,
): Promise<ChainOutcome> {
  const findings: AuditFinding[] = [];
  const seenUpTo = expected.map(() => 0);
  const keyedFrom = expected.reduce<bigint | null>((min, e) => {
    if (e.firstKeyedId === null) return min;
    const id = BigInt(e.firstKeyedId);
    return min === null || id < min ? id : min;
  }, null);
  let prev = GENESIS_HASH;
  let keyed = false;
  let broken = false;
  let checked = 0;
  let rows = 0;
  let afterId: string | null = null;
  for (;;) {
    const page = await repo.chainPage(db, chain, afterId, pageSize);
    if (page.length === 0) break;
    for (const row of page) {
      // bigint ids come back as strings from PostgreSQL and as numbers from PGlite.
      const id = String(row.id);
      afterId = id;
      rows++;
      expected.forEach((e, i) => {
        if (BigInt(id) <= BigInt(e.lastId)) seenUpTo[i]! += 1;
        if (id === e.lastId && row.hash !== e.head)
          findings.push({ kind: 'record_edited', chain, id, detail: 'head_differs' });
      });
      if (broken) continue;
      const mustBeKeyed =
        keyed ||
        (keyedAfter !== null && BigInt(id) > keyedAfter) ||
        (keyedFrom !== null && BigInt(id) >= keyedFrom);
      const finding = checkRecord(key, chain, { ...row, id }, prev, mustBeKeyed);
      if (finding) {
        findings.push(finding);
        broken = true;
        continue;
      }
      keyed ||= row.alg === ALG_HMAC_SHA256;
      prev = row.hash;
      checked++;
    }
  }
  // The most demanding checkpoint decides what is missing at the end of the chain.
  expected.forEach((e, i) => {
    const missing = e.count - seenUpTo[i]!;
    if (missing <= 0) return;
    if (rows === 0) findings.push({ kind: 'chain_missing', chain, missing, checkpointAt: e.at });
    else if (BigInt(afterId ?? '0') < BigInt(e.lastId))
      findings.push({ kind: 'tail_truncated', chain, missing, checkpointAt: e.at });
    else if (!findings.some((f) => f.kind === 'chain_broken'))
      findings.push({ kind: 'chain_broken', chain, id: e.lastId });
  });
  return { checked, rows, findings: strongestPerKind(findings) };
}

function checkRecord(
  key: AuditKey,
  chain: number,
  row: AuditRow,
  prev: string,
  mustBeKeyed: boolean,
): AuditFinding | null {
  if (row.prev_hash !== prev) return { kind: 'chain_broken', chain, id: row.id };
  if (row.alg === ALG_HMAC_SHA256) {
    if (row.key_id !== key.id) return { kind: 'key_mismatch', keyId: row.key_id, chain, id: row.id };
    if (keyedChainHash(key.hmacKey, prev, fieldsOf(row)) !== row.hash)
      return { kind: 'record_edited', chain, id: row.id, detail: 'hash_mismatch' };
    return null;
  }
  // Once a chain is keyed it stays keyed (from the first keyed record a checkpoint signed, and
  // everything after a checkpoint): a public-algorithm record there is a forgery.
  if (row.alg !== ALG_PUBLIC_SHA256 || mustBeKeyed)
    return { kind: 'record_edited', chain, id: row.id, detail: 'downgraded' };
  if (chainHash(prev, fieldsOf(row)) !== row.hash)
    return { kind: 'record_edited', chain, id: row.id, detail: 'hash_mismatch' };
  return null;
}

/** One finding per kind per chain: the largest truncation, the first edit. */
function strongestPerKind(findings: AuditFinding[]): AuditFinding[] {
  const out: AuditFinding[] = [];
  for (const f of findings) {
    const same = out.findIndex((o) => o.kind === f.kind);
    if (same < 0) out.push(f);
    else if (
      'missing' in f &&
      'missing' in out[same]! &&
      f.missing > (out[same] as { missing: number }).missing
    )
      out[same] = f;
  }
  return out;
}

function isMissingTable(error: unknown): boolean {
  return (error as { code?: string })?.code === '42P01';
}

/**
 * Verifies every chain of the trail and compares it with the checkpoints given, in the folder, and
 * in the database; reports which kind of tampering it found. Name and first two parameters are
 * stable: other commands (backup, restore) call it.
 */
export async function verifyAuditChain(
  db: Db,
  pageSize = 1000,
  options: VerifyOptions = {},
): Promise<VerifyResult> {
  const key = activeAuditKey();
  const findings: AuditFinding[] = [];
  try {
    const { used, byChain, keyedAfter } = await collectCheckpoints(db, key, options, findings);
    let checked = 0;
    let rows = 0;
    const chainFindings: AuditFinding[] = [];
    for (let chain = 0; chain < repo.AUDIT_CHAINS; chain++) {
      const outcome = await verifyOneChain(db, key, chain, byChain.get(chain) ?? [], keyedAfter, pageSize);
      checked += outcome.checked;
      rows += outcome.rows;
      chainFindings.push(...outcome.findings);
    }
    // An empty trail is emptied when a checkpoint saw records, or when people exist (creating
    // anyone writes audit records).
    if (rows === 0 && (byChain.size > 0 || (await repo.anyUser(db)))) {
      const missing = [...byChain.values()].reduce((n, l) => n + Math.max(0, ...l.map((e) => e.count)), 0);
      const at =
        used
          .map((u) => u.at)
          .sort()
          .pop() ?? null;
      findings.push({ kind: 'table_emptied', missing, checkpointAt: at });
    } else findings.push(...chainFindings);
    return result(checked, findings, used);
  } catch (error) {
    if (!isMissingTable(error)) throw error;
    findings.push({ kind: 'table_emptied', missing: 0, checkpointAt: null });
    return result(0, findings, []);
  }
}

function result(checked: number, findings: AuditFinding[], used: VerifyResult['checkpoints']): VerifyResult {
  let firstBroken: VerifyResult['firstBroken'];
  for (const f of findings) {
    if (f.kind !== 'record_edited' && f.kind !== 'chain_broken') continue;
    if (firstBroken && BigInt(firstBroken.id) <= BigInt(f.id)) continue;
    firstBroken = { id: f.id, reason: f.kind === 'chain_broken' ? 'prev_link_mismatch' : 'hash_mismatch' };
  }
  return {
    ok: findings.length === 0,
    checked,
    status: findings[0]?.kind ?? 'intact',
    findings,
    checkpoints: used,
    ...(firstBroken ? { firstBroken } : {}),
  };
}

export { parseCheckpoint };
