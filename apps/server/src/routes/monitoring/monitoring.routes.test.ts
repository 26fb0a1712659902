import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import type { AddressInfo } from 'node:net';
import { after, before, describe, test } from 'node:test';
import { startTestSite, type TestSite } from '@ungcuu/core/monitoring/testing/test-site.ts';
import { TestContext, type TestUser } from '../../testing/test-app.ts';
import { createSystem, endpoint, expectError, get, post, UNKNOWN_ID } from '../systems.testkit.ts';

let ctx: TestContext;
let site: TestSite;
let coordinator: TestUser;
let officerA: TestUser;
let officerB: TestUser;
let viewerA: TestUser;
let unitA: { id: string };
let unitB: { id: string };
let monitorA: { id: string; version: number };
let monitorB: { id: string };

before(async () => {
  ctx = await TestContext.create();
  site = await startTestSite();
  const focal = await ctx.unit({ name: 'Phòng Văn hoá, Khoa học và Thông tin', type: 'focal_office' });
  unitA = await ctx.unit({ name: 'UBND phường Bạch Sam' });
  unitB = await ctx.unit({ name: 'UBND xã Xuân Dục' });
  coordinator = await ctx.user(['coordinator'], { unitId: focal.id });
  officerA = await ctx.user(['unit_officer'], { unitId: unitA.id });
  officerB = await ctx.user(['unit_officer'], { unitId: unitB.id });
  viewerA = await ctx.user(['viewer'], { unitId: unitA.id });
  monitorA = await post(ctx, officerA, '/api/monitors', {
    name: 'Cổng phường',
    kind: 'http',
    target: site.httpUrl,
  });
  monitorB = await post(ctx, officerB, '/api/monitors', {
    name: 'Cổng xã',
    kind: 'http',
    target: site.httpUrl,
  });
});
after(async () => {
  await site.close();
  await ctx.close();
});
const c = () => ctx;

endpoint(c, 'GET /api/monitors', {
  method: 'GET',
  url: () => '/api/monitors',
  as: () => coordinator,
  bad: { url: () => '/api/monitors?status=broken' },
  forbidden: {
    scoped: "a unit's officer lists only their unit's monitors",
    check: async () => {
      const page = await get(ctx, officerA, '/api/monitors');
      assert.deepEqual(
        page.items.map((m: { id: string }) => m.id),
        [monitorA.id],
      );
    },
  },
  notFound: { na: 'a list' },
  success: {
    status: 200,
    check: (res) => {
      const ids = res.json().items.map((m: { id: string }) => m.id);
      assert.ok(ids.includes(monitorA.id) && ids.includes(monitorB.id), 'the focal office sees every unit');
    },
  },
});

endpoint(c, 'POST /api/monitors', {
  method: 'POST',
  url: () => '/api/monitors',
  payload: () => ({
    name: 'Chứng thư số',
    kind: 'tls',
    target: `127.0.0.1:${site.httpsPort}`,
    unitId: unitA.id,
  }),
  as: () => officerA,
  bad: { payload: () => ({ name: 'x', kind: 'ping', target: 'a' }) },
  forbidden: { user: () => viewerA },
  notFound: { payload: () => ({ name: 'Cổng', kind: 'http', target: 'https://a.vn', systemId: UNKNOWN_ID }) },
  success: {
    status: 201,
    check: (res) => {
      assert.equal(res.json().unitId, unitA.id);
      assert.equal(res.json().target, `127.0.0.1:${site.httpsPort}`);
    },
  },
});

endpoint(c, 'GET /api/monitors/:id', {
  method: 'GET',
  url: () => `/api/monitors/${monitorA.id}`,
  as: () => viewerA,
  bad: { url: () => '/api/monitors/not-a-uuid' },
  forbidden: { hidden: () => officerB },
  notFound: { url: () => `/api/monitors/${UNKNOWN_ID}` },
  success: { status: 200, check: (res) => assert.deepEqual(res.json().allowedActions, []) },
});

endpoint(c, 'PATCH /api/monitors/:id', {
  method: 'PATCH',
  url: () => `/api/monitors/${monitorA.id}`,
  payload: () => ({ intervalSeconds: 120, failThreshold: 4 }),
  as: () => officerA,
  bad: { payload: () => ({ intervalSeconds: 5 }) },
  forbidden: { user: () => viewerA },
  notFound: { url: () => `/api/monitors/${UNKNOWN_ID}` },
  success: { status: 200, check: (res) => assert.equal(res.json().intervalSeconds, 120) },
});

endpoint(c, 'GET /api/monitors/:id/diff', {
  method: 'GET',
  url: () => `/api/monitors/${monitorA.id}/diff`,
  as: () => officerA,
  bad: { url: () => '/api/monitors/1/diff' },
  forbidden: { hidden: () => officerB },
  notFound: { url: () => `/api/monitors/${UNKNOWN_ID}/diff` },
  success: { status: 409, check: (res) => assert.equal(res.json().error.code, 'monitor.no_baseline_kind') },
});

