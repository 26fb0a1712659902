import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { sql } from 'kysely';
import { type IncidentView, incidentTestWorld, UNKNOWN_ID } from '../incidents.testkit.ts';
import { expectError } from '../systems.testkit.ts';

// The incident record itself: list, read, edit, classify, lifecycle, assignment, deadlines.

const world = incidentTestWorld();

async function closeInDatabase(id: string) {
  await world.ctx.db
    .updateTable('incidents')
    .set({ state: 'closed', closed_at: new Date() })
    .where('id', '=', id)
    .execute();
}

async function escalateToExternal(id: string, share: Record<string, boolean> = {}) {
  await world.ok(world.coordinator, 'POST', `/api/incidents/${id}/escalations`, {
    toUnitId: world.external.id,
    channel: 'email',
    summary: 'Đề nghị Công an tỉnh hỗ trợ xử lý',
    share,
  });
}

{
  let ownA: IncidentView;
  let ownB: IncidentView;
  world.endpoint('GET /api/incidents', {
    method: 'GET',
    url: () => '/api/incidents?limit=200',
    as: () => world.officerA,
    setup: async () => {
      ownA = await world.report(world.officerA, {
        title: 'Cổng thông tin phường bị tấn công thay giao diện',
      });
      await world.report(world.officerA);
      ownB = await world.report(world.officerB);
    },
    bad: [
      { why: 'on a limit of 0', url: () => '/api/incidents?limit=0' },
      { why: 'on an unknown state filter', url: () => '/api/incidents?state=lost' },
    ],
    forbidden: {
      instead: 'a list is filtered by unit, never refused: commune B and the viewer of A see their own',
      check: async () => {
        const b = await world.ok(world.officerB, 'GET', '/api/incidents?limit=200');
        assert.ok(b.items.some((i: { id: string }) => i.id === ownB.id));
        assert.ok(!b.items.some((i: { id: string }) => i.id === ownA.id));
        const viewer = await world.ok(world.viewerA, 'GET', '/api/incidents?limit=200');
        assert.ok(viewer.items.some((i: { id: string }) => i.id === ownA.id));
        assert.ok(!viewer.items.some((i: { id: string }) => i.id === ownB.id));
      },
    },
    notFound: {
      instead: 'a filter naming an unknown record answers 404 like any id a client sends (issue 7)',
      check: async () => {
        const res = await world.ctx.inject({
          method: 'GET',
          url: `/api/incidents?unitId=${UNKNOWN_ID}`,
          headers: world.coordinator.headers,
        });
        expectError(res, 404, 'not_found');
      },
    },
    success: {
      status: 200,
      why: "lists exactly the incidents involving the caller's unit; search and filters narrow it",
      check: async (res) => {
        const page = res.json();
        const expected = await world.ctx.db
          .selectFrom('incidents')
          .select('id')
          .where(sql<boolean>`unit_ids @> array[${world.communeA.id}]::uuid[]`)
          .execute();
        assert.deepEqual(
          page.items.map((i: { id: string }) => i.id).sort(),
          expected.map((r) => r.id).sort(),
        );
        assert.equal(page.total, expected.length);
        const found = await world.ok(world.officerA, 'GET', '/api/incidents?q=tan%20cong');
        assert.deepEqual(
          found.items.map((i: { id: string }) => i.id),
          [ownA.id],
        );
        const paged = await world.ok(world.officerA, 'GET', '/api/incidents?limit=1&sort=detected_asc');
        assert.equal(paged.items.length, 1);
        assert.equal(paged.total, expected.length);
        const rejected = await world.ok(world.officerA, 'GET', '/api/incidents?state=rejected');
        assert.equal(rejected.total, 0);
      },
    },
  });
}

