import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { after, before, describe, test } from 'node:test';
import { TestContext, type TestUser } from '../../testing/test-app.ts';

// API tokens: stored hashed, scoped, revocable; a bearer token stands in for its owner.
let ctx: TestContext;
let admin: TestUser;
let officer: TestUser;

before(async () => {
  ctx = await TestContext.create();
  admin = await ctx.user(['admin']);
  officer = await ctx.user(['unit_officer']);
});
after(() => ctx.close());

const UNKNOWN_ID = '00000000-0000-4000-8000-000000000000';

async function newToken(user: TestUser, scopes: string[], extra: Record<string, unknown> = {}) {
  const res = await ctx.inject({
    method: 'POST',
    url: '/api/tokens',
    headers: user.headers,
    payload: { name: `Tích hợp ${scopes.join('+')}`, scopes, ...extra },
  });
  assert.equal(res.statusCode, 201, res.body);
  return res.json() as { token: { id: string; prefix: string; scopes: string[] }; secret: string };
}

const bearer = (secret: string) => ({ authorization: `Bearer ${secret}` });

describe('POST /api/tokens', () => {
  test('401 without a session', async () => {
    const res = await ctx.inject({
      method: 'POST',
      url: '/api/tokens',
      payload: { name: 'x y', scopes: ['read'] },
    });
    assert.equal(res.statusCode, 401);
  });

  test('400 on bad input', async () => {
    for (const payload of [
      { name: 'Tích hợp', scopes: [] },
      { name: 'Tích hợp', scopes: ['admin'] },
      { name: 'x', scopes: ['read'] },
      { name: 'Tích hợp', scopes: ['read', 'read'] },
      { name: 'Tích hợp', scopes: ['read'], expiresAt: 'tomorrow' },
    ]) {
      const res = await ctx.inject({ method: 'POST', url: '/api/tokens', headers: officer.headers, payload });
      assert.equal(res.statusCode, 400, JSON.stringify(payload));
    }
  });

  test('403 for roles that may not hold tokens (leader, viewer, finance)', async () => {
    for (const role of ['leader', 'viewer', 'finance'] as const) {
      const user = await ctx.user([role]);
      const res = await ctx.inject({
        method: 'POST',
        url: '/api/tokens',
        headers: user.headers,
        payload: { name: 'Tích hợp', scopes: ['read'] },
      });
      assert.equal(res.statusCode, 403, role);
    }
  });

  test('201 returns the secret once; only its SHA-256 is stored; audited without the secret', async () => {
    const { token, secret } = await newToken(officer, ['read']);
    assert.match(secret, /^ucu_/);
    assert.equal(token.prefix, secret.slice(0, 10));
    const row = await ctx.db
      .selectFrom('api_tokens')
      .selectAll()
      .where('id', '=', token.id)
      .executeTakeFirstOrThrow();
    assert.equal(row.token_hash, createHash('sha256').update(secret).digest('hex'));
    assert.ok(!Object.values(row).some((v) => v === secret));
    const list = await ctx.inject({ method: 'GET', url: '/api/tokens', headers: officer.headers });
    assert.ok(!list.body.includes(secret));
    const audit = await ctx.db
      .selectFrom('audit_log')
      .selectAll()
      .where('entity_id', '=', token.id)
      .executeTakeFirstOrThrow();
    assert.equal(audit.action, 'token.create');
    assert.ok(!JSON.stringify(audit).includes(secret));
  });
});

describe('GET /api/tokens', () => {
  test('401 without a session', async () => {
    assert.equal((await ctx.inject({ method: 'GET', url: '/api/tokens' })).statusCode, 401);
  });

  test('200: people see their own tokens, administrators see everyone’s', async () => {
    const responder = await ctx.user(['responder']);
    const mine = await newToken(responder, ['read']);
    const theirs = await newToken(officer, ['read']);
    const own = await ctx.inject({ method: 'GET', url: '/api/tokens', headers: responder.headers });
    assert.equal(own.statusCode, 200);
    assert.deepEqual(
      own.json().items.map((t: { id: string }) => t.id),
      [mine.token.id],
    );
    const all = await ctx.inject({ method: 'GET', url: '/api/tokens', headers: admin.headers });
    const ids = all.json().items.map((t: { id: string }) => t.id);
    assert.ok(ids.includes(mine.token.id) && ids.includes(theirs.token.id));
  });
});

