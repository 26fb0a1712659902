import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { type IncidentView, incidentTestWorld, UNKNOWN_ID } from '../incidents.testkit.ts';

// Merging a duplicate report into the incident that carries on, splitting a report that was two,
// and the saved filters of the incident list.

const world = incidentTestWorld();

{
  let source: IncidentView;
  let target: IncidentView;
  let closed: IncidentView;
  world.endpoint('POST /api/incidents/:id/merge', {
    method: 'POST',
    url: () => `/api/incidents/${source.id}/merge`,
    payload: () => ({ intoId: target.id }),
    as: () => world.coordinator,
    setup: async () => {
      source = await world.report(world.officerA, {
        description: 'Máy bị mã hóa, ghi chú đòi tiền chuộc gửi từ địa chỉ 203.0.113.7 qua cổng RDP.',
      });
      target = await world.report(world.officerA);
      closed = await world.report(world.officerA);
      await world.ctx.db
        .updateTable('incidents')
        .set({ state: 'closed' })
        .where('id', '=', closed.id)
        .execute();
    },
    bad: [
      { why: 'on a target that is not a UUID', payload: () => ({ intoId: 'SC-2026-0001' }) },
      {
        why: 'on a merge of an incident into itself',
        payload: () => ({ intoId: source.id }),
        code: 'incident.merge_self',
      },
    ],
    forbidden: [
      { why: 'for the unit officer, though both are their commune’s', as: () => world.officerA },
      { why: 'for leadership', as: () => world.leader },
    ],
    notFound: [
      { why: 'for an unknown incident', url: () => `/api/incidents/${UNKNOWN_ID}/merge` },
      { why: 'for an unknown target', payload: () => ({ intoId: UNKNOWN_ID }) },
      { why: "for another commune's incident", as: () => world.officerB },
    ],
    conflicts: [
      {
        why: 'for a closed incident (a finished incident takes no more work)',
        url: () => `/api/incidents/${closed.id}/merge`,
        status: 409,
        code: 'incident.closed',
      },
    ],
    success: {
      status: 200,
      why: 'the source ends as merged, the survivor takes its observables; both timelines and audits',
      check: async (res) => {
        assert.equal(res.json().id, target.id);
        const merged = await world.incidentRow(source.id);
        assert.deepEqual([merged.state, merged.merged_into_id], ['merged', target.id]);
        assert.ok(merged.closed_at);
        const observed = await world.ctx.db
          .selectFrom('incident_observables')
          .select('normalized')
          .where('incident_id', '=', target.id)
          .where('kind', '=', 'ip')
          .execute();
        assert.deepEqual(
          observed.map((o) => o.normalized),
          ['203.0.113.7'],
        );
        const link = await world.ctx.db
          .selectFrom('incident_links')
          .select('kind')
          .where('incident_id', '=', source.id)
          .where('other_id', '=', target.id)
          .executeTakeFirst();
        assert.equal(link?.kind, 'merged');
        const into = (await world.timeline(source.id)).find((e) => e.event === 'merged_into');
        assert.deepEqual(into?.data, { intoId: target.id, code: target.code });
        const from = (await world.timeline(target.id)).find((e) => e.event === 'merged_from');
        assert.deepEqual(from?.data, { fromId: source.id, code: source.code });
        assert.deepEqual(await world.auditActions(source.id), ['incident.report', 'incident.merge']);
        assert.deepEqual(await world.auditActions(target.id), ['incident.report', 'incident.merge_target']);
      },
    },
  });
}

