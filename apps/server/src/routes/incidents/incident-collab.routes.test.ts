import assert from 'node:assert/strict';
import { hoursAgo, type IncidentView, incidentTestWorld, UNKNOWN_ID } from '../incidents.testkit.ts';

// Working together on an incident: comments with @mentions, a manual timeline, observables
// (indicators) and links between incidents.

const world = incidentTestWorld();

async function escalate(incidentId: string, share: Record<string, boolean> = {}) {
  await world.ok(world.coordinator, 'POST', `/api/incidents/${incidentId}/escalations`, {
    toUnitId: world.external.id,
    channel: 'portal',
    summary: 'Đề nghị hỗ trợ phân tích',
    share,
  });
}

{
  let incident: IncidentView;
  world.endpoint('GET /api/incidents/:id/comments', {
    method: 'GET',
    url: () => `/api/incidents/${incident.id}/comments`,
    as: () => world.viewerA,
    setup: async () => {
      incident = await world.report(world.officerA);
      for (const body of ['Đã cách ly máy kế toán.', 'Đang chờ nhà cung cấp khôi phục bản sao lưu.'])
        await world.ok(world.officerA, 'POST', `/api/incidents/${incident.id}/comments`, { body });
      await escalate(incident.id, { description: true, timeline: true, evidence: true, observables: true });
    },
    bad: [{ why: 'on an id that is not a UUID', url: () => '/api/incidents/x/comments' }],
    forbidden: {
      instead: 'a body it was escalated to gets an empty list: comments are never shared',
      check: async () => {
        const seen = await world.ok(world.externalUser, 'GET', `/api/incidents/${incident.id}/comments`);
        assert.deepEqual(seen.items, []);
      },
    },
    notFound: [
      { why: 'for an unknown incident', url: () => `/api/incidents/${UNKNOWN_ID}/comments` },
      { why: "for another commune's incident", as: () => world.officerB },
    ],
    success: {
      status: 200,
      why: 'the comments oldest first, with their authors (the viewer of the commune reads them)',
      check: async (res) => {
        const items = res.json().items;
        const stored = await world.ctx.db
          .selectFrom('incident_comments')
          .select(['id', 'body'])
          .where('incident_id', '=', incident.id)
          .orderBy('created_at')
          .execute();
        assert.deepEqual(
          items.map((i: { id: string; body: string }) => ({ id: i.id, body: i.body })),
          stored,
        );
        assert.equal(items[0].author.username, world.officerA.username);
      },
    },
  });
}

{
  let incident: IncidentView;
  const body = () =>
    `@${world.viewerA.username} @${world.coordinator.username} @${world.officerB.username} xem giúp: máy thứ hai cũng bị mã hóa.`;
  world.endpoint('POST /api/incidents/:id/comments', {
    method: 'POST',
    url: () => `/api/incidents/${incident.id}/comments`,
    payload: () => ({ body: body() }),
    as: () => world.officerA,
    setup: async () => {
      incident = await world.report(world.officerA);
      await escalate(incident.id);
    },
    bad: [
      { why: 'on an empty comment', payload: () => ({ body: '' }) },
      { why: 'on an unknown field', payload: () => ({ body: 'Xin chào', pinned: true }) },
    ],
    forbidden: [
      { why: 'for the viewer of the commune', as: () => world.viewerA },
      { why: 'for leadership', as: () => world.leader },
      { why: 'for the external body it was escalated to', as: () => world.externalUser },
    ],
    notFound: [
      { why: 'for an unknown incident', url: () => `/api/incidents/${UNKNOWN_ID}/comments` },
      { why: "for another commune's incident", as: () => world.officerB },
    ],
    success: {
      status: 201,
      why: 'stored; each mentioned person who may read it gets a notice, nobody from another commune',
      check: async (res) => {
        const comment = res.json();
        assert.deepEqual([...comment.mentions].sort(), [world.viewerA.id, world.coordinator.id].sort());
        const notices = await world.ctx.db
          .selectFrom('notifications')
          .select(['user_id', 'kind', 'link', 'title'])
          .where('kind', '=', 'mention')
          .execute();
        assert.deepEqual(
          notices.map((n) => n.user_id).sort(),
          [world.viewerA.id, world.coordinator.id].sort(),
        );
        const toViewer = notices.find((n) => n.user_id === world.viewerA.id)!;
        assert.equal(toViewer.link, `/incidents/${incident.id}`);
        assert.ok((toViewer.title as { vi: string }).vi.includes(incident.code));
        const row = await world.ctx.db
          .selectFrom('incident_comments')
          .selectAll()
          .where('id', '=', comment.id)
          .executeTakeFirstOrThrow();
        assert.deepEqual([row.author_user_id, row.body], [world.officerA.id, body()]);
        const commented = (await world.timeline(incident.id)).find((e) => e.event === 'commented');
        assert.deepEqual(commented?.data, { commentId: comment.id });
        assert.deepEqual(await world.auditActions(comment.id), ['incident.comment']);
      },
    },
  });
}