{
  let incident: IncidentView;
  world.endpoint('GET /api/incidents/:id', {
    method: 'GET',
    url: () => `/api/incidents/${incident.id}`,
    as: () => world.officerA,
    setup: async () => {
      incident = await world.report(world.officerA);
      await escalateToExternal(incident.id, { description: false });
    },
    bad: [{ why: 'on an id that is not a UUID', url: () => '/api/incidents/SC-2026-0001' }],
    forbidden: {
      instead: 'a body it was escalated to reads it read-only, with only what was shared',
      check: async () => {
        const seen = await world.ok(world.externalUser, 'GET', `/api/incidents/${incident.id}`);
        assert.equal(seen.visibility, 'escalated');
        assert.equal(seen.description, null, 'description not shared');
        assert.equal(seen.reporterContact, null);
        assert.deepEqual([seen.allowedActions, seen.transitions], [[], []]);
        assert.ok(seen.timeline.length > 0, 'the timeline is shared by default');
      },
    },
    notFound: [
      { why: 'for an unknown incident', url: () => `/api/incidents/${UNKNOWN_ID}` },
      { why: "for another commune's incident", as: () => world.officerB },
    ],
    success: {
      status: 200,
      why: 'the full record with deadlines, units, allowed actions and the timeline in time order',
      check: async (res) => {
        const view = res.json();
        const row = await world.incidentRow(incident.id);
        assert.deepEqual([view.code, view.version, view.visibility], [row.code, row.version, 'full']);
        assert.ok(view.description.includes('đòi tiền chuộc'));
        assert.ok(view.allowedActions.includes('incident.update'));
        assert.ok(view.allowedActions.includes('evidence.upload'));
        assert.ok(!view.allowedActions.includes('incident.triage'), 'triage is for the focal office');
        assert.ok(view.units.some((u: { id: string }) => u.id === world.communeA.id));
        assert.ok(view.deadlines.length > 0);
        const stored = await world.timeline(incident.id);
        assert.deepEqual(
          view.timeline.map((t: { event: string }) => t.event),
          stored.map((t) => t.event),
        );
        assert.deepEqual(
          view.timeline.slice(0, 3).map((t: { event: string }) => t.event),
          ['detected', 'reported', 'acknowledged'],
        );
        const times = view.timeline.map((t: { at: string }) => t.at);
        assert.deepEqual(times, [...times].sort());
      },
    },
  });
}

{
  let incident: IncidentView;
  let closed: IncidentView;
  world.endpoint('PATCH /api/incidents/:id', {
    method: 'PATCH',
    url: () => `/api/incidents/${incident.id}`,
    payload: () => ({ title: 'Máy kế toán bị mã hóa (đã xác định 2 máy)', triggers: { C1: false } }),
    as: () => world.officerA,
    setup: async () => {
      incident = await world.report(world.officerA);
      await escalateToExternal(incident.id);
      closed = await world.report(world.officerA);
      await closeInDatabase(closed.id);
    },
    bad: [
      { why: 'on an empty patch', payload: () => ({}) },
      { why: 'on a field that does not exist', payload: () => ({ state: 'closed' }) },
      {
        why: 'on a detection time in the future',
        payload: () => ({ detectedAt: new Date(Date.now() + 86_400_000).toISOString() }),
        code: 'incident.detected_in_future',
      },
    ],
    forbidden: [
      { why: 'for the viewer of the commune', as: () => world.viewerA },
      { why: 'for leadership (reads, does not edit)', as: () => world.leader },
      { why: 'for the external body it was escalated to', as: () => world.externalUser },
    ],
    notFound: [
      { why: 'for an unknown incident', url: () => `/api/incidents/${UNKNOWN_ID}` },
      { why: "for another commune's incident", as: () => world.officerB },
    ],
    conflicts: [
      {
        why: 'on a closed incident',
        url: () => `/api/incidents/${closed.id}`,
        status: 409,
        code: 'incident.closed',
      },
    ],
    success: {
      status: 200,
      why: 'saves, recomputes the tier, writes the timeline and the audit row',
      check: async (res) => {
        const view = res.json();
        const row = await world.incidentRow(incident.id);
        assert.equal(row.title, 'Máy kế toán bị mã hóa (đã xác định 2 máy)');
        assert.equal(view.title, row.title);
        assert.equal((row.triggers as Record<string, boolean>).C1, false);
        assert.equal(row.version, (incident.version as number) + 2, 'escalation and this edit');
        assert.notEqual(row.tier, incident.tier);
        const events = await world.timeline(incident.id);
        const changed = events.find((e) => e.event === 'severity_changed');
        assert.deepEqual(changed?.data, {
          from: incident.tier,
          to: row.tier,
          rule: (row.severity as { rule: string }).rule,
        });
        const updated = events.find((e) => e.event === 'updated');
        assert.deepEqual(updated?.data, { fields: ['title', 'triggers'] });
        const trail = await world.audits(incident.id);
        const last = trail.at(-1)!;
        assert.deepEqual([last.action, last.actor_user_id], ['incident.update', world.officerA.id]);
      },
    },
  });
}

