import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import ExcelJS from 'exceljs';
import { incidentTestWorld, UNKNOWN_ID } from '../incidents.testkit.ts';

// Requests to units (issue 11): send (targeting), answer (draft → submitted), reopen, close,
// compliance and totals, XLSX; a unit sees only its own answer.

const world = incidentTestWorld();

const scanForm = [
  { key: 'scanned', label: 'Số máy đã quét', type: 'number', required: true, min: 0 },
  { key: 'infected', label: 'Số máy nhiễm', type: 'number', required: true, min: 0 },
  { key: 'cleaned', label: 'Số máy đã xử lý', type: 'number', required: true, min: 0 },
  { key: 'tool', label: 'Phần mềm', type: 'text', required: false, max: 200 },
];
const scanCampaign = (overrides: Record<string, unknown> = {}) => ({
  title: 'Rà quét mã độc toàn bộ máy tính',
  instructions: 'Quét và báo cáo số liệu.',
  template: 'scan_campaign',
  fields: scanForm,
  targeting: { mode: 'units', unitIds: [world.communeA.id, world.communeB.id] },
  deadline: '2099-06-30',
  ...overrides,
});

async function send(overrides: Record<string, unknown> = {}) {
  return world.ok(world.coordinator, 'POST', '/api/requests', scanCampaign(overrides));
}

describe('POST /api/requests', () => {
  test('401 without a session', async () => {
    assert.equal((await world.call(null, 'POST', '/api/requests', scanCampaign())).statusCode, 401);
  });
  test('400 for a bad form: unknown field type, duplicate keys, min above max, a choice without options', async () => {
    const bad = [
      { fields: [{ ...scanForm[0], type: 'file' }] },
      { fields: [scanForm[0], scanForm[0]] },
      { fields: [{ ...scanForm[0], min: 10, max: 1 }] },
      { fields: [{ key: 'c', label: 'Chọn', type: 'choice', required: true, options: ['một'] }] },
      { deadline: '2020-01-01' },
      { targeting: { mode: 'types', unitTypes: [] } },
      { title: '' },
    ];
    for (const b of bad) {
      const res = await world.call(world.coordinator, 'POST', '/api/requests', scanCampaign(b));
      assert.equal(res.statusCode, 400, `${JSON.stringify(b)}: ${res.body}`);
    }
  });
  test('403 for a commune officer', async () => {
    const res = await world.call(world.officerA, 'POST', '/api/requests', scanCampaign());
    assert.equal(res.statusCode, 403);
  });
  test('404 for a hand-picked unit that does not exist', async () => {
    const res = await world.call(
      world.coordinator,
      'POST',
      '/api/requests',
      scanCampaign({ targeting: { mode: 'units', unitIds: [UNKNOWN_ID] } }),
    );
    assert.equal(res.statusCode, 404);
  });
  test('422 when nobody would receive it (only the sender picked)', async () => {
    const res = await world.call(
      world.coordinator,
      'POST',
      '/api/requests',
      scanCampaign({ targeting: { mode: 'units', unitIds: [world.focal.id] } }),
    );
    assert.equal(res.statusCode, 422);
    assert.equal(res.json().error.code, 'unit_request.no_targets');
  });
  test('201: one answer row per unit, each unit notified, audited', async () => {
    const created = await send();
    assert.equal(created.targeted, 2);
    assert.equal(created.answered, 0);
    assert.deepEqual(
      created.answers.map((a: { status: string }) => a.status),
      ['pending', 'pending'],
    );
    const notices = await world.ctx.db
      .selectFrom('notifications')
      .select(['unit_id', 'kind'])
      .where('kind', '=', 'request_received')
      .where('link', '=', `/requests/${created.id}`)
      .execute();
    assert.deepEqual(new Set(notices.map((n) => n.unit_id)), new Set([world.communeA.id, world.communeB.id]));
    assert.deepEqual(await world.auditActions(created.id), ['unit_request.send']);
    // "All units" reaches the communes and agencies, never the sender, outside bodies or providers.
    const all = await send({ targeting: { mode: 'all' } });
    const names = all.answers.map((a: { unitId: string }) => a.unitId);
    assert.ok(names.includes(world.communeA.id) && names.includes(world.communeB.id));
    for (const u of [world.focal, world.external, world.provider]) assert.ok(!names.includes(u.id));
  });
});