{
  let incident: IncidentView;
  const at = hoursAgo(0.5);
  const text = 'Phát hiện máy thứ hai trong phòng kế toán có biểu hiện tương tự.';
  world.endpoint('POST /api/incidents/:id/timeline', {
    method: 'POST',
    url: () => `/api/incidents/${incident.id}/timeline`,
    payload: () => ({ at, text }),
    as: () => world.officerA,
    setup: async () => {
      incident = await world.report(world.officerA, { detectedAt: hoursAgo(1) });
    },
    bad: [
      { why: 'on a one-letter entry', payload: () => ({ at, text: 'x' }) },
      { why: 'on a time that is not a date', payload: () => ({ at: 'sáng nay', text }) },
    ],
    forbidden: [
      { why: 'for the viewer of the commune', as: () => world.viewerA },
      { why: 'for leadership', as: () => world.leader },
    ],
    notFound: [
      { why: 'for an unknown incident', url: () => `/api/incidents/${UNKNOWN_ID}/timeline` },
      { why: "for another commune's incident", as: () => world.officerB },
    ],
    success: {
      status: 201,
      why: 'the entry keeps its own time and shows in the incident’s timeline in time order',
      check: async (res) => {
        assert.deepEqual(res.json(), { ok: true });
        const view = await world.ok(world.officerA, 'GET', `/api/incidents/${incident.id}`);
        assert.deepEqual(
          view.timeline.map((e: { event: string }) => e.event),
          ['detected', 'note', 'reported', 'acknowledged'],
        );
        const note = view.timeline[1];
        assert.deepEqual([note.kind, note.at, note.text], ['manual', at, text]);
        const stored = (await world.timeline(incident.id)).find((e) => e.event === 'note');
        assert.deepEqual([stored?.kind, stored?.actor_user_id], ['manual', world.officerA.id]);
        const trail = await world.audits(incident.id);
        assert.deepEqual(trail.at(-1)?.action, 'incident.timeline_add');
        assert.deepEqual(trail.at(-1)?.after, { at, text });
      },
    },
  });
}

