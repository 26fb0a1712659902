import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { currentTotp } from '@ungcuu/core/auth/totp.ts';
import { SIGN_IN_LIMITS } from '@ungcuu/domain/auth/throttle.ts';
import { TEST_PASSWORD, TestContext, type TestUser } from '../../testing/test-app.ts';

// The optional second factor (TOTP) per user, and its enforcement per role.
const offsetMs = 0;
const clock = { now: () => new Date(Date.now() + offsetMs) };
let ctx: TestContext;
let admin: TestUser;

before(async () => {
  ctx = await TestContext.create({ clock });
  admin = await ctx.user(['admin']);
});
after(() => ctx.close());

let ipCounter = 0;
function login(payload: Record<string, unknown>, ip?: string) {
  ipCounter += 1;
  return ctx.inject({
    method: 'POST',
    url: '/api/auth/login',
    payload,
    remoteAddress: ip ?? `203.0.113.${ipCounter}`,
  });
}

/** A code that is valid for this secret, but not now: two minutes away. */
function staleCode(secret: string): string {
  const now = clock.now();
  const fresh = currentTotp(secret, now);
  for (const shift of [120_000, 150_000, 180_000]) {
    const code = currentTotp(secret, new Date(now.getTime() - shift));
    if (code !== fresh) return code;
  }
  throw new Error('no distinct stale code');
}

async function enrol(user: TestUser): Promise<string> {
  const setup = await ctx.inject({ method: 'POST', url: '/api/auth/totp/setup', headers: user.headers });
  assert.equal(setup.statusCode, 200);
  const { secret } = setup.json();
  const enable = await ctx.inject({
    method: 'POST',
    url: '/api/auth/totp/enable',
    headers: user.headers,
    payload: { code: currentTotp(secret, clock.now()) },
  });
  assert.equal(enable.statusCode, 200);
  return secret;
}

