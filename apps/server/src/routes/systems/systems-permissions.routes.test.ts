import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { TestContext, type TestUser } from '../../testing/test-app.ts';
import { createSystem, dayFromToday, post } from '../systems.testkit.ts';

// The permission matrix of the preparedness records: a unit's people see and change only their
// unit's records, the focal office sees and changes all, leadership reads all, and only the
// finance office approves the budget. Read and edit go through the HTTP API, list included.

let ctx: TestContext;
const users: Record<string, TestUser> = {};
const ids: Record<string, string> = {};

before(async () => {
  ctx = await TestContext.create();
  const focal = await ctx.unit({ name: 'Phòng Văn hoá, Khoa học và Thông tin', type: 'focal_office' });
  const communeA = await ctx.unit({ name: 'UBND phường Minh Đức' });
  const communeB = await ctx.unit({ name: 'UBND xã Ngọc Lâm' });
  const financeUnit = await ctx.unit({ name: 'Phòng Tài chính – Kế hoạch', type: 'finance_office' });
  users.coordinator = await ctx.user(['coordinator'], { unitId: focal.id });
  users.admin = await ctx.user(['admin'], { unitId: focal.id });
  users.leader = await ctx.user(['leader'], { unitId: focal.id });
  users.finance = await ctx.user(['finance'], { unitId: financeUnit.id });
  users.officerA = await ctx.user(['unit_officer'], { unitId: communeA.id });
  users.responderA = await ctx.user(['responder'], { unitId: communeA.id });
  users.viewerA = await ctx.user(['viewer'], { unitId: communeA.id });
  users.officerB = await ctx.user(['unit_officer'], { unitId: communeB.id });
  ids.unitA = communeA.id;

  const system = await createSystem(ctx, users.officerA!, communeA.id);
  ids.system = system.id;
  ids.risk = (
    await post(ctx, users.officerA!, '/api/risks', {
      systemId: system.id,
      subtype: 'attack.phishing',
      likelihood: 4,
      impact: 2,
    })
  ).id;
  ids.licence = (
    await post(ctx, users.officerA!, '/api/readiness/licences', {
      unitId: communeA.id,
      kind: 'antivirus',
      product: 'BKAV Pro',
      expiresOn: dayFromToday(100),
    })
  ).id;
  ids.inspection = (
    await post(ctx, users.coordinator!, '/api/inspections', { unitId: communeA.id, year: 2026 })
  ).id;
  ids.budgetLine = (
    await post(ctx, users.coordinator!, '/api/budget/lines', {
      fiscalYear: 2027,
      unitId: communeA.id,
      category: 'equipment',
      title: 'Thiết bị tường lửa cho phường Minh Đức',
      amount: 48_000_000,
    })
  ).id;
  const submit = await ctx.inject({
    method: 'POST',
    url: `/api/budget/lines/${ids.budgetLine}/transition`,
    headers: users.coordinator!.headers,
    payload: { to: 'submitted' },
  });
  assert.equal(submit.statusCode, 200);
});
after(() => ctx.close());

interface RecordType {
  name: string;
  read: () => { url: string };
  list: () => { url: string };
  edit: () => { method: 'PATCH' | 'PUT'; url: string; payload: object };
}

const RECORDS: RecordType[] = [
  {
    name: 'information system',
    read: () => ({ url: `/api/systems/${ids.system}` }),
    list: () => ({ url: '/api/systems?limit=200' }),
    edit: () => ({ method: 'PATCH', url: `/api/systems/${ids.system}`, payload: { notes: 'Đã rà soát' } }),
  },
  {
    name: 'risk',
    read: () => ({ url: `/api/risks/${ids.risk}` }),
    list: () => ({ url: '/api/risks?limit=200' }),
    edit: () => ({ method: 'PATCH', url: `/api/risks/${ids.risk}`, payload: { controls: 'Lọc thư rác' } }),
  },
  {
    name: 'licence',
    read: () => ({ url: `/api/readiness/licences/${ids.licence}` }),
    list: () => ({ url: '/api/readiness/licences?limit=200' }),
    edit: () => ({ method: 'PATCH', url: `/api/readiness/licences/${ids.licence}`, payload: { seats: 30 } }),
  },
  {
    name: 'inspection answers',
    read: () => ({ url: `/api/inspections/${ids.inspection}` }),
    list: () => ({ url: '/api/inspections?limit=200' }),
    edit: () => ({
      method: 'PUT',
      url: `/api/inspections/${ids.inspection}/answers`,
      payload: { answers: { 'org.officer': { answer: 'yes' } } },
    }),
  },
];

