import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import ExcelJS from 'exceljs';
import { TestContext, type TestUser } from '../../testing/test-app.ts';
import { endpoint, expectError, get, post, UNKNOWN_ID } from '../systems.testkit.ts';

let ctx: TestContext;
let coordinator: TestUser;
let finance: TestUser;
let leader: TestUser;
let officerA: TestUser;
let officerB: TestUser;
let focal: { id: string; name: string };
let unitA: { id: string };
let draft: { id: string };
let submitted: { id: string };
let approved: { id: string };
let toSubmit: { id: string };
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

async function appraise(as: TestUser, id: string, payload: Record<string, unknown>) {
  return ctx.inject({
    method: 'POST',
    url: `/api/budget/lines/${id}/appraisal`,
    headers: as.headers,
    payload,
  });
}

async function decide(as: TestUser, id: string, payload: Record<string, unknown>) {
  return ctx.inject({
    method: 'POST',
    url: `/api/budget/lines/${id}/decision`,
    headers: as.headers,
    payload,
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
  const office = await ctx.unit({ name: 'Văn phòng HĐND và UBND thị xã', type: 'people_committee_office' });
  leader = await ctx.user(['leader'], { unitId: office.id });
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
  assert.equal((await appraise(finance, approved.id, { recommendation: 'approve' })).statusCode, 200);
  assert.equal((await decide(leader, approved.id, { decision: 'approve' })).statusCode, 200);
  toSubmit = await post(ctx, coordinator, '/api/budget/lines', line({ title: 'Mua tường lửa' }));
  // Staff and materials of the estimate: one responder, one piece of equipment.
  await post(ctx, coordinator, '/api/team', {
    unitId: focal.id,
    fullName: 'Trần Minh Quân',
    teamRole: 'Kỹ thuật',
  });
  await post(ctx, coordinator, '/api/readiness/equipment', {
    unitId: focal.id,
    name: 'Tường lửa dự phòng',
    category: 'spare_hardware',
    quantity: 2,
  });
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
      assert.equal(res.json().total, 4);
      const byId = new Map(res.json().items.map((l: { id: string }) => [l.id, l]));
      const services = byId.get(approved.id) as { spent: number; allowedActions: string[] };
      assert.equal(services.spent, 30_000_000);
      assert.deepEqual(services.allowedActions, [], 'an approved line is decided');
      const waiting = byId.get(submitted.id) as { allowedActions: string[] };
      assert.deepEqual(waiting.allowedActions, ['budget.appraise'], 'finance may appraise, not manage');
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
      const body = res.json();
      assert.equal(body.spending[0].amount, 30_000_000);
      assert.equal(body.appraisedBy, finance.id);
      assert.equal(body.decidedBy, leader.id);
      assert.equal(body.approvedAmount, 120_000_000);
      assert.equal(body.fundingSource, 'town_budget');
      assert.deepEqual(
        body.history.map((h: { action: string }) => h.action),
        ['budget.create', 'budget.submitted', 'budget.appraised', 'budget.approved', 'budget.spend'],
        'every step is on the line’s history',
      );
    },
  },
});

endpoint(c, 'POST /api/budget/lines', {
  method: 'POST',
  url: () => '/api/budget/lines',
  payload: () =>
    line({
      category: 'drills',
      title: 'Diễn tập ứng cứu sự cố',
      amount: 45_500_000,
      fundingSource: 'other_lawful',
      fundingNote: 'Tài trợ của doanh nghiệp viễn thông',
    }),
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
      assert.equal(res.json().fundingSource, 'other_lawful');
      assert.equal(res.json().fundingNote, 'Tài trợ của doanh nghiệp viễn thông');
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
  url: () => `/api/budget/lines/${toSubmit.id}/transition`,
  payload: () => ({ to: 'submitted', note: 'Trình Phòng Tài chính – Kế hoạch' }),
  as: () => coordinator,
  // Approving is not a transition any more: finance appraises, the leader decides.
  bad: { payload: () => ({ to: 'approved' }) },
  forbidden: { user: () => finance },
  notFound: { url: () => `/api/budget/lines/${UNKNOWN_ID}/transition` },
  success: {
    status: 200,
    check: async (res) => {
      assert.equal(res.json().status, 'submitted');
      expectError(await transition(coordinator, approved.id, 'draft'), 409, 'budget.invalid_transition');
    },
  },
});

