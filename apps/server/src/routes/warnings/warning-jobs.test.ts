import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { startScheduler } from '@ungcuu/core/jobs/scheduler.ts';
import { WARNING_JOBS } from '@ungcuu/core/warnings/warning-jobs.ts';
import { TestContext, type TestUser } from '../../testing/test-app.ts';
import { dayFromToday, get, post } from '../systems.testkit.ts';

// The reminder job: open targets are reminded once before the deadline and escalated once after it
// (the unit, its leaders, the focal office); answered targets are left alone; a second run does nothing.

let ctx: TestContext;
let coordinator: TestUser;
let units: { id: string; name: string }[];
let soon: { id: string };
let late: { id: string };

before(async () => {
  ctx = await TestContext.create();
  const focal = await ctx.unit({ name: 'Phòng Văn hoá, Khoa học và Thông tin', type: 'focal_office' });
  coordinator = await ctx.user(['coordinator'], { unitId: focal.id });
  units = [await ctx.unit({ name: 'UBND phường Bạch Sam' }), await ctx.unit({ name: 'UBND xã Xuân Dục' })];
  await ctx.user(['unit_officer'], { unitId: units[0]!.id });
  await ctx.user(['leader'], { unitId: units[1]!.id });
  const officerB = await ctx.user(['unit_officer'], { unitId: units[1]!.id });
  const warning = (title: string, deadline: string) =>
    post(ctx, coordinator, '/api/warnings', {
      title,
      tlp: 'AMBER',
      deadline,
      targeting: { mode: 'units', unitIds: units.map((u) => u.id) },
    });
  soon = await warning('Hạn ngày mai', dayFromToday(1));
  late = await warning('Đã quá hạn', dayFromToday(-2));
  for (const w of [soon, late]) await post(ctx, coordinator, `/api/warnings/${w.id}/publish`, {}, 200);
  // Xuân Dục answered the overdue one: it is not escalated.
  await post(ctx, officerB, `/api/warnings/${late.id}/respond`, { outcome: 'done' }, 200);
});
after(() => ctx.close());

test('reminds before the deadline, escalates after it, once', async () => {
  const scheduler = startScheduler(ctx.services.deps, WARNING_JOBS, () => {});
  const first = await scheduler.runOnce();
  const second = await scheduler.runOnce();
  await scheduler.stop();
  assert.ok(first['warning-reminders']! > 0);
  assert.equal(second['warning-reminders'], 0, 'a second run is a no-op');
  const soonView = await get(ctx, coordinator, `/api/warnings/${soon.id}/compliance`);
  assert.ok(soonView.items.every((t: { remindedAt: string | null }) => t.remindedAt !== null));
  const lateView = await get(ctx, coordinator, `/api/warnings/${late.id}/compliance`);
  const byUnit = new Map(lateView.items.map((t: { unitId: string }) => [t.unitId, t]));
  assert.ok((byUnit.get(units[0]!.id) as { escalatedAt: string | null }).escalatedAt);
  assert.equal((byUnit.get(units[1]!.id) as { escalatedAt: string | null }).escalatedAt, null);
  const overdue = await ctx.db
    .selectFrom('notifications')
    .select(['unit_id', 'user_id'])
    .where('kind', '=', 'warning_overdue')
    .execute();
  assert.ok(
    overdue.some((n) => n.unit_id === units[0]!.id),
    'the overdue unit hears of it',
  );
  const timeline = await get(ctx, coordinator, `/api/warnings/${late.id}/timeline`);
  assert.ok(timeline.items.some((e: { event: string }) => e.event === 'escalated'));
});