describe('merge: who carries on with the survivor', () => {
  test('the commune that reported the source keeps the survivor, also after the survivor is edited', async () => {
    const source = await world.report(world.officerB);
    const target = await world.report(world.officerA);
    await world.ok(
      world.coordinator,
      'POST',
      `/api/incidents/${source.id}/merge`,
      { intoId: target.id },
      200,
    );
    assert.equal((await world.call(world.officerB, 'GET', `/api/incidents/${target.id}`)).statusCode, 200);
    await world.ok(
      world.coordinator,
      'PATCH',
      `/api/incidents/${target.id}`,
      { title: 'Mã độc tống tiền hai xã' },
      200,
    );
    const after = await world.ok(world.officerB, 'GET', `/api/incidents/${target.id}`);
    assert.equal(after.visibility, 'full');
  });

  test('a body the source was escalated to reads the survivor read-only, never as a working unit', async () => {
    const source = await world.report(world.officerA);
    const target = await world.report(world.officerA);
    await world.ok(world.coordinator, 'POST', `/api/incidents/${source.id}/escalations`, {
      toUnitId: world.external.id,
      channel: 'email',
      summary: 'Đề nghị hỗ trợ xử lý',
    });
    await world.ok(
      world.coordinator,
      'POST',
      `/api/incidents/${source.id}/merge`,
      { intoId: target.id },
      200,
    );
    const seen = await world.ok(world.externalUser, 'GET', `/api/incidents/${target.id}`);
    assert.deepEqual([seen.visibility, seen.allowedActions], ['escalated', []]);
    const edit = await world.call(world.externalUser, 'PATCH', `/api/incidents/${target.id}`, {
      title: 'Sửa',
    });
    assert.equal(edit.statusCode, 403);
    const row = await world.incidentRow(target.id);
    assert.deepEqual(row.escalated_unit_ids, [world.external.id]);
  });
});

{
  let source: IncidentView;
  let moved: string[];
  let kept: string[];
  const part = () => ({
    title: 'Máy chủ thư điện tử bị dò mật khẩu',
    description: 'Tách ra từ báo cáo gộp: máy chủ thư bị dò mật khẩu, không liên quan mã hóa.',
    taskIds: moved,
  });
  world.endpoint('POST /api/incidents/:id/split', {
    method: 'POST',
    url: () => `/api/incidents/${source.id}/split`,
    payload: part,
    as: () => world.coordinator,
    setup: async () => {
      source = await world.report(world.officerA);
      await world.ok(
        world.coordinator,
        'POST',
        `/api/incidents/${source.id}/classify`,
        { subtype: 'attack.ransomware' },
        200,
      );
      const tasks = (await world.ok(world.coordinator, 'GET', `/api/incidents/${source.id}/tasks`)).items.map(
        (t: { id: string }) => t.id,
      );
      moved = tasks.slice(0, 2);
      kept = tasks.slice(2);
    },
    bad: [
      { why: 'on a two-letter title', payload: () => ({ ...part(), title: 'ab' }) },
      { why: 'on a task id that is not a UUID', payload: () => ({ ...part(), taskIds: ['task-1'] }) },
    ],
    forbidden: [
      { why: 'for the unit officer', as: () => world.officerA },
      { why: 'for leadership', as: () => world.leader },
    ],
    notFound: [
      { why: 'for an unknown incident', url: () => `/api/incidents/${UNKNOWN_ID}/split` },
      { why: "for another commune's incident", as: () => world.officerB },
    ],
    success: {
      status: 201,
      why: 'a new incident of the same unit takes the chosen tasks, linked back to the source',
      check: async (res) => {
        const created = res.json();
        assert.notEqual(created.code, source.code);
        assert.deepEqual([created.title, created.state, created.subtype], [part().title, 'new', null]);
        const row = await world.incidentRow(created.id);
        const sourceRow = await world.incidentRow(source.id);
        assert.deepEqual(
          [row.reporting_unit_id, row.unit_ids],
          [sourceRow.reporting_unit_id, sourceRow.unit_ids],
        );
        const tasks = await world.ctx.db.selectFrom('incident_tasks').select(['id', 'incident_id']).execute();
        const owner = new Map(tasks.map((t) => [t.id, t.incident_id]));
        assert.ok(moved.every((id) => owner.get(id) === created.id));
        assert.ok(kept.every((id) => owner.get(id) === source.id));
        const link = await world.ctx.db
          .selectFrom('incident_links')
          .select(['other_id', 'kind'])
          .where('incident_id', '=', created.id)
          .execute();
        assert.deepEqual(link, [{ other_id: source.id, kind: 'split_from' }]);
        const to = (await world.timeline(source.id)).find((e) => e.event === 'split_to');
        assert.deepEqual(to?.data, { newId: created.id, code: created.code });
        assert.deepEqual(await world.auditActions(created.id), ['incident.split']);
        assert.equal((await world.ok(world.officerA, 'GET', `/api/incidents/${created.id}`)).id, created.id);
      },
    },
  });
}