endpoint(c, 'POST /api/budget/lines/:id/appraisal', {
  method: 'POST',
  url: () => `/api/budget/lines/${submitted.id}/appraisal`,
  payload: () => ({ recommendation: 'reduce', proposedAmount: 30_000_000, note: 'Đối chiếu báo giá 2027' }),
  as: () => finance,
  bad: { payload: () => ({ recommendation: 'maybe' }) },
  // The leader decides but does not appraise.
  forbidden: { user: () => leader, code: 'budget.appraiser_required' },
  notFound: { url: () => `/api/budget/lines/${UNKNOWN_ID}/appraisal` },
  success: {
    status: 200,
    check: async (res) => {
      assert.equal(res.json().status, 'appraised');
      assert.equal(res.json().appraisal, 'reduce');
      assert.equal(res.json().appraisedAmount, 30_000_000);
      assert.equal(res.json().appraisalNote, 'Đối chiếu báo giá 2027');
      assert.deepEqual(res.json().allowedActions, [], 'appraised: the next step is the leader’s');
      expectError(
        await appraise(finance, submitted.id, { recommendation: 'approve' }),
        409,
        'budget.invalid_transition',
      );
      const leaders = await get(ctx, leader, '/api/notifications?limit=20&offset=0');
      assert.ok(
        leaders.items.some(
          (n: { kind: string; link: string }) =>
            n.kind === 'budget_to_decide' && n.link.includes(submitted.id),
        ),
        'the leader is told a line awaits a decision',
      );
    },
  },
});

endpoint(c, 'POST /api/budget/lines/:id/decision', {
  method: 'POST',
  url: () => `/api/budget/lines/${submitted.id}/decision`,
  payload: () => ({ decision: 'approve', note: 'Đồng ý theo đề nghị của Phòng Tài chính – Kế hoạch' }),
  as: () => leader,
  bad: { payload: () => ({ decision: 'approve', amount: -5 }) },
  // Finance advises; it does not decide.
  forbidden: { user: () => finance, code: 'budget.decider_required' },
  notFound: { url: () => `/api/budget/lines/${UNKNOWN_ID}/decision` },
  success: {
    status: 200,
    check: async (res) => {
      assert.equal(res.json().status, 'approved');
      assert.equal(res.json().approvedAmount, 30_000_000, 'approved at finance’s proposal by default');
      assert.equal(res.json().decisionNote, 'Đồng ý theo đề nghị của Phòng Tài chính – Kế hoạch');
      const coord = await get(ctx, coordinator, '/api/notifications?limit=50&offset=0');
      assert.ok(
        coord.items.some(
          (n: { kind: string; link: string }) => n.kind === 'budget_decided' && n.link.includes(submitted.id),
        ),
        'the submitter hears of the decision',
      );
    },
  },
});

describe('budget flow: finance appraises, the leader decides, nobody else does either', () => {
  test('a ward cannot see, appraise or decide another unit’s line (404)', async () => {
    await get(ctx, officerB, `/api/budget/lines/${toSubmit.id}`, 404);
    expectError(await appraise(officerB, toSubmit.id, { recommendation: 'approve' }), 404, 'not_found');
    expectError(await decide(officerB, toSubmit.id, { decision: 'approve' }), 404, 'not_found');
    expectError(await transition(officerA, toSubmit.id, 'draft'), 404, 'not_found');
  });

  test('appraisal rules: a reduction needs a smaller amount and a reason; a rejection a reason', async () => {
    const bad = [
      { recommendation: 'reduce', proposedAmount: 40_000_000, note: 'x' },
      { recommendation: 'reduce', proposedAmount: 10_000_000 },
      { recommendation: 'reject' },
      { recommendation: 'approve', proposedAmount: 1 },
    ];
    for (const payload of bad)
      expectError(await appraise(finance, toSubmit.id, payload), 400, 'budget.appraisal_invalid');
  });

  test('the leader cannot decide before finance appraises; coordinator and admin do neither', async () => {
    expectError(await decide(leader, toSubmit.id, { decision: 'approve' }), 409, 'budget.invalid_transition');
    const admin = await ctx.user(['admin']);
    for (const who of [coordinator, admin]) {
      assert.equal((await appraise(who, toSubmit.id, { recommendation: 'approve' })).statusCode, 403);
    }
    const res = await appraise(finance, toSubmit.id, {
      recommendation: 'reject',
      note: 'Đã có trong dự án tỉnh',
    });
    assert.equal(res.json().status, 'appraised');
    for (const who of [coordinator, admin, finance]) {
      assert.equal((await decide(who, toSubmit.id, { decision: 'reject', note: 'x' })).statusCode, 403);
    }
    expectError(await decide(leader, toSubmit.id, { decision: 'reject' }), 400, 'budget.decision_invalid');
    expectError(
      await decide(leader, toSubmit.id, { decision: 'approve', amount: 99_000_000 }),
      400,
      'budget.decision_invalid',
    );
    const rejected = await decide(leader, toSubmit.id, { decision: 'reject', note: 'Theo ý kiến thẩm định' });
    assert.equal(rejected.json().status, 'rejected');
    assert.equal((await transition(coordinator, toSubmit.id, 'draft')).json().status, 'draft');
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
      // Approved: services 120 M + licences at the reduced 30 M; requested adds the drafts (training
      // 18 M, drills 45.5 M, the redrafted firewall 36 M) and counts licences at the 36 M asked.
      assert.equal(t.total.estimate, 150_000_000);
      assert.equal(t.total.requested, 156_000_000 + 18_000_000 + 45_500_000 + 36_000_000);
      assert.equal(t.total.actual, 55_000_000);
    },
  },
});

