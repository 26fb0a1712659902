import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { sql } from 'kysely';
import { TestContext, type TestUser } from '../../testing/test-app.ts';

let ctx: TestContext;
let admin: TestUser;
let leader: TestUser;
let officer: TestUser;

before(async () => {
  ctx = await TestContext.create();
  admin = await ctx.user(['admin']);
  leader = await ctx.user(['leader']);
  officer = await ctx.user(['unit_officer']);
});
after(() => ctx.close());

/** A unit change made through the API, so that it leaves an audit record. */
async function auditedChange(): Promise<{ unitId: string }> {
  const unit = await ctx.unit();
  const res = await ctx.inject({
    method: 'PATCH',
    url: `/api/units/${unit.id}`,
    headers: admin.headers,
    payload: { phone: '0221 3946 123' },
  });
  assert.equal(res.statusCode, 200);
  return { unitId: unit.id };
}

describe('GET /api/audit', () => {
  test('401 without a session', async () => {
    assert.equal((await ctx.inject({ method: 'GET', url: '/api/audit' })).statusCode, 401);
  });

  test('400 on a bad filter', async () => {
    for (const query of ['from=yesterday', 'actorUserId=me', 'limit=500', 'offset=-1']) {
      const res = await ctx.inject({ method: 'GET', url: `/api/audit?${query}`, headers: leader.headers });
      assert.equal(res.statusCode, 400, query);
      assert.equal(res.json().error.code, 'validation.failed');
    }
  });

  test('403 for a unit officer and a coordinator', async () => {
    const coordinator = await ctx.user(['coordinator']);
    for (const user of [officer, coordinator]) {
      const res = await ctx.inject({ method: 'GET', url: '/api/audit', headers: user.headers });
      assert.equal(res.statusCode, 403);
      assert.equal(res.json().error.code, 'forbidden');
    }
  });

  test('200 for a leader: records of one entity, newest first, with who, what and from where', async () => {
    const { unitId } = await auditedChange();
    await ctx.inject({
      method: 'PATCH',
      url: `/api/units/${unitId}`,
      headers: admin.headers,
      payload: { phone: '0221 3946 124' },
    });
    const res = await ctx.inject({
      method: 'GET',
      url: `/api/audit?entityType=unit&entityId=${unitId}`,
      headers: leader.headers,
    });
    assert.equal(res.statusCode, 200);
    const { items, total } = res.json();
    assert.equal(total, 2);
    assert.deepEqual(
      items.map((i: { action: string }) => i.action),
      ['unit.update', 'unit.update'],
    );
    assert.equal(items[0].after.phone, '0221 3946 124');
    assert.equal(items[1].after.phone, '0221 3946 123');
    assert.equal(items[0].actorUserId, admin.id);
    assert.equal(items[0].actorLabel, admin.username);
    assert.equal(items[0].ip, '127.0.0.1');
    assert.ok(items[0].requestId);
    assert.ok(Number(items[0].id) > Number(items[1].id));
  });

  test('filters by actor, action and time combine; paging keeps the total', async () => {
    const from = new Date(Date.now() - 1000).toISOString();
    const actor = await ctx.user(['admin']);
    for (let i = 0; i < 3; i++) {
      const unit = await ctx.unit();
      await ctx.inject({
        method: 'DELETE',
        url: `/api/units/${unit.id}`,
        headers: actor.headers,
      });
    }
    const page = await ctx.inject({
      method: 'GET',
      url: `/api/audit?actorUserId=${actor.id}&action=unit.archive&from=${encodeURIComponent(from)}&limit=2`,
      headers: leader.headers,
    });
    assert.equal(page.json().total, 3);
    assert.equal(page.json().items.length, 2);
    const rest = await ctx.inject({
      method: 'GET',
      url: `/api/audit?actorUserId=${actor.id}&action=unit.archive&limit=2&offset=2`,
      headers: leader.headers,
    });
    assert.equal(rest.json().items.length, 1);
    const future = await ctx.inject({
      method: 'GET',
      url: `/api/audit?actorUserId=${actor.id}&from=${encodeURIComponent(new Date(Date.now() + 60_000).toISOString())}`,
      headers: leader.headers,
    });
    assert.equal(future.json().total, 0);
  });
});

describe('GET /api/audit/verify', () => {
  test('401 without a session', async () => {
    assert.equal((await ctx.inject({ method: 'GET', url: '/api/audit/verify' })).statusCode, 401);
  });

  test('403 for anyone but an administrator, leaders included', async () => {
    for (const user of [leader, officer]) {
      const res = await ctx.inject({ method: 'GET', url: '/api/audit/verify', headers: user.headers });
      assert.equal(res.statusCode, 403);
    }
  });

  test('200: the chain holds; a record changed behind the product’s back is named', async () => {
    await auditedChange();
    const ok = await ctx.inject({ method: 'GET', url: '/api/audit/verify', headers: admin.headers });
    assert.equal(ok.statusCode, 200);
    assert.equal(ok.json().ok, true);
    assert.ok(ok.json().checked >= 1);

    const { unitId } = await auditedChange();
    const target = await ctx.db
      .selectFrom('audit_log')
      .select(['id', 'after'])
      .where('entity_id', '=', unitId)
      .executeTakeFirstOrThrow();
    await sql`update audit_log set after = jsonb_set(after, '{phone}', '"0999 999 999"') where id = ${target.id}`.execute(
      ctx.db,
    );
    try {
      const broken = await ctx.inject({ method: 'GET', url: '/api/audit/verify', headers: admin.headers });
      assert.equal(broken.statusCode, 200);
      assert.equal(broken.json().ok, false);
      assert.deepEqual(broken.json().firstBroken, { id: String(target.id), reason: 'hash_mismatch' });
    } finally {
      await ctx.db
        .updateTable('audit_log')
        .set({ after: JSON.stringify(target.after) })
        .where('id', '=', target.id)
        .execute();
    }
    const again = await ctx.inject({ method: 'GET', url: '/api/audit/verify', headers: admin.headers });
    assert.equal(again.json().ok, true);
  });
});