const savedFilter = (name: string) => ({ name, query: { state: ['new', 'triaged'], tier: ['T3', 'T4'] } });

{
  let mine: { id: string };
  let theirs: { id: string };
  world.endpoint('GET /api/saved-filters', {
    method: 'GET',
    url: () => '/api/saved-filters',
    as: () => world.officerA,
    setup: async () => {
      mine = await world.ok(world.officerA, 'POST', '/api/saved-filters', savedFilter('T3+ đang mở'));
      theirs = await world.ok(world.officerB, 'POST', '/api/saved-filters', savedFilter('Của xã Ngọc Lâm'));
    },
    bad: [],
    forbidden: {
      instead: 'everyone has their own filters; another person’s are not listed',
      check: async () => {
        const b = await world.ok(world.officerB, 'GET', '/api/saved-filters');
        assert.deepEqual(
          b.items.map((f: { id: string }) => f.id),
          [theirs.id],
        );
      },
    },
    notFound: [],
    success: {
      status: 200,
      why: "the caller's filters with their queries",
      check: (res) => {
        assert.deepEqual(res.json().items, [{ id: mine.id, ...savedFilter('T3+ đang mở') }]);
      },
    },
  });
}

world.endpoint('POST /api/saved-filters', {
  method: 'POST',
  url: () => '/api/saved-filters',
  payload: () => savedFilter('Quá hạn ở phường'),
  as: () => world.officerA,
  bad: [
    { why: 'on an empty name', payload: () => ({ ...savedFilter(''), name: '' }) },
    { why: 'without a query', payload: () => ({ name: 'Thiếu truy vấn' }) },
    {
      why: 'on a query with more than 20 keys',
      payload: () => ({
        name: 'Quá nhiều điều kiện',
        query: Object.fromEntries(Array.from({ length: 21 }, (_, i) => [`k${i}`, i])),
      }),
    },
  ],
  forbidden: {
    instead: 'anyone signed in keeps filters for themselves, a viewer included',
    check: async () => {
      const saved = await world.ok(world.viewerA, 'POST', '/api/saved-filters', savedFilter('Của người xem'));
      assert.equal(saved.name, 'Của người xem');
    },
  },
  notFound: [],
  success: {
    status: 201,
    why: 'stored for the caller and audited',
    check: async (res) => {
      const saved = res.json();
      const row = await world.ctx.db
        .selectFrom('saved_filters')
        .selectAll()
        .where('id', '=', saved.id)
        .executeTakeFirstOrThrow();
      assert.deepEqual(
        [row.user_id, row.name, row.query],
        [world.officerA.id, 'Quá hạn ở phường', savedFilter('').query],
      );
      assert.deepEqual(await world.auditActions(saved.id), ['saved_filter.create']);
    },
  },
});

{
  let filter: { id: string };
  world.endpoint('DELETE /api/saved-filters/:id', {
    method: 'DELETE',
    url: () => `/api/saved-filters/${filter.id}`,
    as: () => world.officerA,
    setup: async () => {
      filter = await world.ok(world.officerA, 'POST', '/api/saved-filters', savedFilter('Sắp xoá'));
    },
    bad: [{ why: 'on an id that is not a UUID', url: () => '/api/saved-filters/sap-xoa' }],
    forbidden: {
      instead: "another person's filter is not theirs to see: it is a 404 (next test), not a 403",
      check: async () => {
        const res = await world.call(world.coordinator, 'DELETE', `/api/saved-filters/${filter.id}`);
        assert.equal(res.statusCode, 404, 'not even the focal office deletes a person’s filter');
      },
    },
    notFound: [
      { why: 'for an unknown filter', url: () => `/api/saved-filters/${UNKNOWN_ID}` },
      { why: "for another person's filter", as: () => world.officerB },
    ],
    success: {
      status: 200,
      why: 'removes it and audits the removal',
      check: async (res) => {
        assert.deepEqual(res.json(), { ok: true });
        const row = await world.ctx.db
          .selectFrom('saved_filters')
          .select('id')
          .where('id', '=', filter.id)
          .executeTakeFirst();
        assert.equal(row, undefined);
        assert.deepEqual(await world.auditActions(filter.id), ['saved_filter.create', 'saved_filter.delete']);
      },
    },
  });
}
