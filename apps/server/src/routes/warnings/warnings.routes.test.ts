import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { TestContext, type TestUser } from '../../testing/test-app.ts';
import {
  createSystem,
  dayFromToday,
  endpoint,
  get,
  multipart,
  post,
  UNKNOWN_ID,
} from '../systems.testkit.ts';

// Warnings (issue 11): the fixed 401 → 400 → 403/404 → success order per endpoint. Three units run
// different web servers; a warning about Apache HTTP Server < 2.4.58 reaches only the one running 2.4.57.

let ctx: TestContext;
let coordinator: TestUser;
let leader: TestUser;
let officerA: TestUser;
let officerB: TestUser;
let viewerA: TestUser;
let unitA: { id: string; name: string };
let unitB: { id: string; name: string };
let systemA: { id: string };
let published: { id: string };
let draft: { id: string };
let product: { id: string };

const APACHE = {
  vendor: 'Apache Software Foundation',
  product: 'Apache HTTP Server',
  versionRange: '< 2.4.58',
};

const warning = (extra: Record<string, unknown> = {}) => ({
  title: 'Lỗ hổng Apache HTTP Server cho phép chèn yêu cầu',
  description: 'Cập nhật lên 2.4.58 hoặc mới hơn.',
  severity: 'high',
  tlp: 'GREEN',
  cves: ['CVE-2023-25690'],
  indicators: [{ type: 'domain', value: 'update-apache[.]com' }],
  products: [APACHE],
  requiredActions: 'Nâng cấp Apache lên 2.4.58.',
  deadline: dayFromToday(-1),
  targeting: { mode: 'products' },
  ...extra,
});

before(async () => {
  ctx = await TestContext.create();
  const focal = await ctx.unit({ name: 'Phòng Văn hoá, Khoa học và Thông tin', type: 'focal_office' });
  unitA = await ctx.unit({ name: 'UBND phường Bạch Sam', type: 'commune' });
  unitB = await ctx.unit({ name: 'UBND xã Xuân Dục', type: 'commune' });
  const unitC = await ctx.unit({ name: 'Trung tâm Y tế', type: 'agency' });
  coordinator = await ctx.user(['coordinator'], { unitId: focal.id });
  leader = await ctx.user(['leader'], { unitId: focal.id });
  officerA = await ctx.user(['unit_officer'], { unitId: unitA.id });
  officerB = await ctx.user(['unit_officer'], { unitId: unitB.id });
  viewerA = await ctx.user(['viewer'], { unitId: unitA.id });
  systemA = await createSystem(ctx, coordinator, unitA.id);
  const systemB = await createSystem(ctx, coordinator, unitB.id);
  const systemC = await createSystem(ctx, coordinator, unitC.id);
  product = await post(ctx, officerA, `/api/systems/${systemA.id}/products`, {
    vendor: 'Apache',
    product: 'HTTP Server',
    version: '2.4.57',
  });
  await post(ctx, officerB, `/api/systems/${systemB.id}/products`, {
    vendor: 'Apache',
    product: 'HTTP Server',
    version: '2.4.58-1ubuntu1',
  });
  await post(ctx, coordinator, `/api/systems/${systemC.id}/products`, {
    vendor: 'F5',
    product: 'nginx',
    version: '1.24.0',
    cpe: 'cpe:2.3:a:f5:nginx:1.24.0:*:*:*:*:*:*:*',
  });
  published = await post(ctx, coordinator, '/api/warnings', warning());
  await post(ctx, coordinator, `/api/warnings/${published.id}/publish`, {}, 200);
  draft = await post(ctx, coordinator, '/api/warnings', warning({ title: 'Bản nháp', tlp: 'AMBER' }));
});
after(() => ctx.close());

const c = () => ctx;
const upload = multipart('ket-qua.txt', 'Apache 2.4.62 đã cài đặt');

