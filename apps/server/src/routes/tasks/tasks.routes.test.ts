import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { TestUser } from '../../testing/test-app.ts';
import { type IncidentView, incidentTestWorld, UNKNOWN_ID } from '../incidents.testkit.ts';

// Tasks across units (seed II.1.d): the focal office gives them, units accept, decline, do them.

const world = incidentTestWorld();
const inDays = (d: number) => new Date(Date.now() + d * 86_400_000).toISOString();

async function giveTask(incidentId: string, to: { assigneeUnitId?: string; assigneeUserId?: string }) {
  return world.ok(world.coordinator, 'POST', `/api/incidents/${incidentId}/tasks`, {
    title: 'Kiểm tra nhật ký tường lửa',
    dueAt: inDays(1),
    ...to,
  });
}

async function taskRow(id: string) {
  return world.ctx.db.selectFrom('incident_tasks').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
}

{
  let incident: IncidentView;
  world.endpoint('GET /api/incidents/:id/tasks', {
    method: 'GET',
    url: () => `/api/incidents/${incident.id}/tasks`,
    as: () => world.officerA,
    setup: async () => {
      incident = await world.report(world.officerA);
      await world.ok(
        world.coordinator,
        'POST',
        `/api/incidents/${incident.id}/classify`,
        { subtype: 'attack.ransomware' },
        200,
      );
      await world.ok(world.coordinator, 'POST', `/api/incidents/${incident.id}/escalations`, {
        toUnitId: world.external.id,
        channel: 'email',
        summary: 'Đề nghị hỗ trợ xử lý',
      });
    },
    bad: [{ why: 'on an id that is not a UUID', url: () => '/api/incidents/x/tasks' }],
    forbidden: {
      instead: 'a body it was escalated to gets an empty list: tasks are not among what is shared',
      check: async () => {
        const seen = await world.ok(world.externalUser, 'GET', `/api/incidents/${incident.id}/tasks`);
        assert.deepEqual(seen.items, []);
      },
    },
    notFound: [
      { why: 'for an unknown incident', url: () => `/api/incidents/${UNKNOWN_ID}/tasks` },
      { why: "for another commune's incident", as: () => world.officerB },
    ],
    success: {
      status: 200,
      why: 'the tasks in playbook order, each with what the caller may answer',
      check: async (res) => {
        const items = res.json().items as { id: string; assigneeUnitId: string; actions: string[] }[];
        const stored = await world.ctx.db
          .selectFrom('incident_tasks')
          .select('id')
          .where('incident_id', '=', incident.id)
          .orderBy('sort')
          .execute();
        assert.deepEqual(
          items.map((t) => t.id),
          stored.map((t) => t.id),
        );
        const ours = items.find((t) => t.assigneeUnitId === world.communeA.id)!;
        assert.deepEqual(ours.actions, ['accept', 'decline', 'start', 'complete']);
        const focal = items.find((t) => t.assigneeUnitId === world.focal.id)!;
        assert.deepEqual(focal.actions, [], "the focal office's own steps are not the commune's to answer");
      },
    },
  });
}

