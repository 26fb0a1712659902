import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { sql } from 'kysely';
import { TEST_PASSWORD, TestContext, type TestUser } from '../../testing/test-app.ts';

let ctx: TestContext;
let admin: TestUser;
let officer: TestUser;
let coordinator: TestUser;

before(async () => {
  ctx = await TestContext.create();
  admin = await ctx.user(['admin']);
  officer = await ctx.user(['unit_officer']);
  coordinator = await ctx.user(['coordinator']);
});
after(() => ctx.close());

const UNKNOWN_ID = '00000000-0000-4000-8000-000000000000';
let seq = 0;
function newUsername(): string {
  seq += 1;
  return `nguoidung${Date.now()}${seq}`;
}

function isSignedIn(headers: Record<string, string>) {
  return ctx.inject({ method: 'GET', url: '/api/auth/me', headers }).then((r) => r.statusCode === 200);
}

async function signInStatus(username: string, password: string): Promise<number> {
  const res = await ctx.inject({ method: 'POST', url: '/api/auth/login', payload: { username, password } });
  return res.statusCode;
}

describe('GET /api/users', () => {
  test('401 without a session', async () => {
    assert.equal((await ctx.inject({ method: 'GET', url: '/api/users' })).statusCode, 401);
  });

  test('400 on a bad filter', async () => {
    for (const query of ['role=emperor', 'limit=0', 'unitId=abc']) {
      const res = await ctx.inject({ method: 'GET', url: `/api/users?${query}`, headers: admin.headers });
      assert.equal(res.statusCode, 400, query);
    }
  });

  test('403 for a user without any role', async () => {
    const nobody = await ctx.user([]);
    const res = await ctx.inject({ method: 'GET', url: '/api/users', headers: nobody.headers });
    assert.equal(res.statusCode, 403);
  });

  test('an officer sees only their own unit’s people, even when asking for another unit', async () => {
    const colleague = await ctx.user(['responder'], { unitId: officer.unitId, signIn: false });
    const stranger = await ctx.user(['responder'], { signIn: false });
    const res = await ctx.inject({ method: 'GET', url: '/api/users?limit=200', headers: officer.headers });
    assert.equal(res.statusCode, 200);
    const ids = res.json().items.map((u: { id: string }) => u.id);
    assert.ok(ids.includes(colleague.id));
    assert.ok(ids.includes(officer.id));
    assert.ok(!ids.includes(stranger.id));
    assert.ok(res.json().items.every((u: { unitId: string }) => u.unitId === officer.unitId));
    const other = await ctx.inject({
      method: 'GET',
      url: `/api/users?unitId=${stranger.unitId}`,
      headers: officer.headers,
    });
    assert.deepEqual(other.json().items, []);
    assert.equal(other.json().total, 0);
  });

  test('a leader sees every unit’s people; filters by unit and role combine', async () => {
    const leader = await ctx.user(['leader']);
    const stranger = await ctx.user(['finance'], { signIn: false });
    const res = await ctx.inject({
      method: 'GET',
      url: `/api/users?unitId=${stranger.unitId}&role=finance`,
      headers: leader.headers,
    });
    assert.equal(res.statusCode, 200);
    assert.deepEqual(
      res.json().items.map((u: { id: string }) => u.id),
      [stranger.id],
    );
    const none = await ctx.inject({
      method: 'GET',
      url: `/api/users?unitId=${stranger.unitId}&role=admin`,
      headers: leader.headers,
    });
    assert.equal(none.json().total, 0);
    assert.doesNotMatch(res.body, /argon2|password_hash|totp_secret/);
  });
});

