import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { after, before, describe, test } from 'node:test';
import type { LightMyRequestResponse } from 'fastify';
import { TestContext, type TestUser } from '../../testing/test-app.ts';
import { createSystem, endpoint, expectError, get, post, UNKNOWN_ID } from '../systems.testkit.ts';

// Alert intake (issue 10): webhooks of the security tools, then the screens' endpoints. Unhappy
// paths first; then correlation, storms, suppression, maintenance, mapping and unit isolation.

const fixture = (name: string) =>
  readFileSync(
    new URL(`../../../../../packages/domain/src/alerts/testdata/${name}`, import.meta.url),
    'utf8',
  );

let ctx: TestContext;
let coordinator: TestUser;
let officerA: TestUser;
let officerB: TestUser;
let unitA: { id: string };
let unitB: { id: string };
let systemA: { id: string };
let systemB: { id: string };
let bearer: Record<string, string>;
let readOnlyBearer: Record<string, string>;
let groupOfA = '';
let admin: TestUser;
let incidentOfA = '';

async function makeToken(as: TestUser, scopes: string[]) {
  const created = await post(ctx, as, '/api/tokens', { name: `Wazuh ${scopes.join(',')}`, scopes });
  return { authorization: `Bearer ${created.secret}` };
}

function send(kind: string, payload: unknown, headers = bearer, contentType = 'application/json') {
  return ctx.inject({
    method: 'POST',
    url: `/api/alerts/${kind}`,
    headers: { ...headers, 'content-type': contentType },
    payload: typeof payload === 'string' ? payload : JSON.stringify(payload),
  });
}
async function accepted(res: LightMyRequestResponse) {
  assert.equal(res.statusCode, 200, res.body.slice(0, 800));
  return res.json() as {
    sourceId: string;
    accepted: number;
    duplicate: number;
    suppressed: number;
    rejected: number;
    items: {
      index: number;
      status: string;
      alertId: string | null;
      groupId: string | null;
      error: { code: string } | null;
    }[];
  };
}
const generic = (n: number, extra: Record<string, unknown> = {}) => ({
  alerts: Array.from({ length: n }, (_, i) => ({
    title: 'Quét cổng',
    severity: 'low',
    host: 'storm-host',
    ...extra,
    ...(extra.externalId ? { externalId: `${extra.externalId}-${i}` } : {}),
  })),
});

before(async () => {
  ctx = await TestContext.create();
  const focal = await ctx.unit({ name: 'Phòng VHKHTT', type: 'focal_office' });
  unitA = await ctx.unit({ name: 'UBND phường Bạch Sam' });
  unitB = await ctx.unit({ name: 'UBND xã Xuân Dục' });
  coordinator = await ctx.user(['coordinator'], { unitId: focal.id });
  officerA = await ctx.user(['unit_officer'], { unitId: unitA.id });
  officerB = await ctx.user(['unit_officer'], { unitId: unitB.id });
  systemA = await createSystem(ctx, coordinator, unitA.id, {
    addresses: [
      { kind: 'domain', value: 'bachsam.hungyen.gov.vn' },
      { kind: 'ip', value: '10.20.1.15' },
    ],
  });
  systemB = await createSystem(ctx, coordinator, unitB.id, {
    addresses: [{ kind: 'url', value: 'https://xuanduc.hungyen.gov.vn/' }],
  });
  bearer = await makeToken(coordinator, ['alerts.write']);
  readOnlyBearer = await makeToken(coordinator, ['read', 'write']);

  const out1 = await accepted(
    await send('generic', { title: 'Nhóm của A', severity: 'info', ip: '10.20.1.15' }),
  );
  groupOfA = out1.items[0]!.groupId!;

  admin = await ctx.user(['admin']);

  const out3 = await accepted(
    await send('generic', {
      title: 'Mã độc trên máy chủ',
      severity: 'critical',
      ip: '10.20.1.15',
      ruleId: 'MAL-9',
    }),
  );
  const group = await get(ctx, coordinator, `/api/alert-groups/${out3.items[0]!.groupId}`);
  incidentOfA = group.incidentId;
});
after(() => ctx.close());
const c = () => ctx;