{
  let incident: IncidentView;
  let closed: IncidentView;
  const task = () => ({
    title: 'Kiểm tra máy chủ dùng chung',
    instructions: 'Rà soát nhật ký truy cập từ 0h hôm nay.',
    phase: 'P4',
    assigneeUnitId: world.communeB.id,
    dueAt: inDays(1),
  });
  world.endpoint('POST /api/incidents/:id/tasks', {
    method: 'POST',
    url: () => `/api/incidents/${incident.id}/tasks`,
    payload: task,
    as: () => world.coordinator,
    setup: async () => {
      incident = await world.report(world.officerA);
      closed = await world.report(world.officerA);
      await world.ctx.db
        .updateTable('incidents')
        .set({ state: 'closed' })
        .where('id', '=', closed.id)
        .execute();
    },
    bad: [
      { why: 'on a one-letter title', payload: () => ({ ...task(), title: 'x' }) },
      { why: 'on a due date that is not a date', payload: () => ({ ...task(), dueAt: 'ngày mai' }) },
      { why: 'on an unknown phase', payload: () => ({ ...task(), phase: 'P9' }) },
    ],
    forbidden: [
      { why: 'for the unit officer', as: () => world.officerA },
      { why: 'for leadership', as: () => world.leader },
      { why: 'for the viewer of the commune', as: () => world.viewerA },
    ],
    notFound: [
      { why: 'for an unknown incident', url: () => `/api/incidents/${UNKNOWN_ID}/tasks` },
      { why: "for another commune's incident", as: () => world.officerB },
      { why: 'for an unknown assignee unit', payload: () => ({ ...task(), assigneeUnitId: UNKNOWN_ID }) },
      { why: 'for an unknown assignee', payload: () => ({ ...task(), assigneeUserId: UNKNOWN_ID }) },
    ],
    conflicts: [
      {
        why: 'on a closed incident',
        url: () => `/api/incidents/${closed.id}/tasks`,
        status: 409,
        code: 'incident.closed',
      },
    ],
    success: {
      status: 201,
      why: 'stored open; the assignee unit is brought into the incident and finds it in its work',
      check: async (res) => {
        const created = res.json();
        const row = await taskRow(created.id);
        assert.deepEqual(
          [row.status, row.assignee_unit_id, row.phase, row.title, row.created_by],
          ['open', world.communeB.id, 'P4', { vi: task().title, en: task().title }, world.coordinator.id],
        );
        const inc = await world.incidentRow(incident.id);
        assert.deepEqual(inc.responding_unit_ids, [world.communeB.id]);
        assert.ok(inc.unit_ids.includes(world.communeB.id));
        assert.equal(
          (await world.call(world.officerB, 'GET', `/api/incidents/${incident.id}`)).statusCode,
          200,
        );
        const mine = await world.ok(world.officerB, 'GET', '/api/tasks/mine');
        assert.ok(mine.items.some((t: { id: string }) => t.id === created.id));
        const made = (await world.timeline(incident.id)).find((e) => e.event === 'task_created');
        assert.deepEqual(made?.data, {
          taskId: created.id,
          title: task().title,
          assigneeUnitId: world.communeB.id,
        });
        assert.deepEqual(await world.auditActions(created.id), ['task.create']);
      },
    },
  });
}

{
  let forA: { id: string };
  let forOfficerA: { id: string };
  let forB: { id: string };
  world.endpoint('GET /api/tasks/mine', {
    method: 'GET',
    url: () => '/api/tasks/mine?limit=200',
    as: () => world.officerA,
    setup: async () => {
      const incident = await world.report(world.officerA);
      forA = await giveTask(incident.id, { assigneeUnitId: world.communeA.id });
      forOfficerA = await giveTask(incident.id, { assigneeUserId: world.officerA.id });
      forB = await giveTask(incident.id, { assigneeUnitId: world.communeB.id });
    },
    bad: [
      { why: 'on a limit of 0', url: () => '/api/tasks/mine?limit=0' },
      {
        why: 'on more than six statuses',
        url: () => `/api/tasks/mine?${Array.from({ length: 7 }, () => 'status=open').join('&')}`,
      },
    ],
    forbidden: {
      instead: "one's own work, never refused: commune B's list has none of commune A's tasks",
      check: async () => {
        const b = await world.ok(world.officerB, 'GET', '/api/tasks/mine?limit=200');
        const ids = b.items.map((t: { id: string }) => t.id);
        assert.ok(ids.includes(forB.id));
        assert.ok(!ids.includes(forA.id) && !ids.includes(forOfficerA.id));
      },
    },
    notFound: [],
    success: {
      status: 200,
      why: "tasks given to the caller's unit or to the caller, with their incident; a status filter narrows",
      check: async (res) => {
        const page = res.json();
        const expected = await world.ctx.db
          .selectFrom('incident_tasks')
          .select('id')
          .where((eb) =>
            eb.or([
              eb('assignee_unit_id', '=', world.communeA.id),
              eb('assignee_user_id', '=', world.officerA.id),
            ]),
          )
          .execute();
        assert.deepEqual(
          page.items.map((t: { id: string }) => t.id).sort(),
          expected.map((t) => t.id).sort(),
        );
        assert.equal(page.total, expected.length);
        assert.ok(page.items.every((t: { incidentCode: string }) => /^SC-/.test(t.incidentCode)));
        await world.ok(world.officerA, 'POST', `/api/tasks/${forA.id}/respond`, { action: 'accept' }, 200);
        const accepted = await world.ok(world.officerA, 'GET', '/api/tasks/mine?status=accepted');
        assert.deepEqual(
          accepted.items.map((t: { id: string }) => t.id),
          [forA.id],
        );
      },
    },
  });
}

