import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import ExcelJS from 'exceljs';
import { TestContext, type TestUser } from '../../testing/test-app.ts';
import {
  createSystem,
  endpoint,
  expectError,
  get,
  multipart,
  post,
  systemInput,
  UNKNOWN_ID,
} from '../systems.testkit.ts';

let ctx: TestContext;
let coordinator: TestUser;
let officerA: TestUser;
let officerB: TestUser;
let viewer: TestUser;
let unitA: { id: string; code: string; name: string };
let unitB: { id: string; code: string; name: string };
let portal: { id: string; name: string };
let database: { id: string; name: string };
let mail: { id: string; name: string };

before(async () => {
  ctx = await TestContext.create();
  coordinator = await ctx.user(['coordinator']);
  unitA = await ctx.unit({ name: 'UBND phường Bần Yên Nhân' });
  unitB = await ctx.unit({ name: 'UBND xã Hòa Phong' });
  officerA = await ctx.user(['unit_officer'], { unitId: unitA.id });
  officerB = await ctx.user(['unit_officer'], { unitId: unitB.id });
  viewer = await ctx.user(['viewer'], { unitId: unitA.id });
  portal = await createSystem(ctx, coordinator, unitA.id, {
    name: 'Cổng thông tin điện tử phường Bần Yên Nhân',
  });
  database = await createSystem(ctx, coordinator, unitA.id, {
    name: 'Cơ sở dữ liệu hộ tịch',
    kind: 'database',
  });
  mail = await createSystem(ctx, coordinator, unitB.id, { name: 'Thư điện tử xã Hòa Phong', kind: 'email' });
});
after(() => ctx.close());

const c = () => ctx;

endpoint(c, 'GET /api/systems', {
  method: 'GET',
  url: () => '/api/systems?q=ban%20yen%20nhan&limit=5',
  as: () => officerA,
  bad: { url: () => '/api/systems?level=9' },
  forbidden: {
    scoped: "a commune officer's list holds only their unit's systems",
    check: async () => {
      const page = await get(ctx, officerB, '/api/systems?limit=200');
      assert.ok(page.items.every((s: { operatingUnitId: string }) => s.operatingUnitId === unitB.id));
      assert.ok(!page.items.some((s: { id: string }) => s.id === portal.id));
    },
  },
  notFound: { na: 'a list' },
  success: {
    status: 200,
    check: (res) => {
      const page = res.json();
      assert.equal(page.limit, 5);
      assert.equal(page.offset, 0);
      assert.deepEqual(
        page.items.map((s: { id: string }) => s.id),
        [portal.id],
      );
      assert.deepEqual(page.items[0].allowedActions, ['system.update', 'risk.manage']);
    },
  },
});

describe('GET /api/systems filters and paging', () => {
  test('filters by level, kind, critical flag and unit, and pages on the server', async () => {
    const db = await get(ctx, coordinator, `/api/systems?kind=database&unitId=${unitA.id}`);
    assert.deepEqual(
      db.items.map((s: { id: string }) => s.id),
      [database.id],
    );
    const none = await get(ctx, coordinator, `/api/systems?critical=true&unitId=${unitA.id}`);
    assert.equal(none.total, 0);
    const level2 = await get(ctx, coordinator, `/api/systems?level=2&unitId=${unitA.id}&limit=1&offset=1`);
    assert.equal(level2.total, 2);
    assert.equal(level2.items.length, 1);
  });
});

endpoint(c, 'GET /api/systems/:id', {
  method: 'GET',
  url: () => `/api/systems/${portal.id}`,
  as: () => officerA,
  bad: { url: () => '/api/systems/not-a-uuid' },
  forbidden: { hidden: () => officerB },
  notFound: { url: () => `/api/systems/${UNKNOWN_ID}` },
  success: {
    status: 200,
    check: (res) => {
      const s = res.json();
      assert.equal(s.name, portal.name);
      assert.equal(s.ownerUnitName, 'UBND phường Bần Yên Nhân');
      assert.deepEqual(s.addresses, [{ kind: 'domain', value: 'myhao.hungyen.gov.vn' }]);
      assert.equal(s.securityLevel, 2);
    },
  },
});