describe('POST /api/alerts/:kind (webhooks)', () => {
  test('401 without credentials', async () => {
    expectError(
      await send('wazuh', JSON.parse(fixture('wazuh-sshd-bruteforce.json')), {}),
      401,
      'auth.required',
    );
  });
  test('400 on a body that is not an alert body, not JSON, or nested too deep', async () => {
    expectError(await send('wazuh', '42'), 400, 'alert.body_invalid');
    expectError(await send('generic', '{"alerts": [1, 2'), 400, 'alert.body_invalid');
    expectError(await send('generic', `${'['.repeat(5000)}${']'.repeat(5000)}`), 400, 'alert.body_too_deep');
    expectError(await send('alertmanager', { version: '3', alerts: [{}] }), 400, 'alert.body_invalid');
    const rejected = await send('generic', { alerts: [{ severity: 'high' }, 'x'] });
    expectError(rejected, 400, 'alert.batch_rejected');
    assert.equal(rejected.json().error.details[0].error.code, 'alert.item_missing_field');
  });
  test('413 on more than 1,000 items', async () => {
    expectError(await send('generic', generic(1001)), 413, 'alert.batch_too_large');
  });
  test('403 for a token without the alerts.write scope, and for a browser session', async () => {
    expectError(await send('generic', generic(1), readOnlyBearer), 403, 'auth.token_scope');
    const res = await ctx.inject({
      method: 'POST',
      url: '/api/alerts/generic',
      headers: coordinator.headers,
      payload: generic(1),
    });
    expectError(res, 403, 'alert.token_required');
  });
  test('403 for a token of someone who may not send alerts', async () => {
    const own = await makeToken(officerA, ['alerts.write']);
    expectError(await send('generic', generic(1), own), 403, 'forbidden');
  });

  test('Wazuh: accepted after commit, mapped to the system by the agent IP, one incident opened', async () => {
    const body = JSON.parse(fixture('wazuh-sshd-bruteforce.json'));
    const out = await accepted(await send('wazuh', body));
    assert.equal(out.accepted, 1);
    const alert = await get(ctx, coordinator, `/api/alerts/${out.items[0]!.alertId}`);
    assert.equal(alert.systemId, systemA.id);
    assert.equal(alert.unitId, unitA.id);
    assert.equal(alert.severity, 'high');
    assert.equal((alert.raw as { rule: { id: string } }).rule.id, '5712');
    const group = await get(ctx, coordinator, `/api/alert-groups/${out.items[0]!.groupId}`);
    assert.ok(group.incidentId, 'a high alert opens an incident');
    const incident = await get(ctx, coordinator, `/api/incidents/${group.incidentId}`);
    assert.equal(incident.reportingUnitId ?? unitA.id, unitA.id);
    // The same rule on the same agent again: the group counts it, no second incident.
    const again = await accepted(await send('wazuh', { ...body, id: 'second-delivery' }));
    assert.equal(again.items[0]!.groupId, group.id);
    const after = await get(ctx, coordinator, `/api/alert-groups/${group.id}`);
    assert.equal(after.count, 2);
    assert.equal(after.incidentId, group.incidentId);
    const behind = await get(ctx, coordinator, `/api/incidents/${group.incidentId}/alerts`);
    assert.equal(behind.total, 2);
    assert.equal(behind.groups[0].id, group.id);
    // The retried delivery (same Wazuh id) is a duplicate, stored once.
    const retry = await accepted(await send('wazuh', body));
    assert.equal(retry.duplicate, 1);
    assert.equal((await get(ctx, coordinator, `/api/alert-groups/${group.id}`)).count, 2);
  });

  test('Suricata NDJSON and Alertmanager payloads; per-item results for mixed batches', async () => {
    const eve = await accepted(
      await send('suricata', fixture('suricata-eve.ndjson'), bearer, 'application/x-ndjson'),
    );
    assert.equal(eve.accepted, 5);
    const am = await accepted(await send('alertmanager', JSON.parse(fixture('alertmanager-v4.json'))));
    assert.equal(am.accepted, 2);
    const probe = await get(ctx, coordinator, `/api/alerts/${am.items[0]!.alertId}`);
    assert.equal(probe.systemId, systemB.id, 'mapped by the URL host');
    const mixed = await accepted(
      await send('generic', { alerts: [{ title: 'Tốt', host: 'x1' }, { title: 5, host: [] }, 'y'] }),
    );
    assert.deepEqual(
      mixed.items.map((i) => [i.status, i.error?.code ?? null]),
      [
        ['accepted', null],
        ['rejected', 'alert.item_bad_field'],
        ['rejected', 'alert.item_not_object'],
      ],
    );
  });

  test('a retried batch with the same externalIds is counted once', async () => {
    const batch = generic(50, { externalId: 'retry' });
    const first = await accepted(await send('generic', batch));
    const second = await accepted(await send('generic', batch));
    assert.equal(first.accepted, 50);
    assert.equal(second.duplicate, 50);
    const rows = await ctx.db
      .selectFrom('alerts')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('external_id', 'like', 'retry-%')
      .executeTakeFirstOrThrow();
    assert.equal(Number(rows.n), 50);
  });

  test('storm: 10,000 alerts of one fingerprint become one group and one incident with a count', async () => {
    const batch = generic(1000, { severity: 'critical', host: 'flood-target', title: 'SYN flood' });
    await Promise.all(Array.from({ length: 10 }, () => send('generic', batch).then(accepted)));
    const groups = await ctx.db
      .selectFrom('alert_groups')
      .selectAll()
      .where('host_key', '=', 'flood-target')
      .execute();
    assert.equal(groups.length, 1);
    assert.equal(groups[0]!.count, 10_000);
    assert.ok(groups[0]!.incident_id);
    const incidents = await ctx.db
      .selectFrom('incidents')
      .select('id')
      .where('title', 'like', '%SYN flood%')
      .execute();
    assert.equal(incidents.length, 1);
    const audits = await ctx.db
      .selectFrom('audit_log')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('action', '=', 'alert.ingest')
      .executeTakeFirstOrThrow();
    assert.ok(Number(audits.n) < 100, 'one audit record per batch, not per alert');
  });

  test('429 with Retry-After when the source is over its rate; nothing stored', async () => {
    const limited = await makeToken(coordinator, ['alerts.write']);
    const first = await accepted(await send('generic', generic(3), limited));
    await post(ctx, coordinator, '/api/alert-sources', {}, 400);
    const res = await ctx.inject({
      method: 'PATCH',
      url: `/api/alert-sources/${first.sourceId}`,
      headers: coordinator.headers,
      payload: { ratePerMinute: 5 },
    });
    assert.equal(res.statusCode, 200, res.body);
    const refused = await send('generic', generic(10), limited);
    expectError(refused, 429, 'alert.rate_limited');
    assert.ok(Number(refused.headers['retry-after']) >= 1);
  });
});