describe('publishing targets exactly the units running an affected version', () => {
  test('only the unit with Apache 2.4.57 is targeted, with the matched system, and its people are told', async () => {
    const view = await get(ctx, coordinator, `/api/warnings/${published.id}/compliance`);
    assert.deepEqual(
      view.items.map((t: { unitId: string }) => t.unitId),
      [unitA.id],
    );
    assert.equal(view.items[0].reason, 'product');
    assert.equal(view.items[0].matchedSystems[0].systemId, systemA.id);
    assert.equal(view.counts.overdue, 1, 'the deadline was yesterday');
    const notices = await ctx.db
      .selectFrom('notifications')
      .select(['unit_id', 'kind'])
      .where('kind', '=', 'warning_published')
      .execute();
    assert.deepEqual(
      notices.map((n) => n.unit_id),
      [unitA.id],
    );
  });
  test('the unit not targeted does not see it (404), its list is empty', async () => {
    const res = await ctx.inject({
      method: 'GET',
      url: `/api/warnings/${published.id}`,
      headers: officerB.headers,
    });
    assert.equal(res.statusCode, 404);
    assert.equal((await get(ctx, officerB, '/api/warnings')).total, 0);
  });
  test('TLP:RED cannot go to "all units"', async () => {
    const res = await ctx.inject({
      method: 'POST',
      url: '/api/warnings',
      headers: coordinator.headers,
      payload: warning({ tlp: 'RED', targeting: { mode: 'all' } }),
    });
    assert.equal(res.statusCode, 400);
    assert.equal(res.json().error.code, 'warning.tlp_red_targeting');
  });
  test('an indicator of the published warning in a new incident links them', async () => {
    const incident = await post(ctx, officerA, '/api/incidents', {
      title: 'Máy chủ kết nối tới tên miền lạ',
      description: 'Tường lửa ghi nhận truy cập tới update-apache.com từ máy chủ cổng thông tin.',
      detectedAt: new Date(Date.now() - 3_600_000).toISOString(),
    });
    const detail = await get(ctx, coordinator, `/api/warnings/${published.id}`);
    assert.deepEqual(
      detail.incidents.map((i: { id: string }) => i.id),
      [incident.incident.id],
    );
    const timeline = await get(ctx, coordinator, `/api/warnings/${published.id}/timeline`);
    assert.ok(timeline.items.some((e: { event: string }) => e.event === 'indicator_hit'));
  });
});

endpoint(c, 'GET /api/warnings', {
  method: 'GET',
  url: () => '/api/warnings',
  as: () => coordinator,
  bad: { url: () => '/api/warnings?status=lost' },
  forbidden: {
    scoped: 'a unit lists only the published warnings sent to it',
    check: async () => {
      const page = await get(ctx, officerA, '/api/warnings');
      assert.deepEqual(
        page.items.map((w: { id: string }) => w.id),
        [published.id],
      );
      assert.equal(page.items[0].counts, null);
      assert.equal(page.items[0].myTarget.status, 'sent');
    },
  },
  notFound: { na: 'a list' },
  success: {
    status: 200,
    check: (res) => {
      assert.equal(res.json().total, 2);
      assert.ok(res.json().items.every((w: { counts: unknown }) => w.counts !== null));
    },
  },
});

endpoint(c, 'POST /api/warnings', {
  method: 'POST',
  url: () => '/api/warnings',
  payload: () => warning({ deadline: dayFromToday(10) }),
  as: () => coordinator,
  bad: { payload: () => warning({ cves: ['CVE-abc'] }) },
  forbidden: { user: () => officerA },
  notFound: { payload: () => warning({ targeting: { mode: 'units', unitIds: [UNKNOWN_ID] } }) },
  success: {
    status: 201,
    check: (res) => {
      assert.equal(res.json().status, 'draft');
      assert.match(res.json().code, /^CB-\d{4}-\d{4}$/);
      assert.equal(res.json().indicators[0].normalized, 'update-apache.com');
    },
  },
});