endpoint(c, 'POST /api/systems', {
  method: 'POST',
  url: () => '/api/systems',
  payload: () => systemInput(unitA.id, { name: 'Hệ thống một cửa điện tử', securityLevel: 'unclassified' }),
  as: () => officerA,
  bad: { payload: () => systemInput(unitA.id, { kind: 'castle' }) },
  forbidden: { user: () => officerB },
  notFound: { payload: () => systemInput(UNKNOWN_ID) },
  success: {
    status: 201,
    check: async (res) => {
      const s = res.json();
      assert.equal(s.securityLevel, 'unclassified');
      const audit = await ctx.db.selectFrom('audit_log').selectAll().where('entity_id', '=', s.id).execute();
      assert.equal(audit.length, 1);
      assert.equal(audit[0]!.action, 'system.create');
      assert.equal(audit[0]!.actor_user_id, officerA.id);
    },
  },
});

describe('POST /api/systems cross-field rules', () => {
  test('400 system.invalid for a bad address or an approved level without its decision', async () => {
    const res = await ctx.inject({
      method: 'POST',
      url: '/api/systems',
      headers: officerA.headers,
      payload: systemInput(unitA.id, {
        addresses: [{ kind: 'ip', value: '300.1.1.1' }],
        levelApproval: { status: 'approved', decisionRef: null, decisionDate: null },
      }),
    });
    expectError(res, 400, 'system.invalid');
    assert.match(res.json().error.messages.vi, /address\.invalid/);
    assert.match(res.json().error.messages.vi, /level_approval\.missing_decision/);
  });
});

endpoint(c, 'PATCH /api/systems/:id', {
  method: 'PATCH',
  url: () => `/api/systems/${database.id}`,
  payload: () => ({ securityLevel: 3, backup: { status: 'regular', lastRestoreTestAt: '2026-05-01' } }),
  as: () => officerA,
  bad: { payload: () => ({ securityLevel: 7 }) },
  forbidden: { hidden: () => officerB },
  notFound: { url: () => `/api/systems/${UNKNOWN_ID}` },
  success: {
    status: 200,
    check: (res) => {
      assert.equal(res.json().securityLevel, 3);
      assert.equal(res.json().backup.lastRestoreTestAt, '2026-05-01');
      assert.equal(res.json().version, 2);
    },
  },
});

describe('PATCH /api/systems/:id stale version', () => {
  test('409 conflict.stale when the version moved on', async () => {
    const res = await ctx.inject({
      method: 'PATCH',
      url: `/api/systems/${portal.id}?version=99`,
      headers: officerA.headers,
      payload: { notes: 'x' },
    });
    expectError(res, 409, 'conflict.stale');
  });
});

endpoint(c, 'POST /api/systems/:id/dependencies', {
  method: 'POST',
  url: () => `/api/systems/${portal.id}/dependencies`,
  payload: () => ({ dependsOnId: database.id, note: 'Cổng đọc dữ liệu hộ tịch' }),
  as: () => officerA,
  bad: { payload: () => ({ dependsOnId: 'nope' }) },
  forbidden: { hidden: () => officerB },
  notFound: { payload: () => ({ dependsOnId: UNKNOWN_ID }) },
  success: { status: 201, check: (res) => assert.equal(res.json().dependsOnId, database.id) },
});

describe('POST /api/systems/:id/dependencies cycles', () => {
  test('400 system.dependency_cycle when the new edge would close a loop', async () => {
    // mail → portal → database exists once mail depends on portal; database → mail closes the loop.
    await post(ctx, coordinator, `/api/systems/${mail.id}/dependencies`, { dependsOnId: portal.id });
    const res = await ctx.inject({
      method: 'POST',
      url: `/api/systems/${database.id}/dependencies`,
      headers: coordinator.headers,
      payload: { dependsOnId: mail.id },
    });
    expectError(res, 400, 'system.dependency_cycle');
    const self = await ctx.inject({
      method: 'POST',
      url: `/api/systems/${database.id}/dependencies`,
      headers: coordinator.headers,
      payload: { dependsOnId: database.id },
    });
    expectError(self, 400, 'system.dependency_cycle');
  });
});

endpoint(c, 'GET /api/systems/:id/dependencies', {
  method: 'GET',
  url: () => `/api/systems/${database.id}/dependencies`,
  as: () => officerA,
  bad: { url: () => '/api/systems/x/dependencies' },
  forbidden: { hidden: () => officerB },
  notFound: { url: () => `/api/systems/${UNKNOWN_ID}/dependencies` },
  success: {
    status: 200,
    check: (res) => {
      const view = res.json();
      assert.deepEqual(
        view.dependants.map((d: { system: { id: string } }) => d.system.id),
        [portal.id],
      );
      assert.equal(view.dependants[0].note, 'Cổng đọc dữ liệu hộ tịch');
    },
  },
});