describe('suppression and maintenance', () => {
  test('a suppression rule stores alerts as suppressed, counted, and opens no incident', async () => {
    const rule = await post(ctx, coordinator, '/api/alert-suppressions', {
      ruleId: 'NOISY-1',
      reason: 'Quét định kỳ của đơn vị cung cấp dịch vụ',
    });
    const out = await accepted(
      await send('generic', generic(5, { ruleId: 'NOISY-1', severity: 'critical', host: 'noisy' })),
    );
    assert.equal(out.suppressed, 5);
    const group = await get(ctx, coordinator, `/api/alert-groups/${out.items[0]!.groupId}`);
    assert.equal(group.status, 'suppressed');
    assert.equal(group.suppressedCount, 5);
    assert.equal(group.incidentId, null);
    const list = await get(ctx, coordinator, '/api/alert-suppressions');
    assert.equal(list.items.find((s: { id: string }) => s.id === rule.id).hits, 5);
  });

  test('a maintenance window of a system suppresses its alerts while it lasts', async () => {
    const now = Date.now();
    await post(ctx, coordinator, '/api/alert-maintenance', {
      systemId: systemB.id,
      startsAt: new Date(now - 60_000).toISOString(),
      endsAt: new Date(now + 3_600_000).toISOString(),
      reason: 'Nâng cấp máy chủ cổng thông tin',
    });
    const out = await accepted(
      await send('generic', {
        title: 'Service down',
        severity: 'critical',
        url: 'https://xuanduc.hungyen.gov.vn/',
      }),
    );
    assert.equal(out.items[0]!.status, 'suppressed');
    expectError(
      await ctx.inject({
        method: 'POST',
        url: '/api/alert-maintenance',
        headers: coordinator.headers,
        payload: {
          systemId: systemB.id,
          startsAt: new Date(now).toISOString(),
          endsAt: new Date(now - 1).toISOString(),
          reason: 'sai',
        },
      }),
      400,
      'alert.window_order',
    );
  });
});

describe('unknown sources', () => {
  test('unknown hosts are listed; mapping one to a system maps recent and later alerts', async () => {
    const first = await accepted(await send('generic', { title: 'Lạ', severity: 'low', host: 'Mystery-PC' }));
    const page = await get(ctx, coordinator, '/api/alert-unmapped?q=mystery');
    assert.equal(page.items[0].value, 'mystery-pc');
    expectError(
      await ctx.inject({ method: 'GET', url: '/api/alert-unmapped', headers: officerA.headers }),
      403,
      'forbidden',
    );
    const mapped = await post(
      ctx,
      coordinator,
      '/api/alert-unmapped/map',
      { value: 'mystery-pc', systemId: systemA.id },
      200,
    );
    assert.equal(mapped.remappedAlerts, 1);
    assert.equal(
      (await get(ctx, coordinator, `/api/alerts/${first.items[0]!.alertId}`)).systemId,
      systemA.id,
    );
    const later = await accepted(await send('generic', { title: 'Lạ', severity: 'low', host: 'mystery-pc' }));
    assert.equal(
      (await get(ctx, coordinator, `/api/alerts/${later.items[0]!.alertId}`)).systemId,
      systemA.id,
    );
    assert.equal((await get(ctx, coordinator, '/api/alert-unmapped?q=mystery')).total, 0);
  });
});

