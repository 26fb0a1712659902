import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { sql } from 'kysely';
import type { DatabaseHandle } from '../db/engine.ts';
import type { Clock, RequestActor } from '../shared/context.ts';
import { mutate } from '../shared/mutation.ts';
import { createTestDatabase } from '../testing/test-db.ts';
import { type AuditEntry, recordAudit, verifyAuditChain } from './audit.service.ts';
import { chainHash, GENESIS_HASH } from './audit-chain.ts';

// One database for this file; the chain is global, so tampering tests restore what they change.
let handle: DatabaseHandle;
const clock: Clock = { now: () => new Date() };
const actor: RequestActor = {
  userId: '7a1e0c3e-5d7b-4c1e-9f0a-2b8e6d4c1a01',
  unitId: '7a1e0c3e-5d7b-4c1e-9f0a-2b8e6d4c1a02',
  roles: ['admin'],
  label: 'kiểm thử',
  ip: '203.0.113.7',
  requestId: 'req-1',
};

before(async () => {
  handle = await createTestDatabase();
});
after(() => handle.close());

async function write(entry: AuditEntry): Promise<string> {
  await handle.db.transaction().execute((trx) => recordAudit(trx, clock, actor, entry));
  const row = await handle.db
    .selectFrom('audit_log')
    .select('id')
    .orderBy('id', 'desc')
    .limit(1)
    .executeTakeFirstOrThrow();
  return row.id;
}

async function writeMany(n: number, tag: string): Promise<string[]> {
  const ids: string[] = [];
  for (let i = 0; i < n; i++) {
    ids.push(
      await write({ action: `test.${tag}`, entityType: 'thing', entityId: `${tag}-${i}`, after: { i } }),
    );
  }
  return ids;
}