endpoint(c, 'GET /api/monitor-status/:id', {
  method: 'GET',
  url: () => `/api/monitor-status/${unitA.id}`,
  as: () => officerA,
  bad: { url: () => '/api/monitor-status/x' },
  forbidden: { user: () => officerB },
  notFound: { url: () => `/api/monitor-status/${UNKNOWN_ID}` },
  success: {
    status: 200,
    check: (res) => assert.ok(res.json().monitors.some((m: { id: string }) => m.id === monitorA.id)),
  },
});

describe('monitor rules', () => {
  test('a bad target, a timeout longer than the interval, a duplicate', async () => {
    expectError(
      await ctx.inject({
        method: 'POST',
        url: '/api/monitors',
        headers: officerA.headers,
        payload: { name: 'Sai', kind: 'http', target: 'ftp://x.vn' },
      }),
      400,
      'monitor.bad_target',
    );
    expectError(
      await ctx.inject({
        method: 'POST',
        url: '/api/monitors',
        headers: officerA.headers,
        payload: {
          name: 'Chậm',
          kind: 'http',
          target: 'https://a.vn',
          intervalSeconds: 20,
          timeoutMs: 30_000,
        },
      }),
      400,
      'monitor.timeout_too_long',
    );
    expectError(
      await ctx.inject({
        method: 'POST',
        url: '/api/monitors',
        headers: officerA.headers,
        payload: { name: 'Lặp', kind: 'http', target: site.httpUrl },
      }),
      409,
      'monitor.duplicate',
    );
  });

  test('monitors from the inventory: per address, once', async () => {
    const system = await createSystem(ctx, coordinator, unitA.id, {
      addresses: [
        { kind: 'domain', value: 'bachsam.hungyen.gov.vn' },
        { kind: 'ip', value: '203.0.113.7' },
      ],
    });
    const first = await post(ctx, officerA, '/api/monitors/from-inventory', { systemIds: [system.id] }, 200);
    assert.deepEqual(first, { created: 5, skipped: 0, systems: 1 });
    const again = await post(ctx, officerA, '/api/monitors/from-inventory', {}, 200);
    assert.equal(again.created, 0);
    const page = await get(ctx, officerA, `/api/monitors?systemId=${system.id}`);
    assert.deepEqual(page.items.map((m: { kind: string }) => m.kind).sort(), [
      'defacement',
      'dns',
      'http',
      'tcp',
      'tls',
    ]);
    assert.ok(page.items.every((m: { unitId: string }) => m.unitId === unitA.id));
    // Another unit's system is, to this officer, not there.
    const other = await createSystem(ctx, coordinator, unitB.id);
    expectError(
      await ctx.inject({
        method: 'POST',
        url: '/api/monitors/from-inventory',
        headers: officerA.headers,
        payload: { systemIds: [other.id] },
      }),
      404,
      'not_found',
    );
  });
});

describe('remote probe process', () => {
  test('`ungcuu probe --once` takes its checks with its secret and posts results', async () => {
    await ctx.app.listen({ port: 0, host: '127.0.0.1' });
    const port = (ctx.app.server.address() as AddressInfo).port;
    const probed = await post(ctx, officerA, '/api/monitors', {
      name: 'Cần điểm đo xác nhận',
      kind: 'http',
      target: `${site.httpUrl}xac-nhan`,
      probesRequired: 1,
    });
    const created = await post(ctx, officerA, '/api/monitor-probes', { name: 'Điểm đo tại phường' });
    expectError(
      await ctx.inject({
        method: 'GET',
        url: '/api/probe/checks',
        headers: { authorization: 'Probe ucp_wrong' },
      }),
      401,
      'probe.invalid_token',
    );
    const before = site.requests;
    const out = await new Promise<{ code: number | null; stdout: string; stderr: string }>((resolve) => {
      const child = spawn(
        process.execPath,
        [
          '--import',
          'tsx',
          'apps/cli/src/main.ts',
          'probe',
          '--server',
          `http://127.0.0.1:${port}`,
          '--token',
          created.secret,
          '--once',
        ],
        { cwd: new URL('../../../../../', import.meta.url).pathname, stdio: ['ignore', 'pipe', 'pipe'] },
      );
      let stdout = '';
      let stderr = '';
      child.stdout.on('data', (d) => (stdout += d));
      child.stderr.on('data', (d) => (stderr += d));
      child.on('exit', (code) => resolve({ code, stdout, stderr }));
    });
    assert.equal(out.code, 0, out.stderr);
    assert.match(out.stdout, /1 checks, 1 accepted, 0 rejected/);
    assert.ok(site.requests > before, 'the probe reached the site itself');
    const detail = await get(ctx, officerA, `/api/monitors/${probed.id}`);
    assert.equal(detail.recent[0].probeName, 'Điểm đo tại phường');
    assert.equal(detail.recent[0].ok, true);
    // The probe of a ward sees its own unit's monitors only.
    const probes = await get(ctx, officerB, '/api/monitor-probes');
    assert.equal(probes.items.length, 0);
  });
});