/** who → [may read, may edit] commune A's records. */
const MATRIX: [string, boolean, boolean][] = [
  ['officerA', true, true],
  ['responderA', true, true],
  ['viewerA', true, false],
  ['officerB', false, false],
  ['coordinator', true, true],
  ['admin', true, true],
  ['leader', true, false],
  ['finance', false, false],
];

for (const record of RECORDS) {
  describe(`permission matrix: ${record.name} of commune A`, () => {
    for (const [who, mayRead, mayEdit] of MATRIX) {
      test(`${who}: ${mayRead ? 'reads' : 'cannot read'}, ${mayEdit ? 'edits' : 'cannot edit'}`, async () => {
        const user = users[who]!;
        const read = await ctx.inject({ method: 'GET', url: record.read().url, headers: user.headers });
        // What they may not read is, to them, not there: 404 like an unknown id (issue 7).
        assert.equal(read.statusCode, mayRead ? 200 : 404, `${who} read ${read.body.slice(0, 200)}`);
        const list = await ctx.inject({ method: 'GET', url: record.list().url, headers: user.headers });
        assert.equal(list.statusCode, 200);
        const listed = list.json().items.some((i: { id: string }) => Object.values(ids).includes(i.id));
        assert.equal(listed, mayRead, `${who} list`);
        const edit = record.edit();
        const res = await ctx.inject({ ...edit, headers: user.headers });
        const refused = mayRead ? 403 : 404;
        assert.equal(res.statusCode, mayEdit ? 200 : refused, `${who} edit ${res.body.slice(0, 200)}`);
      });
    }
  });
}

describe('permission matrix: budget appraisal', () => {
  // who → status after trying to appraise a submitted line (only finance advises, seed IV.3; the
  // leader decides afterwards, tested in budget.routes.test.ts).
  const APPRAISERS: [string, number, string | null][] = [
    ['officerA', 403, 'budget.appraiser_required'],
    // Neither reads the budget: the line is, to them, not there.
    ['viewerA', 404, 'not_found'],
    ['coordinator', 403, 'budget.appraiser_required'],
    ['admin', 403, 'budget.appraiser_required'],
    ['leader', 403, 'budget.appraiser_required'],
    ['officerB', 404, 'not_found'],
    ['finance', 200, null],
  ];
  for (const [who, status, code] of APPRAISERS) {
    test(`${who} ${status === 200 ? 'appraises' : 'cannot appraise'}`, async () => {
      const res = await ctx.inject({
        method: 'POST',
        url: `/api/budget/lines/${ids.budgetLine}/appraisal`,
        headers: users[who]!.headers,
        payload: { recommendation: 'approve' },
      });
      assert.equal(res.statusCode, status, res.body.slice(0, 200));
      if (code) assert.equal(res.json().error.code, code);
      else assert.equal(res.json().status, 'appraised');
    });
  }

  test('a unit officer reads their own unit’s budget lines, not another’s', async () => {
    for (const [who, expected] of [
      ['officerA', 200],
      ['officerB', 404],
      ['finance', 200],
    ] as const) {
      const res = await ctx.inject({
        method: 'GET',
        url: `/api/budget/lines/${ids.budgetLine}`,
        headers: users[who]!.headers,
      });
      assert.equal(res.statusCode, expected, who);
    }
  });
});
