import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { TestContext, type TestUser } from '../../testing/test-app.ts';

// The response team roster (đội ứng cứu sự cố).
let ctx: TestContext;
let coordinator: TestUser;
let officer: TestUser;

before(async () => {
  ctx = await TestContext.create();
  coordinator = await ctx.user(['coordinator']);
  officer = await ctx.user(['unit_officer']);
});
after(() => ctx.close());

const UNKNOWN_ID = '00000000-0000-4000-8000-000000000000';

function member(unitId: string, extra: Record<string, unknown> = {}) {
  return {
    unitId,
    fullName: `Hoàng Minh Tuấn ${Date.now()}${Math.floor(Math.random() * 1000)}`,
    teamRole: 'Trưởng nhóm kỹ thuật',
    skills: ['phân tích mã độc', 'pháp chứng số'],
    phone: '0912 345 678',
    onCall: false,
    ...extra,
  };
}

async function createMember(extra: Record<string, unknown> = {}) {
  const res = await ctx.inject({
    method: 'POST',
    url: '/api/team',
    headers: coordinator.headers,
    payload: member(coordinator.unitId, extra),
  });
  assert.equal(res.statusCode, 201, res.body);
  return res.json();
}

describe('GET /api/team', () => {
  test('401 without a session', async () => {
    assert.equal((await ctx.inject({ method: 'GET', url: '/api/team' })).statusCode, 401);
  });

  test('400 on a bad query', async () => {
    const res = await ctx.inject({ method: 'GET', url: '/api/team?limit=1000', headers: officer.headers });
    assert.equal(res.statusCode, 400);
  });

  test('403 for a user without any role', async () => {
    const nobody = await ctx.user([]);
    assert.equal(
      (await ctx.inject({ method: 'GET', url: '/api/team', headers: nobody.headers })).statusCode,
      403,
    );
  });

  test('200 for anyone: on-call first, searchable by skill without accents, inactive members hidden', async () => {
    const skill = `ungcuu${Date.now()}`;
    const onCall = await createMember({ onCall: true, skills: [`Điều tra ${skill}`] });
    const offCall = await createMember({ skills: [`điều tra ${skill}`] });
    const gone = await createMember({ skills: [`điều tra ${skill}`], active: false });
    const res = await ctx.inject({
      method: 'GET',
      url: `/api/team?q=${encodeURIComponent(`dieu tra ${skill}`)}`,
      headers: officer.headers,
    });
    assert.equal(res.statusCode, 200);
    const ids = res.json().items.map((m: { id: string }) => m.id);
    assert.deepEqual(ids, [onCall.id, offCall.id]);
    assert.ok(!ids.includes(gone.id));
    assert.deepEqual(res.json().items[0].allowedActions, []);
    const onlyOnCall = await ctx.inject({
      method: 'GET',
      url: `/api/team?onCall=true&q=${encodeURIComponent(skill)}`,
      headers: coordinator.headers,
    });
    assert.deepEqual(
      onlyOnCall.json().items.map((m: { id: string }) => m.id),
      [onCall.id],
    );
    assert.deepEqual(onlyOnCall.json().items[0].allowedActions, ['team.manage']);
  });
});

describe('POST /api/team', () => {
  test('401 without a session', async () => {
    const res = await ctx.inject({ method: 'POST', url: '/api/team', payload: member(officer.unitId) });
    assert.equal(res.statusCode, 401);
  });

  test('400 on bad input', async () => {
    for (const change of [
      { fullName: '' },
      { skills: [''] },
      { phone: 'gọi tôi' },
      { unitId: 'abc' },
      { x: 1 },
    ]) {
      const res = await ctx.inject({
        method: 'POST',
        url: '/api/team',
        headers: coordinator.headers,
        payload: { ...member(coordinator.unitId), ...change },
      });
      assert.equal(res.statusCode, 400, JSON.stringify(change));
    }
  });

  test('403 for a unit officer and a leader', async () => {
    const leader = await ctx.user(['leader']);
    for (const user of [officer, leader]) {
      const res = await ctx.inject({
        method: 'POST',
        url: '/api/team',
        headers: user.headers,
        payload: member(user.unitId),
      });
      assert.equal(res.statusCode, 403);
    }
  });

  test('404 for an unknown unit or user', async () => {
    for (const payload of [member(UNKNOWN_ID), member(coordinator.unitId, { userId: UNKNOWN_ID })]) {
      const res = await ctx.inject({
        method: 'POST',
        url: '/api/team',
        headers: coordinator.headers,
        payload,
      });
      assert.equal(res.statusCode, 404);
      assert.equal(res.json().error.code, 'not_found');
    }
  });

  test('201 adds a member linked to a user, audited', async () => {
    const responder = await ctx.user(['responder'], { signIn: false });
    const created = await createMember({ userId: responder.id, email: 'tuan@vhkhtt.gov.vn' });
    assert.equal(created.userId, responder.id);
    assert.deepEqual(created.skills, ['phân tích mã độc', 'pháp chứng số']);
    assert.equal(created.email, 'tuan@vhkhtt.gov.vn');
    assert.equal(created.active, true);
    const audit = await ctx.db
      .selectFrom('audit_log')
      .select(['action', 'actor_user_id'])
      .where('entity_id', '=', created.id)
      .execute();
    assert.deepEqual(audit, [{ action: 'team.create', actor_user_id: coordinator.id }]);
  });
});

describe('PATCH /api/team/:id', () => {
  const patch = (id: string, headers: Record<string, string>, payload: Record<string, unknown>) =>
    ctx.inject({ method: 'PATCH', url: `/api/team/${id}`, headers, payload });

  test('401 without a session', async () => {
    const m = await createMember();
    assert.equal((await patch(m.id, {}, { onCall: true })).statusCode, 401);
  });

  test('400 on bad input', async () => {
    const m = await createMember();
    assert.equal((await patch(m.id, coordinator.headers, { onCall: 'maybe' })).statusCode, 400);
    assert.equal((await patch('x', coordinator.headers, { onCall: true })).statusCode, 400);
  });

  test('403 for a unit officer', async () => {
    const m = await createMember();
    const res = await patch(m.id, officer.headers, { onCall: true });
    assert.equal(res.statusCode, 403);
  });

  test('404 for an unknown member', async () => {
    assert.equal((await patch(UNKNOWN_ID, coordinator.headers, { onCall: true })).statusCode, 404);
  });

  test('200 puts a member on call, versioned and audited with before and after', async () => {
    const m = await createMember();
    const res = await patch(m.id, coordinator.headers, { onCall: true, teamRole: '' });
    assert.equal(res.statusCode, 200);
    assert.equal(res.json().onCall, true);
    assert.equal(res.json().teamRole, null);
    assert.equal(res.json().version, m.version + 1);
    const audit = await ctx.db
      .selectFrom('audit_log')
      .select(['before', 'after'])
      .where('entity_id', '=', m.id)
      .where('action', '=', 'team.update')
      .executeTakeFirstOrThrow();
    assert.equal((audit.before as { on_call: boolean }).on_call, false);
    assert.equal((audit.after as { on_call: boolean }).on_call, true);
  });
});
