import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { INCIDENT_JOBS } from '@ungcuu/core/jobs/incident-jobs.ts';
import { startScheduler } from '@ungcuu/core/jobs/scheduler.ts';
import { TestContext } from '../../testing/test-app.ts';
import {
  auditActions,
  buildWorld,
  call,
  endpoint,
  hoursAgo,
  type IncidentView,
  incidentRow,
  ok,
  report,
  timeline,
  UNKNOWN_ID,
  type World,
} from '../incidents.testkit.ts';
import { expectError } from '../systems.testkit.ts';

// Closing an incident (README §6 P6) lists what is still open — unfinished tasks, legal reports
// not made — and either refuses (409 incident.open_items, with the list) or settles each item
// explicitly: tasks cancelled with a reason, reports recorded as not sent with a reason. A finished
// incident offers no more work: no actions, no "my work" entries, no clocks, no escalations.

let ctx: TestContext;
let w: World;

before(async () => {
  ctx = await TestContext.create();
  w = await buildWorld(ctx);
});
after(() => ctx.close());

const c = () => ctx;
const REASON = 'Đơn vị đã khắc phục xong trước khi nhận nhiệm vụ; báo cáo khẩn không còn cần thiết.';

interface OpenItemsBody {
  tasks: { id: string; status: string }[];
  deadlines: { code: string; status: string }[];
}

/** An incident of commune A, classified (playbook tasks), C6 (emergency report due), recovered. */
async function recoveredIncident(): Promise<IncidentView> {
  const incident = await report(ctx, w.officerA, {
    triggers: { C1: true, C6: true },
    detectedAt: hoursAgo(3),
  });
  const url = `/api/incidents/${incident.id}`;
  await ok(ctx, w.coordinator, 'POST', `${url}/classify`, { subtype: 'attack.ransomware' }, 200);
  for (const to of ['triaged', 'responding'])
    await ok(ctx, w.coordinator, 'POST', `${url}/transition`, { to }, 200);
  await ok(ctx, w.coordinator, 'PATCH', url, {
    causeSummary: 'Nhân viên mở tệp đính kèm độc hại.',
    actionsTaken: 'Cách ly máy, khôi phục từ bản sao lưu.',
    lessonsLearned: 'Tập huấn nhận diện thư giả mạo.',
  });
  return ok(ctx, w.coordinator, 'POST', `${url}/transition`, { to: 'recovered' }, 200);
}

const close = (id: string, resolution?: unknown) =>
  call(ctx, w.coordinator, 'POST', `/api/incidents/${id}/transition`, {
    to: 'closed',
    ...(resolution ? { resolution } : {}),
  });

{
  let incident: IncidentView;
  endpoint(c, 'GET /api/incidents/:id/open-items', {
    method: 'GET',
    url: () => `/api/incidents/${incident.id}/open-items`,
    as: () => w.coordinator,
    setup: async () => {
      incident = await recoveredIncident();
    },
    bad: [{ why: 'on an id that is not a UUID', url: () => '/api/incidents/x/open-items' }],
    forbidden: [{ why: 'for a viewer, who cannot move the incident', as: () => w.viewerA }],
    notFound: [
      { why: 'for an unknown incident', url: () => `/api/incidents/${UNKNOWN_ID}/open-items` },
      { why: "for another commune's incident", as: () => w.officerB },
    ],
    success: {
      status: 200,
      why: 'lists the unfinished playbook tasks and the reports not made (Mẫu 03, emergency report)',
      check: (res) => {
        const body = res.json() as OpenItemsBody;
        assert.ok(body.tasks.length >= 6, JSON.stringify(body.tasks));
        assert.ok(
          body.tasks.every((t) => ['open', 'accepted', 'in_progress', 'declined'].includes(t.status)),
        );
        const codes = body.deadlines.map((d) => d.code).sort();
        assert.deepEqual(codes, ['emergency', 'notification']);
        assert.equal(body.deadlines.find((d) => d.code === 'emergency')?.status, 'due_now');
      },
    },
  });
}