describe('GET /api/users/:id', () => {
  test('401 without a session', async () => {
    assert.equal((await ctx.inject({ method: 'GET', url: `/api/users/${officer.id}` })).statusCode, 401);
  });

  test('400 on an id that is not a uuid', async () => {
    const res = await ctx.inject({ method: 'GET', url: '/api/users/42', headers: officer.headers });
    assert.equal(res.statusCode, 400);
  });

  test('404 for an officer reading someone of another unit (as for an unknown id)', async () => {
    const stranger = await ctx.user(['viewer'], { signIn: false });
    const res = await ctx.inject({
      method: 'GET',
      url: `/api/users/${stranger.id}`,
      headers: officer.headers,
    });
    assert.equal(res.statusCode, 404);
    assert.equal(res.json().error.code, 'not_found');
  });

  test('404 for an unknown user', async () => {
    const res = await ctx.inject({ method: 'GET', url: `/api/users/${UNKNOWN_ID}`, headers: admin.headers });
    assert.equal(res.statusCode, 404);
  });

  test('200 for a colleague of the same unit, with what the viewer may do', async () => {
    const colleague = await ctx.user(['viewer'], { unitId: officer.unitId, signIn: false });
    const res = await ctx.inject({
      method: 'GET',
      url: `/api/users/${colleague.id}`,
      headers: officer.headers,
    });
    assert.equal(res.statusCode, 200);
    assert.equal(res.json().username, colleague.username);
    assert.deepEqual(res.json().allowedActions, []);
    const asAdmin = await ctx.inject({
      method: 'GET',
      url: `/api/users/${colleague.id}`,
      headers: admin.headers,
    });
    assert.deepEqual(asAdmin.json().allowedActions, ['user.update', 'user.reset_password']);
  });
});

describe('POST /api/users', () => {
  const create = (headers: Record<string, string>, payload: Record<string, unknown>) =>
    ctx.inject({ method: 'POST', url: '/api/users', headers, payload });
  const valid = (unitId: string) => ({
    username: newUsername(),
    fullName: 'Phạm Văn Đức',
    unitId,
    roles: ['responder'],
  });

  test('401 without a session', async () => {
    assert.equal((await create({}, valid(officer.unitId))).statusCode, 401);
  });

  test('400 on bad input', async () => {
    for (const change of [
      { roles: [] },
      { roles: ['emperor'] },
      { username: 'a b' },
      { email: 'nope' },
      { surprise: 1 },
    ]) {
      const res = await create(admin.headers, { ...valid(officer.unitId), ...change });
      assert.equal(res.statusCode, 400, JSON.stringify(change));
      assert.equal(res.json().error.code, 'validation.failed');
    }
    const weak = await create(admin.headers, { ...valid(officer.unitId), password: 'short' });
    assert.equal(weak.statusCode, 400);
    assert.equal(weak.json().error.code, 'auth.password_weak');
  });

  test('403 for a coordinator and for an officer, even in their own unit', async () => {
    for (const user of [coordinator, officer]) {
      const res = await create(user.headers, valid(user.unitId));
      assert.equal(res.statusCode, 403);
      assert.equal(res.json().error.code, 'forbidden');
    }
  });

  test('404 for an unknown unit', async () => {
    const res = await create(admin.headers, valid(UNKNOWN_ID));
    assert.equal(res.statusCode, 404);
  });

  test('201 with a one-time password shown once, to be changed at first sign-in; audited without secrets', async () => {
    const input = valid(officer.unitId);
    const res = await create(admin.headers, input);
    assert.equal(res.statusCode, 201);
    const { user, oneTimePassword } = res.json();
    assert.equal(user.username, input.username);
    assert.equal(user.mustChangePassword, true);
    assert.ok(oneTimePassword.length >= 10);
    assert.equal(await signInStatus(input.username, oneTimePassword), 200);
    const audit = await ctx.db
      .selectFrom('audit_log')
      .selectAll()
      .where('entity_id', '=', user.id)
      .where('action', '=', 'user.create')
      .execute();
    assert.equal(audit.length, 1);
    assert.equal(audit[0]!.actor_user_id, admin.id);
    assert.equal(audit[0]!.unit_id, officer.unitId);
    assert.doesNotMatch(JSON.stringify(audit[0]!.after), /argon2|password_hash|totp_secret/);
  });

  test('201 with a chosen password: no one-time password, no forced change', async () => {
    const input = { ...valid(officer.unitId), password: 'mật khẩu do quản trị đặt' };
    const res = await create(admin.headers, input);
    assert.equal(res.statusCode, 201);
    assert.equal(res.json().oneTimePassword, null);
    assert.equal(res.json().user.mustChangePassword, false);
  });

  test('409 on a taken username (any case), and the failed change leaves no audit record', async () => {
    const input = valid(officer.unitId);
    assert.equal((await create(admin.headers, input)).statusCode, 201);
    const countFor = async (username: string) => {
      const row = await ctx.db
        .selectFrom('audit_log')
        .select((eb) => eb.fn.countAll<string>().as('n'))
        .where('action', '=', 'user.create')
        .where(sql<boolean>`lower(after->>'username') = ${username.toLowerCase()}`)
        .executeTakeFirstOrThrow();
      return Number(row.n);
    };
    assert.equal(await countFor(input.username), 1);
    const dup = await create(admin.headers, {
      ...input,
      username: input.username.toUpperCase(),
      fullName: 'Bản sao',
    });
    assert.equal(dup.statusCode, 409);
    assert.equal(dup.json().error.code, 'conflict.duplicate');
    assert.equal(await countFor(input.username), 1);
    const rows = await ctx.db
      .selectFrom('users')
      .select('full_name')
      .where(sql<boolean>`lower(username) = ${input.username.toLowerCase()}`)
      .execute();
    assert.deepEqual(rows, [{ full_name: 'Phạm Văn Đức' }]);
  });
});

