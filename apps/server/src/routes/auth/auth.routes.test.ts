import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { TEST_PASSWORD, TestContext, type TestUser } from '../../testing/test-app.ts';

// Sign-in, sessions and CSRF. The clock is injected so that session windows can pass without waiting.
const offsetMs = 0;
const clock = { now: () => new Date(Date.now() + offsetMs) };
let ctx: TestContext;

before(async () => {
  ctx = await TestContext.create({ clock });
});
after(() => ctx.close());

let ipCounter = 0;
/** A documentation-range address of its own, so one test's failures never throttle another's. */
function freshIp(): string {
  ipCounter += 1;
  return `198.51.100.${ipCounter}`;
}

function login(payload: Record<string, unknown>, ip = freshIp()) {
  return ctx.inject({ method: 'POST', url: '/api/auth/login', payload, remoteAddress: ip });
}

async function auditActions(userId: string): Promise<string[]> {
  const rows = await ctx.db
    .selectFrom('audit_log')
    .select('action')
    .where('entity_type', '=', 'user')
    .where('entity_id', '=', userId)
    .orderBy('id')
    .execute();
  return rows.map((r) => r.action);
}

describe('POST /api/auth/login', () => {
  test('400 on a malformed body, before any credential check', async () => {
    for (const payload of [
      { username: 'ab', password: 'x' },
      { username: 'someone' },
      { username: 'someone', password: 'x', extra: true },
      { username: 'bad name!', password: 'x' },
    ]) {
      const res = await login(payload);
      assert.equal(res.statusCode, 400, JSON.stringify(payload));
      assert.equal(res.json().error.code, 'validation.failed');
    }
  });

  test('401 on a wrong password and on an unknown user, with the same message', async () => {
    const user = await ctx.user(['viewer'], { signIn: false });
    const wrong = await login({ username: user.username, password: 'not the password' });
    const unknown = await login({ username: `nobody${Date.now()}`, password: TEST_PASSWORD });
    assert.equal(wrong.statusCode, 401);
    assert.equal(unknown.statusCode, 401);
    assert.equal(wrong.json().error.code, 'auth.invalid_credentials');
    assert.equal(unknown.json().error.code, 'auth.invalid_credentials');
    assert.deepEqual(wrong.json().error.messages, unknown.json().error.messages);
    assert.equal(wrong.cookies.length, 0);
    assert.deepEqual(await auditActions(user.id), ['auth.login_failed']);
  });

  test('200 sets an httpOnly session cookie, returns a CSRF token, and is audited', async () => {
    const user = await ctx.user(['viewer'], { signIn: false });
    const res = await login({ username: user.username.toUpperCase(), password: TEST_PASSWORD });
    assert.equal(res.statusCode, 200);
    const cookie = res.cookies.find((c) => c.name === 'ungcuu_session');
    assert.ok(cookie?.value && cookie.value.length >= 32);
    assert.equal(cookie.httpOnly, true);
    assert.equal(cookie.sameSite, 'Lax');
    assert.ok(res.json().csrfToken.length >= 16);
    assert.ok(Date.parse(res.json().expiresAt) > Date.now());
    // Only the hash of the session secret is stored.
    const stored = await ctx.db.selectFrom('sessions').select('id').where('user_id', '=', user.id).execute();
    assert.equal(stored.length, 1);
    assert.notEqual(stored[0]!.id, cookie.value);
    assert.deepEqual(await auditActions(user.id), ['auth.login']);
  });

  test('403 for a disabled user even with the right password', async () => {
    const user = await ctx.user(['viewer'], { signIn: false });
    await ctx.db.updateTable('users').set({ disabled: true }).where('id', '=', user.id).execute();
    const res = await login({ username: user.username, password: TEST_PASSWORD });
    assert.equal(res.statusCode, 403);
    assert.equal(res.json().error.code, 'auth.user_disabled');
    assert.equal(res.cookies.length, 0);
  });
});

// Throttling (by address, account and address, account): auth-throttle.routes.test.ts.