endpoint(c, 'GET /api/systems/:id/at-risk', {
  method: 'GET',
  url: () => `/api/systems/${database.id}/at-risk`,
  as: () => coordinator,
  bad: { url: () => '/api/systems/x/at-risk' },
  forbidden: { hidden: () => officerB },
  notFound: { url: () => `/api/systems/${UNKNOWN_ID}/at-risk` },
  success: {
    status: 200,
    check: async (res) => {
      // database ← portal ← mail: both are at risk, nearest first (C5).
      assert.deepEqual(
        res.json().items.map((s: { id: string }) => s.id),
        [portal.id, mail.id],
      );
      assert.equal(res.json().hiddenCount, 0);
      const forA = await get(ctx, officerA, `/api/systems/${database.id}/at-risk`);
      assert.deepEqual(
        forA.items.map((s: { id: string }) => s.id),
        [portal.id],
      );
      assert.equal(forA.hiddenCount, 1, "another commune's system is counted, not named");
    },
  },
});

endpoint(c, 'DELETE /api/systems/:id/dependencies/:dependsOnId', {
  method: 'DELETE',
  url: () => `/api/systems/${mail.id}/dependencies/${portal.id}`,
  as: () => officerB,
  bad: { url: () => `/api/systems/${mail.id}/dependencies/x` },
  forbidden: { hidden: () => officerA },
  notFound: { url: () => `/api/systems/${mail.id}/dependencies/${UNKNOWN_ID}` },
  success: { status: 200, check: (res) => assert.equal(res.json().removed, true) },
});

endpoint(c, 'GET /api/systems/export', {
  method: 'GET',
  url: () => `/api/systems/export?format=xlsx&unitId=${unitA.id}`,
  as: () => officerA,
  bad: { url: () => '/api/systems/export?format=pdf' },
  forbidden: {
    scoped: 'an export holds only the systems the caller may read',
    check: async () => {
      const res = await ctx.inject({
        method: 'GET',
        url: '/api/systems/export?format=csv',
        headers: officerB.headers,
      });
      assert.equal(res.statusCode, 200);
      assert.ok(res.body.includes('Thư điện tử xã Hòa Phong'));
      assert.ok(!res.body.includes('Bần Yên Nhân'));
    },
  },
  notFound: { na: 'a list' },
  success: {
    status: 200,
    check: async (res) => {
      assert.match(String(res.headers['content-type']), /spreadsheetml/);
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
      const sheet = workbook.worksheets[0]!;
      assert.equal(sheet.getCell('A1').value, 'Tên hệ thống');
      const names = [2, 3, 4].map((r) => sheet.getCell(`A${r}`).value);
      assert.ok(names.includes('Cơ sở dữ liệu hộ tịch'));
      assert.ok(names.includes('Cổng thông tin điện tử phường Bần Yên Nhân'));
    },
  },
});

describe('GET /api/systems/export as CSV imports back', () => {
  test('an exported CSV, renamed, passes the dry run', async () => {
    const csv = await ctx.inject({
      method: 'GET',
      url: `/api/systems/export?format=csv&kind=database&unitId=${unitA.id}`,
      headers: coordinator.headers,
    });
    const renamed = csv.body.replace('Cơ sở dữ liệu hộ tịch', 'Cơ sở dữ liệu hộ tịch (bản sao)');
    const file = multipart('he-thong.csv', renamed, 'text/csv');
    const res = await ctx.inject({
      method: 'POST',
      url: '/api/systems/import?dryRun=true',
      headers: { ...coordinator.headers, ...file.headers },
      payload: file.body,
    });
    assert.equal(res.statusCode, 200, res.body);
    assert.equal(res.json().valid, 1, JSON.stringify(res.json().rows));
  });
});

const importCsv = () =>
  [
    'Tên hệ thống,Loại hệ thống,Mã đơn vị chủ quản,Mã đơn vị vận hành,Cấp độ,Địa chỉ (tên miền; IP; URL),Sao lưu,Sản phẩm',
    `Phần mềm quản lý văn bản,Ứng dụng chuyên ngành,${unitA.code},${unitA.code},2,https://vanban.myhao.gov.vn,Sao lưu định kỳ,Apache|HTTP Server|2.4.57; Microsoft|SQL Server|`,
    `Mạng LAN phường,network,${unitA.code},${unitA.code},1,10.0.0.1,none,`,
  ].join('\n');