describe('GET /api/requests and /api/requests/:id', () => {
  test('401 without a session', async () => {
    assert.equal((await world.call(null, 'GET', '/api/requests')).statusCode, 401);
  });
  test('400 for a bad id or limit', async () => {
    assert.equal((await world.call(world.coordinator, 'GET', '/api/requests/x')).statusCode, 400);
    assert.equal((await world.call(world.coordinator, 'GET', '/api/requests?limit=0')).statusCode, 400);
  });
  test('404 for an unknown request and for a request not sent to the unit', async () => {
    assert.equal((await world.call(world.coordinator, 'GET', `/api/requests/${UNKNOWN_ID}`)).statusCode, 404);
    const onlyA = await send({ targeting: { mode: 'units', unitIds: [world.communeA.id] } });
    assert.equal((await world.call(world.officerB, 'GET', `/api/requests/${onlyA.id}`)).statusCode, 404);
    const listB = await world.ok(world.officerB, 'GET', '/api/requests?limit=200');
    assert.ok(!listB.items.some((r: { id: string }) => r.id === onlyA.id));
  });
  test('200: a unit sees its own answer only, no totals; the focal office sees every unit', async () => {
    const r = await send();
    const asA = await world.ok(world.officerA, 'GET', `/api/requests/${r.id}`);
    assert.deepEqual(
      asA.answers.map((a: { unitId: string }) => a.unitId),
      [world.communeA.id],
    );
    assert.deepEqual(asA.totals, []);
    assert.equal(asA.canAnswer, true);
    assert.equal(asA.canManage, false);
    const asFocal = await world.ok(world.coordinator, 'GET', `/api/requests/${r.id}`);
    assert.equal(asFocal.answers.length, 2);
    const list = await world.ok(world.officerA, 'GET', '/api/requests');
    assert.equal(list.items.find((i: { id: string }) => i.id === r.id).myStatus, 'pending');
    const templates = await world.ok(world.officerA, 'GET', '/api/request-templates');
    assert.deepEqual(
      templates.items.map((t: { code: string }) => t.code),
      ['scan_campaign', 'focal_points', 'systems_update'],
    );
  });
});