describe('GET /api/auth/me', () => {
  test('401 without a session, and with an unknown cookie', async () => {
    for (const headers of [{}, { cookie: 'ungcuu_session=forged' }]) {
      const res = await ctx.inject({ method: 'GET', url: '/api/auth/me', headers });
      assert.equal(res.statusCode, 401);
      assert.equal(res.json().error.code, 'auth.required');
    }
  });

  test('200 with the user, the CSRF token and the flags, never the secrets', async () => {
    const user = await ctx.user(['responder']);
    const res = await ctx.inject({
      method: 'GET',
      url: '/api/auth/me',
      headers: { cookie: user.headers.cookie! },
    });
    assert.equal(res.statusCode, 200);
    const body = res.json();
    assert.equal(body.user.id, user.id);
    assert.equal(body.user.username, user.username);
    assert.deepEqual(body.user.roles, ['responder']);
    assert.equal(body.csrfToken, user.headers['x-csrf-token']);
    assert.equal(body.mustChangePassword, false);
    assert.equal(body.totpSetupRequired, false);
    assert.doesNotMatch(res.body, /argon2|password_hash|totp_secret/);
  });
});

describe('CSRF', () => {
  let user: TestUser;
  before(async () => {
    user = await ctx.user(['viewer']);
  });

  test('403 auth.csrf on a cookie write without the header, with a wrong one, or with another session’s', async () => {
    const other = await ctx.user(['viewer']);
    for (const token of [undefined, 'wrong', other.headers['x-csrf-token']]) {
      const res = await ctx.inject({
        method: 'POST',
        url: '/api/auth/logout',
        headers: { cookie: user.headers.cookie!, ...(token ? { 'x-csrf-token': token } : {}) },
      });
      assert.equal(res.statusCode, 403, String(token));
      assert.equal(res.json().error.code, 'auth.csrf');
    }
    // The session survived the refused requests.
    const me = await ctx.inject({ method: 'GET', url: '/api/auth/me', headers: user.headers });
    assert.equal(me.statusCode, 200);
  });

  test('reads need no CSRF header', async () => {
    const res = await ctx.inject({
      method: 'GET',
      url: '/api/units',
      headers: { cookie: user.headers.cookie! },
    });
    assert.equal(res.statusCode, 200);
  });
});

describe('POST /api/auth/logout', () => {
  test('401 without a session', async () => {
    const res = await ctx.inject({ method: 'POST', url: '/api/auth/logout' });
    assert.equal(res.statusCode, 401);
  });

  test('200 ends this session only: its cookie stops working, another session goes on', async () => {
    const user = await ctx.user(['viewer']);
    const second = await ctx.signIn(user.username, TEST_PASSWORD);
    const res = await ctx.inject({ method: 'POST', url: '/api/auth/logout', headers: user.headers });
    assert.equal(res.statusCode, 200);
    const cleared = res.cookies.find((c) => c.name === 'ungcuu_session');
    assert.equal(cleared?.value, '');
    const me = await ctx.inject({ method: 'GET', url: '/api/auth/me', headers: user.headers });
    assert.equal(me.statusCode, 401);
    const other = await ctx.inject({ method: 'GET', url: '/api/auth/me', headers: second });
    assert.equal(other.statusCode, 200);
    assert.ok((await auditActions(user.id)).includes('auth.logout'));
  });
});

describe('POST /api/auth/logout-all', () => {
  test('401 without a session', async () => {
    const res = await ctx.inject({ method: 'POST', url: '/api/auth/logout-all' });
    assert.equal(res.statusCode, 401);
  });

  test('200 ends every session of this person and no one else’s', async () => {
    const user = await ctx.user(['viewer']);
    const laptop = await ctx.signIn(user.username, TEST_PASSWORD);
    const phone = await ctx.signIn(user.username, TEST_PASSWORD);
    const bystander = await ctx.user(['viewer']);
    const res = await ctx.inject({ method: 'POST', url: '/api/auth/logout-all', headers: user.headers });
    assert.equal(res.statusCode, 200);
    assert.equal(res.json().sessions, 3);
    for (const headers of [user.headers, laptop, phone]) {
      const me = await ctx.inject({ method: 'GET', url: '/api/auth/me', headers });
      assert.equal(me.statusCode, 401);
    }
    const other = await ctx.inject({ method: 'GET', url: '/api/auth/me', headers: bystander.headers });
    assert.equal(other.statusCode, 200);
    const remaining = await ctx.db
      .selectFrom('sessions')
      .select('id')
      .where('user_id', '=', user.id)
      .execute();
    assert.equal(remaining.length, 0);
  });
});

