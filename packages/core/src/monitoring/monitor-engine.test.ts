import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { DatabaseHandle } from '../db/engine.ts';
import { createServices, type Services } from '../services.ts';
import { type RequestActor, SYSTEM_ACTOR } from '../shared/context.ts';
import { createTestDatabase } from '../testing/test-db.ts';
import { type MonitorRunner, startMonitorRunner } from './monitor-runner.ts';
import { DEFACED_PAGE, portalPage, startTestSite, type TestSite } from './testing/test-site.ts';

// The checker end to end on the test database: real checks against a loopback site the test
// breaks and repairs, outages becoming one incident each through the intake, recovery notes,
// bucketed uptime, the probe agreement rule, and two checkers sharing one database.

let handle: DatabaseHandle;
let services: Services;
let site: TestSite;
let runner: MonitorRunner;
let unitId: string;
let t = Date.parse('2026-12-05T02:00:00Z');
const clock = { now: () => new Date(t) };
const actor: RequestActor = { ...SYSTEM_ACTOR, label: 'test' };
/** Past every next run (interval 60 s plus up to 10 % jitter). */
const nextRound = () => {
  t += 70_000;
};

before(async () => {
  handle = await createTestDatabase();
  services = createServices(handle, clock);
  site = await startTestSite();
  runner = startMonitorRunner(services.deps, services.monitorEngine, {}, () => {}, false);
  const unit = await handle.db
    .insertInto('units')
    .values({
      code: `P${Date.now()}`,
      name: 'UBND phường Bạch Sam',
      type: 'commune',
      updated_at: clock.now(),
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  unitId = unit.id;
});
after(async () => {
  await runner.stop();
  await site.close();
  await handle.close();
});

async function monitorRow(id: string) {
  return handle.db.selectFrom('monitors').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
}

describe('outage → one incident → recovery', () => {
  test('an HTTP monitor failing twice in a row opens one incident; recovery adds a timeline note', async () => {
    const m = await services.monitors.create(actor, {
      name: 'Cổng TTĐT phường Bạch Sam',
      kind: 'http',
      target: site.httpUrl,
      unitId,
      intervalSeconds: 60,
      failThreshold: 2,
    });
    assert.equal(m.status, 'pending');
    assert.equal(await runner.runDueOnce(), 1);
    assert.equal((await monitorRow(m.id)).status, 'up');

    site.state.mode = 'error';
    nextRound();
    await runner.runDueOnce();
    let row = await monitorRow(m.id);
    assert.equal(row.status, 'up', 'one failure is below the threshold');
    assert.equal(row.consecutive_failures, 1);
    nextRound();
    await runner.runDueOnce();
    row = await monitorRow(m.id);
    assert.equal(row.status, 'down');
    assert.ok(row.incident_id, 'incident filed');
    nextRound();
    await runner.runDueOnce();
    nextRound();
    await runner.runDueOnce();
    const incidents = await handle.db
      .selectFrom('incidents')
      .selectAll()
      .where('channel', '=', 'monitor')
      .execute();
    assert.equal(incidents.length, 1, 'one incident per outage, not per failed check');
    const incident = incidents[0]!;
    assert.equal(incident.reporting_unit_id, unitId);
    assert.match(incident.title, /Cổng TTĐT phường Bạch Sam/);
    assert.equal(incident.id, (await monitorRow(m.id)).incident_id);

    site.state.mode = 'up';
    nextRound();
    await runner.runDueOnce();
    row = await monitorRow(m.id);
    assert.equal(row.status, 'up');
    assert.equal(row.incident_id, null);
    const notes = await handle.db
      .selectFrom('incident_timeline')
      .selectAll()
      .where('incident_id', '=', incident.id)
      .where('event', '=', 'monitor_recovered')
      .execute();
    assert.equal(notes.length, 1);
    const audits = await handle.db
      .selectFrom('audit_log')
      .select('action')
      .where('entity_id', '=', m.id)
      .where('action', 'in', ['monitor.down', 'monitor.up'])
      .execute();
    assert.deepEqual(audits.map((a) => a.action).sort(), ['monitor.down', 'monitor.up']);

    // Six checks, two good: uptime from the buckets, not the raw rows.
    await handle.db.deleteFrom('monitor_results').where('monitor_id', '=', m.id).execute();
    const detail = await services.monitors.get(actor, m.id);
    assert.equal(detail.uptime.h24, 2 / 6);
    assert.equal(detail.uptime.d30, 2 / 6);
    assert.equal(
      detail.hourly.reduce((s, p) => s + p.checks, 0),
      6,
    );
    assert.ok(detail.uptime.avgResponseMs24h !== null);
  });

  test('a defacement opens an incident classified as defacement; the diff shows it; a new baseline can be approved', async () => {
    site.state.html = portalPage(1);
    const m = await services.monitors.create(actor, {
      name: 'Giao diện cổng TTĐT',
      kind: 'defacement',
      target: `${site.httpUrl}trang-chu`,
      unitId,
      intervalSeconds: 60,
    });
    await runner.runDueOnce();
    assert.ok((await monitorRow(m.id)).baseline, 'the first page seen becomes the baseline');

    site.state.html = DEFACED_PAGE;
    nextRound();
    await runner.runDueOnce();
    const row = await monitorRow(m.id);
    assert.equal(row.status, 'down');
    const incident = await handle.db
      .selectFrom('incidents')
      .selectAll()
      .where('id', '=', row.incident_id!)
      .executeTakeFirstOrThrow();
    assert.equal((incident.suggestion as { subtype: string }).subtype, 'attack.defacement');
    const diff = await services.monitors.diff(actor, m.id);
    assert.equal(diff.changed, true);
    assert.ok(diff.parts.some((p) => p.op === 'added' && p.lines.some((l) => l.includes('hacked by xteam'))));
    assert.ok(diff.parts.some((p) => p.op === 'removed'));
    assert.ok(diff.markers.some((mk) => mk.kind === 'hacked_text'));

    // Restored by the unit: the check against the approved baseline recovers.
    site.state.html = portalPage(2);
    nextRound();
    await runner.runDueOnce();
    assert.equal((await monitorRow(m.id)).status, 'up');

    // A redesign is a change too, until someone who read the diff approves the new page.
    site.state.html = `<html><body><div class="new"><h1>Trang mới</h1><p>Giao diện mới của cổng thông tin từ năm 2027</p></div></body></html>`;
    nextRound();
    await runner.runDueOnce();
    const before = await monitorRow(m.id);
    assert.equal(before.status, 'down');
    await assert.rejects(
      services.monitors.approveBaseline(actor, m.id, before.version + 5),
      /conflict\.stale/,
    );
    await services.monitors.approveBaseline(actor, m.id, before.version);
    await runner.runDueOnce();
    assert.equal((await monitorRow(m.id)).status, 'up');
  });
});

describe('probes must agree', () => {
  test('the server failing alone is not an outage when the monitor asks for a probe to agree', async () => {
    site.state.mode = 'up';
    const m = await services.monitors.create(actor, {
      name: 'Dịch vụ công phường',
      kind: 'http',
      target: `${site.httpUrl}dich-vu-cong`,
      unitId,
      intervalSeconds: 60,
      failThreshold: 1,
      probesRequired: 1,
    });
    const created = await services.probes.create(actor, { name: 'Mạng phường', unitId });
    const probe = await services.probes.authenticate(created.secret);
    const { checks } = await services.probes.checks(probe);
    assert.deepEqual(
      checks.map((c) => c.monitorId),
      [m.id],
    );
    site.state.mode = 'error';
    nextRound();
    await runner.runDueOnce();
    assert.notEqual((await monitorRow(m.id)).status, 'down', 'no probe agrees yet');

    const ok = await services.probes.submit(probe, {
      results: [
        {
          monitorId: m.id,
          checkedAt: clock.now().toISOString(),
          ok: false,
          responseMs: null,
          message: 'HTTP 500',
        },
      ],
    });
    assert.deepEqual(ok, { accepted: 1, rejected: 0 });
    assert.equal((await monitorRow(m.id)).status, 'down', 'the probe agreeing opens the outage');
    site.state.mode = 'up';

    const stranger = await services.probes.submit(probe, {
      results: [
        {
          monitorId: '00000000-0000-4000-8000-0000000000ff',
          checkedAt: clock.now().toISOString(),
          ok: false,
          responseMs: null,
          message: 'x',
        },
        {
          monitorId: m.id,
          checkedAt: new Date(t - 3_600_000).toISOString(),
          ok: false,
          responseMs: null,
          message: 'old',
        },
      ],
    });
    assert.deepEqual(stranger, { accepted: 0, rejected: 2 });
    await services.probes.revoke(actor, created.probe.id);
    await assert.rejects(services.probes.authenticate(created.secret), /probe\.invalid_token/);
  });
});

describe('two checkers on one database', () => {
  test('each due monitor is checked once', async () => {
    const ids: string[] = [];
    for (let i = 0; i < 40; i++)
      ids.push(
        (
          await services.monitors.create(actor, {
            name: `Trang ${i}`,
            kind: 'http',
            target: `${site.httpUrl}trang/${i}`,
            unitId,
            intervalSeconds: 60,
          })
        ).id,
      );
    const second = startMonitorRunner(
      services.deps,
      services.monitorEngine,
      { concurrency: 7 },
      () => {},
      false,
    );
    const first = startMonitorRunner(
      services.deps,
      services.monitorEngine,
      { concurrency: 5 },
      () => {},
      false,
    );
    nextRound();
    const [a, b] = await Promise.all([first.runDueOnce(), second.runDueOnce()]);
    const results = await handle.db
      .selectFrom('monitor_results')
      .select(['monitor_id', (eb) => eb.fn.countAll<string>().as('n')])
      .where('monitor_id', 'in', ids)
      .groupBy('monitor_id')
      .execute();
    assert.equal(results.length, 40);
    assert.ok(
      results.every((r) => Number(r.n) === 1),
      'no monitor checked twice',
    );
    assert.ok(a + b >= 40);
    await Promise.all([first.stop(), second.stop()]);
  });
});
