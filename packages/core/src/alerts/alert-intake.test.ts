import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { AlertSourceRef } from '@ungcuu/domain/alerts/alert.ts';
import { parseAlertBody } from '@ungcuu/domain/alerts/alert-parsers.ts';
import { putSetting } from '../auth/settings.repository.ts';
import type { DatabaseHandle } from '../db/engine.ts';
import { alertRetentionJob } from '../jobs/alert-jobs.ts';
import { createServices, type Services } from '../services.ts';
import { createTestDatabase } from '../testing/test-db.ts';
import { ALERT_SETTINGS_KEY, ingestAlerts, syslogSource } from './alert-intake.ts';
import { listPartitions, partitionDay } from './alert-partitions.repository.ts';

// The intake on the test database with a clock the test moves: the correlation window, the
// rate-limited incident timeline, and retention dropping whole daily partitions.

const DAY = 86_400_000;
let handle: DatabaseHandle;
let services: Services;
let source: AlertSourceRef;
let t = Date.parse('2026-12-05T02:00:00Z');
const clock = { now: () => new Date(t) };

const items = (alerts: Record<string, unknown>[]) => {
  const body = parseAlertBody('generic', { alerts });
  assert.ok(body.ok);
  return body.items;
};

before(async () => {
  handle = await createTestDatabase();
  services = createServices(handle, clock);
  const unit = await handle.db
    .insertInto('units')
    .values({ code: `S${Date.now()}`, name: 'Phòng VHKHTT', type: 'focal_office', updated_at: clock.now() })
    .returning('id')
    .executeTakeFirstOrThrow();
  // The syslog listener's entry point: a source by name, then ingestAlerts.
  source = await syslogSource(services.deps, 'firewall 10.0.0.1', unit.id);
});
after(() => handle.close());

describe('correlation window and incident timeline', () => {
  test('same fingerprint inside the window counts on one group; after it a new group starts', async () => {
    const a = await ingestAlerts(
      services.deps,
      source,
      items([{ title: 'Port scan', host: 'fw-1', severity: 'low' }]),
    );
    t += 10 * 60_000;
    const b = await ingestAlerts(
      services.deps,
      source,
      items([{ title: 'Port scan', host: 'fw-1', severity: 'low' }]),
    );
    assert.equal(a.items[0]!.groupId, b.items[0]!.groupId);
    t += 31 * 60_000;
    const c = await ingestAlerts(
      services.deps,
      source,
      items([{ title: 'Port scan', host: 'fw-1', severity: 'low' }]),
    );
    assert.notEqual(c.items[0]!.groupId, a.items[0]!.groupId);
    const old = await handle.db
      .selectFrom('alert_groups')
      .select(['status', 'count'])
      .where('id', '=', a.items[0]!.groupId!)
      .executeTakeFirstOrThrow();
    assert.deepEqual(old, { status: 'closed', count: 2 });
  });

  test('a group over the threshold opens one incident; later alerts add a timeline entry at most every 10 minutes', async () => {
    const alert = { title: 'Webshell upload', host: 'portal-2', severity: 'critical', ruleId: 'WS-1' };
    const first = await ingestAlerts(services.deps, source, items([alert]));
    const group = await handle.db
      .selectFrom('alert_groups')
      .selectAll()
      .where('id', '=', first.items[0]!.groupId!)
      .executeTakeFirstOrThrow();
    assert.ok(group.incident_id);
    const incident = await handle.db
      .selectFrom('incidents')
      .selectAll()
      .where('id', '=', group.incident_id)
      .executeTakeFirstOrThrow();
    assert.equal(incident.channel, 'alert');
    assert.equal(JSON.parse(JSON.stringify(incident.suggestion)).subtype, 'attack.intrusion');
    const entries = async () =>
      handle.db
        .selectFrom('incident_timeline')
        .select('data')
        .where('incident_id', '=', group.incident_id!)
        .where('event', '=', 'alerts_added')
        .execute();
    t += 60_000;
    await ingestAlerts(services.deps, source, items([alert, alert]));
    assert.equal((await entries()).length, 0, 'within 10 minutes of the filing: no entry');
    t += 10 * 60_000;
    await ingestAlerts(services.deps, source, items([alert]));
    const written = await entries();
    assert.equal(written.length, 1);
    assert.equal((written[0]!.data as { count: number; total: number }).total, 4);
    const incidents = await handle.db
      .selectFrom('alert_groups')
      .select('incident_id')
      .where('fingerprint', '=', group.fingerprint)
      .execute();
    assert.equal(new Set(incidents.map((r) => r.incident_id)).size, 1);
  });
});

