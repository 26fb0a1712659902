import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { DatabaseHandle } from '../db/engine.ts';
import type { Database } from '../db/schema.ts';
import { createServices, type Services } from '../services.ts';
import { SYSTEM_ACTOR } from '../shared/context.ts';
import { createTestDatabase } from '../testing/test-db.ts';
import { countRows } from './demo.repository.ts';
import { DEMO_INCIDENT_COUNT } from './demo-incidents.ts';
import { DEMO_UNITS } from './demo-org.ts';
import { loadDemoOrganisation } from './load-demo.ts';
import { type DemoTownResult, loadDemoTown } from './load-demo-town.ts';

// `npm run demo` (issue 12): the town of the seed loads quickly on both engines, with the rows it
// is designed to have, and refuses a second load.

const ACTOR = { ...SYSTEM_ACTOR, label: 'cli' };
const BOUND_MS = 20_000;

let handle: DatabaseHandle;
let services: Services;
let result: DemoTownResult;

before(async () => {
  handle = await createTestDatabase();
  services = createServices(handle);
  const started = performance.now();
  await loadDemoOrganisation(services.deps, ACTOR);
  result = await loadDemoTown(services.deps, ACTOR);
  const ms = Math.round(performance.now() - started);
  console.log(`# demo town loaded on ${handle.engine} in ${ms} ms (bound ${BOUND_MS} ms)`);
  if (result.loaded) console.log(`# rows: ${JSON.stringify(result.written)}`);
  assert.ok(ms < BOUND_MS, `demo load took ${ms} ms`);
});
after(() => handle.close());

describe('demo town', () => {
  test('writes the rows it is designed to have, and the database holds them', async () => {
    assert.ok(result.loaded);
    const w = result.written;
    const counts = await countRows(handle.db, Object.keys(w) as (keyof Database & string)[]);
    for (const [table, n] of Object.entries(w)) assert.equal(counts[table], n, table);
    assert.equal(w.incidents, DEMO_INCIDENT_COUNT);
    assert.equal(w.information_systems, 59);
    assert.equal(w.budget_lines, 24);
    assert.equal(w.inspections, 21);
    assert.ok(w.risks! >= w.information_systems!, 'every system has a risk');
    assert.ok(w.incident_timeline! > 3 * DEMO_INCIDENT_COUNT);
    assert.ok(w.lesson_followups! > 20 && w.lesson_risk_links! > 10);
  });

  test('two years of incidents across causes, tiers and units; closed ones carry Mẫu 04 and lessons', async () => {
    const rows = await handle.db
      .selectFrom('incidents')
      .select(['cause_group', 'tier', 'state', 'reporting_unit_id', 'detected_at', 'lessons_learned', 'code'])
      .execute();
    const span =
      (Math.max(...rows.map((r) => +r.detected_at)) - Math.min(...rows.map((r) => +r.detected_at))) /
      86_400_000;
    assert.ok(span > 600, `incidents span ${span} days`);
    assert.deepEqual(
      new Set(rows.map((r) => r.cause_group).filter(Boolean)),
      new Set(['attack', 'failure', 'operator', 'disaster']),
    );
    assert.ok(new Set(rows.map((r) => r.tier)).size >= 3, 'several tiers');
    assert.ok(new Set(rows.map((r) => r.reporting_unit_id)).size >= 15, 'many units report');
    const closed = rows.filter((r) => r.state === 'closed');
    assert.ok(closed.length > DEMO_INCIDENT_COUNT / 2);
    assert.ok(closed.every((r) => r.lessons_learned));
    assert.equal(new Set(rows.map((r) => r.code)).size, rows.length, 'codes are unique');
    const mau04 = await handle.db
      .selectFrom('incident_report_docs')
      .select('id')
      .where('form', '=', 'mau04')
      .execute();
    assert.equal(mau04.length, closed.length);
  });

  test('preparedness has real figures: levels approved and draft, expiring licences, every budget state', async () => {
    const systems = await handle.db
      .selectFrom('information_systems')
      .select(['level_approval_status', 'owner_unit_id'])
      .execute();
    assert.ok(new Set(systems.map((s) => s.level_approval_status)).size === 3);
    const units = DEMO_UNITS.filter((u) => u.type === 'commune').length;
    assert.ok(new Set(systems.map((s) => s.owner_unit_id)).size >= units);
    const soon = new Date(Date.now() + 30 * 86_400_000).toISOString().slice(0, 10);
    const expiring = await handle.db
      .selectFrom('readiness_licences')
      .select('id')
      .where('expires_on', '<=', soon)
      .execute();
    assert.ok(expiring.length >= 3, `${expiring.length} licences expire within 30 days`);
    const states = await handle.db.selectFrom('budget_lines').select(['status', 'funding_source']).execute();
    assert.deepEqual(
      new Set(states.map((s) => s.status)),
      new Set(['draft', 'submitted', 'appraised', 'approved', 'rejected']),
    );
    assert.deepEqual(new Set(states.map((s) => s.funding_source)), new Set(['town_budget', 'other_lawful']));
    const open = await handle.db
      .selectFrom('remediation_tasks')
      .select('id')
      .where('status', '=', 'open')
      .execute();
    assert.ok(open.length > 0, 'last year’s findings still open');
  });

  test('each part leaves one audited demo.load record; a second load refuses', async () => {
    const audits = await handle.db
      .selectFrom('audit_log')
      .select('after')
      .where('action', '=', 'demo.load')
      .execute();
    assert.equal(audits.length, 5);
    const again = await loadDemoTown(services.deps, ACTOR);
    assert.deepEqual(again, { loaded: false, reason: 'already_loaded' });
  });

  test('the lessons library of the demo is redacted for a ward officer', async () => {
    const officer = await handle.db
      .selectFrom('users')
      .select(['id', 'unit_id', 'roles'])
      .where('username', '=', 'canbo.banyennhan')
      .executeTakeFirstOrThrow();
    const page = await services.lessons.list(
      { userId: officer.id, unitId: officer.unit_id, roles: ['unit_officer'], label: 'test' },
      { limit: 100, offset: 0 },
    );
    assert.ok(page.total > 50);
    assert.ok(page.items.some((l) => !l.full && l.unitName === null && l.incidentCode === null));
    const text = JSON.stringify(page.items.filter((l) => !l.full));
    assert.doesNotMatch(text, /203\.0\.113\.\d+/, 'no indicators of other units');
  });
});