describe('DELETE /api/tokens/:id', () => {
  test('401 without a session', async () => {
    const { token } = await newToken(officer, ['read']);
    assert.equal((await ctx.inject({ method: 'DELETE', url: `/api/tokens/${token.id}` })).statusCode, 401);
  });

  test('400 on an id that is not a uuid', async () => {
    const res = await ctx.inject({ method: 'DELETE', url: '/api/tokens/abc', headers: officer.headers });
    assert.equal(res.statusCode, 400);
  });

  test('404 on someone else’s token (it is, to them, not there)', async () => {
    const { token, secret } = await newToken(officer, ['read']);
    const responder = await ctx.user(['responder']);
    const res = await ctx.inject({
      method: 'DELETE',
      url: `/api/tokens/${token.id}`,
      headers: responder.headers,
    });
    assert.equal(res.statusCode, 404);
    const still = await ctx.inject({ method: 'GET', url: '/api/units?limit=1', headers: bearer(secret) });
    assert.equal(still.statusCode, 200);
  });

  test('404 for an unknown token', async () => {
    const res = await ctx.inject({
      method: 'DELETE',
      url: `/api/tokens/${UNKNOWN_ID}`,
      headers: officer.headers,
    });
    assert.equal(res.statusCode, 404);
  });

  test('200 revokes: the token stops working at once, audited', async () => {
    const { token, secret } = await newToken(officer, ['read']);
    assert.equal(
      (await ctx.inject({ method: 'GET', url: '/api/units', headers: bearer(secret) })).statusCode,
      200,
    );
    const res = await ctx.inject({
      method: 'DELETE',
      url: `/api/tokens/${token.id}`,
      headers: officer.headers,
    });
    assert.equal(res.statusCode, 200);
    assert.ok(res.json().revokedAt);
    const after = await ctx.inject({ method: 'GET', url: '/api/units', headers: bearer(secret) });
    assert.equal(after.statusCode, 401);
    assert.equal(after.json().error.code, 'auth.required');
    const audit = await ctx.db
      .selectFrom('audit_log')
      .select('action')
      .where('entity_id', '=', token.id)
      .orderBy('id')
      .execute();
    assert.deepEqual(
      audit.map((a) => a.action),
      ['token.create', 'token.revoke'],
    );
  });

  test('an administrator may revoke anyone’s token', async () => {
    const { token, secret } = await newToken(officer, ['read']);
    const res = await ctx.inject({
      method: 'DELETE',
      url: `/api/tokens/${token.id}`,
      headers: admin.headers,
    });
    assert.equal(res.statusCode, 200);
    assert.equal(
      (await ctx.inject({ method: 'GET', url: '/api/units', headers: bearer(secret) })).statusCode,
      401,
    );
  });
});