describe('PUT /api/requests/:id/answer', () => {
  test('401 without a session', async () => {
    const r = await send();
    assert.equal(
      (await world.call(null, 'PUT', `/api/requests/${r.id}/answer`, { answers: {}, submit: false }))
        .statusCode,
      401,
    );
  });
  test('400 for wrong kinds, out of range, unknown fields, missing required on submit', async () => {
    const r = await send();
    const bad = [
      { answers: { scanned: 'mười' }, submit: false },
      { answers: { scanned: -1 }, submit: false },
      { answers: { other: 1 }, submit: false },
      { answers: { scanned: 10 }, submit: true },
      { answers: {}, submit: 'yes' },
    ];
    for (const b of bad) {
      const res = await world.call(world.officerA, 'PUT', `/api/requests/${r.id}/answer`, b);
      assert.equal(res.statusCode, 400, `${JSON.stringify(b)}: ${res.body}`);
    }
  });
  test('403 for a viewer of the unit (reads, never answers)', async () => {
    const r = await send();
    const res = await world.call(world.viewerA, 'PUT', `/api/requests/${r.id}/answer`, {
      answers: {},
      submit: false,
    });
    assert.equal(res.statusCode, 403);
  });
  test('404 for a unit the request was not sent to', async () => {
    const r = await send({ targeting: { mode: 'units', unitIds: [world.communeA.id] } });
    const res = await world.call(world.officerB, 'PUT', `/api/requests/${r.id}/answer`, {
      answers: {},
      submit: false,
    });
    assert.equal(res.statusCode, 404);
  });
  test('409 once submitted, and once the request is closed', async () => {
    const r = await send();
    await world.ok(
      world.officerA,
      'PUT',
      `/api/requests/${r.id}/answer`,
      { answers: { scanned: 5, infected: 0, cleaned: 0 }, submit: true },
      200,
    );
    const again = await world.call(world.officerA, 'PUT', `/api/requests/${r.id}/answer`, {
      answers: { scanned: 6, infected: 0, cleaned: 0 },
      submit: true,
    });
    assert.equal(again.statusCode, 409);
    await world.ok(world.coordinator, 'POST', `/api/requests/${r.id}/close`, undefined, 200);
    const closed = await world.call(world.officerB, 'PUT', `/api/requests/${r.id}/answer`, {
      answers: {},
      submit: false,
    });
    assert.equal(closed.statusCode, 409);
    assert.equal(closed.json().error.code, 'unit_request.closed');
  });
  test('200: draft then submit; totals add up; reopen sends it back; XLSX has every unit and the total', async () => {
    const r = await send();
    const draft = await world.ok(
      world.officerA,
      'PUT',
      `/api/requests/${r.id}/answer`,
      { answers: { scanned: 40 }, submit: false },
      200,
    );
    assert.equal(draft.myStatus, 'draft');
    await world.ok(
      world.officerA,
      'PUT',
      `/api/requests/${r.id}/answer`,
      { answers: { scanned: 40, infected: 3, cleaned: 3, tool: 'BKAV' }, submit: true },
      200,
    );
    await world.ok(
      world.officerB,
      'PUT',
      `/api/requests/${r.id}/answer`,
      { answers: { scanned: 25, infected: 1, cleaned: 0 }, submit: true },
      200,
    );
    const focal = await world.ok(world.coordinator, 'GET', `/api/requests/${r.id}`);
    assert.equal(focal.answered, 2);
    assert.deepEqual(
      focal.totals.map((t: { key: string; total: number }) => [t.key, t.total]),
      [
        ['scanned', 65],
        ['infected', 4],
        ['cleaned', 3],
      ],
    );
    // Reopen: 404 for a unit not asked, 409 for one that has not submitted, then 200.
    const notAsked = await world.call(
      world.coordinator,
      'POST',
      `/api/requests/${r.id}/answers/${world.provider.id}/reopen`,
      { reason: 'Thiếu số liệu' },
    );
    assert.equal(notAsked.statusCode, 404);
    const byUnit = await world.call(
      world.officerA,
      'POST',
      `/api/requests/${r.id}/answers/${world.communeB.id}/reopen`,
      { reason: 'Thiếu số liệu' },
    );
    assert.equal(byUnit.statusCode, 403, 'only the focal office reopens');
    const reopened = await world.ok(
      world.coordinator,
      'POST',
      `/api/requests/${r.id}/answers/${world.communeB.id}/reopen`,
      { reason: 'Chưa xử lý máy nhiễm' },
      200,
    );
    assert.equal(reopened.answered, 1);
    const b = await world.ok(world.officerB, 'GET', `/api/requests/${r.id}`);
    assert.equal(b.answers[0].status, 'draft');
    assert.equal(b.answers[0].reopenReason, 'Chưa xử lý máy nhiễm');
    assert.deepEqual(await world.auditActions(r.id), [
      'unit_request.send',
      'unit_request.answer_save',
      'unit_request.answer_submit',
      'unit_request.answer_submit',
      'unit_request.answer_reopen',
    ]);
    // The XLSX: header, one row per unit, the total row.
    assert.equal(
      (await world.call(world.officerA, 'GET', `/api/requests/${r.id}/answers.xlsx`)).statusCode,
      403,
    );
    const res = await world.call(world.coordinator, 'GET', `/api/requests/${r.id}/answers.xlsx`);
    assert.equal(res.statusCode, 200);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
    const sheet = book.worksheets[0]!;
    assert.equal(sheet.rowCount, 4);
    assert.equal(sheet.getRow(4).getCell(1).value, 'Tổng cộng');
    assert.equal(sheet.getRow(4).getCell(5).value, 40);
  });
});

describe('request reminders and overdue escalation (job)', () => {
  test('a unit that has not answered is reminded before the deadline, then reported overdue once', async () => {
    const { requestReminders } = await import('@ungcuu/core/jobs/request-jobs.ts');
    const r = await send({ deadline: '2099-01-02' });
    await world.ok(
      world.officerA,
      'PUT',
      `/api/requests/${r.id}/answer`,
      { answers: { scanned: 1, infected: 0, cleaned: 0 }, submit: true },
      200,
    );
    const run = (at: string) =>
      world.ctx.db
        .transaction()
        .execute((trx) =>
          requestReminders.run(trx, { db: world.ctx.db, clock: { now: () => new Date(at) } }),
        );
    await run('2098-12-31T03:00:00Z');
    await run('2099-01-03T03:00:00Z');
    await run('2099-01-04T03:00:00Z');
    const notices = await world.ctx.db
      .selectFrom('notifications')
      .select(['unit_id', 'kind', 'title'])
      .where('link', '=', `/requests/${r.id}`)
      .execute();
    const forB = notices
      .filter((n) => n.unit_id === world.communeB.id)
      .map((n) => n.kind)
      .sort();
    assert.deepEqual(forB, ['request_overdue', 'request_received', 'request_received']);
    assert.ok(!notices.some((n) => n.unit_id === world.communeA.id && n.kind === 'request_overdue'));
    assert.ok(notices.some((n) => n.unit_id === world.focal.id && n.kind === 'request_overdue'));
  });
});
