import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { after, before, test } from 'node:test';
import { TestContext, type TestUser } from '../../testing/test-app.ts';
import { createSystem, endpoint, expectError, get, multipart, post, UNKNOWN_ID } from '../systems.testkit.ts';

// Warnings: import of a CVE record, publish and close, attachments and their download, the inventory's
// product entries (create, delete). Same 401 → 400 → 403/404 → success order per endpoint.

let ctx: TestContext;
let coordinator: TestUser;
let officerA: TestUser;
let officerB: TestUser;
let unitA: { id: string };
let systemA: { id: string };
let toPublish: { id: string };
let toClose: { id: string };
let attachment: { id: string };
let evidenceB: { id: string };
let product: { id: string };

const CVE = readFileSync(
  new URL('../../../../../packages/domain/src/warnings/testdata/cve-2023-25690.json', import.meta.url),
  'utf8',
);
const cveUpload = multipart('CVE-2023-25690.json', CVE, 'application/json');
const badUpload = multipart('cve.json', '{"dataType": "CVE_RECORD", "cveMetadata": ', 'application/json');
const rejected = JSON.parse(CVE);
rejected.cveMetadata.state = 'REJECTED';
const rejectedUpload = multipart('rejected.json', JSON.stringify(rejected), 'application/json');

before(async () => {
  ctx = await TestContext.create();
  const focal = await ctx.unit({ name: 'Phòng Văn hoá, Khoa học và Thông tin', type: 'focal_office' });
  unitA = await ctx.unit({ name: 'UBND phường Bạch Sam' });
  const unitB = await ctx.unit({ name: 'UBND xã Xuân Dục' });
  coordinator = await ctx.user(['coordinator'], { unitId: focal.id });
  officerA = await ctx.user(['unit_officer'], { unitId: unitA.id });
  officerB = await ctx.user(['unit_officer'], { unitId: unitB.id });
  systemA = await createSystem(ctx, coordinator, unitA.id);
  const draft = (title: string) =>
    post(ctx, coordinator, '/api/warnings', {
      title,
      tlp: 'AMBER',
      targeting: { mode: 'units', unitIds: [unitA.id, unitB.id] },
    });
  toPublish = await draft('Phát hành');
  toClose = await draft('Đóng');
  await post(ctx, coordinator, `/api/warnings/${toClose.id}/publish`, {}, 200);
  const note = multipart('huong-dan.txt', 'Hướng dẫn vá lỗi');
  const res = await ctx.inject({
    method: 'POST',
    url: `/api/warnings/${toClose.id}/files`,
    headers: { ...coordinator.headers, ...note.headers },
    payload: note.body,
  });
  assert.equal(res.statusCode, 201, res.body);
  attachment = res.json();
  const own = multipart('bang-chung.txt', 'Đã vá');
  const resB = await ctx.inject({
    method: 'POST',
    url: `/api/warnings/${toClose.id}/files`,
    headers: { ...officerB.headers, ...own.headers },
    payload: own.body,
  });
  assert.equal(resB.statusCode, 201, resB.body);
  evidenceB = resB.json();
  product = await post(ctx, officerA, `/api/systems/${systemA.id}/products`, {
    vendor: 'Microsoft',
    product: 'Exchange Server',
    version: '15.2.1258.12',
  });
});
after(() => ctx.close());

const c = () => ctx;

endpoint(c, 'POST /api/warnings/import/cve', {
  method: 'POST',
  url: () => '/api/warnings/import/cve',
  payload: () => cveUpload.body,
  headers: () => cveUpload.headers,
  as: () => coordinator,
  bad: { na: 'a multipart body is read by the handler (malformed records below)' },
  forbidden: { user: () => officerA },
  notFound: { na: 'creates a record' },
  success: {
    status: 201,
    check: (res) => {
      const w = res.json();
      assert.equal(w.status, 'draft');
      assert.deepEqual(w.cves, ['CVE-2023-25690']);
      assert.equal(w.products[0].versionRange, '>= 2.4.0 <= 2.4.55');
      assert.equal(w.severity, 'critical');
    },
  },
});

