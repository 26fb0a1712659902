import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import ExcelJS from 'exceljs';
import { TestContext, type TestUser } from '../../testing/test-app.ts';
import { endpoint, expectError, get, post, UNKNOWN_ID } from '../systems.testkit.ts';

let ctx: TestContext;
let coordinator: TestUser;
let finance: TestUser;
let officerA: TestUser;
let officerB: TestUser;
let focal: { id: string; name: string };
let unitA: { id: string };
let draft: { id: string };
let submitted: { id: string };
let approved: { id: string };
let spending: { id: string };
const YEAR = 2027;

const line = (extra: Record<string, unknown> = {}) => ({
  fiscalYear: YEAR,
  category: 'licences',
  title: 'Gia hạn bản quyền phần mềm diệt virus cho 120 máy tính',
  amount: 36_000_000,
  ...extra,
});

async function transition(as: TestUser, id: string, to: string) {
  return ctx.inject({
    method: 'POST',
    url: `/api/budget/lines/${id}/transition`,
    headers: as.headers,
    payload: { to },
  });
}

before(async () => {
  ctx = await TestContext.create();
  focal = await ctx.unit({ name: 'Phòng Văn hoá, Khoa học và Thông tin', type: 'focal_office' });
  const financeUnit = await ctx.unit({ name: 'Phòng Tài chính – Kế hoạch', type: 'finance_office' });
  unitA = await ctx.unit({ name: 'UBND phường Bạch Sam' });
  const unitB = await ctx.unit({ name: 'UBND xã Xuân Dục' });
  coordinator = await ctx.user(['coordinator'], { unitId: focal.id });
  finance = await ctx.user(['finance'], { unitId: financeUnit.id });
  officerA = await ctx.user(['unit_officer'], { unitId: unitA.id });
  officerB = await ctx.user(['unit_officer'], { unitId: unitB.id });
  draft = await post(
    ctx,
    coordinator,
    '/api/budget/lines',
    line({ category: 'training', title: 'Tập huấn ATTT', amount: 15_000_000 }),
  );
  submitted = await post(ctx, coordinator, '/api/budget/lines', line({ unitId: unitA.id }));
  assert.equal((await transition(coordinator, submitted.id, 'submitted')).statusCode, 200);
  approved = await post(
    ctx,
    coordinator,
    '/api/budget/lines',
    line({ category: 'services', title: 'Thuê dịch vụ giám sát an toàn thông tin', amount: 120_000_000 }),
  );
  await transition(coordinator, approved.id, 'submitted');
  assert.equal((await transition(finance, approved.id, 'approved')).statusCode, 200);
  spending = await post(ctx, coordinator, `/api/budget/lines/${approved.id}/spending`, {
    amount: 30_000_000,
    spentOn: `${YEAR}-03-31`,
    note: 'Thanh toán quý I',
  });
});
after(() => ctx.close());

const c = () => ctx;

endpoint(c, 'GET /api/budget/lines', {
  method: 'GET',
  url: () => `/api/budget/lines?year=${YEAR}`,
  as: () => finance,
  bad: { url: () => '/api/budget/lines?category=yachts' },
  forbidden: {
    scoped: "a commune officer reads only their unit's lines",
    check: async () => {
      const page = await get(ctx, officerA, `/api/budget/lines?year=${YEAR}`);
      assert.deepEqual(
        page.items.map((l: { id: string }) => l.id),
        [submitted.id],
      );
      assert.equal((await get(ctx, officerB, '/api/budget/lines')).total, 0);
    },
  },
  notFound: { na: 'a list' },
  success: {
    status: 200,
    check: (res) => {
      assert.equal(res.json().total, 3);
      const byId = new Map(res.json().items.map((l: { id: string }) => [l.id, l]));
      const services = byId.get(approved.id) as { spent: number; allowedActions: string[] };
      assert.equal(services.spent, 30_000_000);
      assert.deepEqual(services.allowedActions, [], 'an approved line is decided');
      const waiting = byId.get(submitted.id) as { allowedActions: string[] };
      assert.deepEqual(waiting.allowedActions, ['budget.approve'], 'finance may approve, not manage');
    },
  },
});

endpoint(c, 'GET /api/budget/lines/:id', {
  method: 'GET',
  url: () => `/api/budget/lines/${approved.id}`,
  as: () => coordinator,
  bad: { url: () => '/api/budget/lines/x' },
  forbidden: { hidden: () => officerA },
  notFound: { url: () => `/api/budget/lines/${UNKNOWN_ID}` },
  success: {
    status: 200,
    check: (res) => {
      assert.equal(res.json().spending[0].amount, 30_000_000);
      assert.equal(res.json().decidedBy, finance.id);
    },
  },
});

