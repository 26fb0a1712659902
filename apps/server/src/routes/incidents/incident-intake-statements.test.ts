import assert from 'node:assert/strict';
import { test } from 'node:test';
import { PGlite } from '@electric-sql/pglite';
import { forgetIncidentCodeSequences } from '@ungcuu/core/incidents/incident.repository.ts';
import { sql } from 'kysely';
import pg from 'pg';
import { incidentTestWorld } from '../incidents.testkit.ts';

// Issue 13: a report costs a handful of statements. Every statement either engine receives while
// one report is filed through the API is counted (the session read, begin and commit included).

const w = incidentTestWorld();

async function statementsOf(work: () => Promise<unknown>): Promise<string[]> {
  const seen: string[] = [];
  const pgQuery = pg.Client.prototype.query;
  const pgliteQuery = PGlite.prototype.query;
  const note = (text: unknown) => seen.push(String(text).replace(/\s+/g, ' ').trim().slice(0, 120));
  pg.Client.prototype.query = function (this: pg.Client, ...args: unknown[]) {
    const first = args[0] as string | { text?: string };
    note(typeof first === 'string' ? first : first?.text);
    return (pgQuery as (...a: unknown[]) => unknown).apply(this, args);
  } as typeof pgQuery;
  PGlite.prototype.query = function (this: PGlite, ...args: unknown[]) {
    note(args[0]);
    return (pgliteQuery as (...a: unknown[]) => unknown).apply(this, args);
  } as typeof pgliteQuery;
  try {
    await work();
  } finally {
    pg.Client.prototype.query = pgQuery;
    PGlite.prototype.query = pgliteQuery;
  }
  return seen;
}

test('a report (office notice, no leaders) takes at most 10 statements, audit included', async () => {
  await w.report(w.officerA, { triggers: {} }); // warm: code sequence, model, regimes
  // The classifier's model is checked again when its short cache expires (a slow, loaded run):
  // that read is the classifier's, not the report's.
  const seen = (
    await statementsOf(() =>
      w.report(w.officerA, {
        triggers: {},
        description: 'Máy chủ 10.1.2.3 gửi thư rác tới evil.example.com',
      }),
    )
  ).filter((s) => !/from "classifier_models"/.test(s));
  assert.ok(seen.length >= 4, 'statements are counted');
  // 9, plus one lookup of published warnings' indicators because this report names an IP and a domain.
  assert.ok(seen.length <= 10, `${seen.length} statements:\n${seen.join('\n')}`);
  assert.equal(seen.filter((s) => /pg_advisory/.test(s)).length, 0, 'no advisory lock on the audit chains');
});

test('an urgent report (office and leaders) takes at most 12 statements', async () => {
  const seen = await statementsOf(() => w.report(w.officerA));
  assert.ok(seen.length <= 12, `${seen.length} statements:\n${seen.join('\n')}`);
});

test('a report still lands whole: code, timeline with the code, indicators, one audit record', async () => {
  const incident = await w.report(w.officerA, {
    description: 'Máy chủ 10.1.2.3 gửi thư rác tới evil.example.com',
  });
  assert.match(incident.code, /^SC-\d{4}-\d{4,}$/);
  const events = await w.timeline(incident.id);
  assert.deepEqual(
    events.map((e) => e.event),
    ['detected', 'reported', 'acknowledged'],
  );
  assert.deepEqual(events[2]?.data, { code: incident.code });
  const observables = await w.ctx.db
    .selectFrom('incident_observables')
    .select(['kind', 'normalized'])
    .where('incident_id', '=', incident.id)
    .orderBy('kind')
    .execute();
  assert.deepEqual(
    observables.map((o) => o.kind),
    ['domain', 'ip'],
  );
  assert.deepEqual(await w.auditActions(incident.id), ['incident.report']);
});

