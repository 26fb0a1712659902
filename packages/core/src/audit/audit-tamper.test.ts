import assert from 'node:assert/strict';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, afterEach, before, beforeEach, describe, test } from 'node:test';
import { sql } from 'kysely';
import type { DatabaseHandle } from '../db/engine.ts';
import type { Clock, RequestActor } from '../shared/context.ts';
import { createTestDatabase } from '../testing/test-db.ts';
import { type AuditFinding, recordAudit, verifyAuditChain } from './audit.service.ts';
import { takeCheckpoint } from './audit-checkpoint.service.ts';

// Each test gets its own database: the cases below delete chains and whole tables.
let handle: DatabaseHandle;
let dir: string;
const clock: Clock = { now: () => new Date() };
const actor: RequestActor = {
  userId: '7a1e0c3e-5d7b-4c1e-9f0a-2b8e6d4c1a01',
  unitId: '7a1e0c3e-5d7b-4c1e-9f0a-2b8e6d4c1a02',
  roles: ['admin'],
  label: 'kiểm thử',
};

before(async () => {
  dir = await mkdtemp(join(tmpdir(), 'ungcuu-audit-'));
});
after(() => rm(dir, { recursive: true, force: true }));
beforeEach(async () => {
  handle = await createTestDatabase();
});
afterEach(() => handle.close());

async function writeMany(n: number): Promise<void> {
  for (let i = 0; i < n; i++)
    await handle.db.transaction().execute((trx) =>
      recordAudit(trx, clock, actor, {
        action: 'test.tamper',
        entityType: 'thing',
        entityId: `t-${i}`,
        after: { i },
      }),
    );
}

async function chains(): Promise<Map<number, { id: string; hash: string }[]>> {
  const rows = await handle.db
    .selectFrom('audit_log')
    .select(['id', 'chain', 'hash'])
    .orderBy('id')
    .execute();
  const out = new Map<number, { id: string; hash: string }[]>();
  for (const r of rows) out.set(r.chain, [...(out.get(r.chain) ?? []), { id: String(r.id), hash: r.hash }]);
  return out;
}

/** The longest chain (at least `min` records), written until there is one. */
async function longChain(min: number): Promise<{ chain: number; ids: string[] }> {
  for (;;) {
    const best = [...(await chains()).entries()].sort((a, b) => b[1].length - a[1].length)[0];
    if (best && best[1].length >= min) return { chain: best[0], ids: best[1].map((r) => r.id) };
    await writeMany(4);
  }
}

const kinds = (findings: AuditFinding[]) => findings.map((f) => f.kind);

describe('truncation is caught up to the last checkpoint', () => {
  test('without a checkpoint, deleting the last records of a chain goes unseen (the limit documented)', async () => {
    const { ids } = await longChain(3);
    await handle.db.deleteFrom('audit_log').where('id', 'in', ids.slice(-2)).execute();
    assert.equal((await verifyAuditChain(handle.db)).ok, true);
  });

  test('the last records of a chain deleted after a checkpoint: tail truncated, with the chain and how many', async () => {
    const { chain, ids } = await longChain(3);
    await takeCheckpoint(handle.db, clock, {});
    await handle.db.deleteFrom('audit_log').where('id', 'in', ids.slice(-2)).execute();
    const result = await verifyAuditChain(handle.db);
    assert.equal(result.ok, false);
    assert.equal(result.status, 'tail_truncated');
    const finding = result.findings[0] as Extract<AuditFinding, { kind: 'tail_truncated' }>;
    assert.equal(finding.chain, chain);
    assert.equal(finding.missing, 2);
    assert.equal(result.checkpoints[0]?.source, 'database');
  });

  test('records written after the checkpoint and then deleted are not seen: only up to the checkpoint', async () => {
    await writeMany(4);
    await takeCheckpoint(handle.db, clock, {});
    const before = await handle.db
      .selectFrom('audit_log')
      .select((eb) => eb.fn.max('id').as('m'))
      .executeTakeFirstOrThrow();
    await writeMany(4);
    await handle.db.deleteFrom('audit_log').where('id', '>', String(before.m)).execute();
    assert.equal((await verifyAuditChain(handle.db)).ok, true);
  });

  test('a whole chain deleted: chain missing', async () => {
    const { chain, ids } = await longChain(2);
    await takeCheckpoint(handle.db, clock, {});
    await handle.db.deleteFrom('audit_log').where('chain', '=', chain).execute();
    const result = await verifyAuditChain(handle.db);
    assert.equal(result.status, 'chain_missing');
    assert.deepEqual(
      result.findings.map((f) => ('missing' in f ? [f.kind, 'chain' in f && f.chain, f.missing] : f.kind)),
      [['chain_missing', chain, ids.length]],
    );
  });

  test('the whole table emptied, checkpoints in the database too: the file kept outside tells', async () => {
    await writeMany(6);
    const own = join(dir, 'emptied');
    const kept = await takeCheckpoint(handle.db, clock, { dir: own });
    await sql`delete from audit_log`.execute(handle.db);
    await sql`delete from audit_checkpoints`.execute(handle.db);
    const result = await verifyAuditChain(handle.db, 1000, { checkpointDir: own });
    assert.equal(result.status, 'table_emptied');
    assert.deepEqual(kinds(result.findings), ['table_emptied']);
    const finding = result.findings[0] as Extract<AuditFinding, { kind: 'table_emptied' }>;
    assert.equal(finding.missing, kept.body.total);
    // Without any checkpoint left, people in the database still show that records existed.
    await handle.db
      .insertInto('units')
      .values({ code: 'X1', name: 'Đơn vị', type: 'commune', updated_at: new Date() })
      .execute();
    const unit = await handle.db.selectFrom('units').select('id').executeTakeFirstOrThrow();
    await handle.db
      .insertInto('users')
      .values({
        unit_id: unit.id,
        username: 'u1',
        full_name: 'Người dùng',
        roles: ['admin'],
        password_hash: 'x',
        updated_at: new Date(),
      })
      .execute();
    assert.equal((await verifyAuditChain(handle.db, 1000, {})).status, 'table_emptied');
  });

  test('the audit table dropped: table emptied, not a crash', async () => {
    await writeMany(2);
    await sql`drop table audit_log`.execute(handle.db);
    const result = await verifyAuditChain(handle.db);
    assert.equal(result.ok, false);
    assert.equal(result.status, 'table_emptied');
  });
});