let importMultipart: ReturnType<typeof multipart> | undefined;
const importFile = () => {
  importMultipart ??= multipart('he-thong.csv', importCsv(), 'text/csv');
  return importMultipart;
};

endpoint(c, 'POST /api/systems/import', {
  method: 'POST',
  url: () => '/api/systems/import?dryRun=false',
  payload: () => importFile().body,
  headers: () => importFile().headers,
  as: () => officerA,
  bad: { url: () => '/api/systems/import?dryRun=maybe' },
  forbidden: { user: () => viewer },
  notFound: { na: 'unknown unit codes are row errors of the report (tested below)' },
  success: {
    status: 200,
    check: async (res) => {
      assert.equal(res.json().created, 2);
      const page = await get(ctx, officerA, '/api/systems?q=van%20ban');
      assert.equal(page.items[0].kind, 'specialised_app');
      assert.deepEqual(page.items[0].addresses, [{ kind: 'url', value: 'https://vanban.myhao.gov.vn' }]);
      // The "Sản phẩm" column became the system's product entries, and exports back the same way.
      const products = await get(ctx, officerA, `/api/systems/${page.items[0].id}/products`);
      assert.deepEqual(
        products.items.map((p: { vendor: string; product: string; version: string | null }) => [
          p.vendor,
          p.product,
          p.version,
        ]),
        [
          ['Apache', 'HTTP Server', '2.4.57'],
          ['Microsoft', 'SQL Server', null],
        ],
      );
      const csv = await ctx.inject({
        method: 'GET',
        url: `/api/systems/export?format=csv&unitId=${unitA.id}`,
        headers: officerA.headers,
      });
      assert.match(csv.body, /Sản phẩm/);
      assert.match(csv.body, /Apache\|HTTP Server\|2\.4\.57; Microsoft\|SQL Server\|/);
    },
  },
});

describe('POST /api/systems/import dry run', () => {
  test("lists each row's errors and writes nothing; committing a bad file is refused whole", async () => {
    const csv = [
      'ten_he_thong,loai,don_vi_chu_quan,don_vi_van_hanh,cap_do,san_pham',
      `Hệ thống A,portal,${unitA.code},${unitA.code},2`,
      'Hệ thống B,portal,KHONG-CO,KHONG-CO,2',
      `Hệ thống C,castle,${unitB.code},${unitB.code},9`,
      `Hệ thống D,portal,${unitA.code},${unitA.code},2,|Apache|2.4`,
    ].join('\n');
    const dry = multipart('x.csv', csv);
    const res = await ctx.inject({
      method: 'POST',
      url: '/api/systems/import',
      headers: { ...officerA.headers, ...dry.headers },
      payload: dry.body,
    });
    assert.equal(res.statusCode, 200, res.body);
    const report = res.json();
    assert.equal(report.dryRun, true);
    assert.deepEqual(
      report.rows.map((r: { errors: unknown[] }) => r.errors.length > 0),
      [false, true, true, true],
    );
    assert.match(JSON.stringify(report.rows[3].errors), /products 1/, 'a product entry without a vendor');
    assert.match(JSON.stringify(report.rows[1].errors), /KHONG-CO not found/);
    assert.match(JSON.stringify(report.rows[2].errors), /not your unit|kind/);
    const commit = multipart('x.csv', csv);
    const refused = await ctx.inject({
      method: 'POST',
      url: '/api/systems/import?dryRun=false',
      headers: { ...officerA.headers, ...commit.headers },
      payload: commit.body,
    });
    expectError(refused, 422, 'import.has_errors');
    const page = await get(ctx, coordinator, '/api/systems?q=H%E1%BB%87%20th%E1%BB%91ng%20A');
    assert.equal(page.total, 0);
  });
});

endpoint(c, 'DELETE /api/systems/:id', {
  method: 'DELETE',
  url: () => `/api/systems/${mail.id}`,
  as: () => coordinator,
  bad: { url: () => '/api/systems/x' },
  forbidden: { user: () => officerB },
  notFound: { url: () => `/api/systems/${UNKNOWN_ID}` },
  success: {
    status: 200,
    check: async (res) => {
      assert.equal(res.json().archived, true);
      const page = await get(ctx, officerB, '/api/systems');
      assert.ok(!page.items.some((s: { id: string }) => s.id === mail.id));
      const again = await ctx.inject({
        method: 'PATCH',
        url: `/api/systems/${mail.id}`,
        headers: coordinator.headers,
        payload: { notes: 'x' },
      });
      expectError(again, 409, 'system.archived');
    },
  },
});