{
  const IP = '198.51.100.23';
  const HASH = 'a'.repeat(24) + 'b'.repeat(40);
  const describeAttack = (extra: string) =>
    `Máy chủ kết nối tới ${IP} và tải tệp từ evil-update[.]xyz, mã băm ${HASH}. ${extra}`;
  let incident: IncidentView;
  let sameCommune: IncidentView;
  let otherCommune: IncidentView;
  const sharedWith = (items: { kind: string; normalized: string; sharedWith: { id: string }[] }[]) =>
    items
      .find((o) => o.kind === 'ip' && o.normalized === IP)!
      .sharedWith.map((s) => s.id)
      .sort();
  world.endpoint('GET /api/incidents/:id/observables', {
    method: 'GET',
    url: () => `/api/incidents/${incident.id}/observables`,
    as: () => world.officerA,
    setup: async () => {
      incident = await world.report(world.officerA, { description: describeAttack('Phòng kế toán.') });
      sameCommune = await world.report(world.officerA, {
        description: describeAttack('Phòng một cửa.'),
      });
      otherCommune = await world.report(world.officerB, { description: describeAttack('Xã Ngọc Lâm.') });
      await escalate(incident.id);
    },
    bad: [{ why: 'on an id that is not a UUID', url: () => '/api/incidents/x/observables' }],
    forbidden: {
      instead: 'a body it was escalated to reads them only once an escalation shares them',
      check: async () => {
        const url = `/api/incidents/${incident.id}/observables`;
        assert.deepEqual((await world.ok(world.externalUser, 'GET', url)).items, []);
        await escalate(incident.id, { observables: true });
        const shared = (await world.ok(world.externalUser, 'GET', url)).items;
        assert.deepEqual(sharedWith(shared), [], 'nor does it learn of incidents it does not see');
      },
    },
    notFound: [
      { why: 'for an unknown incident', url: () => `/api/incidents/${UNKNOWN_ID}/observables` },
      { why: "for another commune's incident", as: () => world.officerB },
    ],
    success: {
      status: 200,
      why: 'indicators extracted at intake; an IP shared with other incidents lists only those the caller sees',
      check: async (res) => {
        const items = res.json().items;
        const kinds = items.map((o: { kind: string; normalized: string; source: string }) => [
          o.kind,
          o.normalized,
          o.source,
        ]);
        for (const expected of [
          ['ip', IP, 'extracted'],
          ['domain', 'evil-update.xyz', 'extracted'],
          ['hash', HASH, 'extracted'],
        ])
          assert.ok(
            kinds.some((k: string[]) => k.join() === expected.join()),
            `${expected} in ${JSON.stringify(kinds)}`,
          );
        const stored = await world.ctx.db
          .selectFrom('incident_observables')
          .select('id')
          .where('incident_id', '=', incident.id)
          .execute();
        assert.equal(items.length, stored.length);
        assert.deepEqual(sharedWith(items), [sameCommune.id]);
        const coordinator = await world.ok(
          world.coordinator,
          'GET',
          `/api/incidents/${incident.id}/observables`,
        );
        assert.deepEqual(sharedWith(coordinator.items), [sameCommune.id, otherCommune.id].sort());
      },
    },
  });
}

{
  let incident: IncidentView;
  world.endpoint('POST /api/incidents/:id/observables', {
    method: 'POST',
    url: () => `/api/incidents/${incident.id}/observables`,
    payload: () => ({ kind: 'ip', value: ' 192.0.2[.]44 ' }),
    as: () => world.officerA,
    setup: async () => {
      incident = await world.report(world.officerA);
    },
    bad: [
      { why: 'on an unknown kind', payload: () => ({ kind: 'asn', value: 'AS13335' }) },
      { why: 'on an empty value', payload: () => ({ kind: 'ip', value: '' }) },
      { why: 'on a value that is not of its kind', payload: () => ({ kind: 'ip', value: '999.1.1.1' }) },
    ],
    forbidden: [
      { why: 'for the viewer of the commune', as: () => world.viewerA },
      { why: 'for leadership', as: () => world.leader },
    ],
    notFound: [
      { why: 'for an unknown incident', url: () => `/api/incidents/${UNKNOWN_ID}/observables` },
      { why: "for another commune's incident", as: () => world.officerB },
    ],
    success: {
      status: 201,
      why: 'stored refanged as a manual indicator and audited',
      check: async (res) => {
        assert.deepEqual(res.json(), { kind: 'ip', value: '192.0.2[.]44', normalized: '192.0.2.44' });
        const row = await world.ctx.db
          .selectFrom('incident_observables')
          .select(['value', 'source'])
          .where('incident_id', '=', incident.id)
          .where('normalized', '=', '192.0.2.44')
          .executeTakeFirstOrThrow();
        assert.deepEqual(row, { value: '192.0.2[.]44', source: 'manual' });
        assert.deepEqual(await world.auditActions(incident.id), [
          'incident.report',
          'incident.observable_add',
        ]);
      },
    },
  });
}