test("16 reports at once, the year's code sequence not yet made: all land, codes distinct", async () => {
  const year = new Date().getUTCFullYear();
  for (const y of [year - 1, year, year + 1])
    await sql`drop sequence if exists ${sql.id(`incident_code_${y}`)}`.execute(w.ctx.db);
  forgetIncidentCodeSequences(w.ctx.db);
  const actor = { userId: w.officerA.id, unitId: w.officerA.unitId, roles: w.officerA.roles, label: 'A' };
  const filed = await Promise.all(
    Array.from({ length: 16 }, (_, i) =>
      w.ctx.services.intake.report(actor, {
        title: `Máy trạm số ${i} bị mã hoá dữ liệu`,
        detectedAt: new Date(Date.now() - 3600_000).toISOString(),
        triggers: {},
      }),
    ),
  );
  const codes = filed.map((f) => f.acknowledgement.code);
  assert.equal(new Set(codes).size, 16, codes.join(' '));
});

// Decision 0029: single reports arriving together are filed by one transaction (group commit).
const actorOf = (u: typeof w.officerA, requestId: string) => ({
  userId: u.id,
  unitId: u.unitId,
  roles: u.roles,
  label: u.username,
  requestId,
});
const body = (i: number, overrides: Record<string, unknown> = {}) => ({
  title: `Máy trạm số ${i} bị mã hoá dữ liệu`,
  detectedAt: new Date(Date.now() - 3600_000).toISOString(),
  triggers: {},
  ...overrides,
});

test('16 reports at once share transactions: far fewer statements than 16 alone, each its own record', async () => {
  await w.report(w.officerA, { triggers: {} });
  const filed: Awaited<ReturnType<typeof w.ctx.services.intake.report>>[] = [];
  const seen = await statementsOf(async () => {
    filed.push(
      ...(await Promise.all(
        Array.from({ length: 16 }, (_, i) =>
          w.ctx.services.intake.report(actorOf(w.officerA, `req-${i}`), body(i)),
        ),
      )),
    );
  });
  const commits = seen.filter((s) => /^commit/i.test(s)).length;
  assert.ok(commits >= 1 && commits <= 3, `${commits} transactions for 16 reports`);
  assert.ok(seen.length <= 30, `${seen.length} statements for 16 reports:\n${seen.join('\n')}`);
  // Each report its own incident, code, audit record (with its own request id) and notice.
  const codes = filed.map((f) => f.acknowledgement.code);
  assert.equal(new Set(codes).size, 16);
  const numbers = codes.map((c) => Number(c.split('-')[2]));
  assert.deepEqual(
    numbers,
    [...numbers].sort((a, b) => a - b),
    'codes follow the order the reports were filed in',
  );
  const audits = await w.ctx.db
    .selectFrom('audit_log')
    .select(['entity_id', 'request_id', 'action'])
    .where(
      'entity_id',
      'in',
      filed.map((f) => f.incident.id),
    )
    .execute();
  assert.equal(audits.length, 16);
  for (const [i, f] of filed.entries())
    assert.equal(audits.find((a) => a.entity_id === f.incident.id)?.request_id, `req-${i}`);
  const notices = await w.ctx.db
    .selectFrom('notifications')
    .select('link')
    .where(
      'link',
      'in',
      filed.map((f) => `/incidents/${f.incident.id}`),
    )
    .execute();
  assert.ok(notices.length >= 16, `${notices.length} notices for 16 reports`);
});

test('one report of a group that cannot be written fails alone; the others land', async () => {
  const coordinator = actorOf(w.coordinator, 'req-c');
  const settled = await Promise.allSettled([
    w.ctx.services.intake.report(coordinator, body(1)),
    // A unit that does not exist: the group's insert fails on the foreign key, the group is
    // written again one by one, and only this report is refused (not_found).
    w.ctx.services.intake.report(
      coordinator,
      body(2, { reportingUnitId: '00000000-0000-4000-8000-0000000000ff' }),
    ),
    w.ctx.services.intake.report(coordinator, body(3)),
  ]);
  assert.deepEqual(
    settled.map((s) => s.status),
    ['fulfilled', 'rejected', 'fulfilled'],
  );
  assert.equal(((settled[1] as PromiseRejectedResult).reason as { code?: string }).code, 'not_found');
  for (const s of [settled[0], settled[2]]) {
    const id = (s as PromiseFulfilledResult<{ incident: { id: string } }>).value.incident.id;
    assert.deepEqual(await w.auditActions(id), ['incident.report']);
  }
});