endpoint(c, 'POST /api/budget/lines', {
  method: 'POST',
  url: () => '/api/budget/lines',
  payload: () => line({ category: 'drills', title: 'Diễn tập ứng cứu sự cố', amount: 45_500_000 }),
  as: () => coordinator,
  bad: { payload: () => line({ amount: 1.5 }) },
  forbidden: { user: () => finance },
  notFound: { payload: () => line({ link: { kind: 'risk_treatment', id: UNKNOWN_ID } }) },
  success: {
    status: 201,
    check: (res) => {
      assert.equal(res.json().status, 'draft');
      assert.equal(res.json().unitId, focal.id);
      assert.equal(res.json().amount, 45_500_000);
    },
  },
});

endpoint(c, 'PATCH /api/budget/lines/:id', {
  method: 'PATCH',
  url: () => `/api/budget/lines/${draft.id}`,
  payload: () => ({ amount: 18_000_000, note: 'Hai lớp, 60 học viên' }),
  as: () => coordinator,
  bad: { payload: () => ({ amount: -1 }) },
  forbidden: { hidden: () => officerA },
  notFound: { url: () => `/api/budget/lines/${UNKNOWN_ID}` },
  success: {
    status: 200,
    check: async (res) => {
      assert.equal(res.json().amount, 18_000_000);
      const locked = await ctx.inject({
        method: 'PATCH',
        url: `/api/budget/lines/${approved.id}`,
        headers: coordinator.headers,
        payload: { amount: 1 },
      });
      expectError(locked, 409, 'budget.line_locked');
    },
  },
});

endpoint(c, 'POST /api/budget/lines/:id/transition', {
  method: 'POST',
  url: () => `/api/budget/lines/${submitted.id}/transition`,
  payload: () => ({ to: 'approved', note: 'Phù hợp dự toán ngân sách thị xã' }),
  as: () => finance,
  bad: { payload: () => ({ to: 'paid' }) },
  forbidden: { user: () => coordinator, code: 'budget.approver_required' },
  notFound: { url: () => `/api/budget/lines/${UNKNOWN_ID}/transition` },
  success: {
    status: 200,
    check: async (res) => {
      assert.equal(res.json().status, 'approved');
      assert.equal(res.json().decisionNote, 'Phù hợp dự toán ngân sách thị xã');
      expectError(await transition(finance, submitted.id, 'draft'), 409, 'budget.invalid_transition');
    },
  },
});

describe('budget status flow: only the finance office approves', () => {
  test('the focal office submits; a unit officer, the focal office and an admin cannot approve', async () => {
    const fresh = await post(ctx, coordinator, '/api/budget/lines', line({ title: 'Mua tường lửa' }));
    // The line is the focal office's: to a commune officer it is not there at all (404).
    expectError(await transition(officerA, fresh.id, 'submitted'), 404, 'not_found');
    assert.equal((await transition(coordinator, fresh.id, 'submitted')).statusCode, 200);
    const admin = await ctx.user(['admin']);
    expectError(await transition(officerA, fresh.id, 'approved'), 404, 'not_found');
    for (const who of [coordinator, admin]) {
      const res = await transition(who, fresh.id, 'approved');
      assert.equal(res.statusCode, 403, `${who.roles} must not approve`);
    }
    assert.equal((await transition(finance, fresh.id, 'rejected')).json().status, 'rejected');
    assert.equal((await transition(coordinator, fresh.id, 'draft')).json().status, 'draft');
  });
});

endpoint(c, 'POST /api/budget/lines/:id/spending', {
  method: 'POST',
  url: () => `/api/budget/lines/${approved.id}/spending`,
  payload: () => ({ amount: 25_000_000, spentOn: `${YEAR}-06-30`, note: 'Thanh toán quý II' }),
  as: () => coordinator,
  bad: { payload: () => ({ amount: 10, spentOn: 'June' }) },
  forbidden: { user: () => finance },
  notFound: { url: () => `/api/budget/lines/${UNKNOWN_ID}/spending` },
  success: {
    status: 201,
    check: async (res) => {
      assert.equal(res.json().amount, 25_000_000);
      const onDraft = await ctx.inject({
        method: 'POST',
        url: `/api/budget/lines/${draft.id}/spending`,
        headers: coordinator.headers,
        payload: { amount: 1, spentOn: `${YEAR}-01-01` },
      });
      expectError(onDraft, 409, 'budget.line_not_approved');
    },
  },
});

endpoint(c, 'GET /api/budget/totals', {
  method: 'GET',
  url: () => `/api/budget/totals?year=${YEAR}`,
  as: () => finance,
  bad: { url: () => '/api/budget/totals' },
  forbidden: { user: () => officerB, url: () => `/api/budget/totals?year=${YEAR}&unitId=${unitA.id}` },
  notFound: { na: 'totals are zero for a year without lines' },
  success: {
    status: 200,
    check: (res) => {
      const t = res.json();
      const services = t.categories.find((c: { category: string }) => c.category === 'services');
      assert.deepEqual(services, {
        category: 'services',
        requested: 120_000_000,
        estimate: 120_000_000,
        actual: 55_000_000,
        variance: 65_000_000,
      });
      // Approved: services 120 M + licences 36 M; requested adds the drafts (training 18 M, drills 45.5 M).
      assert.equal(t.total.estimate, 156_000_000);
      assert.equal(t.total.requested, 156_000_000 + 18_000_000 + 45_500_000 + 36_000_000);
      assert.equal(t.total.actual, 55_000_000);
    },
  },
});