endpoint(c, 'POST /api/warnings/targeting-preview', {
  method: 'POST',
  url: () => '/api/warnings/targeting-preview',
  payload: () => ({
    tlp: 'GREEN',
    targeting: { mode: 'products' },
    products: [{ ...APACHE, versionRange: '2.4.*' }],
  }),
  as: () => coordinator,
  bad: { payload: () => ({ tlp: 'GREEN', targeting: { mode: 'nearby' }, products: [] }) },
  forbidden: { user: () => officerA },
  notFound: {
    payload: () => ({ tlp: 'RED', targeting: { mode: 'units', unitIds: [UNKNOWN_ID] }, products: [] }),
  },
  success: {
    status: 200,
    check: (res) => {
      const ids = res
        .json()
        .items.map((t: { unitId: string }) => t.unitId)
        .sort();
      assert.deepEqual(ids, [unitA.id, unitB.id].sort(), '2.4.58-1ubuntu1 and 2.4.57 are both 2.4.*');
    },
  },
});

endpoint(c, 'GET /api/warnings/:id', {
  method: 'GET',
  url: () => `/api/warnings/${published.id}`,
  as: () => officerA,
  bad: { url: () => '/api/warnings/x' },
  forbidden: { hidden: () => officerB },
  notFound: { url: () => `/api/warnings/${UNKNOWN_ID}` },
  success: {
    status: 200,
    check: (res) => {
      assert.equal(res.json().myTarget.matchedSystems[0].version, '2.4.57');
      assert.deepEqual(res.json().incidents, [], 'a unit is not shown the office’s incident links');
      assert.ok(res.json().allowedActions.includes('warning.acknowledge'));
    },
  },
});

endpoint(c, 'PATCH /api/warnings/:id', {
  method: 'PATCH',
  url: () => `/api/warnings/${draft.id}`,
  payload: () => ({ products: [{ ...APACHE, versionRange: '2.4.*' }] }),
  as: () => coordinator,
  bad: { payload: () => ({}) },
  forbidden: { hidden: () => officerA },
  notFound: { url: () => `/api/warnings/${UNKNOWN_ID}` },
  success: {
    status: 200,
    check: async (res) => {
      assert.equal(res.json().products[0].versionRange, '2.4.*');
      const again = await ctx.inject({
        method: 'PATCH',
        url: `/api/warnings/${published.id}`,
        headers: coordinator.headers,
        payload: { title: 'Đổi' },
      });
      assert.equal(again.json().error.code, 'warning.not_draft');
      const badRange = await ctx.inject({
        method: 'PATCH',
        url: `/api/warnings/${draft.id}`,
        headers: coordinator.headers,
        payload: { products: [{ ...APACHE, versionRange: 'sometime soon' }] },
      });
      assert.equal(badRange.json().error.code, 'warning.bad_range');
    },
  },
});

endpoint(c, 'POST /api/warnings/:id/acknowledge', {
  method: 'POST',
  url: () => `/api/warnings/${published.id}/acknowledge`,
  as: () => officerA,
  bad: { url: () => '/api/warnings/1/acknowledge' },
  forbidden: { user: () => viewerA },
  notFound: { url: () => `/api/warnings/${UNKNOWN_ID}/acknowledge` },
  success: {
    status: 200,
    check: async (res) => {
      assert.equal(res.json().status, 'acknowledged');
      const twice = await ctx.inject({
        method: 'POST',
        url: `/api/warnings/${published.id}/acknowledge`,
        headers: officerA.headers,
      });
      assert.equal(twice.json().error.code, 'warning.bad_transition');
    },
  },
});

endpoint(c, 'POST /api/warnings/:id/respond', {
  method: 'POST',
  url: () => `/api/warnings/${published.id}/respond`,
  payload: () => ({ outcome: 'done', note: 'Đã nâng cấp lên 2.4.62.' }),
  as: () => officerA,
  bad: { payload: () => ({ outcome: 'maybe' }) },
  forbidden: { hidden: () => officerB },
  notFound: { url: () => `/api/warnings/${UNKNOWN_ID}/respond` },
  success: {
    status: 200,
    check: async (res) => {
      assert.equal(res.json().status, 'done');
      assert.equal(res.json().overdue, false);
      const noNote = await ctx.inject({
        method: 'POST',
        url: `/api/warnings/${published.id}/respond`,
        headers: officerA.headers,
        payload: { outcome: 'cannot_do' },
      });
      assert.equal(noNote.json().error.code, 'warning.note_required');
    },
  },
});