{
  let incident: IncidentView;
  let closed: IncidentView;
  world.endpoint('POST /api/incidents/:id/classify', {
    method: 'POST',
    url: () => `/api/incidents/${incident.id}/classify`,
    payload: () => ({ subtype: 'attack.ransomware' }),
    as: () => world.coordinator,
    setup: async () => {
      incident = await world.report(world.officerA);
      closed = await world.report(world.officerA);
      await closeInDatabase(closed.id);
    },
    bad: [
      { why: 'on an unknown subtype', payload: () => ({ subtype: 'attack.nope' }) },
      { why: 'without a subtype', payload: () => ({}) },
    ],
    forbidden: [
      {
        why: 'for the unit officer who reported it (triage is the focal office’s)',
        as: () => world.officerA,
      },
      { why: 'for leadership', as: () => world.leader },
      { why: 'for the viewer of the commune', as: () => world.viewerA },
    ],
    notFound: [
      { why: 'for an unknown incident', url: () => `/api/incidents/${UNKNOWN_ID}/classify` },
      { why: "for another commune's incident", as: () => world.officerB },
    ],
    conflicts: [
      {
        why: 'on a closed incident',
        url: () => `/api/incidents/${closed.id}/classify`,
        status: 409,
        code: 'incident.closed',
      },
    ],
    success: {
      status: 200,
      why: 'confirms the class, pins the playbook version and turns its steps into tasks',
      check: async (res) => {
        const view = res.json();
        const playbook = await world.ok(world.coordinator, 'GET', '/api/playbooks/attack.ransomware');
        assert.deepEqual(
          [
            view.subtype,
            view.causeGroup,
            view.classificationConfirmed,
            view.playbookCode,
            view.playbookVersion,
          ],
          ['attack.ransomware', 'attack', true, playbook.code, playbook.version],
        );
        const tasks = await world.ctx.db
          .selectFrom('incident_tasks')
          .select(['step_key', 'assignee_unit_id'])
          .where('incident_id', '=', incident.id)
          .orderBy('sort')
          .execute();
        assert.deepEqual(
          tasks.map((t) => t.step_key),
          playbook.steps.map((s: { key: string }) => s.key),
        );
        const classified = (await world.timeline(incident.id)).find((e) => e.event === 'classified');
        assert.deepEqual(classified?.data, {
          subtype: 'attack.ransomware',
          suggested: 'attack.ransomware',
          acceptedSuggestion: true,
          playbook: `${playbook.code}@${playbook.version}`,
          tasks: playbook.steps.length,
        });
        assert.deepEqual(await world.auditActions(incident.id), ['incident.report', 'incident.classify']);
      },
    },
  });
}