{
  let incident: IncidentView;
  let task: { id: string };
  const newDue = inDays(2);
  world.endpoint('PATCH /api/tasks/:id', {
    method: 'PATCH',
    url: () => `/api/tasks/${task.id}`,
    payload: () => ({ assigneeUnitId: world.provider.id, dueAt: newDue }),
    as: () => world.coordinator,
    setup: async () => {
      incident = await world.report(world.officerA);
      task = await giveTask(incident.id, { assigneeUnitId: world.communeA.id });
      await world.ok(
        world.officerA,
        'POST',
        `/api/tasks/${task.id}/respond`,
        { action: 'decline', reason: 'Không có quyền quản trị tường lửa' },
        200,
      );
    },
    bad: [
      { why: 'on an empty patch', payload: () => ({}) },
      { why: 'on a one-letter title', payload: () => ({ title: 'x' }) },
    ],
    forbidden: [
      { why: 'for the unit officer the task was given to', as: () => world.officerA },
      { why: 'for the viewer of the commune', as: () => world.viewerA },
      { why: 'for leadership', as: () => world.leader },
    ],
    notFound: [
      { why: 'for an unknown task', url: () => `/api/tasks/${UNKNOWN_ID}` },
      { why: "for a task of another commune's incident", as: () => world.officerB },
      { why: 'for an unknown assignee unit', payload: () => ({ assigneeUnitId: UNKNOWN_ID }) },
    ],
    success: {
      status: 200,
      why: 'a reassigned task starts over open, the new unit is brought in; audited with before and after',
      check: async (res) => {
        const view = res.json();
        assert.deepEqual(
          [view.status, view.assigneeUnitId, view.declineReason, view.dueAt],
          ['open', world.provider.id, null, newDue],
        );
        const row = await taskRow(task.id);
        assert.deepEqual([row.status, row.assignee_unit_id], ['open', world.provider.id]);
        assert.ok((await world.incidentRow(incident.id)).unit_ids.includes(world.provider.id));
        const trail = await world.audits(task.id);
        const last = trail.at(-1)!;
        assert.equal(last.action, 'task.update');
        assert.equal((last.before as { status: string }).status, 'declined');
        const updated = (await world.timeline(incident.id)).find((e) => e.event === 'task_updated');
        assert.deepEqual(updated?.data, { taskId: task.id, fields: ['assigneeUnitId', 'dueAt'] });
      },
    },
  });
}

{
  let task: { id: string };
  world.endpoint('POST /api/tasks/:id/respond', {
    method: 'POST',
    url: () => `/api/tasks/${task.id}/respond`,
    payload: () => ({ action: 'accept' }),
    as: () => world.officerA,
    setup: async () => {
      const incident = await world.report(world.officerA);
      task = await giveTask(incident.id, { assigneeUnitId: world.communeA.id });
    },
    bad: [
      { why: 'on an unknown answer', payload: () => ({ action: 'approve' }) },
      {
        why: 'on a decline without a reason',
        payload: () => ({ action: 'decline' }),
        code: 'task.reason_required',
      },
      { why: 'on an unknown field', payload: () => ({ action: 'accept', priority: 1 }) },
    ],
    forbidden: [
      { why: 'for the viewer of the commune (sees the task, does not answer it)', as: () => world.viewerA },
      { why: 'for leadership', as: () => world.leader },
      {
        why: 'for the assignee cancelling (the focal office cancels)',
        payload: () => ({ action: 'cancel' }),
      },
    ],
    notFound: [
      { why: 'for an unknown task', url: () => `/api/tasks/${UNKNOWN_ID}/respond` },
      { why: "for a task of another commune's incident", as: () => world.officerB },
    ],
    success: {
      status: 200,
      why: 'the assignee accepts: stored, on the timeline, audited',
      check: async (res) => {
        assert.equal(res.json().status, 'accepted');
        assert.equal((await taskRow(task.id)).status, 'accepted');
        assert.deepEqual(await world.auditActions(task.id), ['task.create', 'task.accept']);
      },
    },
  });
}

