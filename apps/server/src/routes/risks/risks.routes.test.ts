import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { TestContext, type TestUser } from '../../testing/test-app.ts';
import { createSystem, endpoint, expectError, get, post, UNKNOWN_ID } from '../systems.testkit.ts';

let ctx: TestContext;
let coordinator: TestUser;
let officerA: TestUser;
let officerB: TestUser;
let unitA: { id: string };
let unitB: { id: string };
let systemA: { id: string };
let systemB: { id: string };
let riskA: { id: string };
let riskB: { id: string };

const riskInput = (systemId: string, extra: Record<string, unknown> = {}) => ({
  systemId,
  subtype: 'attack.ransomware',
  likelihood: 3,
  impact: 4,
  controls: 'Sao lưu ngoại tuyến hằng tuần',
  treatment: 'mitigate',
  dueDate: '2027-03-31',
  ...extra,
});

before(async () => {
  ctx = await TestContext.create();
  coordinator = await ctx.user(['coordinator']);
  unitA = await ctx.unit({ name: 'UBND phường Phan Đình Phùng' });
  unitB = await ctx.unit({ name: 'UBND xã Cẩm Xá' });
  officerA = await ctx.user(['unit_officer'], { unitId: unitA.id });
  officerB = await ctx.user(['unit_officer'], { unitId: unitB.id });
  systemA = await createSystem(ctx, coordinator, unitA.id, { securityLevel: 3 });
  systemB = await createSystem(ctx, coordinator, unitB.id, { securityLevel: 1 });
  riskA = await post(ctx, officerA, '/api/risks', riskInput(systemA.id));
  riskB = await post(ctx, officerB, '/api/risks', riskInput(systemB.id, { likelihood: 5, impact: 5 }));
});
after(() => ctx.close());

const c = () => ctx;

endpoint(c, 'GET /api/risks', {
  method: 'GET',
  url: () => `/api/risks?systemId=${systemA.id}`,
  as: () => officerA,
  bad: { url: () => '/api/risks?band=extreme' },
  forbidden: {
    scoped: "a commune officer lists only their unit's risks",
    check: async () => {
      const page = await get(ctx, officerB, '/api/risks');
      assert.deepEqual(
        page.items.map((r: { id: string }) => r.id),
        [riskB.id],
      );
    },
  },
  notFound: { na: 'a list' },
  success: {
    status: 200,
    check: (res) => {
      const [risk] = res.json().items;
      assert.equal(risk.score, 12);
      assert.equal(risk.band, 'high');
      assert.deepEqual(risk.allowedActions, ['risk.manage']);
    },
  },
});

endpoint(c, 'GET /api/risks/heat-map', {
  method: 'GET',
  url: () => '/api/risks/heat-map',
  as: () => coordinator,
  bad: { url: () => '/api/risks/heat-map?unitId=x' },
  forbidden: { user: () => officerA, url: () => `/api/risks/heat-map?unitId=${unitB.id}` },
  notFound: { na: 'counts are zero for an unknown unit' },
  success: {
    status: 200,
    check: async (res) => {
      const town = res.json();
      assert.equal(town.scope, 'town');
      assert.equal(town.cells[2][3], 1, 'likelihood 3 × impact 4');
      assert.equal(town.cells[4][4], 1, 'likelihood 5 × impact 5');
      assert.equal(town.total, 2);
      assert.deepEqual(town.byBand, { low: 0, medium: 0, high: 1, critical: 1 });
      const own = await get(ctx, officerA, '/api/risks/heat-map');
      assert.equal(own.scope, 'unit');
      assert.equal(own.total, 1);
    },
  },
});

endpoint(c, 'GET /api/risks/:id', {
  method: 'GET',
  url: () => `/api/risks/${riskA.id}`,
  as: () => officerA,
  bad: { url: () => '/api/risks/x' },
  forbidden: { hidden: () => officerB },
  notFound: { url: () => `/api/risks/${UNKNOWN_ID}` },
  success: {
    status: 200,
    check: (res) => {
      assert.equal(res.json().history.length, 1);
      assert.equal(res.json().history[0].score, 12);
    },
  },
});

