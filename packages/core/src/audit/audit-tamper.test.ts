import assert from 'node:assert/strict';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { sql } from 'kysely';
import { auditTestWorld } from '../testing/audit-test-world.ts';
import { type AuditFinding, verifyAuditChain } from './audit.service.ts';
import { takeCheckpoint } from './audit-checkpoint.service.ts';

const audit = auditTestWorld();
const { clock, writeMany, longChain } = audit;

const kinds = (findings: AuditFinding[]) => findings.map((f) => f.kind);

describe('truncation is caught up to the last checkpoint', () => {
  test('without a checkpoint, deleting the last records of a chain goes unseen (the limit documented)', async () => {
    const { ids } = await longChain(3);
    await audit.handle.db.deleteFrom('audit_log').where('id', 'in', ids.slice(-2)).execute();
    assert.equal((await verifyAuditChain(audit.handle.db)).ok, true);
  });

  test('the last records of a chain deleted after a checkpoint: tail truncated, with the chain and how many', async () => {
    const { chain, ids } = await longChain(3);
    await takeCheckpoint(audit.handle.db, clock, {});
    await audit.handle.db.deleteFrom('audit_log').where('id', 'in', ids.slice(-2)).execute();
    const result = await verifyAuditChain(audit.handle.db);
    assert.equal(result.ok, false);
    assert.equal(result.status, 'tail_truncated');
    const finding = result.findings[0] as Extract<AuditFinding, { kind: 'tail_truncated' }>;
    assert.equal(finding.chain, chain);
    assert.equal(finding.missing, 2);
    assert.equal(result.checkpoints[0]?.source, 'database');
  });

  test('records written after the checkpoint and then deleted are not seen: only up to the checkpoint', async () => {
    await writeMany(4);
    await takeCheckpoint(audit.handle.db, clock, {});
    const before = await audit.handle.db
      .selectFrom('audit_log')
      .select((eb) => eb.fn.max('id').as('m'))
      .executeTakeFirstOrThrow();
    await writeMany(4);
    await audit.handle.db.deleteFrom('audit_log').where('id', '>', String(before.m)).execute();
    assert.equal((await verifyAuditChain(audit.handle.db)).ok, true);
  });

  test('a whole chain deleted: chain missing', async () => {
    const { chain, ids } = await longChain(2);
    await takeCheckpoint(audit.handle.db, clock, {});
    await audit.handle.db.deleteFrom('audit_log').where('chain', '=', chain).execute();
    const result = await verifyAuditChain(audit.handle.db);
    assert.equal(result.status, 'chain_missing');
    assert.deepEqual(
      result.findings.map((f) => ('missing' in f ? [f.kind, 'chain' in f && f.chain, f.missing] : f.kind)),
      [['chain_missing', chain, ids.length]],
    );
  });

  test('the whole table emptied, checkpoints in the database too: the file kept outside tells', async () => {
    await writeMany(6);
    const own = join(audit.dir, 'emptied');
    const kept = await takeCheckpoint(audit.handle.db, clock, { dir: own });
    await sql`delete from audit_log`.execute(audit.handle.db);
    await sql`delete from audit_checkpoints`.execute(audit.handle.db);
    const result = await verifyAuditChain(audit.handle.db, 1000, { checkpointDir: own });
    assert.equal(result.status, 'table_emptied');
    assert.deepEqual(kinds(result.findings), ['table_emptied']);
    const finding = result.findings[0] as Extract<AuditFinding, { kind: 'table_emptied' }>;
    assert.equal(finding.missing, kept.body.total);
    // Without any checkpoint left, people in the database still show that records existed.
    await audit.handle.db
      .insertInto('units')
      .values({ code: 'X1', name: 'Đơn vị', type: 'commune', updated_at: new Date() })
      .execute();
    const unit = await audit.handle.db.selectFrom('units').select('id').executeTakeFirstOrThrow();
    await audit.handle.db
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
    assert.equal((await verifyAuditChain(audit.handle.db, 1000, {})).status, 'table_emptied');
  });

  test('the audit table dropped: table emptied, not a crash', async () => {
    await writeMany(2);
    await sql`drop table audit_log`.execute(audit.handle.db);
    const result = await verifyAuditChain(audit.handle.db);
    assert.equal(result.ok, false);
    assert.equal(result.status, 'table_emptied');
  });
});