describe('PATCH /api/users/:id', () => {
  const patch = (id: string, headers: Record<string, string>, payload: Record<string, unknown>) =>
    ctx.inject({ method: 'PATCH', url: `/api/users/${id}`, headers, payload });

  test('401 without a session', async () => {
    assert.equal((await patch(officer.id, {}, { fullName: 'Tên khác' })).statusCode, 401);
  });

  test('400 on bad input', async () => {
    for (const payload of [
      { roles: ['emperor'] },
      { locale: 'fr' },
      { password: 'x' },
      { disabled: 'yes' },
    ]) {
      const res = await patch(officer.id, admin.headers, payload);
      assert.equal(res.statusCode, 400, JSON.stringify(payload));
    }
  });

  test('403 for a coordinator and for an officer, even about a colleague or themselves', async () => {
    const colleague = await ctx.user(['viewer'], { unitId: officer.unitId, signIn: false });
    for (const [user, id] of [
      [coordinator, colleague.id],
      [officer, colleague.id],
      [officer, officer.id],
    ] as const) {
      const res = await patch(id, user.headers, { roles: ['admin'] });
      assert.equal(res.statusCode, 403);
    }
    const row = await ctx.db
      .selectFrom('users')
      .select('roles')
      .where('id', '=', officer.id)
      .executeTakeFirstOrThrow();
    assert.deepEqual(row.roles, ['unit_officer']);
  });

  test('404 for an unknown user or an unknown new unit', async () => {
    assert.equal((await patch(UNKNOWN_ID, admin.headers, { fullName: 'Không ai' })).statusCode, 404);
    const user = await ctx.user(['viewer'], { signIn: false });
    assert.equal((await patch(user.id, admin.headers, { unitId: UNKNOWN_ID })).statusCode, 404);
  });

  test('200: changing roles ends the person’s sessions; the change is audited before and after', async () => {
    const user = await ctx.user(['viewer']);
    const res = await patch(user.id, admin.headers, { roles: ['responder'], fullName: 'Nguyễn Thị Lan' });
    assert.equal(res.statusCode, 200);
    assert.deepEqual(res.json().roles, ['responder']);
    assert.equal(await isSignedIn(user.headers), false);
    const audit = await ctx.db
      .selectFrom('audit_log')
      .select(['before', 'after'])
      .where('entity_id', '=', user.id)
      .where('action', '=', 'user.update')
      .executeTakeFirstOrThrow();
    assert.deepEqual((audit.before as { roles: string[] }).roles, ['viewer']);
    assert.deepEqual((audit.after as { roles: string[] }).roles, ['responder']);
  });

  test('200: a contact change keeps the sessions', async () => {
    const user = await ctx.user(['viewer']);
    const res = await patch(user.id, admin.headers, { phone: '0912 000 111' });
    assert.equal(res.statusCode, 200);
    assert.equal(await isSignedIn(user.headers), true);
  });

  test('200: disabling ends sessions and refuses sign-in; enabling again clears a lockout', async () => {
    const user = await ctx.user(['viewer']);
    const off = await patch(user.id, admin.headers, { disabled: true });
    assert.equal(off.statusCode, 200);
    assert.equal(off.json().disabled, true);
    assert.equal(await isSignedIn(user.headers), false);
    assert.equal(await signInStatus(user.username, TEST_PASSWORD), 403);
    await ctx.db
      .updateTable('users')
      .set({ locked_until: new Date(Date.now() + 3_600_000), failed_logins: 3 })
      .where('id', '=', user.id)
      .execute();
    const on = await patch(user.id, admin.headers, { disabled: false });
    assert.equal(on.json().lockedUntil, null);
    assert.equal(await signInStatus(user.username, TEST_PASSWORD), 200);
  });
});