endpoint(c, 'POST /api/risks', {
  method: 'POST',
  url: () => '/api/risks',
  payload: () => riskInput(systemA.id, { subtype: 'failure.power', likelihood: 2, impact: 2 }),
  as: () => officerA,
  bad: { payload: () => riskInput(systemA.id, { likelihood: 6 }) },
  forbidden: { hidden: () => officerB },
  notFound: { payload: () => riskInput(UNKNOWN_ID) },
  success: {
    status: 201,
    check: (res) => {
      assert.equal(res.json().score, 4);
      assert.equal(res.json().band, 'low');
      assert.equal(res.json().dueDate, '2027-03-31');
    },
  },
});

endpoint(c, 'PATCH /api/risks/:id', {
  method: 'PATCH',
  url: () => `/api/risks/${riskA.id}`,
  payload: () => ({ likelihood: 5, reviewDate: '2027-06-30' }),
  as: () => officerA,
  bad: { payload: () => ({ impact: 0 }) },
  forbidden: { hidden: () => officerB },
  notFound: { url: () => `/api/risks/${UNKNOWN_ID}` },
  success: {
    status: 200,
    check: async (res) => {
      assert.equal(res.json().score, 20);
      assert.equal(res.json().band, 'critical');
      const detail = await get(ctx, officerA, `/api/risks/${riskA.id}`);
      assert.deepEqual(
        detail.history.map((h: { score: number }) => h.score),
        [12, 20],
        'a history row on every score change',
      );
      await ctx.inject({
        method: 'PATCH',
        url: `/api/risks/${riskA.id}`,
        headers: officerA.headers,
        payload: { controls: 'Không đổi điểm' },
      });
      const again = await get(ctx, officerA, `/api/risks/${riskA.id}`);
      assert.equal(again.history.length, 2, 'no history row when the score did not change');
    },
  },
});

endpoint(c, 'GET /api/systems/:id/assessment', {
  method: 'GET',
  url: () => `/api/systems/${systemA.id}/assessment`,
  as: () => officerA,
  bad: { url: () => '/api/systems/x/assessment' },
  forbidden: { hidden: () => officerB },
  notFound: { url: () => `/api/systems/${UNKNOWN_ID}/assessment` },
  success: {
    status: 200,
    check: (res) => {
      const view = res.json();
      assert.equal(view.status, 'not_started');
      // Level 3 defaults (domain assessmentDefaults): a service contract is expected.
      assert.equal(view.answers['resources.service_contract'], 'yes');
      assert.equal(view.answers['consequences.disruption_impact'], 3);
      assert.ok(view.issues.some((i: { code: string }) => i.code === 'unanswered'));
      const ransomware = view.suggestedRisks.find(
        (s: { subtype: string }) => s.subtype === 'attack.ransomware',
      );
      assert.equal(ransomware.inRegister, true);
    },
  },
});

const fullAnswers = () => ({
  'current.antivirus': 'yes',
  'current.firewall': 'partial',
  'current.patching': 'no',
  'current.backup': 'yes',
  'current.monitoring': 'no',
  'current.known_weaknesses': 'Máy chủ chưa cập nhật bản vá',
  'threats.internet_exposed': 'yes',
  'threats.likely': ['attack.phishing', 'attack.malware'],
  'threats.recent_incidents': 2,
  'consequences.max_downtime': '1d',
  'consequences.users_affected': 'gte10k',
  'consequences.disruption_impact': 4,
  'consequences.disclosure_impact': 4,
  'resources.officer': 'yes',
  'resources.service_contract': 'no',
  'resources.tools': ['offline_backup', 'ups'],
  'resources.scan_and_drill': 'ct18',
});

