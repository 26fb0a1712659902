import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { MAX_BATCH_REPORTS } from '@ungcuu/domain/incidents/incident-api.ts';
import { hoursAgo, incidentTestWorld, ransomware, UNKNOWN_ID } from '../incidents.testkit.ts';
import { createSystem, expectError } from '../systems.testkit.ts';

// Batch intake for machines (issue 13): POST /api/incidents:batch, one transaction per batch.

const w = incidentTestWorld();
const URL = '/api/incidents:batch';

const quiet = (n: number, overrides: Record<string, unknown> = {}) =>
  Array.from({ length: n }, (_, i) => ({
    title: `Máy trạm số ${i} gửi thư rác ra ngoài`,
    description: `Phát hiện máy trạm ${i} kết nối tới 203.0.113.${i % 250} liên tục.`,
    detectedAt: hoursAgo(2),
    triggers: {},
    ...overrides,
  }));

let reportToken = '';
let readToken = '';
async function tokens() {
  if (reportToken) return;
  const make = async (scopes: string[]) => {
    const res = await w.call(w.officerA, 'POST', '/api/tokens', { name: `máy ${scopes[0]}`, scopes });
    assert.equal(res.statusCode, 201, res.body);
    return res.json().secret as string;
  };
  reportToken = await make(['incidents.report']);
  readToken = await make(['read']);
}
const bearer = (secret: string) => ({ authorization: `Bearer ${secret}` });

describe('POST /api/incidents:batch', () => {
  test('401 without a session or token', async () => {
    expectError(await w.ctx.inject({ method: 'POST', url: URL, payload: { reports: quiet(1) } }), 401);
  });

  test('400 an empty batch, more than 500 reports, or an item that breaks the report schema', async () => {
    expectError(await w.call(w.officerA, 'POST', URL, { reports: [] }), 400, 'validation.failed');
    expectError(
      await w.call(w.officerA, 'POST', URL, { reports: quiet(MAX_BATCH_REPORTS + 1) }),
      400,
      'validation.failed',
    );
    expectError(
      await w.call(w.officerA, 'POST', URL, { reports: [...quiet(2), { title: 'x' }] }),
      400,
      'validation.failed',
    );
    expectError(
      await w.call(w.officerA, 'POST', URL, { mode: 'sometimes', reports: quiet(1) }),
      400,
      'validation.failed',
    );
  });

  test('403 a token without the report scope; an item filed for another unit; a viewer', async () => {
    await tokens();
    const byReadToken = await w.ctx.inject({
      method: 'POST',
      url: URL,
      headers: bearer(readToken),
      payload: { reports: quiet(1) },
    });
    expectError(byReadToken, 403, 'auth.token_scope');
    expectError(
      await w.call(w.officerA, 'POST', URL, {
        reports: [...quiet(2), ...quiet(1, { reportingUnitId: w.communeB.id })],
      }),
      403,
      'forbidden',
    );
    expectError(await w.call(w.viewerA, 'POST', URL, { reports: quiet(1) }), 403, 'forbidden');
  });

  test("404 an item naming another unit's system or an unknown one: nothing is filed", async () => {
    const systemB = await createSystem(w.ctx, w.coordinator, w.communeB.id);
    const before = await countIncidents();
    expectError(
      await w.call(w.officerA, 'POST', URL, {
        reports: [...quiet(2), ...quiet(1, { systemId: systemB.id })],
      }),
      404,
      'not_found',
    );
    expectError(
      await w.call(w.officerA, 'POST', URL, { reports: quiet(1, { systemId: UNKNOWN_ID }) }),
      404,
      'not_found',
    );
    assert.equal(await countIncidents(), before);
  });

  test('200 per item: the valid reports are filed, a report detected in the future answers its error', async () => {
    const future = new Date(Date.now() + 86_400_000).toISOString();
    const res = await w.call(w.officerA, 'POST', URL, {
      reports: [...quiet(2), ...quiet(1, { detectedAt: future }), ransomware()],
    });
    assert.equal(res.statusCode, 200, res.body);
    const body = res.json();
    assert.equal(body.mode, 'per_item');
    assert.equal(body.committed, true);
    assert.equal(body.created, 3);
    assert.equal(body.failed, 1);
    assert.deepEqual(
      body.results.map((r: { index: number; ok: boolean; error: string | null }) => [r.index, r.ok, r.error]),
      [
        [0, true, null],
        [1, true, null],
        [2, false, 'incident.detected_in_future'],
        [3, true, null],
      ],
    );
    const filed = body.results.filter((r: { ok: boolean }) => r.ok);
    assert.equal(new Set(filed.map((r: { code: string }) => r.code)).size, 3);
    for (const r of filed) {
      assert.match(r.code, /^SC-\d{4}-\d{4,}$/);
      assert.deepEqual(await w.auditActions(r.id), ['incident.report']);
      const events = await w.timeline(r.id);
      assert.deepEqual(
        events.map((e) => e.event),
        ['detected', 'reported', 'acknowledged'],
      );
      assert.deepEqual(events[2]?.data, { code: r.code });
    }
    assert.equal(body.results[3].tier, 'T3');
    const row = await w.incidentRow(body.results[0].id);
    assert.equal(row.reporting_unit_id, w.communeA.id);
    assert.equal(row.channel, 'web');
  });

  test('200 all or nothing: one refused item files none, the others say why', async () => {
    const before = await countIncidents();
    const future = new Date(Date.now() + 86_400_000).toISOString();
    const res = await w.call(w.officerA, 'POST', URL, {
      mode: 'all_or_nothing',
      reports: [...quiet(2), ...quiet(1, { detectedAt: future })],
    });
    assert.equal(res.statusCode, 200, res.body);
    const body = res.json();
    assert.equal(body.committed, false);
    assert.equal(body.created, 0);
    assert.deepEqual(
      body.results.map((r: { error: string }) => r.error),
      ['incident.batch_rolled_back', 'incident.batch_rolled_back', 'incident.detected_in_future'],
    );
    assert.equal(await countIncidents(), before);
  });

  test('200 a machine with a report-only token files 500 reports in one call; the office gets one notice', async () => {
    await tokens();
    const res = await w.ctx.inject({
      method: 'POST',
      url: URL,
      headers: bearer(reportToken),
      payload: { mode: 'all_or_nothing', reports: quiet(MAX_BATCH_REPORTS) },
    });
    assert.equal(res.statusCode, 200, res.body.slice(0, 500));
    const body = res.json();
    assert.equal(body.created, MAX_BATCH_REPORTS);
    const first = await w.incidentRow(body.results[0].id);
    assert.equal(first.channel, 'api');
    const notices = await w.ctx.db
      .selectFrom('notifications')
      .select(['title'])
      .where('kind', '=', 'incident_reported')
      .where('dedupe_key', 'like', `incidents-reported:${body.results[0].id}%`)
      .execute();
    assert.equal(notices.length, 1);
    assert.match(JSON.stringify(notices[0]?.title), /500/);
  });
});

async function countIncidents(): Promise<number> {
  const row = await w.ctx.db
    .selectFrom('incidents')
    .select((eb) => eb.fn.countAll<string>().as('n'))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}