endpoint(c, 'POST /api/warnings/:id/files', {
  method: 'POST',
  url: () => `/api/warnings/${published.id}/files`,
  payload: () => upload.body,
  headers: () => upload.headers,
  as: () => officerA,
  bad: { na: 'a multipart body is read by the handler' },
  forbidden: { hidden: () => officerB },
  notFound: { url: () => `/api/warnings/${UNKNOWN_ID}/files` },
  success: { status: 201, check: (res) => assert.equal(res.json().unitId, unitA.id) },
});

endpoint(c, 'GET /api/warnings/:id/compliance', {
  method: 'GET',
  url: () => `/api/warnings/${published.id}/compliance?status=overdue`,
  as: () => leader,
  bad: { url: () => `/api/warnings/${published.id}/compliance?limit=0` },
  forbidden: { user: () => officerA },
  notFound: { url: () => `/api/warnings/${UNKNOWN_ID}/compliance` },
  success: { status: 200, check: (res) => assert.equal(res.json().counts.total, 1) },
});

endpoint(c, 'GET /api/warnings/:id/timeline', {
  method: 'GET',
  url: () => `/api/warnings/${published.id}/timeline`,
  as: () => officerA,
  bad: { url: () => '/api/warnings/nope/timeline' },
  forbidden: { hidden: () => officerB },
  notFound: { url: () => `/api/warnings/${UNKNOWN_ID}/timeline` },
  success: {
    status: 200,
    check: (res) => {
      const events = res.json().items.map((e: { event: string }) => e.event);
      assert.ok(events.includes('published'));
      assert.ok(!events.includes('indicator_hit'), 'the office’s incident links stay with the office');
    },
  },
});

endpoint(c, 'GET /api/units/:id/warnings', {
  method: 'GET',
  url: () => `/api/units/${unitA.id}/warnings`,
  as: () => coordinator,
  bad: { url: () => `/api/units/${unitA.id}/warnings?limit=9999` },
  forbidden: { user: () => officerB },
  notFound: { url: () => `/api/units/${UNKNOWN_ID}/warnings` },
  success: { status: 200, check: (res) => assert.equal(res.json().items[0].warningId, published.id) },
});

endpoint(c, 'DELETE /api/warnings/:id', {
  method: 'DELETE',
  url: () => `/api/warnings/${draft.id}`,
  as: () => coordinator,
  bad: { url: () => '/api/warnings/x' },
  forbidden: { user: () => leader },
  notFound: { url: () => `/api/warnings/${UNKNOWN_ID}` },
  success: { status: 200, check: (res) => assert.equal(res.json().deleted, true) },
});

endpoint(c, 'PATCH /api/system-products/:id', {
  method: 'PATCH',
  url: () => `/api/system-products/${product.id}`,
  payload: () => ({ version: '2.4.62' }),
  as: () => officerA,
  bad: { payload: () => ({ cpe: 'not-a-cpe' }) },
  forbidden: { hidden: () => officerB },
  notFound: { url: () => `/api/system-products/${UNKNOWN_ID}` },
  success: { status: 200, check: (res) => assert.equal(res.json().version, '2.4.62') },
});

endpoint(c, 'GET /api/systems/:id/products', {
  method: 'GET',
  url: () => `/api/systems/${systemA.id}/products`,
  as: () => viewerA,
  bad: { url: () => '/api/systems/x/products' },
  forbidden: { hidden: () => officerB },
  notFound: { url: () => `/api/systems/${UNKNOWN_ID}/products` },
  success: { status: 200, check: (res) => assert.equal(res.json().items.length, 1) },
});