describe('closing an incident with open work', () => {
  test('409 incident.open_items lists every open item, and nothing changes', async () => {
    const incident = await recoveredIncident();
    const res = await close(incident.id);
    expectError(res, 409, 'incident.open_items');
    const open = res.json().error.details.openItems as OpenItemsBody;
    assert.ok(open.tasks.length >= 6);
    assert.deepEqual(open.deadlines.map((d) => d.code).sort(), ['emergency', 'notification']);
    assert.match(res.json().error.messages.vi, /nhiệm vụ chưa xong/);
    assert.equal((await incidentRow(ctx, incident.id)).state, 'recovered');
    const tasks = await ok(ctx, w.coordinator, 'GET', `/api/incidents/${incident.id}/tasks`);
    assert.ok(tasks.items.every((t: { status: string }) => t.status !== 'cancelled'));
  });

  test('409 when an item appeared after the list was read: only what was seen is ever settled', async () => {
    const incident = await recoveredIncident();
    const seen = await ok(ctx, w.coordinator, 'GET', `/api/incidents/${incident.id}/open-items`);
    const late = await ok(ctx, w.coordinator, 'POST', `/api/incidents/${incident.id}/tasks`, {
      title: 'Rà soát lại tường lửa',
      assigneeUnitId: w.communeA.id,
    });
    const res = await close(incident.id, {
      reason: REASON,
      cancelTaskIds: seen.tasks.map((t: { id: string }) => t.id),
      waiveDeadlineCodes: seen.deadlines.map((d: { code: string }) => d.code),
    });
    expectError(res, 409, 'incident.open_items');
    const left = res.json().error.details.openItems as OpenItemsBody;
    assert.deepEqual(
      left.tasks.map((t) => t.id),
      [late.id],
    );
    assert.deepEqual(left.deadlines, []);
    assert.equal((await incidentRow(ctx, incident.id)).state, 'recovered');
  });

  test('400 on a resolution without a reason or with a malformed id', async () => {
    const incident = await recoveredIncident();
    for (const resolution of [
      { cancelTaskIds: [], waiveDeadlineCodes: [] },
      { reason: 'ok', cancelTaskIds: [], waiveDeadlineCodes: [] },
      { reason: '     ', cancelTaskIds: [], waiveDeadlineCodes: [] },
      { reason: REASON, cancelTaskIds: ['x'], waiveDeadlineCodes: [] },
      { reason: REASON, cancelTaskIds: [], waiveDeadlineCodes: ['Mẫu 03'] },
    ]) {
      expectError(await close(incident.id, resolution), 400, 'validation.failed');
    }
  });

  test('200 with a resolution: tasks cancelled and reports recorded as not sent, with the reason, timeline and audit', async () => {
    const incident = await recoveredIncident();
    const seen = (await ok(
      ctx,
      w.coordinator,
      'GET',
      `/api/incidents/${incident.id}/open-items`,
    )) as OpenItemsBody;
    const res = await close(incident.id, {
      reason: REASON,
      cancelTaskIds: seen.tasks.map((t) => t.id),
      waiveDeadlineCodes: seen.deadlines.map((d) => d.code),
    });
    assert.equal(res.statusCode, 200, res.body);
    assert.equal(res.json().state, 'closed');

    const tasks = await ok(ctx, w.coordinator, 'GET', `/api/incidents/${incident.id}/tasks`);
    for (const t of tasks.items as { id: string; status: string; resultNote: string; actions: string[] }[]) {
      assert.equal(t.status, 'cancelled');
      assert.equal(t.resultNote, REASON);
      assert.deepEqual(t.actions, []);
    }
    const detail = await ok(ctx, w.coordinator, 'GET', `/api/incidents/${incident.id}`);
    for (const d of detail.deadlines as {
      status: string;
      waived: { reason: string } | null;
      clockStoppedAt: string;
    }[]) {
      assert.equal(d.status, 'waived');
      assert.equal(d.waived?.reason, REASON);
      assert.ok(d.clockStoppedAt);
    }
    const events = (await timeline(ctx, incident.id)).map((e) => e.event);
    assert.equal(events.filter((e) => e === 'task_cancelled_on_close').length, seen.tasks.length);
    assert.equal(events.filter((e) => e === 'deadline_waived').length, 2);
    const actions = await auditActions(ctx, incident.id);
    assert.ok(actions.includes('incident.deadlines_waived'));
    assert.ok(actions.includes('incident.close'));
    assert.deepEqual(await auditActions(ctx, seen.tasks[0]!.id), ['task.cancel']);
    const after = await ok(ctx, w.coordinator, 'GET', `/api/incidents/${incident.id}/open-items`);
    assert.deepEqual(after, { tasks: [], deadlines: [] });
  });

  test('200 without a resolution once nothing is open (reports sent, tasks done)', async () => {
    const incident = await report(ctx, w.officerA, { triggers: { C1: true } });
    const url = `/api/incidents/${incident.id}`;
    await ok(
      ctx,
      w.coordinator,
      'POST',
      `${url}/deadlines/notification/done`,
      { doneAt: new Date().toISOString() },
      200,
    );
    for (const to of ['responding']) await call(ctx, w.coordinator, 'POST', `${url}/transition`, { to });
    await ctx.db
      .updateTable('incidents')
      .set({ state: 'recovered', cause_summary: 'x', actions_taken: 'y', lessons_learned: 'z' })
      .where('id', '=', incident.id)
      .execute();
    const res = await close(incident.id);
    assert.equal(res.statusCode, 200, res.body);
  });
});