describe('audit checkpoints', () => {
  test('401 without a session', async () => {
    assert.equal((await ctx.inject({ method: 'POST', url: '/api/audit/checkpoints' })).statusCode, 401);
    assert.equal((await ctx.inject({ method: 'GET', url: '/api/audit/checkpoints/latest' })).statusCode, 401);
  });

  test('400 on an unknown download format', async () => {
    const res = await ctx.inject({
      method: 'GET',
      url: '/api/audit/checkpoints/latest?format=docx',
      headers: admin.headers,
    });
    assert.equal(res.statusCode, 400);
    assert.equal(res.json().error.code, 'validation.failed');
  });

  test('403 for anyone but an administrator, leaders included', async () => {
    for (const user of [leader, officer]) {
      const post = await ctx.inject({ method: 'POST', url: '/api/audit/checkpoints', headers: user.headers });
      assert.equal(post.statusCode, 403);
      const get = await ctx.inject({
        method: 'GET',
        url: '/api/audit/checkpoints/latest',
        headers: user.headers,
      });
      assert.equal(get.statusCode, 403);
    }
  });

  test('404 before any checkpoint; then one is signed, downloaded as JSON and as a printable page', async () => {
    const none = await ctx.inject({
      method: 'GET',
      url: '/api/audit/checkpoints/latest',
      headers: admin.headers,
    });
    assert.equal(none.statusCode, 404);
    await auditedChange();
    const taken = await ctx.inject({ method: 'POST', url: '/api/audit/checkpoints', headers: admin.headers });
    assert.equal(taken.statusCode, 201);
    const { body, signature } = taken.json();
    assert.ok(body.total >= 1);
    assert.equal(body.chains.length, 8);
    assert.ok(signature.length > 40);

    const json = await ctx.inject({
      method: 'GET',
      url: '/api/audit/checkpoints/latest',
      headers: admin.headers,
    });
    assert.equal(json.statusCode, 200);
    assert.match(
      String(json.headers['content-disposition']),
      /^attachment; filename="ungcuu-audit-.*\.json"$/,
    );
    assert.deepEqual(json.json(), taken.json());
    const text = await ctx.inject({
      method: 'GET',
      url: '/api/audit/checkpoints/latest?format=text',
      headers: admin.headers,
    });
    assert.match(String(text.headers['content-type']), /^text\/plain/);
    assert.match(text.body, /Chữ ký \/ Signature \(Ed25519\)/);
    assert.ok(text.body.includes(signature));
  });

  test('verify names the truncation of a chain since the checkpoint', async () => {
    // Writers pick a chain at random: truncating a chain's tail (rather than deleting the whole
    // chain) needs a chain that holds at least two records.
    let longChain: number | undefined;
    while (longChain === undefined) {
      await auditedChange();
      const row = await ctx.db
        .selectFrom('audit_log')
        .select('chain')
        .groupBy('chain')
        .having((eb) => eb.fn.countAll(), '>=', 2)
        .executeTakeFirst();
      longChain = row?.chain;
    }
    await ctx.inject({ method: 'POST', url: '/api/audit/checkpoints', headers: admin.headers });
    const last = await ctx.db
      .selectFrom('audit_log')
      .selectAll()
      .where('chain', '=', longChain)
      .orderBy('id', 'desc')
      .limit(1)
      .executeTakeFirstOrThrow();
    await ctx.db.deleteFrom('audit_log').where('id', '=', last.id).execute();
    try {
      const res = await ctx.inject({ method: 'GET', url: '/api/audit/verify', headers: admin.headers });
      assert.equal(res.json().ok, false);
      assert.equal(res.json().status, 'tail_truncated');
      assert.deepEqual(
        res
          .json()
          .findings.map((f: { kind: string; chain: number; missing: number }) => [
            f.kind,
            f.chain,
            f.missing,
          ]),
        [['tail_truncated', last.chain, 1]],
      );
    } finally {
      await ctx.db
        .insertInto('audit_log')
        .values({ ...last, before: JSON.stringify(last.before), after: JSON.stringify(last.after) })
        .execute();
    }
    const again = await ctx.inject({ method: 'GET', url: '/api/audit/verify', headers: admin.headers });
    assert.equal(again.json().status, 'intact');
  });
});