describe('POST /api/auth/totp/setup', () => {
  test('401 without a session', async () => {
    const res = await ctx.inject({ method: 'POST', url: '/api/auth/totp/setup' });
    assert.equal(res.statusCode, 401);
  });

  test('200 returns a secret and an otpauth URI; the factor is not active until enabled', async () => {
    const user = await ctx.user(['responder']);
    const res = await ctx.inject({ method: 'POST', url: '/api/auth/totp/setup', headers: user.headers });
    assert.equal(res.statusCode, 200);
    const { secret, uri } = res.json();
    assert.match(secret, /^[A-Z2-7]{16,}$/);
    assert.match(uri, /^otpauth:\/\/totp\//);
    assert.ok(uri.includes(user.username));
    assert.ok(uri.includes(`secret=${secret}`));
    // Not enabled yet: a password alone still signs in.
    assert.equal((await login({ username: user.username, password: TEST_PASSWORD })).statusCode, 200);
  });
});

describe('POST /api/auth/totp/enable', () => {
  test('401 without a session', async () => {
    const res = await ctx.inject({
      method: 'POST',
      url: '/api/auth/totp/enable',
      payload: { code: '123456' },
    });
    assert.equal(res.statusCode, 401);
  });

  test('400 on a code that is not six digits', async () => {
    const user = await ctx.user(['responder']);
    for (const code of ['12345', '1234567', 'abcdef']) {
      const res = await ctx.inject({
        method: 'POST',
        url: '/api/auth/totp/enable',
        headers: user.headers,
        payload: { code },
      });
      assert.equal(res.statusCode, 400, code);
      assert.equal(res.json().error.code, 'validation.failed');
    }
  });

  test('401 auth.totp_invalid before set-up, and with a wrong code', async () => {
    const user = await ctx.user(['responder']);
    const early = await ctx.inject({
      method: 'POST',
      url: '/api/auth/totp/enable',
      headers: user.headers,
      payload: { code: '000000' },
    });
    assert.equal(early.statusCode, 401);
    assert.equal(early.json().error.code, 'auth.totp_invalid');
    const setup = await ctx.inject({ method: 'POST', url: '/api/auth/totp/setup', headers: user.headers });
    const wrong = await ctx.inject({
      method: 'POST',
      url: '/api/auth/totp/enable',
      headers: user.headers,
      payload: { code: staleCode(setup.json().secret) },
    });
    assert.equal(wrong.statusCode, 401);
    assert.equal(wrong.json().error.code, 'auth.totp_invalid');
    const row = await ctx.db
      .selectFrom('users')
      .select('totp_enabled')
      .where('id', '=', user.id)
      .executeTakeFirstOrThrow();
    assert.equal(row.totp_enabled, false);
  });

  test('200 with the current code; the secret is never shown again', async () => {
    const user = await ctx.user(['responder']);
    await enrol(user);
    const me = await ctx.inject({ method: 'GET', url: '/api/auth/me', headers: user.headers });
    assert.equal(me.json().user.totpEnabled, true);
    assert.doesNotMatch(me.body, /secret/i);
    const audit = await ctx.db
      .selectFrom('audit_log')
      .select('action')
      .where('entity_id', '=', user.id)
      .where('action', 'like', 'auth.totp%')
      .orderBy('id')
      .execute();
    assert.deepEqual(
      audit.map((a) => a.action),
      ['auth.totp_setup', 'auth.totp_enable'],
    );
  });
});

describe('signing in with a second factor', () => {
  let user: TestUser;
  let secret: string;
  before(async () => {
    user = await ctx.user(['unit_officer']);
    secret = await enrol(user);
  });

  test('401 auth.totp_required without a code, auth.totp_invalid with a wrong one', async () => {
    const none = await login({ username: user.username, password: TEST_PASSWORD });
    assert.equal(none.statusCode, 401);
    assert.equal(none.json().error.code, 'auth.totp_required');
    assert.equal(none.cookies.length, 0);
    const wrong = await login({ username: user.username, password: TEST_PASSWORD, totp: staleCode(secret) });
    assert.equal(wrong.statusCode, 401);
    assert.equal(wrong.json().error.code, 'auth.totp_invalid');
    assert.equal(wrong.cookies.length, 0);
  });

  test('a right code with a wrong password is still refused as wrong credentials', async () => {
    const res = await login({
      username: user.username,
      password: 'wrong',
      totp: currentTotp(secret, clock.now()),
    });
    assert.equal(res.statusCode, 401);
    assert.equal(res.json().error.code, 'auth.invalid_credentials');
  });

  test('200 with the password and the current code', async () => {
    const res = await login({
      username: user.username,
      password: TEST_PASSWORD,
      totp: currentTotp(secret, clock.now()),
    });
    assert.equal(res.statusCode, 200);
  });

  test('wrong codes are throttled like wrong passwords (429 with Retry-After), the right code then waits too', async () => {
    const target = await ctx.user(['unit_officer']);
    const targetSecret = await enrol(target);
    const ip = '203.0.113.250';
    for (let i = 1; i <= SIGN_IN_LIMITS.pair.free; i++) {
      const res = await login(
        { username: target.username, password: TEST_PASSWORD, totp: staleCode(targetSecret) },
        ip,
      );
      assert.equal(res.statusCode, 401, `attempt ${i}`);
    }
    const right = await login(
      { username: target.username, password: TEST_PASSWORD, totp: currentTotp(targetSecret, clock.now()) },
      ip,
    );
    assert.equal(right.statusCode, 429);
    assert.equal(right.json().error.code, 'auth.throttled');
    assert.ok(Number(right.headers['retry-after']) > 0);
  });

  test('wrong codes while enabling the factor are throttled too', async () => {
    const user = await ctx.user(['responder']);
    const setup = await ctx.inject({ method: 'POST', url: '/api/auth/totp/setup', headers: user.headers });
    const enable = (code: string) =>
      ctx.inject({ method: 'POST', url: '/api/auth/totp/enable', headers: user.headers, payload: { code } });
    for (let i = 1; i <= SIGN_IN_LIMITS.pair.free; i++) {
      assert.equal((await enable(staleCode(setup.json().secret))).statusCode, 401, `attempt ${i}`);
    }
    const refused = await enable(currentTotp(setup.json().secret, clock.now()));
    assert.equal(refused.statusCode, 429);
    assert.equal(refused.json().error.code, 'auth.throttled');
    assert.ok(Number(refused.headers['retry-after']) > 0);
  });

  test('an administrator removes a lost second factor; the person signs in with the password alone', async () => {
    const lost = await ctx.user(['unit_officer']);
    await enrol(lost);
    const res = await ctx.inject({
      method: 'POST',
      url: `/api/users/${lost.id}/reset-totp`,
      headers: admin.headers,
    });
    assert.equal(res.statusCode, 200);
    assert.equal(res.json().totpEnabled, false);
    assert.equal((await login({ username: lost.username, password: TEST_PASSWORD })).statusCode, 200);
  });
});

describe('PUT /api/settings/security (second factor required per role)', () => {
  const put = (headers: Record<string, string>, payload: unknown) =>
    ctx.inject({ method: 'PUT', url: '/api/settings/security', headers, payload: payload as object });

  test('401 without a session', async () => {
    const res = await put({}, { totpRequiredRoles: ['admin'] });
    assert.equal(res.statusCode, 401);
  });

  test('400 on an unknown role or a repeated one', async () => {
    for (const roles of [['emperor'], ['admin', 'admin']]) {
      const res = await put(admin.headers, { totpRequiredRoles: roles });
      assert.equal(res.statusCode, 400, roles.join());
      assert.equal(res.json().error.code, 'validation.failed');
    }
  });

  test('403 for anyone but an administrator', async () => {
    for (const role of ['coordinator', 'leader', 'unit_officer'] as const) {
      const user = await ctx.user([role]);
      const res = await put(user.headers, { totpRequiredRoles: ['responder'] });
      assert.equal(res.statusCode, 403, role);
      assert.equal(res.json().error.code, 'forbidden');
    }
  });

  test('200: a responder without a second factor is held at set-up until enrolled; others go on', async () => {
    const responder = await ctx.user(['responder']);
    const viewer = await ctx.user(['viewer']);
    const res = await put(admin.headers, { totpRequiredRoles: ['responder'] });
    assert.equal(res.statusCode, 200);
    assert.deepEqual(res.json().totpRequiredRoles, ['responder']);
    try {
      const read = await ctx.inject({
        method: 'GET',
        url: '/api/settings/security',
        headers: viewer.headers,
      });
      assert.deepEqual(read.json().totpRequiredRoles, ['responder']);

      const blocked = await ctx.inject({ method: 'GET', url: '/api/units', headers: responder.headers });
      assert.equal(blocked.statusCode, 403);
      assert.equal(blocked.json().error.code, 'auth.totp_setup_required');
      const me = await ctx.inject({ method: 'GET', url: '/api/auth/me', headers: responder.headers });
      assert.equal(me.json().totpSetupRequired, true);
      const free = await ctx.inject({ method: 'GET', url: '/api/units', headers: viewer.headers });
      assert.equal(free.statusCode, 200);

      await enrol(responder);
      const allowed = await ctx.inject({ method: 'GET', url: '/api/units', headers: responder.headers });
      assert.equal(allowed.statusCode, 200);
      const audit = await ctx.db
        .selectFrom('audit_log')
        .select(['actor_user_id', 'after'])
        .where('action', '=', 'settings.totp_roles')
        .orderBy('id', 'desc')
        .limit(1)
        .executeTakeFirstOrThrow();
      assert.equal(audit.actor_user_id, admin.id);
      assert.deepEqual(audit.after, ['responder']);
    } finally {
      const reset = await put(admin.headers, { totpRequiredRoles: [] });
      assert.equal(reset.statusCode, 200);
    }
  });
});
