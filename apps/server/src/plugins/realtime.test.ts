import assert from 'node:assert/strict';
import type { AddressInfo } from 'node:net';
import { after, before, describe, test } from 'node:test';
import type { ChangeEvent } from '@ungcuu/core/events/change-bus.ts';
import { mutate } from '@ungcuu/core/shared/mutation.ts';
import { EventStream } from '../testing/event-stream.ts';
import { TestContext, type TestUser } from '../testing/test-app.ts';

// Server-Sent Events over a real socket: changes reach the people who may see the records, and
// nobody else. Non-delivery is shown by order: a later change everyone hears arrives first.
let ctx: TestContext;
let baseUrl: string;
let admin: TestUser;
const streams: EventStream[] = [];

/** Opens a stream that is closed when the file ends. */
async function openStream(headers: Record<string, string>): Promise<EventStream> {
  const stream = await EventStream.open(baseUrl, headers);
  streams.push(stream);
  return stream;
}

before(async () => {
  ctx = await TestContext.create();
  await ctx.app.listen({ host: '127.0.0.1', port: 0 });
  baseUrl = `http://127.0.0.1:${(ctx.app.server.address() as AddressInfo).port}`;
  admin = await ctx.user(['admin']);
});
after(async () => {
  for (const s of streams) s.close();
  await ctx.close();
});

/** A change every screen hears: a new unit (units are readable by all). */
async function changeForEveryone(): Promise<string> {
  const code = `SSE${Date.now()}${Math.floor(Math.random() * 1000)}`;
  const res = await ctx.inject({
    method: 'POST',
    url: '/api/units',
    headers: admin.headers,
    payload: { code, name: `Đơn vị ${code}`, type: 'commune' },
  });
  assert.equal(res.statusCode, 201);
  return res.json().id;
}

describe('GET /api/events', () => {
  test('401 without a session', async () => {
    const stream = await openStream({});
    assert.equal(stream.status, 401);
  });

  test('a commune officer hears about their own commune’s people and about everyone’s records, not another commune’s people', async () => {
    const communeA = await ctx.unit({ type: 'commune' });
    const communeB = await ctx.unit({ type: 'commune' });
    const officerA = await ctx.user(['unit_officer'], { unitId: communeA.id });
    const officerB = await ctx.user(['unit_officer'], { unitId: communeB.id });
    const coordinator = await ctx.user(['coordinator']);
    const personOfB = await ctx.user(['responder'], { unitId: communeB.id, signIn: false });

    const [streamA, streamB, streamC] = await Promise.all([
      openStream(officerA.headers),
      openStream(officerB.headers),
      openStream(coordinator.headers),
    ]);
    assert.deepEqual([streamA.status, streamB.status, streamC.status], [200, 200, 200]);

    const changed = await ctx.inject({
      method: 'PATCH',
      url: `/api/users/${personOfB.id}`,
      headers: admin.headers,
      payload: { phone: '0912 111 222' },
    });
    assert.equal(changed.statusCode, 200);
    const unitId = await changeForEveryone();

    const userChange = { entity: 'user', id: personOfB.id, action: 'update' };
    const unitChange = { entity: 'unit', id: unitId, action: 'create', unitIds: 'all' };
    const pick = (e: ChangeEvent) => ({ entity: e.entity, id: e.id, action: e.action });

    assert.deepEqual(pick(await streamB.next()), userChange);
    assert.deepEqual(await streamB.next(), unitChange);
    assert.deepEqual(pick(await streamC.next()), userChange);
    assert.deepEqual(await streamC.next(), unitChange);
    // Officer A's first event is the later, public one: the other commune's change never came.
    assert.deepEqual(await streamA.next(), unitChange);
  });

  test('a change that rolls back is never announced', async () => {
    const viewer = await ctx.user(['coordinator']);
    const stream = await openStream(viewer.headers);
    await assert.rejects(
      mutate(
        ctx.services.deps,
        { userId: admin.id, unitId: admin.unitId, roles: admin.roles, label: admin.username },
        async ({ announce }) => {
          await announce({ entity: 'unit', id: 'phantom', action: 'create', unitIds: 'all' });
          throw new Error('rolled back after announcing');
        },
      ),
      /rolled back/,
    );
    const unitId = await changeForEveryone();
    const first = await stream.next();
    assert.equal(first.id, unitId);
  });

  test('an ended session’s stream is not opened again', async () => {
    const user = await ctx.user(['viewer']);
    await ctx.inject({ method: 'POST', url: '/api/auth/logout', headers: user.headers });
    const stream = await openStream(user.headers);
    assert.equal(stream.status, 401);
  });
});