describe('bearer authentication', () => {
  test('401 for an unknown, malformed or expired token', async () => {
    const expiring = await newToken(officer, ['read'], {
      expiresAt: new Date(Date.now() + 60_000).toISOString(),
    });
    assert.equal(
      (await ctx.inject({ method: 'GET', url: '/api/units', headers: bearer(expiring.secret) })).statusCode,
      200,
    );
    await ctx.db
      .updateTable('api_tokens')
      .set({ expires_at: new Date(Date.now() - 1000) })
      .where('id', '=', expiring.token.id)
      .execute();
    // Written behind the application's back (nothing in it moves an expiry): its token cache is
    // told, as a restore would tell it by restarting.
    ctx.services.tokens.forget();
    for (const secret of ['ucu_forged', 'not-even-ours', expiring.secret]) {
      const res = await ctx.inject({ method: 'GET', url: '/api/units', headers: bearer(secret) });
      assert.equal(res.statusCode, 401, secret);
    }
  });

  test('a read token reads but may not write (403 auth.token_scope), and nothing is written', async () => {
    const { secret } = await newToken(admin, ['read']);
    const code = `TOK${Date.now()}`;
    const res = await ctx.inject({
      method: 'POST',
      url: '/api/units',
      headers: bearer(secret),
      payload: { code, name: 'Đơn vị qua API', type: 'agency' },
    });
    assert.equal(res.statusCode, 403);
    assert.equal(res.json().error.code, 'auth.token_scope');
    const row = await ctx.db.selectFrom('units').select('id').where('code', '=', code).executeTakeFirst();
    assert.equal(row, undefined);
  });

  test('a write token writes without a CSRF header, audited as its owner', async () => {
    const { secret } = await newToken(admin, ['write']);
    const code = `TOKW${Date.now()}`;
    const res = await ctx.inject({
      method: 'POST',
      url: '/api/units',
      headers: bearer(secret),
      payload: { code, name: 'Đơn vị qua API', type: 'agency' },
    });
    assert.equal(res.statusCode, 201);
    const audit = await ctx.db
      .selectFrom('audit_log')
      .select(['actor_user_id', 'actor_label'])
      .where('entity_id', '=', res.json().id)
      .executeTakeFirstOrThrow();
    assert.equal(audit.actor_user_id, admin.id);
    assert.equal(audit.actor_label, `${admin.username} (token)`);
  });

  test('a token never exceeds its owner’s permissions', async () => {
    const { secret } = await newToken(officer, ['write']);
    const res = await ctx.inject({
      method: 'POST',
      url: '/api/units',
      headers: bearer(secret),
      payload: { code: `TOKO${Date.now()}`, name: 'Không được phép', type: 'agency' },
    });
    assert.equal(res.statusCode, 403);
    assert.equal(res.json().error.code, 'forbidden');
  });

  test('an intake-only token may not read or change org data', async () => {
    const { secret } = await newToken(officer, ['incidents.report']);
    const read = await ctx.inject({ method: 'GET', url: '/api/units', headers: bearer(secret) });
    assert.equal(read.statusCode, 403);
    const write = await ctx.inject({
      method: 'PATCH',
      url: `/api/units/${officer.unitId}`,
      headers: bearer(secret),
      payload: { phone: '0221 3946 999' },
    });
    assert.equal(write.statusCode, 403);
    assert.equal(write.json().error.code, 'auth.token_scope');
  });

  test('tokens cannot reach sign-in, sessions or passwords', async () => {
    const { secret } = await newToken(officer, ['write']);
    for (const [method, url] of [
      ['GET', '/api/auth/me'],
      ['POST', '/api/auth/logout-all'],
      ['POST', '/api/auth/totp/setup'],
    ] as const) {
      const res = await ctx.inject({ method, url, headers: bearer(secret) });
      assert.equal(res.statusCode, 403, url);
      assert.equal(res.json().error.code, 'auth.token_scope');
    }
  });

  test('a token cannot mint another token, so revoking a leaked one is enough', async () => {
    const { secret } = await newToken(officer, ['write']);
    const before = await ctx.db
      .selectFrom('api_tokens')
      .select('id')
      .where('user_id', '=', officer.id)
      .execute();
    const res = await ctx.inject({
      method: 'POST',
      url: '/api/tokens',
      headers: bearer(secret),
      payload: { name: 'Bản sao bền', scopes: ['write'] },
    });
    assert.equal(res.statusCode, 403);
    assert.equal(res.json().error.code, 'auth.token_scope');
    const after = await ctx.db
      .selectFrom('api_tokens')
      .select('id')
      .where('user_id', '=', officer.id)
      .execute();
    assert.equal(after.length, before.length);
  });

  test('a token of a disabled person stops working', async () => {
    const responder = await ctx.user(['responder']);
    const { secret } = await newToken(responder, ['read']);
    await ctx.db.updateTable('users').set({ disabled: true }).where('id', '=', responder.id).execute();
    assert.equal(
      (await ctx.inject({ method: 'GET', url: '/api/units', headers: bearer(secret) })).statusCode,
      401,
    );
  });

  test('use is recorded as last used', async () => {
    const { token, secret } = await newToken(officer, ['read']);
    await ctx.inject({ method: 'GET', url: '/api/units', headers: bearer(secret) });
    const row = await ctx.db
      .selectFrom('api_tokens')
      .select('last_used_at')
      .where('id', '=', token.id)
      .executeTakeFirstOrThrow();
    assert.ok(row.last_used_at);
  });
});