async function auditCount(): Promise<number> {
  const row = await handle.db
    .selectFrom('audit_log')
    .select((eb) => eb.fn.countAll<string>().as('n'))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

// The trail may be striped into several chains (audit_log.chain); each links on its own.
async function rowsByChain() {
  const rows = await handle.db.selectFrom('audit_log').selectAll().orderBy('id').execute();
  const chains = new Map<number, typeof rows>();
  for (const row of rows) chains.set(row.chain, [...(chains.get(row.chain) ?? []), row]);
  return chains;
}

/** Writes records until one of them has a later record in its own chain; returns both ids. */
async function recordWithSuccessor(tag: string): Promise<{ target: string; next: string }> {
  const ids = await writeMany(2, tag);
  for (let i = 0; i < 40; i++) {
    for (const rows of (await rowsByChain()).values()) {
      const at = rows.findIndex((r) => ids.includes(r.id));
      if (at >= 0 && at + 1 < rows.length) return { target: rows[at]!.id, next: rows[at + 1]!.id };
    }
    ids.push(...(await writeMany(1, tag)));
  }
  throw new Error('no record with a successor in its chain');
}

describe('audit chain', () => {
  test('each record links to the one before it in its chain; each chain starts from the genesis hash', async () => {
    await writeMany(12, 'link');
    const chains = await rowsByChain();
    let linked = 0;
    for (const rows of chains.values()) {
      assert.equal(rows[0]!.prev_hash, GENESIS_HASH);
      for (let i = 1; i < rows.length; i++) {
        assert.equal(rows[i]!.prev_hash, rows[i - 1]!.hash);
        linked++;
      }
      for (const row of rows) assert.match(row.hash, /^[0-9a-f]{64}$/);
    }
    assert.ok(linked >= 12 - chains.size);
    const hashes = [...chains.values()].flat().map((r) => r.hash);
    assert.equal(new Set(hashes).size, hashes.length);
  });

  test('an untouched chain verifies, whatever the shape of the recorded data', async () => {
    await write({
      action: 'test.shapes',
      entityType: 'thing',
      entityId: null,
      unitId: null,
      before: null,
      after: {
        zeta: 1,
        alpha: [{ b: 2, a: 1 }, 'x', null],
        tên: 'Nguyễn Thị Hương — UBND phường Bần Yên Nhân',
        when: new Date('2026-01-02T03:04:05.678Z'),
        ratio: 0.1 + 0.2,
        big: 1e21,
        nested: { deeper: { deepest: true } },
        skipped: undefined,
      },
    });
    const result = await verifyAuditChain(handle.db);
    assert.equal(result.status, 'intact');
    assert.deepEqual([result.ok, result.checked, result.findings], [true, await auditCount(), []]);
  });

  test('changing the `after` of one record is found, at that record', async () => {
    const ids = await writeMany(4, 'after');
    const target = ids[1]!;
    const original = await handle.db
      .selectFrom('audit_log')
      .select('after')
      .where('id', '=', target)
      .executeTakeFirstOrThrow();
    await sql`update audit_log set after = '{"i": 999}'::jsonb where id = ${target}`.execute(handle.db);
    try {
      const result = await verifyAuditChain(handle.db);
      assert.equal(result.ok, false);
      assert.deepEqual(result.firstBroken, { id: String(target), reason: 'hash_mismatch' });
    } finally {
      await handle.db
        .updateTable('audit_log')
        .set({ after: JSON.stringify(original.after) })
        .where('id', '=', target)
        .execute();
    }
    assert.equal((await verifyAuditChain(handle.db)).ok, true);
  });

  test('changing the action of one record is found, at that record', async () => {
    const ids = await writeMany(3, 'action');
    const target = ids[2]!;
    await sql`update audit_log set action = 'test.innocent' where id = ${target}`.execute(handle.db);
    try {
      const result = await verifyAuditChain(handle.db);
      assert.deepEqual(result.firstBroken, { id: String(target), reason: 'hash_mismatch' });
    } finally {
      await sql`update audit_log set action = 'test.action' where id = ${target}`.execute(handle.db);
    }
    assert.equal((await verifyAuditChain(handle.db)).ok, true);
  });

  test('when two records are changed, the earlier one is reported', async () => {
    const ids = await writeMany(6, 'two');
    const [early, late] = [ids[1]!, ids[4]!];
    await sql`update audit_log set entity_id = 'forged' where id in (${early}, ${late})`.execute(handle.db);
    try {
      assert.deepEqual((await verifyAuditChain(handle.db)).firstBroken, {
        id: String(early),
        reason: 'hash_mismatch',
      });
    } finally {
      await sql`update audit_log set entity_id = 'two-1' where id = ${early}`.execute(handle.db);
      await sql`update audit_log set entity_id = 'two-4' where id = ${late}`.execute(handle.db);
    }
    assert.equal((await verifyAuditChain(handle.db)).ok, true);
  });

  test('a forger who rewrites a record and re-hashes it with the public algorithm is found at that record', async () => {
    const { target, next } = await recordWithSuccessor('rehash');
    const row = await handle.db
      .selectFrom('audit_log')
      .selectAll()
      .where('id', '=', target)
      .executeTakeFirstOrThrow();
    const forgedAfter = { i: 12345 };
    const forged = (after: unknown) =>
      chainHash(row.prev_hash, {
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
        after,
      });
    // Both ways a forger knows: keep the record keyed (alg 2) or mark it public (alg 1).
    for (const alg of [2, 1]) {
      await sql`update audit_log set after = ${JSON.stringify(forgedAfter)}::jsonb, hash = ${forged(forgedAfter)},
        alg = ${alg} where id = ${target}`.execute(handle.db);
      try {
        const result = await verifyAuditChain(handle.db);
        assert.equal(result.ok, false);
        if (alg === 2) {
          assert.equal(result.status, 'record_edited');
          assert.deepEqual(result.firstBroken, { id: String(target), reason: 'hash_mismatch' });
        } else {
          // Marked public: refused after a keyed record of its chain, else its successor's link breaks.
          assert.ok(
            [String(target), String(next)].includes(result.firstBroken?.id ?? ''),
            JSON.stringify(result),
          );
        }
      } finally {
        await sql`update audit_log set after = ${JSON.stringify(row.after)}::jsonb, hash = ${row.hash}, alg = ${row.alg}
          where id = ${target}`.execute(handle.db);
      }
    }
    assert.equal((await verifyAuditChain(handle.db)).ok, true);
  });

  test('deleting a record is found at the next record of its chain', async () => {
    const { target, next } = await recordWithSuccessor('delete');
    const removed = await handle.db
      .selectFrom('audit_log')
      .selectAll()
      .where('id', '=', target)
      .executeTakeFirstOrThrow();
    await handle.db.deleteFrom('audit_log').where('id', '=', removed.id).execute();
    try {
      const result = await verifyAuditChain(handle.db);
      assert.deepEqual(result.firstBroken, { id: String(next), reason: 'prev_link_mismatch' });
      assert.equal(result.status, 'chain_broken');
    } finally {
      await handle.db
        .insertInto('audit_log')
        .values({ ...removed, before: JSON.stringify(removed.before), after: JSON.stringify(removed.after) })
        .execute();
    }
    assert.equal((await verifyAuditChain(handle.db)).ok, true);
  });

  test('verification pages through the chain and still finds a record on a later page', async () => {
    await writeMany(20, 'paged');
    const total = await auditCount();
    const paged = await verifyAuditChain(handle.db, 2);
    assert.deepEqual([paged.ok, paged.checked], [true, total]);
    const longest = [...(await rowsByChain()).values()].sort((a, b) => b.length - a.length)[0]!;
    assert.ok(longest.length >= 3);
    // The last record of the longest chain sits on a later page when pages hold two records.
    const target = longest[longest.length - 1]!;
    await sql`update audit_log set entity_id = 'paged-x' where id = ${target.id}`.execute(handle.db);
    try {
      const result = await verifyAuditChain(handle.db, 2);
      assert.deepEqual(result.firstBroken, { id: String(target.id), reason: 'hash_mismatch' });
    } finally {
      await sql`update audit_log set entity_id = ${target.entity_id} where id = ${target.id}`.execute(
        handle.db,
      );
    }
  });

  test('concurrent writers still make unbroken chains', async () => {
    const before = await auditCount();
    await Promise.all(
      Array.from({ length: 12 }, (_, i) =>
        write({ action: 'test.concurrent', entityType: 'thing', entityId: `c-${i}`, after: { i } }),
      ),
    );
    assert.equal(await auditCount(), before + 12);
    const result = await verifyAuditChain(handle.db);
    assert.deepEqual([result.ok, result.checked], [true, before + 12]);
  });
});

describe('audit in the mutation’s transaction', () => {
  test('a mutation that fails after auditing leaves neither its data nor its audit record', async () => {
    const before = await auditCount();
    const code = `ROLLBACK${Date.now()}`;
    await assert.rejects(
      mutate({ db: handle.db, clock }, actor, async ({ trx, audit }) => {
        await trx
          .insertInto('units')
          .values({ code, name: 'Đơn vị sẽ bị huỷ', type: 'commune', updated_at: clock.now() })
          .execute();
        await audit({ action: 'unit.create', entityType: 'unit', entityId: code });
        throw new Error('boom after the audit record');
      }),
      /boom after the audit record/,
    );
    assert.equal(await auditCount(), before);
    const unit = await handle.db.selectFrom('units').select('id').where('code', '=', code).executeTakeFirst();
    assert.equal(unit, undefined);
    assert.equal((await verifyAuditChain(handle.db)).ok, true);
  });

  test('a mutation that succeeds writes its data and its audit record together', async () => {
    const before = await auditCount();
    const code = `COMMIT${Date.now()}`;
    await mutate({ db: handle.db, clock }, actor, async ({ trx, audit }) => {
      await trx
        .insertInto('units')
        .values({ code, name: 'Đơn vị được ghi', type: 'commune', updated_at: clock.now() })
        .execute();
      await audit({ action: 'unit.create', entityType: 'unit', entityId: code, after: { code } });
    });
    assert.equal(await auditCount(), before + 1);
    const row = await handle.db
      .selectFrom('audit_log')
      .selectAll()
      .where('entity_id', '=', code)
      .executeTakeFirstOrThrow();
    assert.equal(row.actor_user_id, actor.userId);
    assert.equal(row.actor_label, 'kiểm thử');
    assert.equal(row.ip, '203.0.113.7');
    assert.deepEqual(row.after, { code });
  });
});