describe('retention', () => {
  test('partitions older than the retention are dropped whole; the next week is created ahead', async () => {
    const now = t;
    t = now - 100 * DAY;
    await ingestAlerts(
      services.deps,
      source,
      items([{ title: 'Old', host: 'fw-9', severity: 'info', externalId: 'old-1' }]),
    );
    t = now - 10 * DAY;
    await ingestAlerts(services.deps, source, items([{ title: 'Recent', host: 'fw-9', severity: 'info' }]));
    t = now;
    await putSetting(handle.db, ALERT_SETTINGS_KEY, { retentionDays: 30 }, clock.now());
    const oldDay = partitionDay(new Date(now - 100 * DAY));
    assert.ok((await listPartitions(handle.db)).some((p) => p.day === oldDay));
    const dropped = await handle.db.transaction().execute((trx) => alertRetentionJob.run(trx, services.deps));
    assert.ok(dropped >= 1);
    const days = (await listPartitions(handle.db)).map((p) => p.day);
    assert.ok(!days.includes(oldDay));
    assert.ok(days.includes(partitionDay(new Date(now - 10 * DAY))), 'inside the retention: kept');
    assert.ok(days.includes(partitionDay(new Date(now + 6 * DAY))), 'created ahead');
    const left = await handle.db
      .selectFrom('alerts')
      .select('rule_name')
      .where('rule_name', '=', 'Old')
      .execute();
    assert.equal(left.length, 0);
    const receipts = await handle.db
      .selectFrom('alert_receipts')
      .selectAll()
      .where('external_id', '=', 'old-1')
      .execute();
    assert.equal(receipts.length, 0);
    assert.equal(
      (await handle.db.selectFrom('alerts').select('id').where('rule_name', '=', 'Recent').execute()).length,
      1,
    );
  });
});

describe('indicators of published warnings', () => {
  test('an alert whose source IP is an indicator raises its group, opens an incident linked to the warning', async () => {
    const unitId = source.unitId;
    const user = await handle.db
      .insertInto('users')
      .values({
        unit_id: unitId,
        username: `coord${Date.now()}`,
        full_name: 'Điều phối viên',
        roles: ['coordinator'],
        password_hash: 'x',
        updated_at: clock.now(),
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    const warning = await handle.db
      .insertInto('warnings')
      .values({
        code: 'CB-2026-0901',
        title: 'Máy chủ điều khiển mã độc 203.0.113.5',
        severity: 'high',
        tlp: 'GREEN',
        status: 'published',
        targeting: JSON.stringify({ mode: 'all' }),
        created_by: user.id,
        published_at: clock.now(),
        updated_at: clock.now(),
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await handle.db
      .insertInto('warning_indicators')
      .values({ warning_id: warning.id, kind: 'ip', value: '203.0.113.5', normalized: '203.0.113.5' })
      .execute();
    // A low alert would stay a group below the incident threshold; the indicator raises it.
    const res = await ingestAlerts(
      services.deps,
      source,
      items([
        { title: 'Outbound connection', host: 'pc-ketoan', srcIp: '203.0.113.5', severity: 'low' },
        { title: 'Outbound connection', host: 'pc-thuquy', srcIp: '198.51.100.77', severity: 'low' },
      ]),
    );
    const groups = await handle.db
      .selectFrom('alert_groups')
      .select(['id', 'severity', 'incident_id'])
      .where(
        'id',
        'in',
        res.items.map((i) => i.groupId!),
      )
      .execute();
    const hit = groups.find((g) => g.id === res.items[0]!.groupId)!;
    const miss = groups.find((g) => g.id === res.items[1]!.groupId)!;
    assert.ok(hit.severity >= 3, 'raised to at least high');
    assert.ok(hit.incident_id, 'the raised group opened an incident');
    assert.equal(miss.severity, 1, 'the other alert keeps its own severity');
    assert.equal(miss.incident_id, null);
    const link = await handle.db
      .selectFrom('warning_incidents')
      .select(['incident_id', 'normalized'])
      .where('warning_id', '=', warning.id)
      .execute();
    assert.deepEqual(link, [{ incident_id: hit.incident_id, normalized: '203.0.113.5' }]);
    const timeline = await handle.db
      .selectFrom('incident_timeline')
      .select('event')
      .where('incident_id', '=', hit.incident_id!)
      .execute();
    assert.ok(timeline.some((e) => e.event === 'warning_matched'));
    // A later alert of the same group: the incident is already linked, nothing is doubled.
    t += 60_000;
    await ingestAlerts(
      services.deps,
      source,
      items([{ title: 'Outbound connection', host: 'pc-ketoan', srcIp: '203.0.113.5', severity: 'low' }]),
    );
    const again = await handle.db
      .selectFrom('warning_incidents')
      .select('incident_id')
      .where('warning_id', '=', warning.id)
      .execute();
    assert.equal(again.length, 1);
  });
});