test('POST /api/warnings/import/cve: a malformed record is a 400, a rejected one a 422, nothing saved', async () => {
  const before = (await get(ctx, coordinator, '/api/warnings')).total;
  const bad = await ctx.inject({
    method: 'POST',
    url: '/api/warnings/import/cve',
    headers: { ...coordinator.headers, ...badUpload.headers },
    payload: badUpload.body,
  });
  expectError(bad, 400, 'warning.cve_invalid');
  const rej = await ctx.inject({
    method: 'POST',
    url: '/api/warnings/import/cve',
    headers: { ...coordinator.headers, ...rejectedUpload.headers },
    payload: rejectedUpload.body,
  });
  expectError(rej, 422, 'warning.cve_rejected');
  assert.equal((await get(ctx, coordinator, '/api/warnings')).total, before);
});

endpoint(c, 'POST /api/warnings/:id/publish', {
  method: 'POST',
  url: () => `/api/warnings/${toPublish.id}/publish`,
  as: () => coordinator,
  bad: { url: () => '/api/warnings/x/publish' },
  forbidden: { hidden: () => officerA },
  notFound: { url: () => `/api/warnings/${UNKNOWN_ID}/publish` },
  success: {
    status: 200,
    check: async (res) => {
      assert.equal(res.json().status, 'published');
      assert.equal(res.json().counts.total, 2);
      const again = await ctx.inject({
        method: 'POST',
        url: `/api/warnings/${toPublish.id}/publish`,
        headers: coordinator.headers,
      });
      expectError(again, 409, 'warning.not_draft');
    },
  },
});

endpoint(c, 'POST /api/warnings/:id/close', {
  method: 'POST',
  url: () => `/api/warnings/${toClose.id}/close`,
  as: () => coordinator,
  bad: { url: () => '/api/warnings/x/close' },
  forbidden: { user: () => officerA },
  notFound: { url: () => `/api/warnings/${UNKNOWN_ID}/close` },
  success: {
    status: 200,
    check: async (res) => {
      assert.equal(res.json().status, 'closed');
      const late = await ctx.inject({
        method: 'POST',
        url: `/api/warnings/${toClose.id}/respond`,
        headers: officerA.headers,
        payload: { outcome: 'done' },
      });
      expectError(late, 409, 'warning.not_published');
    },
  },
});

endpoint(c, 'GET /api/warnings/:id/files/:fileId', {
  method: 'GET',
  url: () => `/api/warnings/${toClose.id}/files/${attachment.id}`,
  as: () => officerA,
  bad: { url: () => `/api/warnings/${toClose.id}/files/x` },
  forbidden: { hidden: () => officerA, url: () => `/api/warnings/${toClose.id}/files/${evidenceB.id}` },
  notFound: { url: () => `/api/warnings/${toClose.id}/files/${UNKNOWN_ID}` },
  success: {
    status: 200,
    check: (res) => {
      assert.match(String(res.headers['content-disposition']), /attachment/);
      assert.equal(res.body, 'Hướng dẫn vá lỗi');
    },
  },
});

endpoint(c, 'POST /api/systems/:id/products', {
  method: 'POST',
  url: () => `/api/systems/${systemA.id}/products`,
  payload: () => ({ vendor: 'Apache', product: 'HTTP Server', version: '2.4.57' }),
  as: () => officerA,
  bad: { payload: () => ({ vendor: 'Apache' }) },
  forbidden: { hidden: () => officerB },
  notFound: { url: () => `/api/systems/${UNKNOWN_ID}/products` },
  success: { status: 201, check: (res) => assert.equal(res.json().systemId, systemA.id) },
});

endpoint(c, 'DELETE /api/system-products/:id', {
  method: 'DELETE',
  url: () => `/api/system-products/${product.id}`,
  as: () => officerA,
  bad: { url: () => '/api/system-products/x' },
  forbidden: { hidden: () => officerB },
  notFound: { url: () => `/api/system-products/${UNKNOWN_ID}` },
  success: { status: 200, check: (res) => assert.equal(res.json().deleted, true) },
});
