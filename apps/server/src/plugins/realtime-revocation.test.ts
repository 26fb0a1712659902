import assert from 'node:assert/strict';
import type { AddressInfo } from 'node:net';
import { after, before, describe, test } from 'node:test';
import { loadConfig } from '@ungcuu/core/config.ts';
import type { FastifyInstance } from 'fastify';
import { buildApp } from '../app.ts';
import { EventStream } from '../testing/event-stream.ts';
import { TEST_PASSWORD, TestContext, type TestUser } from '../testing/test-app.ts';

// Open event streams end as soon as the session or token behind them does, in every process:
// a second app on the same database stands for a second server process.
let ctx: TestContext;
let other: FastifyInstance;
let baseUrl: string;
let otherUrl: string;
let admin: TestUser;
const streams: EventStream[] = [];

async function listen(app: FastifyInstance): Promise<string> {
  await app.listen({ host: '127.0.0.1', port: 0 });
  return `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`;
}

before(async () => {
  ctx = await TestContext.create();
  const config = loadConfig({ LOG_LEVEL: 'silent', UNGCUU_WEB_DIST: '/nonexistent' });
  other = await buildApp(config, { handle: ctx.handle, services: ctx.services, logger: false });
  baseUrl = await listen(ctx.app);
  otherUrl = await listen(other);
  admin = await ctx.user(['admin']);
});
after(async () => {
  for (const s of streams) s.close();
  await other.close();
  await ctx.close();
});

async function open(headers: Record<string, string>, url = baseUrl): Promise<EventStream> {
  const stream = await EventStream.open(url, headers);
  streams.push(stream);
  assert.equal(stream.status, 200);
  return stream;
}

/** A change every stream hears (units are readable by all): proves a stream still delivers. */
async function changeForEveryone(): Promise<string> {
  const code = `REV${Date.now()}${Math.floor(Math.random() * 1000)}`;
  const res = await ctx.inject({
    method: 'POST',
    url: '/api/units',
    headers: admin.headers,
    payload: { code, name: `Đơn vị ${code}`, type: 'commune' },
  });
  assert.equal(res.statusCode, 201);
  return res.json().id;
}

async function stillDelivers(stream: EventStream): Promise<void> {
  const id = await changeForEveryone();
  for (;;) if ((await stream.next()).id === id) return;
}

describe('streams end when their credential does', () => {
  test('sign-out ends that session’s streams (here and in another process); the other session’s go on', async () => {
    const user = await ctx.user(['viewer']);
    const second = await ctx.signIn(user.username, TEST_PASSWORD);
    const mine = await open(user.headers);
    const mineElsewhere = await open(user.headers, otherUrl);
    const theirs = await open(second);

    const res = await ctx.inject({ method: 'POST', url: '/api/auth/logout', headers: user.headers });
    assert.equal(res.statusCode, 200);
    await mine.endedWithin();
    await mineElsewhere.endedWithin();
    assert.equal(theirs.isEnded, false);
    await stillDelivers(theirs);
  });

  test('disabling the person ends all their streams; someone else’s goes on', async () => {
    const user = await ctx.user(['responder']);
    const second = await ctx.signIn(user.username, TEST_PASSWORD);
    const bystander = await ctx.user(['coordinator']);
    const a = await open(user.headers);
    const b = await open(second, otherUrl);
    const c = await open(bystander.headers);
    const res = await ctx.inject({
      method: 'PATCH',
      url: `/api/users/${user.id}`,
      headers: admin.headers,
      payload: { disabled: true },
    });
    assert.equal(res.statusCode, 200);
    await Promise.all([a.endedWithin(), b.endedWithin()]);
    await stillDelivers(c);
  });

  test('a password change ends the other sessions’ streams and keeps this one', async () => {
    const user = await ctx.user(['viewer']);
    const second = await ctx.signIn(user.username, TEST_PASSWORD);
    const here = await open(user.headers);
    const there = await open(second, otherUrl);
    const res = await ctx.inject({
      method: 'POST',
      url: '/api/auth/password',
      headers: user.headers,
      payload: { current: TEST_PASSWORD, next: 'một mật khẩu mới rất dài' },
    });
    assert.equal(res.statusCode, 200);
    await there.endedWithin();
    assert.equal(here.isEnded, false);
    await stillDelivers(here);
  });

  test('an administrator’s password reset and sign-out everywhere end every stream', async () => {
    const reset = await ctx.user(['viewer']);
    const resetStream = await open(reset.headers, otherUrl);
    const res = await ctx.inject({
      method: 'POST',
      url: `/api/users/${reset.id}/reset-password`,
      headers: admin.headers,
    });
    assert.equal(res.statusCode, 200);
    await resetStream.endedWithin();

    const leaving = await ctx.user(['viewer']);
    const second = await ctx.signIn(leaving.username, TEST_PASSWORD);
    const streamsOfLeaving = [await open(leaving.headers), await open(second, otherUrl)];
    const out = await ctx.inject({ method: 'POST', url: '/api/auth/logout-all', headers: leaving.headers });
    assert.equal(out.statusCode, 200);
    await Promise.all(streamsOfLeaving.map((s) => s.endedWithin()));
  });

  test('revoking an API token ends the streams opened with it; the owner’s session stream goes on', async () => {
    const owner = await ctx.user(['coordinator']);
    const created = await ctx.inject({
      method: 'POST',
      url: '/api/tokens',
      headers: owner.headers,
      payload: { name: 'Giám sát SSE', scopes: ['read'] },
    });
    assert.equal(created.statusCode, 201, created.body);
    const { token, secret } = created.json();
    const byToken = await open({ authorization: `Bearer ${secret}` }, otherUrl);
    const bySession = await open(owner.headers);
    const res = await ctx.inject({
      method: 'DELETE',
      url: `/api/tokens/${token.id}`,
      headers: owner.headers,
    });
    assert.equal(res.statusCode, 200);
    await byToken.endedWithin();
    await stillDelivers(bySession);
  });
});