{
  let incident: IncidentView;
  const reject = () => ({ to: 'rejected', rejectionReason: 'Chỉ là lượt quét cổng đã bị tường lửa chặn' });
  world.endpoint('POST /api/incidents/:id/transition', {
    method: 'POST',
    url: () => `/api/incidents/${incident.id}/transition`,
    payload: reject,
    as: () => world.coordinator,
    setup: async () => {
      incident = await world.report(world.officerA);
    },
    bad: [
      { why: 'on an unknown state', payload: () => ({ to: 'finished' }) },
      { why: 'on a one-letter rejection reason', payload: () => ({ to: 'rejected', rejectionReason: 'x' }) },
    ],
    forbidden: [
      { why: 'for the unit officer', as: () => world.officerA },
      { why: 'for leadership', as: () => world.leader },
      { why: 'for the viewer of the commune', as: () => world.viewerA },
    ],
    notFound: [
      { why: 'for an unknown incident', url: () => `/api/incidents/${UNKNOWN_ID}/transition` },
      { why: "for another commune's incident", as: () => world.officerB },
      {
        why: 'for a duplicate of an unknown incident',
        payload: () => ({ to: 'duplicate', duplicateOfId: UNKNOWN_ID }),
      },
    ],
    conflicts: [
      {
        why: 'for a move the lifecycle has no arrow for (new → closed)',
        payload: () => ({ to: 'closed' }),
        status: 409,
        code: 'transition.not_allowed',
      },
      {
        why: 'for triage before the class is confirmed',
        payload: () => ({ to: 'triaged' }),
        status: 422,
        code: 'transition.missing_requirements',
      },
      {
        why: 'for a rejection without a reason',
        payload: () => ({ to: 'rejected' }),
        status: 422,
        code: 'transition.missing_requirements',
      },
    ],
    success: {
      status: 200,
      why: 'moves the state, records the transition on the timeline and in the audit trail',
      check: async (res) => {
        assert.equal(res.json().state, 'rejected');
        const row = await world.incidentRow(incident.id);
        assert.deepEqual([row.state, row.rejection_reason], ['rejected', reject().rejectionReason]);
        const moved = (await world.timeline(incident.id)).filter((e) => e.event === 'state_changed');
        assert.deepEqual(
          moved.map((e) => e.data),
          [{ from: 'new', to: 'rejected', transition: 'reject' }],
        );
        assert.deepEqual(await world.auditActions(incident.id), ['incident.report', 'incident.reject']);
      },
    },
  });
}

{
  let incident: IncidentView;
  const assignment = () => ({ leadUserId: world.coordinator.id, respondingUnitIds: [world.provider.id] });
  world.endpoint('POST /api/incidents/:id/assign', {
    method: 'POST',
    url: () => `/api/incidents/${incident.id}/assign`,
    payload: assignment,
    as: () => world.coordinator,
    setup: async () => {
      incident = await world.report(world.officerA);
      const before = await world.call(world.responderP, 'GET', `/api/incidents/${incident.id}`);
      assert.equal(before.statusCode, 404, 'the provider does not see it before it is brought in');
    },
    bad: [
      { why: 'on an empty assignment', payload: () => ({}) },
      { why: 'on a unit id that is not a UUID', payload: () => ({ respondingUnitIds: ['vnpt'] }) },
    ],
    forbidden: [
      // Units are public; the officer sees the incident but may not assign it.
      {
        why: 'for the unit officer',
        as: () => world.officerA,
        payload: () => ({ respondingUnitIds: [world.provider.id] }),
      },
      { why: 'for leadership', as: () => world.leader },
    ],
    notFound: [
      { why: 'for an unknown incident', url: () => `/api/incidents/${UNKNOWN_ID}/assign` },
      { why: 'for a lead the caller may not see (another unit’s person)', as: () => world.officerA },
      { why: "for another commune's incident", as: () => world.officerB },
      { why: 'for an unknown responding unit', payload: () => ({ respondingUnitIds: [UNKNOWN_ID] }) },
      { why: 'for an unknown lead', payload: () => ({ leadUserId: UNKNOWN_ID }) },
    ],
    success: {
      status: 200,
      why: 'names the lead and brings the provider in: its responders now see the incident',
      check: async (res) => {
        const view = res.json();
        assert.deepEqual(
          [view.leadUserId, view.respondingUnitIds],
          [world.coordinator.id, [world.provider.id]],
        );
        const row = await world.incidentRow(incident.id);
        assert.deepEqual([...row.unit_ids].sort(), [world.communeA.id, world.provider.id].sort());
        const seen = await world.ok(world.responderP, 'GET', `/api/incidents/${incident.id}`);
        assert.equal(seen.visibility, 'full');
        const assigned = (await world.timeline(incident.id)).find((e) => e.event === 'assigned');
        assert.deepEqual(assigned?.data, {
          lead: world.coordinator.id,
          respondingUnitIds: [world.provider.id],
        });
        assert.deepEqual(await world.auditActions(incident.id), ['incident.report', 'incident.assign']);
      },
    },
  });
}