endpoint(c, 'GET /api/budget/export.xlsx', {
  method: 'GET',
  url: () => `/api/budget/export.xlsx?year=${YEAR}`,
  as: () => finance,
  bad: { url: () => '/api/budget/export.xlsx?year=20' },
  forbidden: { user: () => officerA, url: () => `/api/budget/export.xlsx?year=${YEAR}&unitId=${focal.id}` },
  notFound: { na: 'an empty year exports an empty table' },
  success: {
    status: 200,
    check: async (res) => {
      assert.match(String(res.headers['content-type']), /spreadsheetml/);
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
      const sheet = workbook.worksheets[0]!;
      const cells: string[] = [];
      sheet.eachRow((row) => {
        row.eachCell((cell) => {
          cells.push(typeof cell.value === 'object' ? JSON.stringify(cell.value) : String(cell.value));
        });
      });
      assert.ok(cells.includes(`DỰ TOÁN KINH PHÍ THỰC HIỆN KẾ HOẠCH ỨNG PHÓ SỰ CỐ ATTT NĂM ${YEAR}`));
      assert.ok(
        cells.includes('PHÒNG VĂN HOÁ, KHOA HỌC VÀ THÔNG TIN'),
        'the focal office issues the estimate',
      );
      let headerRow = 0;
      sheet.eachRow((row, n) => {
        if (row.getCell(1).value === 'STT') headerRow = n;
      });
      const header = sheet.getRow(headerRow);
      assert.deepEqual(
        [1, 2, 3, 4, 5, 6, 7].map((i) => header.getCell(i).value),
        ['STT', 'Nội dung', 'Danh mục', 'Dự toán (đồng)', 'Đã chi (đồng)', 'Chênh lệch', 'Trạng thái'],
      );
      const first = sheet.getRow(headerRow + 1);
      assert.equal(first.getCell(1).value, 1);
      assert.equal(first.getCell(4).numFmt, '#,##0');
      const services = [1, 2, 3, 4, 5]
        .map((i) => sheet.getRow(headerRow + i))
        .find((r) => r.getCell(3).value === 'Thuê dịch vụ bảo đảm an toàn thông tin')!;
      assert.equal(services.getCell(4).value, 120_000_000);
      assert.equal(services.getCell(5).value, 55_000_000);
      assert.equal(services.getCell(6).value, 65_000_000);
      assert.equal(services.getCell(7).value, 'Đã phê duyệt');
      // Five lines: the rejected-then-redrafted firewall line is back in the estimate.
      const totalRow = sheet.getRow(headerRow + 6);
      assert.equal(totalRow.getCell(1).value, 'Tổng cộng');
      const total = totalRow.getCell(4).value as { formula: string; result: number };
      assert.equal(total.formula, `SUM(D${headerRow + 1}:D${headerRow + 5})`);
      assert.equal(total.result, 18_000_000 + 36_000_000 + 120_000_000 + 45_500_000 + 36_000_000);
      assert.equal(totalRow.getCell(4).numFmt, '#,##0');
      for (const signer of ['Người lập biểu', 'Kế toán', 'Thủ trưởng đơn vị'])
        assert.ok(cells.includes(signer), signer);
    },
  },
});

endpoint(c, 'DELETE /api/budget/spending/:id', {
  method: 'DELETE',
  url: () => `/api/budget/spending/${spending.id}`,
  as: () => coordinator,
  bad: { url: () => '/api/budget/spending/x' },
  forbidden: { user: () => finance },
  notFound: { url: () => `/api/budget/spending/${UNKNOWN_ID}` },
  success: {
    status: 200,
    check: async () =>
      assert.equal((await get(ctx, coordinator, `/api/budget/lines/${approved.id}`)).spent, 25_000_000),
  },
});

endpoint(c, 'DELETE /api/budget/lines/:id', {
  method: 'DELETE',
  url: () => `/api/budget/lines/${draft.id}`,
  as: () => coordinator,
  bad: { url: () => '/api/budget/lines/x' },
  forbidden: { hidden: () => officerA },
  notFound: { url: () => `/api/budget/lines/${UNKNOWN_ID}` },
  success: {
    status: 200,
    check: async () => {
      await get(ctx, coordinator, `/api/budget/lines/${draft.id}`, 404);
      const res = await ctx.inject({
        method: 'DELETE',
        url: `/api/budget/lines/${approved.id}`,
        headers: coordinator.headers,
      });
      expectError(res, 409, 'budget.line_locked');
    },
  },
});
