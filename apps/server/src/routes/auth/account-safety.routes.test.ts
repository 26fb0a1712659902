import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { currentTotp } from '@ungcuu/core/auth/totp.ts';
import { TestContext, type TestUser } from '../../testing/test-app.ts';

let ctx: TestContext;
let admin: TestUser;

before(async () => {
  ctx = await TestContext.create();
  admin = await ctx.user(['admin']);
});
after(() => ctx.close());

test('TOTP set-up cannot be restarted while the factor is on (409), so a session cannot remove it', async () => {
  const user = await ctx.user(['unit_officer']);
  const setup = await ctx.inject({ method: 'POST', url: '/api/auth/totp/setup', headers: user.headers });
  assert.equal(setup.statusCode, 200);
  const code = currentTotp(setup.json().secret, new Date());
  assert.equal(
    (
      await ctx.inject({
        method: 'POST',
        url: '/api/auth/totp/enable',
        headers: user.headers,
        payload: { code },
      })
    ).statusCode,
    200,
  );
  const again = await ctx.inject({ method: 'POST', url: '/api/auth/totp/setup', headers: user.headers });
  assert.equal(again.statusCode, 409);
  assert.equal(again.json().error.code, 'auth.totp_already_enabled');
  const row = await ctx.db
    .selectFrom('users')
    .select('totp_enabled')
    .where('id', '=', user.id)
    .executeTakeFirstOrThrow();
  assert.equal(row.totp_enabled, true);
});

test("an administrator's password reset revokes the user's API tokens", async () => {
  const user = await ctx.user(['unit_officer']);
  const created = await ctx.inject({
    method: 'POST',
    url: '/api/tokens',
    headers: user.headers,
    payload: { name: 'tích hợp', scopes: ['read'] },
  });
  assert.equal(created.statusCode, 201);
  const bearer = { authorization: `Bearer ${created.json().secret}` };
  assert.equal(
    (await ctx.inject({ method: 'GET', url: '/api/units?limit=1', headers: bearer })).statusCode,
    200,
  );
  assert.equal(
    (
      await ctx.inject({
        method: 'POST',
        url: `/api/users/${user.id}/reset-password`,
        headers: admin.headers,
      })
    ).statusCode,
    200,
  );
  assert.equal(
    (await ctx.inject({ method: 'GET', url: '/api/units?limit=1', headers: bearer })).statusCode,
    401,
  );
});

test('no new user in an archived unit (409)', async () => {
  const unit = await ctx.unit();
  assert.equal(
    (await ctx.inject({ method: 'DELETE', url: `/api/units/${unit.id}`, headers: admin.headers })).statusCode,
    200,
  );
  const res = await ctx.inject({
    method: 'POST',
    url: '/api/users',
    headers: admin.headers,
    payload: { username: `u${Date.now()}`, fullName: 'Lê Thị Mai', unitId: unit.id, roles: ['viewer'] },
  });
  assert.equal(res.statusCode, 409);
  assert.equal(res.json().error.code, 'unit.archived');
});

test('% and _ typed into search are literal characters, not wildcards', async () => {
  await ctx.unit({ name: 'Trung tâm 100% số hoá' });
  const wild = await ctx.inject({ method: 'GET', url: '/api/units?q=%25&limit=200', headers: admin.headers });
  assert.equal(wild.statusCode, 200);
  assert.ok(wild.json().items.length >= 1);
  assert.ok(
    wild
      .json()
      .items.every((u: { name: string; code: string }) => u.name.includes('%') || u.code.includes('%')),
  );
});

test('PATCH /api/auth/me: 401 signed out, 400 bad locale, 200 saves the own language (audited)', async () => {
  const user = await ctx.user(['viewer']);
  assert.equal(
    (await ctx.inject({ method: 'PATCH', url: '/api/auth/me', payload: { locale: 'en' } })).statusCode,
    401,
  );
  assert.equal(
    (
      await ctx.inject({
        method: 'PATCH',
        url: '/api/auth/me',
        headers: user.headers,
        payload: { locale: 'fr' },
      })
    ).statusCode,
    400,
  );
  assert.equal(
    (
      await ctx.inject({
        method: 'PATCH',
        url: '/api/auth/me',
        headers: user.headers,
        payload: { locale: 'en' },
      })
    ).statusCode,
    200,
  );
  const me = await ctx.inject({ method: 'GET', url: '/api/auth/me', headers: user.headers });
  assert.equal(me.json().user.locale, 'en');
  const audit = await ctx.db
    .selectFrom('audit_log')
    .select('action')
    .where('entity_id', '=', user.id)
    .where('action', '=', 'user.locale')
    .execute();
  assert.equal(audit.length, 1);
});