endpoint(c, 'GET /api/alerts', {
  method: 'GET',
  url: () => '/api/alerts',
  as: () => coordinator,
  bad: { url: () => '/api/alerts?severity=urgent' },
  forbidden: {
    scoped: "a ward officer sees only alerts of its unit's systems",
    check: async () => {
      const page = await get(ctx, officerA, '/api/alerts?limit=200');
      assert.ok(page.items.length > 0);
      assert.ok(page.items.every((a: { unitId: string }) => a.unitId === unitA.id));
      const pageB = await get(ctx, officerB, '/api/alerts?limit=200');
      assert.ok(pageB.items.every((a: { unitId: string }) => a.unitId === unitB.id));
    },
  },
  notFound: { url: () => `/api/alerts?systemId=${UNKNOWN_ID}` },
  success: { status: 200, check: (res) => assert.ok(res.json().total > 0) },
});

endpoint(c, 'GET /api/alert-groups/:id', {
  method: 'GET',
  url: () => `/api/alert-groups/${groupOfA}`,
  as: () => coordinator,
  bad: { url: () => '/api/alert-groups/not-a-uuid' },
  forbidden: { hidden: () => officerB },
  notFound: { url: () => `/api/alert-groups/${UNKNOWN_ID}` },
  success: { status: 200, check: (res) => assert.ok(res.json().alerts.length > 0) },
});

endpoint(c, 'POST /api/alert-groups/:id/incident', {
  method: 'POST',
  url: () => `/api/alert-groups/${groupOfA}/incident`,
  payload: () => ({ title: 'Sự cố mở từ nhóm cảnh báo' }),
  as: () => coordinator,
  bad: { payload: () => ({ title: 'x' }) },
  forbidden: { user: () => officerA },
  notFound: { url: () => `/api/alert-groups/${UNKNOWN_ID}/incident` },
  success: {
    status: 200,
    check: async (res) => {
      assert.ok(res.json().incidentId);
      expectError(
        await ctx.inject({
          method: 'POST',
          url: `/api/alert-groups/${groupOfA}/incident`,
          headers: coordinator.headers,
          payload: {},
        }),
        409,
        'alert.group_has_incident',
      );
    },
  },
});

endpoint(c, 'POST /api/alert-suppressions', {
  method: 'POST',
  url: () => '/api/alert-suppressions',
  payload: () => ({
    host: 'scanner.local',
    reason: 'Máy quét nội bộ',
    expiresAt: new Date(Date.now() + 86_400_000).toISOString(),
  }),
  as: () => coordinator,
  bad: { payload: () => ({ reason: 'x' }) },
  forbidden: { user: () => officerA },
  notFound: { payload: () => ({ sourceId: UNKNOWN_ID, reason: 'Không có nguồn này' }) },
  success: { status: 201, check: (res) => assert.equal(res.json().active, true) },
});

endpoint(c, 'GET /api/alert-sources', {
  method: 'GET',
  url: () => '/api/alert-sources',
  as: () => coordinator,
  bad: { na: 'no input' },
  forbidden: { user: () => officerA },
  notFound: { na: 'a list' },
  success: {
    status: 200,
    check: (res) => {
      const wazuh = res.json().items.find((s: { kind: string }) => s.kind === 'wazuh');
      assert.equal(wazuh.webhookPath, '/api/alerts/wazuh');
      assert.ok(wazuh.received >= 2);
    },
  },
});

endpoint(c, 'PUT /api/alert-settings', {
  method: 'PUT',
  url: () => '/api/alert-settings',
  payload: () => ({
    retentionDays: 30,
    correlationWindowMinutes: 30,
    incidentSeverity: 'high',
    timelineEveryMinutes: 10,
  }),
  as: () => admin,
  bad: { payload: () => ({ retentionDays: 0 }) },
  forbidden: { user: () => coordinator },
  notFound: { na: 'a setting' },
  success: { status: 200, check: (res) => assert.equal(res.json().retentionDays, 30) },
});

endpoint(c, 'GET /api/incidents/:id/alerts', {
  method: 'GET',
  url: () => `/api/incidents/${incidentOfA}/alerts`,
  as: () => coordinator,
  bad: { url: () => `/api/incidents/${incidentOfA}/alerts?limit=0` },
  forbidden: { hidden: () => officerB },
  notFound: { url: () => `/api/incidents/${UNKNOWN_ID}/alerts` },
  success: { status: 200, check: (res) => assert.ok(res.json().total >= 1) },
});
