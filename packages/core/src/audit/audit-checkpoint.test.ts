import assert from 'node:assert/strict';
import { readdir, readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { sql } from 'kysely';
import { auditTestWorld } from '../testing/audit-test-world.ts';
import { verifyAuditChain } from './audit.service.ts';
import { ALG_PUBLIC_SHA256, chainHash, GENESIS_HASH } from './audit-chain.ts';
import { auditCheckpointJob, takeCheckpoint } from './audit-checkpoint.service.ts';
import { checkpointText, parseCheckpoint } from './audit-checkpoint.ts';
import { activeAuditKey, deriveAuditKey, useAuditKey } from './audit-key.ts';

const audit = auditTestWorld();
const { clock, writeMany, longChain } = audit;

/** Records as the version before keyed hashes wrote them (public SHA-256), at the end of a chain. */
async function insertLegacy(chain: number, n: number, label: string, rewrite = false): Promise<string[]> {
  const existing = rewrite
    ? await audit.handle.db
        .selectFrom('audit_log')
        .selectAll()
        .where('chain', '=', chain)
        .orderBy('id')
        .execute()
    : [];
  let prev = GENESIS_HASH;
  const ids: string[] = [];
  for (let i = 0; i < (rewrite ? existing.length : n); i++) {
    const fields = {
      at: new Date(Date.UTC(2026, 0, 1, 0, 0, i)).toISOString(),
      actorUserId: null,
      actorLabel: label,
      ip: null,
      requestId: null,
      action: 'legacy.write',
      entityType: 'thing',
      entityId: `l-${i}`,
      unitId: null,
      before: null,
      after: { i },
    };
    const hash = chainHash(prev, fields);
    const values = {
      at: fields.at,
      actor_user_id: null,
      actor_label: label,
      ip: null,
      request_id: null,
      action: fields.action,
      entity_type: 'thing',
      entity_id: fields.entityId,
      unit_id: null,
      before: null,
      after: JSON.stringify(fields.after),
      chain,
      prev_hash: prev,
      hash,
    };
    if (rewrite) {
      await audit.handle.db.updateTable('audit_log').set(values).where('id', '=', existing[i]!.id).execute();
      ids.push(String(existing[i]!.id));
    } else {
      const row = await audit.handle.db
        .insertInto('audit_log')
        .values(values)
        .returning('id')
        .executeTakeFirstOrThrow();
      ids.push(String(row.id));
    }
    prev = hash;
  }
  return ids;
}

describe('checkpoints', () => {
  test('a checkpoint covers every chain, is signed, and reads back from its file and its printed page', async () => {
    await writeMany(5);
    const own = join(audit.dir, 'every-chain');
    const checkpoint = await takeCheckpoint(audit.handle.db, clock, { dir: own });
    assert.equal(checkpoint.body.chains.length, 8);
    assert.equal(checkpoint.body.total, 5);
    assert.equal(checkpoint.body.keyId, activeAuditKey().id);
    for (const c of checkpoint.body.chains) if (c.count === 0) assert.equal(c.head, GENESIS_HASH);
    const text = checkpointText(checkpoint);
    assert.match(text, /Tổng số bản ghi \/ Total records: +5/);
    assert.deepEqual(parseCheckpoint(text), checkpoint);
    const files = await readdir(own);
    assert.equal(files.length, 1);
    assert.equal((await stat(join(own, files[0]!))).mode & 0o777, 0o600);
    assert.deepEqual(parseCheckpoint(await readFile(join(own, files[0]!), 'utf8')), checkpoint);
  });

  test('a checkpoint whose counts were lowered to hide a truncation: signature invalid', async () => {
    const { ids } = await longChain(3);
    const checkpoint = await takeCheckpoint(audit.handle.db, clock, {});
    await sql`delete from audit_checkpoints`.execute(audit.handle.db);
    await audit.handle.db.deleteFrom('audit_log').where('id', '=', ids.at(-1)!).execute();
    const forged = structuredClone(checkpoint);
    for (const c of forged.body.chains) if (c.lastId === ids.at(-1)) c.count -= 1;
    forged.body.total -= 1;
    const result = await verifyAuditChain(audit.handle.db, 1000, {
      checkpoints: [{ source: 'kept.json', text: JSON.stringify(forged) }],
    });
    assert.deepEqual(result.findings, [{ kind: 'checkpoint_invalid', source: 'kept.json' }]);
    const garbage = await verifyAuditChain(audit.handle.db, 1000, {
      checkpoints: [{ source: 'x.txt', text: 'hello' }],
    });
    assert.equal(garbage.status, 'checkpoint_invalid');
    // The genuine one, kept by a leader, still shows the truncation.
    const genuine = await verifyAuditChain(audit.handle.db, 1000, {
      checkpoints: [{ source: 'kept.txt', text: checkpointText(checkpoint) }],
    });
    assert.equal(genuine.status, 'tail_truncated');
  });

  test('the scheduled job takes a checkpoint only when the trail changed', async () => {
    const job = auditCheckpointJob({});
    await writeMany(2);
    const run = () =>
      audit.handle.db.transaction().execute((trx) => job.run(trx, { db: audit.handle.db, clock }));
    assert.equal(await run(), 1);
    assert.equal(await run(), 0);
    await writeMany(1);
    assert.equal(await run(), 1);
    const n = await audit.handle.db
      .selectFrom('audit_checkpoints')
      .select((eb) => eb.fn.countAll<string>().as('n'))
      .executeTakeFirstOrThrow();
    assert.equal(Number(n.n), 2);
  });
});

describe('keyed hashes', () => {
  test('records written before the key existed keep their public hashes; the chain continues keyed', async () => {
    // Two legacy records at the start of chain 3, as the version before keyed hashes wrote them.
    await insertLegacy(3, 2, 'system');
    // Writers take a random free chain: write until chain 3 has a record after the legacy ones.
    while (
      (await audit.handle.db.selectFrom('audit_log').select('id').where('chain', '=', 3).execute()).length < 3
    )
      await writeMany(4);
    const rows = await audit.handle.db
      .selectFrom('audit_log')
      .select(['alg', 'key_id'])
      .where('chain', '=', 3)
      .orderBy('id')
      .execute();
    assert.deepEqual(rows.slice(0, 2), [
      { alg: 1, key_id: null },
      { alg: 1, key_id: null },
    ]);
    assert.ok(rows.length > 2, 'chain 3 continued');
    assert.deepEqual(rows[2], { alg: 2, key_id: activeAuditKey().id });
    const result = await verifyAuditChain(audit.handle.db);
    assert.equal(result.status, 'intact');

    // A keyed record rewritten with the public algorithm and marked as legacy: downgraded.
    const keyed = await audit.handle.db
      .selectFrom('audit_log')
      .selectAll()
      .where('chain', '=', 3)
      .orderBy('id')
      .offset(2)
      .limit(1)
      .executeTakeFirstOrThrow();
    const forged = chainHash(keyed.prev_hash, {
      at: new Date(keyed.at).toISOString(),
      actorUserId: keyed.actor_user_id,
      actorLabel: keyed.actor_label,
      ip: keyed.ip,
      requestId: keyed.request_id,
      action: keyed.action,
      entityType: keyed.entity_type,
      entityId: keyed.entity_id,
      unitId: keyed.unit_id,
      before: keyed.before ?? null,
      after: keyed.after ?? null,
    });
    await takeCheckpoint(audit.handle.db, clock, {});
    await audit.handle.db
      .updateTable('audit_log')
      .set({ alg: ALG_PUBLIC_SHA256, key_id: null, hash: forged })
      .where('id', '=', keyed.id)
      .execute();
    const downgraded = await verifyAuditChain(audit.handle.db);
    assert.equal(downgraded.ok, false);
    assert.ok(
      downgraded.findings.some((f) => f.kind === 'record_edited' && f.id === String(keyed.id)),
      JSON.stringify(downgraded.findings),
    );
  });

  test('a whole chain rewritten with the public algorithm after a checkpoint: the checkpoint head differs', async () => {
    const { chain, ids } = await longChain(2);
    await takeCheckpoint(audit.handle.db, clock, {});
    const rows = await audit.handle.db
      .selectFrom('audit_log')
      .selectAll()
      .where('chain', '=', chain)
      .orderBy('id')
      .execute();
    let prev = GENESIS_HASH;
    for (const row of rows) {
      const hash = chainHash(prev, {
        at: new Date(row.at).toISOString(),
        actorUserId: row.actor_user_id,
        actorLabel: 'forged',
        ip: row.ip,
        requestId: row.request_id,
        action: row.action,
        entityType: row.entity_type,
        entityId: row.entity_id,
        unitId: row.unit_id,
        before: row.before ?? null,
        after: row.after ?? null,
      });
      await audit.handle.db
        .updateTable('audit_log')
        .set({ actor_label: 'forged', alg: 1, key_id: null, prev_hash: prev, hash })
        .where('id', '=', row.id)
        .execute();
      prev = hash;
    }
    // The checkpoint signed which records were keyed and the chain's head: both now differ.
    const result = await verifyAuditChain(audit.handle.db);
    assert.equal(result.status, 'record_edited');
    assert.deepEqual(
      result.findings.map((f) => f.kind === 'record_edited' && [f.chain, f.id, f.detail]),
      [[chain, ids[0], 'downgraded']],
    );
    // With only the head to go by (a checkpoint of a chain written before the key), the head differs.
    await sql`update audit_checkpoints set body = jsonb_set(body, '{chains,${sql.raw(String(chain))},firstKeyedId}', 'null')`.execute(
      audit.handle.db,
    );
    const headOnly = await verifyAuditChain(audit.handle.db, 1000, {});
    assert.equal(headOnly.status, 'checkpoint_invalid');
  });

  test('a chain of records older than the key, rewritten after a checkpoint: the signed head differs', async () => {
    await insertLegacy(6, 3, 'system');
    await takeCheckpoint(audit.handle.db, clock, {});
    const ids = await insertLegacy(6, 0, 'forged', true);
    const result = await verifyAuditChain(audit.handle.db);
    assert.deepEqual(result.findings, [
      { kind: 'record_edited', chain: 6, id: ids[2], detail: 'head_differs' },
    ]);
  });

  test('verifying with another key: key mismatch, for the records and for the checkpoint', async () => {
    await writeMany(3);
    await takeCheckpoint(audit.handle.db, clock, {});
    const installed = activeAuditKey();
    useAuditKey(deriveAuditKey(Buffer.alloc(32, 9)));
    try {
      const result = await verifyAuditChain(audit.handle.db);
      assert.equal(result.ok, false);
      assert.equal(result.status, 'key_mismatch');
      assert.ok(result.findings.every((f) => f.kind === 'key_mismatch'));
      assert.ok(result.findings.some((f) => f.kind === 'key_mismatch' && f.source === 'database'));
      assert.ok(result.findings.some((f) => f.kind === 'key_mismatch' && f.keyId === installed.id && f.id));
    } finally {
      useAuditKey(installed);
    }
    assert.equal((await verifyAuditChain(audit.handle.db)).ok, true);
  });
});