describe('POST /api/auth/password', () => {
  const change = (headers: Record<string, string>, payload: unknown) =>
    ctx.inject({ method: 'POST', url: '/api/auth/password', headers, payload: payload as object });

  test('401 without a session', async () => {
    const res = await change({}, { current: TEST_PASSWORD, next: 'a much better password' });
    assert.equal(res.statusCode, 401);
  });

  test('400 on a malformed body, a wrong current password, or a weak new one', async () => {
    const user = await ctx.user(['viewer']);
    const malformed = await change(user.headers, { current: TEST_PASSWORD });
    assert.equal(malformed.statusCode, 400);
    assert.equal(malformed.json().error.code, 'validation.failed');
    const wrong = await change(user.headers, { current: 'not my password', next: 'a much better password' });
    assert.equal(wrong.statusCode, 400);
    assert.equal(wrong.json().error.code, 'auth.password_wrong');
    const weak = await change(user.headers, { current: TEST_PASSWORD, next: 'short' });
    assert.equal(weak.statusCode, 400);
    assert.equal(weak.json().error.code, 'auth.password_weak');
    // Nothing changed: the old password still signs in.
    assert.ok(await ctx.signIn(user.username, TEST_PASSWORD));
  });

  test('200: the new password works, the old does not, other sessions end and this one stays', async () => {
    const user = await ctx.user(['viewer']);
    const elsewhere = await ctx.signIn(user.username, TEST_PASSWORD);
    const next = 'một mật khẩu mới rất dài';
    const res = await change(user.headers, { current: TEST_PASSWORD, next });
    assert.equal(res.statusCode, 200);
    assert.equal(
      (await ctx.inject({ method: 'GET', url: '/api/auth/me', headers: user.headers })).statusCode,
      200,
    );
    assert.equal(
      (await ctx.inject({ method: 'GET', url: '/api/auth/me', headers: elsewhere })).statusCode,
      401,
    );
    assert.equal((await login({ username: user.username, password: TEST_PASSWORD })).statusCode, 401);
    assert.equal((await login({ username: user.username, password: next })).statusCode, 200);
    const audit = await ctx.db
      .selectFrom('audit_log')
      .select(['action', 'after'])
      .where('entity_id', '=', user.id)
      .where('action', '=', 'auth.change_password')
      .execute();
    assert.equal(audit.length, 1);
    assert.doesNotMatch(JSON.stringify(audit[0]!.after), /argon2/);
  });
});

describe('a one-time password must be changed first', () => {
  test('403 auth.password_change_required everywhere but /api/auth until it is changed', async () => {
    const admin = await ctx.user(['admin']);
    const unit = await ctx.unit();
    const username = `otp${Date.now()}`;
    const created = await ctx.inject({
      method: 'POST',
      url: '/api/users',
      headers: admin.headers,
      payload: { username, fullName: 'Trần Văn Mới', unitId: unit.id, roles: ['unit_officer'] },
    });
    assert.equal(created.statusCode, 201);
    const oneTimePassword: string = created.json().oneTimePassword;
    assert.ok(oneTimePassword.length >= 10);

    const headers = await ctx.signIn(username, oneTimePassword);
    const blocked = await ctx.inject({ method: 'GET', url: '/api/units', headers });
    assert.equal(blocked.statusCode, 403);
    assert.equal(blocked.json().error.code, 'auth.password_change_required');
    const blockedWrite = await ctx.inject({
      method: 'PATCH',
      url: `/api/units/${unit.id}`,
      headers,
      payload: { phone: '0221 3946 000' },
    });
    assert.equal(blockedWrite.json().error.code, 'auth.password_change_required');

    const me = await ctx.inject({ method: 'GET', url: '/api/auth/me', headers });
    assert.equal(me.statusCode, 200);
    assert.equal(me.json().mustChangePassword, true);

    const changed = await ctx.inject({
      method: 'POST',
      url: '/api/auth/password',
      headers,
      payload: { current: oneTimePassword, next: 'mật khẩu riêng của tôi' },
    });
    assert.equal(changed.statusCode, 200);
    const allowed = await ctx.inject({ method: 'GET', url: '/api/units', headers });
    assert.equal(allowed.statusCode, 200);
    const meAfter = await ctx.inject({ method: 'GET', url: '/api/auth/me', headers });
    assert.equal(meAfter.json().mustChangePassword, false);
  });
});
