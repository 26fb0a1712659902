import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { CHANGES_CHANNEL, type ChangeEvent, parseChange } from '@ungcuu/core/events/change-bus.ts';
import { TestContext, type TestUser } from '../../testing/test-app.ts';
import { buildWorld, ok, report, type World } from '../incidents.testkit.ts';

// Issue 7: the bell must move while the page is open. Every notice written is announced on the
// change stream (entity "notification") to the units it is for, and a task given to a unit or a
// person writes a notice for them.

let ctx: TestContext;
let w: World;
const heard: ChangeEvent[] = [];
let unlisten: () => Promise<void>;

before(async () => {
  ctx = await TestContext.create();
  w = await buildWorld(ctx);
  unlisten = await ctx.handle.listen(CHANGES_CHANNEL, (payload) => {
    const event = parseChange(payload);
    if (event) heard.push(event);
  });
});
after(async () => {
  await unlisten();
  await ctx.close();
});

async function unread(user: TestUser): Promise<{ unread: number; kinds: string[] }> {
  const page = await ok(ctx, user, 'GET', '/api/notifications?limit=50&offset=0&unreadOnly=true');
  return { unread: page.unread, kinds: page.items.map((n: { kind: string }) => n.kind) };
}

/** Notifications are delivered after commit and asynchronously: wait a little for the one wanted. */
async function heardNotice(unitId: string): Promise<ChangeEvent | undefined> {
  for (let i = 0; i < 50; i++) {
    const found = heard.find(
      (e) => e.entity === 'notification' && Array.isArray(e.unitIds) && e.unitIds.includes(unitId),
    );
    if (found) return found;
    await new Promise((r) => setTimeout(r, 20));
  }
  return undefined;
}

test('a task given to a ward tells the ward, and the notice is announced to that ward', async () => {
  const incident = await report(ctx, w.officerA);
  const beforeCount = (await unread(w.officerB)).unread;
  heard.length = 0;
  await ok(ctx, w.coordinator, 'POST', `/api/incidents/${incident.id}/tasks`, {
    title: 'Kiểm tra máy chủ của phường',
    assigneeUnitId: w.communeB.id,
  });
  const after = await unread(w.officerB);
  assert.equal(after.unread, beforeCount + 1);
  assert.ok(after.kinds.includes('task_assigned'));
  assert.ok(await heardNotice(w.communeB.id), 'a notification change for the ward was published');
});

test('a task given to a person tells that person, and reassignment tells the new assignee', async () => {
  const incident = await report(ctx, w.officerA);
  const person = await ctx.user(['unit_officer'], { unitId: w.communeB.id });
  const colleague = await ctx.user(['unit_officer'], { unitId: w.communeB.id });
  const before = (await unread(colleague)).unread;
  const task = await ok(ctx, w.coordinator, 'POST', `/api/incidents/${incident.id}/tasks`, {
    title: 'Thu thập nhật ký',
    assigneeUserId: person.id,
  });
  assert.ok((await unread(person)).kinds.includes('task_assigned'));
  // A notice for one person is not shown to the whole unit.
  assert.equal((await unread(colleague)).unread, before);

  heard.length = 0;
  await ok(ctx, w.coordinator, 'PATCH', `/api/tasks/${task.id}`, { assigneeUserId: colleague.id }, 200);
  assert.equal((await unread(colleague)).unread, before + 1);
  assert.ok(await heardNotice(w.communeB.id));
});

test('a new incident announces the focal office notice', async () => {
  heard.length = 0;
  await report(ctx, w.officerA);
  assert.ok(await heardNotice(w.focal.id), 'focal office bell refreshes on a new report');
});