endpoint(c, 'GET /api/budget/estimate', {
  method: 'GET',
  url: () => `/api/budget/estimate?year=${YEAR}`,
  as: () => leader,
  bad: { url: () => '/api/budget/estimate?year=abc' },
  forbidden: { user: () => officerA, url: () => `/api/budget/estimate?year=${YEAR}&unitId=${focal.id}` },
  notFound: { na: 'an empty year has an empty estimate' },
  success: {
    status: 200,
    check: (res) => {
      const e = res.json();
      assert.equal(e.lines.length, 5, 'rejected lines are left out');
      assert.ok(
        e.resources.some(
          (r: { kind: string; name: string }) => r.kind === 'staff' && r.name === 'Trần Minh Quân',
        ),
      );
      const material = e.resources.find((r: { kind: string }) => r.kind === 'material');
      assert.deepEqual(
        { name: material.name, quantity: material.quantity },
        { name: 'Tường lửa dự phòng', quantity: 2 },
      );
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
        if (row.getCell(1).value === 'STT' && headerRow === 0) headerRow = n;
      });
      const header = sheet.getRow(headerRow);
      assert.deepEqual(
        [1, 2, 3, 4, 5, 6, 7, 8, 9].map((i) => header.getCell(i).value),
        [
          'STT',
          'Nội dung',
          'Danh mục',
          'Nguồn kinh phí',
          'Dự toán (đồng)',
          'Được duyệt (đồng)',
          'Đã chi (đồng)',
          'Còn lại (đồng)',
          'Trạng thái',
        ],
      );
      const first = sheet.getRow(headerRow + 1);
      assert.equal(first.getCell(1).value, 1);
      assert.equal(first.getCell(5).numFmt, '#,##0');
      const services = [1, 2, 3, 4, 5]
        .map((i) => sheet.getRow(headerRow + i))
        .find((r) => r.getCell(3).value === 'Thuê dịch vụ bảo đảm an toàn thông tin')!;
      assert.equal(services.getCell(4).value, 'Ngân sách thị xã');
      assert.equal(services.getCell(5).value, 120_000_000);
      assert.equal(services.getCell(6).value, 120_000_000);
      assert.equal(services.getCell(7).value, 55_000_000);
      assert.equal(services.getCell(8).value, 65_000_000);
      assert.equal(services.getCell(9).value, 'Đã phê duyệt');
      // Five lines: the rejected-then-redrafted firewall line is back in the estimate.
      const totalRow = sheet.getRow(headerRow + 6);
      assert.equal(totalRow.getCell(1).value, 'Tổng cộng');
      const total = totalRow.getCell(5).value as { formula: string; result: number };
      assert.equal(total.formula, `SUM(E${headerRow + 1}:E${headerRow + 5})`);
      assert.equal(total.result, 18_000_000 + 36_000_000 + 120_000_000 + 45_500_000 + 36_000_000);
      assert.equal((totalRow.getCell(6).value as { result: number }).result, 150_000_000);
      assert.equal(totalRow.getCell(5).numFmt, '#,##0');
      // Seed III: staff and materials below the money.
      assert.ok(cells.includes('NHÂN LỰC, VẬT TƯ BẢO ĐẢM THỰC HIỆN KẾ HOẠCH'));
      assert.ok(cells.includes('Trần Minh Quân') && cells.includes('Nhân lực'));
      assert.ok(cells.includes('Tường lửa dự phòng') && cells.includes('Vật tư, thiết bị'));
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