describe('POST /api/users/:id/reset-password', () => {
  const reset = (id: string, headers: Record<string, string>) =>
    ctx.inject({ method: 'POST', url: `/api/users/${id}/reset-password`, headers });

  test('401 without a session', async () => {
    assert.equal((await reset(officer.id, {})).statusCode, 401);
  });

  test('400 on an id that is not a uuid', async () => {
    assert.equal((await reset('someone', admin.headers)).statusCode, 400);
  });

  test('403 for a coordinator and an officer', async () => {
    const colleague = await ctx.user(['viewer'], { unitId: officer.unitId, signIn: false });
    assert.equal((await reset(colleague.id, officer.headers)).statusCode, 403);
    assert.equal((await reset(colleague.id, coordinator.headers)).statusCode, 403);
    assert.equal(await signInStatus(colleague.username, TEST_PASSWORD), 200);
  });

  test('404 for an unknown user', async () => {
    assert.equal((await reset(UNKNOWN_ID, admin.headers)).statusCode, 404);
  });

  test('200: a one-time password replaces the old one, every session ends, a lockout is lifted', async () => {
    const user = await ctx.user(['unit_officer']);
    await ctx.db
      .updateTable('users')
      .set({ locked_until: new Date(Date.now() + 3_600_000) })
      .where('id', '=', user.id)
      .execute();
    const res = await reset(user.id, admin.headers);
    assert.equal(res.statusCode, 200);
    const { oneTimePassword } = res.json();
    assert.ok(oneTimePassword.length >= 10);
    assert.equal(await isSignedIn(user.headers), false);
    assert.equal(await signInStatus(user.username, TEST_PASSWORD), 401);
    const headers = await ctx.signIn(user.username, oneTimePassword);
    const blocked = await ctx.inject({ method: 'GET', url: '/api/units', headers });
    assert.equal(blocked.json().error.code, 'auth.password_change_required');
    const audit = await ctx.db
      .selectFrom('audit_log')
      .select(['actor_user_id', 'after'])
      .where('entity_id', '=', user.id)
      .where('action', '=', 'user.reset_password')
      .executeTakeFirstOrThrow();
    assert.equal(audit.actor_user_id, admin.id);
    assert.doesNotMatch(JSON.stringify(audit.after), new RegExp(oneTimePassword));
  });
});

describe('POST /api/users/:id/reset-totp', () => {
  const reset = (id: string, headers: Record<string, string>) =>
    ctx.inject({ method: 'POST', url: `/api/users/${id}/reset-totp`, headers });

  test('401, 400, 403, 404 in turn', async () => {
    assert.equal((await reset(officer.id, {})).statusCode, 401);
    assert.equal((await reset('x', admin.headers)).statusCode, 400);
    assert.equal((await reset(officer.id, officer.headers)).statusCode, 403);
    assert.equal((await reset(UNKNOWN_ID, admin.headers)).statusCode, 404);
  });

  test('200 removes the second factor and its secret', async () => {
    const user = await ctx.user(['responder'], { signIn: false });
    await ctx.db
      .updateTable('users')
      .set({ totp_enabled: true, totp_secret: 'JBSWY3DPEHPK3PXP' })
      .where('id', '=', user.id)
      .execute();
    const res = await reset(user.id, admin.headers);
    assert.equal(res.statusCode, 200);
    const row = await ctx.db
      .selectFrom('users')
      .select(['totp_enabled', 'totp_secret'])
      .where('id', '=', user.id)
      .executeTakeFirstOrThrow();
    assert.deepEqual(row, { totp_enabled: false, totp_secret: null });
  });
});
