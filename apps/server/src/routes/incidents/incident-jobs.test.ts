import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { INCIDENT_JOBS } from '@ungcuu/core/jobs/incident-jobs.ts';
import { startScheduler } from '@ungcuu/core/jobs/scheduler.ts';
import { TestContext, type TestUser } from '../../testing/test-app.ts';

let ctx: TestContext;
let coordinator: TestUser;
let officer: TestUser;

before(async () => {
  ctx = await TestContext.create();
  coordinator = await ctx.user(['coordinator'], { unitId: (await ctx.unit({ type: 'focal_office' })).id });
  officer = await ctx.user(['unit_officer']);
});
after(() => ctx.close());

test('an overdue task escalates once to the focal office, audited; reminders are not repeated', async () => {
  const reported = await ctx.inject({
    method: 'POST',
    url: '/api/incidents',
    headers: officer.headers,
    payload: {
      title: 'Mất điện phòng máy chủ',
      detectedAt: new Date(Date.now() - 7 * 86_400_000).toISOString(),
      triggers: { C1: true },
    },
  });
  const incident = reported.json().incident;
  const task = await ctx.inject({
    method: 'POST',
    url: `/api/incidents/${incident.id}/tasks`,
    headers: coordinator.headers,
    payload: {
      title: 'Kiểm tra UPS',
      assigneeUnitId: officer.unitId,
      dueAt: new Date(Date.now() - 60_000).toISOString(),
    },
  });
  assert.equal(task.statusCode, 201);
  const scheduler = startScheduler(ctx.services.deps, INCIDENT_JOBS, () => {});
  try {
    const first = await scheduler.runOnce();
    assert.ok(first['escalate-overdue-tasks']! >= 1);
    // Detected 7 days ago under the 2017 regime: the 5-day notification is overdue.
    assert.ok(first['deadline-reminders']! >= 1);
    const second = await scheduler.runOnce();
    assert.equal(second['escalate-overdue-tasks'], 0);
    const row = await ctx.db
      .selectFrom('incident_tasks')
      .select('escalated_at')
      .where('id', '=', task.json().id)
      .executeTakeFirstOrThrow();
    assert.ok(row.escalated_at);
    const notices = await ctx.db
      .selectFrom('notifications')
      .select('kind')
      .where('unit_id', '=', coordinator.unitId)
      .execute();
    const kinds = notices.map((n) => n.kind);
    assert.equal(kinds.filter((k) => k === 'task_overdue').length, 1);
    assert.ok(kinds.includes('deadline_overdue'));
    const audit = await ctx.db
      .selectFrom('audit_log')
      .select('action')
      .where('entity_id', '=', task.json().id)
      .execute();
    assert.ok(audit.some((a) => a.action === 'task.escalate_overdue'));
  } finally {
    await scheduler.stop();
  }
});