describe('POST /api/tasks/:id/respond, each answer', () => {
  // action → who answers, from which status it is allowed, the status it leaves, one status it refuses.
  const ANSWERS: {
    action: string;
    by: () => TestUser;
    from: string;
    to: string;
    refusedFrom: string;
    extra?: Record<string, string>;
  }[] = [
    { action: 'accept', by: () => world.officerA, from: 'open', to: 'accepted', refusedFrom: 'done' },
    {
      action: 'decline',
      by: () => world.officerA,
      from: 'accepted',
      to: 'declined',
      refusedFrom: 'in_progress',
      extra: { reason: 'Không có máy chủ này' },
    },
    {
      action: 'start',
      by: () => world.officerA,
      from: 'accepted',
      to: 'in_progress',
      refusedFrom: 'declined',
    },
    {
      action: 'complete',
      by: () => world.officerA,
      from: 'in_progress',
      to: 'done',
      refusedFrom: 'cancelled',
      extra: { note: 'Đã kiểm tra, không thấy lây lan' },
    },
    { action: 'reopen', by: () => world.coordinator, from: 'done', to: 'open', refusedFrom: 'accepted' },
    { action: 'cancel', by: () => world.coordinator, from: 'declined', to: 'cancelled', refusedFrom: 'done' },
  ];

  async function taskIn(status: string) {
    const incident = await world.report(world.officerA);
    const task = await giveTask(incident.id, { assigneeUnitId: world.communeA.id });
    await world.ctx.db.updateTable('incident_tasks').set({ status }).where('id', '=', task.id).execute();
    return { incident, task };
  }

  for (const a of ANSWERS) {
    test(`${a.action}: 409 from ${a.refusedFrom}, 200 from ${a.from} to ${a.to}`, async () => {
      const refused = await taskIn(a.refusedFrom);
      const res409 = await world.call(a.by(), 'POST', `/api/tasks/${refused.task.id}/respond`, {
        action: a.action,
        ...a.extra,
      });
      assert.equal(res409.statusCode, 409, res409.body);
      assert.equal(res409.json().error.code, 'task.invalid_status');
      assert.equal((await taskRow(refused.task.id)).status, a.refusedFrom, 'unchanged');

      const { incident, task } = await taskIn(a.from);
      const answered = await world.ok(
        a.by(),
        'POST',
        `/api/tasks/${task.id}/respond`,
        { action: a.action, ...a.extra },
        200,
      );
      assert.equal(answered.status, a.to);
      const row = await taskRow(task.id);
      assert.equal(row.status, a.to);
      if (a.action === 'decline') assert.equal(row.decline_reason, a.extra?.reason);
      if (a.action === 'complete') {
        assert.equal(row.result_note, a.extra?.note);
        assert.ok(row.completed_at);
      }
      if (a.action === 'reopen') assert.equal(row.completed_at, null);
      const event = (await world.timeline(incident.id)).find((e) => e.event === `task_${a.action}`);
      assert.equal((event!.data as { taskId: string }).taskId, task.id);
      const trail = await world.audits(task.id);
      assert.deepEqual(
        trail.map((t) => t.action),
        ['task.create', `task.${a.action}`],
      );
      assert.equal(trail[1]!.actor_user_id, a.by().id);
    });
  }

  test("a person named on a task answers it, and the task brings the person's unit into the incident", async () => {
    const incident = await world.report(world.officerA);
    assert.equal((await world.call(world.officerB, 'GET', `/api/incidents/${incident.id}`)).statusCode, 404);
    const task = await giveTask(incident.id, { assigneeUserId: world.officerB.id });
    assert.equal((await world.call(world.officerB, 'GET', `/api/incidents/${incident.id}`)).statusCode, 200);
    const res = await world.ok(
      world.officerB,
      'POST',
      `/api/tasks/${task.id}/respond`,
      { action: 'start' },
      200,
    );
    assert.equal(res.status, 'in_progress');
  });
});
