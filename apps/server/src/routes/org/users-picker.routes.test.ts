import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { TestContext, type TestUser } from '../../testing/test-app.ts';

// The person picker of "Giao nhiệm vụ" asks the users lookup for the people of the chosen unit only,
// and only people who can still act on a task.

let ctx: TestContext;
let coordinator: TestUser;

before(async () => {
  ctx = await TestContext.create();
  coordinator = await ctx.user(['coordinator']);
});
after(() => ctx.close());

const ids = async (query: string) => {
  const res = await ctx.inject({ method: 'GET', url: `/api/users?${query}`, headers: coordinator.headers });
  assert.equal(res.statusCode, 200, res.body);
  return res.json().items.map((u: { id: string; unitId: string }) => u);
};

test('400 when active is not a boolean', async () => {
  const res = await ctx.inject({
    method: 'GET',
    url: '/api/users?active=maybe',
    headers: coordinator.headers,
  });
  assert.equal(res.statusCode, 400);
});

test('a coordinator looking up the people of one unit gets only that unit, active ones on request', async () => {
  const ward = await ctx.unit({ name: 'UBND phường Hiến Nam' });
  const other = await ctx.unit({ name: 'UBND xã Hồng Nam' });
  const here = await ctx.user(['unit_officer'], { unitId: ward.id, signIn: false });
  const gone = await ctx.user(['responder'], { unitId: ward.id, signIn: false });
  const there = await ctx.user(['unit_officer'], { unitId: other.id, signIn: false });
  await ctx.db.updateTable('users').set({ disabled: true }).where('id', '=', gone.id).execute();

  const all = await ids(`unitId=${ward.id}&limit=200`);
  assert.ok(all.every((u: { unitId: string }) => u.unitId === ward.id));
  assert.deepEqual(all.map((u: { id: string }) => u.id).sort(), [here.id, gone.id].sort());
  assert.ok(!all.some((u: { id: string }) => u.id === there.id));

  const active = await ids(`unitId=${ward.id}&active=true&limit=200`);
  assert.deepEqual(
    active.map((u: { id: string }) => u.id),
    [here.id],
  );
});