endpoint(c, 'PUT /api/systems/:id/assessment', {
  method: 'PUT',
  url: () => `/api/systems/${systemA.id}/assessment`,
  payload: () => ({ answers: fullAnswers(), complete: true }),
  as: () => officerA,
  bad: { payload: () => ({ answers: { 'threats.recent_incidents': -1 } }) },
  forbidden: { hidden: () => officerB },
  notFound: { url: () => `/api/systems/${UNKNOWN_ID}/assessment` },
  success: {
    status: 200,
    check: (res) => {
      const view = res.json();
      assert.equal(view.status, 'completed');
      assert.equal(view.answers['threats.recent_incidents'], 2, 'numbers stay numbers');
      assert.deepEqual(view.answers['resources.tools'], ['offline_backup', 'ups']);
      assert.deepEqual(view.issues, []);
    },
  },
});

describe('PUT /api/systems/:id/assessment domain checks', () => {
  test('400 risk.assessment_invalid for an unknown question or an answer of the wrong kind', async () => {
    const res = await ctx.inject({
      method: 'PUT',
      url: `/api/systems/${systemA.id}/assessment`,
      headers: officerA.headers,
      payload: { answers: { 'current.antivirus': 'maybe', 'no.such.question': 'yes' } },
    });
    expectError(res, 400, 'risk.assessment_invalid');
    assert.match(res.json().error.message, /no\.such\.question unknown_question/);
  });

  test('completing needs every question answered', async () => {
    const { 'resources.tools': _tools, ...partial } = fullAnswers();
    const res = await ctx.inject({
      method: 'PUT',
      url: `/api/systems/${systemA.id}/assessment`,
      headers: officerA.headers,
      payload: { answers: partial, complete: true },
    });
    expectError(res, 400, 'risk.assessment_invalid');
    assert.match(res.json().error.message, /resources\.tools unanswered/);
  });
});

endpoint(c, 'POST /api/systems/:id/assessment/accept-risks', {
  method: 'POST',
  url: () => `/api/systems/${systemA.id}/assessment/accept-risks`,
  payload: () => ({}),
  as: () => officerA,
  bad: { payload: () => ({ subtypes: ['attack.unknown'] }) },
  forbidden: { hidden: () => officerB },
  notFound: { url: () => `/api/systems/${UNKNOWN_ID}/assessment/accept-risks` },
  success: {
    status: 201,
    check: async (res) => {
      // The saved answers name phishing and malware: both enter the register with default ratings.
      assert.deepEqual(
        res
          .json()
          .items.map((r: { subtype: string }) => r.subtype)
          .sort(),
        ['attack.malware', 'attack.phishing'],
      );
      const again = await post(ctx, officerA, `/api/systems/${systemA.id}/assessment/accept-risks`, {});
      assert.equal(again.created, 0, 'risks already in the register are not duplicated');
    },
  },
});

endpoint(c, 'DELETE /api/risks/:id', {
  method: 'DELETE',
  url: () => `/api/risks/${riskA.id}`,
  as: () => officerA,
  bad: { url: () => '/api/risks/x' },
  forbidden: { hidden: () => officerB },
  notFound: { url: () => `/api/risks/${UNKNOWN_ID}` },
  success: {
    status: 200,
    check: async () => {
      await get(ctx, officerA, `/api/risks/${riskA.id}`, 404);
    },
  },
});

test('GET /api/risks filters one heat-map cell (likelihood × impact); 400 outside 1–5', async () => {
  const cell = await get(ctx, coordinator, '/api/risks?likelihood=5&impact=5&limit=200');
  assert.ok(cell.items.some((r: { id: string }) => r.id === riskB.id));
  assert.ok(
    cell.items.every((r: { likelihood: number; impact: number }) => r.likelihood === 5 && r.impact === 5),
  );
  const other = await get(ctx, coordinator, '/api/risks?likelihood=3&impact=4&limit=200');
  assert.ok(!other.items.some((r: { id: string }) => r.id === riskB.id));
  const bad = await ctx.inject({
    method: 'GET',
    url: '/api/risks?likelihood=6',
    headers: coordinator.headers,
  });
  assert.equal(bad.statusCode, 400);
});