{
  let incident: IncidentView;
  const doneAt = '2025-03-03T08:00:00.000Z';
  world.endpoint('POST /api/incidents/:id/deadlines/:code/done', {
    method: 'POST',
    url: () => `/api/incidents/${incident.id}/deadlines/notification/done`,
    payload: () => ({ doneAt }),
    as: () => world.officerA,
    setup: async () => {
      // Detected under the 2017 regime: Mẫu 03 notification within 5 days (TT 20 Điều 9).
      incident = await world.report(world.officerA, { detectedAt: '2025-03-01T01:00:00.000Z' });
    },
    bad: [
      {
        why: 'on a deadline code with spaces',
        url: () => `/api/incidents/${incident.id}/deadlines/Bad%20Code/done`,
      },
      { why: 'on a completion time that is not a date', payload: () => ({ doneAt: 'hôm qua' }) },
    ],
    forbidden: [
      { why: 'for the viewer of the commune', as: () => world.viewerA },
      { why: 'for leadership', as: () => world.leader },
    ],
    notFound: [
      {
        why: 'for an unknown incident',
        url: () => `/api/incidents/${UNKNOWN_ID}/deadlines/notification/done`,
      },
      { why: "for another commune's incident", as: () => world.officerB },
      {
        why: 'for a deadline the incident does not have',
        url: () => `/api/incidents/${incident.id}/deadlines/no_such_deadline/done`,
      },
    ],
    success: {
      status: 200,
      why: 'stops the countdown at the given time, on the timeline and in the audit trail',
      check: async () => {
        const view = await world.ok(world.officerA, 'GET', `/api/incidents/${incident.id}`);
        const notification = view.deadlines.find((d: { code: string }) => d.code === 'notification');
        assert.deepEqual([notification.status, notification.doneAt], ['done', doneAt]);
        const row = await world.incidentRow(incident.id);
        assert.deepEqual(row.deadlines_done, { notification: doneAt });
        const met = (await world.timeline(incident.id)).find((e) => e.event === 'deadline_met');
        assert.equal(new Date(met!.at).toISOString(), doneAt);
        assert.deepEqual(met?.data, { code: 'notification' });
        assert.deepEqual(await world.auditActions(incident.id), [
          'incident.report',
          'incident.deadline_done',
        ]);
      },
    },
  });
}

describe('assignment keeps the units an incident belongs to', () => {
  test('the reporting commune keeps its incident after it is dropped from the responding units', async () => {
    const incident = await world.report(world.officerA);
    const url = `/api/incidents/${incident.id}/assign`;
    await world.ok(
      world.coordinator,
      'POST',
      url,
      { respondingUnitIds: [world.communeA.id, world.provider.id] },
      200,
    );
    await world.ok(world.coordinator, 'POST', url, { respondingUnitIds: [world.communeB.id] }, 200);
    const row = await world.incidentRow(incident.id);
    assert.deepEqual([...row.unit_ids].sort(), [world.communeA.id, world.communeB.id].sort());
    assert.equal((await world.call(world.officerA, 'GET', `/api/incidents/${incident.id}`)).statusCode, 200);
    assert.equal(
      (await world.call(world.responderP, 'GET', `/api/incidents/${incident.id}`)).statusCode,
      404,
    );
  });
});