{
  let incident: IncidentView;
  let related: IncidentView;
  let otherCommune: IncidentView;
  const ids = (items: { id: string }[]) => items.map((i) => i.id).sort();
  world.endpoint('GET /api/incidents/:id/links', {
    method: 'GET',
    url: () => `/api/incidents/${incident.id}/links`,
    as: () => world.coordinator,
    setup: async () => {
      incident = await world.report(world.officerA);
      related = await world.report(world.officerA);
      otherCommune = await world.report(world.officerB);
      for (const other of [related, otherCommune])
        await world.ok(world.coordinator, 'POST', `/api/incidents/${incident.id}/links`, {
          otherId: other.id,
          kind: 'related',
        });
    },
    bad: [{ why: 'on an id that is not a UUID', url: () => '/api/incidents/x/links' }],
    forbidden: {
      instead: 'links to incidents the caller may not see are left out, not refused',
      check: async () => {
        const seen = await world.ok(world.officerA, 'GET', `/api/incidents/${incident.id}/links`);
        assert.deepEqual(ids(seen.items), [related.id]);
      },
    },
    notFound: [
      { why: 'for an unknown incident', url: () => `/api/incidents/${UNKNOWN_ID}/links` },
      { why: "for another commune's incident", as: () => world.officerB },
    ],
    success: {
      status: 200,
      why: 'both linked incidents with their kind; the link reads from the other side too',
      check: async (res) => {
        assert.deepEqual(ids(res.json().items), [related.id, otherCommune.id].sort());
        assert.ok(res.json().items.every((l: { kind: string }) => l.kind === 'related'));
        const back = await world.ok(world.officerA, 'GET', `/api/incidents/${related.id}/links`);
        assert.deepEqual(
          back.items.map((l: { id: string; code: string }) => [l.id, l.code]),
          [[incident.id, incident.code]],
        );
      },
    },
  });
}

{
  let incident: IncidentView;
  let other: IncidentView;
  let otherCommune: IncidentView;
  world.endpoint('POST /api/incidents/:id/links', {
    method: 'POST',
    url: () => `/api/incidents/${incident.id}/links`,
    payload: () => ({ otherId: other.id, kind: 'duplicate' }),
    as: () => world.officerA,
    setup: async () => {
      incident = await world.report(world.officerA);
      other = await world.report(world.officerA);
      otherCommune = await world.report(world.officerB);
    },
    bad: [
      { why: 'on an unknown kind', payload: () => ({ otherId: other.id, kind: 'parent' }) },
      { why: 'on an id that is not a UUID', payload: () => ({ otherId: 'SC-2026-0001', kind: 'related' }) },
      {
        why: 'on a link of an incident to itself',
        payload: () => ({ otherId: incident.id, kind: 'related' }),
        code: 'incident.merge_self',
      },
    ],
    forbidden: [
      { why: 'for the viewer of the commune', as: () => world.viewerA },
      { why: 'for leadership', as: () => world.leader },
    ],
    notFound: [
      { why: 'for an unknown incident', url: () => `/api/incidents/${UNKNOWN_ID}/links` },
      { why: "for another commune's incident", as: () => world.officerB },
      { why: 'for an unknown other incident', payload: () => ({ otherId: UNKNOWN_ID, kind: 'related' }) },
      {
        why: "for a link to another commune's incident",
        payload: () => ({ otherId: otherCommune.id, kind: 'related' }),
      },
    ],
    success: {
      status: 201,
      why: 'stored once, on the timeline and in the audit trail',
      check: async (res) => {
        assert.deepEqual(res.json(), { ok: true });
        const rows = await world.ctx.db
          .selectFrom('incident_links')
          .select(['other_id', 'kind'])
          .where('incident_id', '=', incident.id)
          .execute();
        assert.deepEqual(rows, [{ other_id: other.id, kind: 'duplicate' }]);
        const linked = (await world.timeline(incident.id)).find((e) => e.event === 'linked');
        assert.deepEqual(linked?.data, { otherId: other.id, kind: 'duplicate' });
        assert.deepEqual(await world.auditActions(incident.id), ['incident.report', 'incident.link']);
      },
    },
  });
}