describe('a finished incident offers no more work', () => {
  test('no actions but its documents and reopening; writes answer 409 incident.closed', async () => {
    const incident = await recoveredIncident();
    const seen = (await ok(
      ctx,
      w.coordinator,
      'GET',
      `/api/incidents/${incident.id}/open-items`,
    )) as OpenItemsBody;
    await close(incident.id, {
      reason: REASON,
      cancelTaskIds: seen.tasks.map((t) => t.id),
      waiveDeadlineCodes: seen.deadlines.map((d) => d.code),
    });
    const detail = await ok(ctx, w.coordinator, 'GET', `/api/incidents/${incident.id}`);
    assert.deepEqual([...detail.allowedActions].sort(), [
      'evidence.read',
      'incident.report_docs',
      'incident.transition',
    ]);
    assert.deepEqual(
      detail.transitions.map((t: { code: string }) => t.code),
      ['reopen'],
    );
    const url = `/api/incidents/${incident.id}`;
    for (const [method, path, body] of [
      ['POST', `${url}/comments`, { body: 'Còn gì nữa không?' }],
      ['POST', `${url}/timeline`, { at: new Date().toISOString(), text: 'Ghi chép muộn' }],
      ['POST', `${url}/tasks`, { title: 'Việc mới' }],
      ['POST', `${url}/deadlines/notification/done`, { doneAt: new Date().toISOString() }],
      ['POST', `${url}/escalations`, { toUnitId: w.external.id, channel: 'email', summary: 'Báo cáo' }],
    ] as const) {
      expectError(await call(ctx, w.coordinator, method, path, body), 409, 'incident.closed');
    }
  });

  test('tasks left open on an incident closed before this rule leave "my work", show no actions and never escalate', async () => {
    const incident = await report(ctx, w.officerA);
    const task = await ok(ctx, w.coordinator, 'POST', `/api/incidents/${incident.id}/tasks`, {
      title: 'Kiểm tra nhật ký',
      assigneeUnitId: w.communeA.id,
      dueAt: new Date(Date.now() - 3_600_000).toISOString(),
    });
    await ctx.db
      .updateTable('incidents')
      .set({ state: 'closed', closed_at: new Date() })
      .where('id', '=', incident.id)
      .execute();
    const mine = await ok(ctx, w.officerA, 'GET', '/api/tasks/mine?limit=200');
    assert.ok(!mine.items.some((t: { id: string }) => t.id === task.id));
    const listed = await ok(ctx, w.officerA, 'GET', `/api/incidents/${incident.id}/tasks`);
    const view = listed.items.find((t: { id: string }) => t.id === task.id);
    assert.deepEqual(view.actions, []);
    assert.equal(view.overdue, false);

    const scheduler = startScheduler(ctx.services.deps, INCIDENT_JOBS, () => {});
    try {
      await scheduler.runOnce();
    } finally {
      await scheduler.stop();
    }
    const row = await ctx.db
      .selectFrom('incident_tasks')
      .select('escalated_at')
      .where('id', '=', task.id)
      .executeTakeFirstOrThrow();
    assert.equal(row.escalated_at, null);
    const notices = await ctx.db
      .selectFrom('notifications')
      .select('kind')
      .where('link', '=', `/incidents/${incident.id}`)
      .where('kind', 'in', ['task_overdue', 'deadline_overdue', 'deadline_due_soon'])
      .execute();
    assert.deepEqual(notices, []);
  });

  test('rejecting cancels the open tasks with the rejection reason', async () => {
    const incident = await report(ctx, w.officerA);
    const task = await ok(ctx, w.coordinator, 'POST', `/api/incidents/${incident.id}/tasks`, {
      title: 'Xác minh lại',
      assigneeUnitId: w.communeA.id,
    });
    const why = 'Chỉ là lượt quét cổng đã bị chặn.';
    await ok(
      ctx,
      w.coordinator,
      'POST',
      `/api/incidents/${incident.id}/transition`,
      { to: 'rejected', rejectionReason: why },
      200,
    );
    const row = await ctx.db
      .selectFrom('incident_tasks')
      .selectAll()
      .where('id', '=', task.id)
      .executeTakeFirstOrThrow();
    assert.equal(row.status, 'cancelled');
    assert.equal(row.result_note, why);
  });
});

describe('an "immediately" duty (C6 emergency report)', () => {
  test('is due now from the receipt of the report, not overdue by the hours before it', async () => {
    const incident = await report(ctx, w.officerA, { triggers: { C6: true }, detectedAt: hoursAgo(3) });
    const detail = await ok(ctx, w.officerA, 'GET', `/api/incidents/${incident.id}`);
    const emergency = detail.deadlines.find((d: { code: string }) => d.code === 'emergency');
    assert.equal(emergency.status, 'due_now');
    assert.equal(emergency.immediate, true);
    assert.equal(emergency.startsAt, detail.reportedAt);
    assert.ok(emergency.remainingMs > -60_000, String(emergency.remainingMs));
  });
});
