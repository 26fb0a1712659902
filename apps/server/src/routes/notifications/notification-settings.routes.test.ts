import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { licenceReminders } from '@ungcuu/core/jobs/readiness-jobs.ts';
import { escalateUnanswered, preparednessReminders } from '@ungcuu/core/notifications/notification-jobs.ts';
import { TestContext } from '../../testing/test-app.ts';
import { buildWorld, call, ok, report, timeline, UNKNOWN_ID, type World } from '../incidents.testkit.ts';

// Who hears what (issue 9) through the real API: bell notices and outbox rows per person and
// preference; the administrator's settings never give secrets back; escalation when nobody answers.

let ctx: TestContext;
let w: World;

before(async () => {
  ctx = await TestContext.create();
  w = await buildWorld(ctx);
  for (const u of [w.coordinator, w.leader, w.officerA, w.officerB, w.admin])
    await ctx.services.deps.db
      .updateTable('users')
      .set({ email: `${u.username}@example.vn` })
      .where('id', '=', u.id)
      .execute();
});
after(() => ctx.close());

async function outboxFor(userId: string, kind: string) {
  return ctx.services.deps.db
    .selectFrom('notification_outbox')
    .selectAll()
    .where('user_id', '=', userId)
    .where('kind', '=', kind)
    .execute();
}

test('preferences: 401 signed out, 400 bad quiet hours, defaults, saved and read back', async () => {
  assert.equal((await call(ctx, null, 'GET', '/api/notifications/preferences')).statusCode, 401);
  const mine = await ok(ctx, w.officerA, 'GET', '/api/notifications/preferences');
  assert.equal(mine.prefs.rules.task_assigned.email, true);
  const bad = await call(ctx, w.officerA, 'PUT', '/api/notifications/preferences', {
    ...mine.prefs,
    quietHours: { from: '25:00', to: '06:00' },
  });
  assert.equal(bad.statusCode, 400);
  const saved = await ok(ctx, w.officerB, 'PUT', '/api/notifications/preferences', {
    ...mine.prefs,
    rules: { ...mine.prefs.rules, task_assigned: { inapp: true, email: false, chat: false, minTier: 0 } },
    quietHours: { from: '22:00', to: '06:30' },
  });
  assert.equal(saved.prefs.rules.task_assigned.email, false);
  assert.deepEqual((await ok(ctx, w.officerB, 'GET', '/api/notifications/preferences')).prefs.quietHours, {
    from: '22:00',
    to: '06:30',
  });
});

test('a task to a ward: bell for the ward, mail to its officers unless they turned mail off', async () => {
  const incident = await report(ctx, w.officerA);
  await ok(ctx, w.coordinator, 'POST', `/api/incidents/${incident.id}/tasks`, {
    title: 'Cô lập máy tính bị nhiễm',
    assigneeUnitId: w.communeA.id,
  });
  await ok(ctx, w.coordinator, 'POST', `/api/incidents/${incident.id}/tasks`, {
    title: 'Kiểm tra máy chủ',
    assigneeUnitId: w.communeB.id,
  });
  assert.equal((await outboxFor(w.officerA.id, 'task_assigned')).length, 1, 'officer A is mailed');
  assert.equal((await outboxFor(w.officerB.id, 'task_assigned')).length, 0, 'officer B chose no mail');
  const bell = await ok(ctx, w.officerB, 'GET', '/api/notifications?limit=10&offset=0&unreadOnly=true');
  assert.ok(
    bell.items.some((n: { kind: string }) => n.kind === 'task_assigned'),
    'the bell still rings',
  );
  // Delivery status beside a notice: the caller's own messages only; another's notice is 404.
  const noticeA = (await ok(ctx, w.officerA, 'GET', '/api/notifications?limit=10&offset=0')).items.find(
    (n: { kind: string }) => n.kind === 'task_assigned',
  );
  const status = await ok(ctx, w.officerA, 'GET', `/api/notifications/${noticeA.id}/deliveries`);
  assert.deepEqual(
    status.items.map((i: { channel: string; status: string }) => [i.channel, i.status]),
    [['email', 'pending']],
  );
  assert.equal(
    (await call(ctx, w.officerB, 'GET', `/api/notifications/${noticeA.id}/deliveries`)).statusCode,
    404,
  );
});

test('a T3 incident tells the leaders at once; unanswered, it escalates to the backup focal point then the leader', async () => {
  await ctx.services.deps.db
    .updateTable('units')
    .set({ focal_backup: JSON.stringify({ name: 'Dự phòng', email: 'backup@example.vn' }) })
    .where('id', '=', w.focal.id)
    .execute();
  const urgentBefore = (await outboxFor(w.leader.id, 'incident_urgent')).length;
  const incident = await report(ctx, w.officerA, { triggers: { C1: true, C6: true } });
  assert.ok(['T3', 'T4'].includes(String(incident.tier)), `tier ${incident.tier}`);
  assert.equal(
    (await outboxFor(w.leader.id, 'incident_urgent')).length,
    urgentBefore + 1,
    'the leader is mailed',
  );
  const run = (minutesLater: number) =>
    ctx.services.deps.db.transaction().execute((trx) =>
      escalateUnanswered.run(trx, {
        db: ctx.services.deps.db,
        clock: { now: () => new Date(Date.now() + minutesLater * 60_000) },
      }),
    );
  assert.equal(await run(5), 0, 'not yet');
  assert.ok((await run(31)) >= 1);
  const backup = await ctx.services.deps.db
    .selectFrom('notification_outbox')
    .selectAll()
    .where('recipient', '=', 'backup@example.vn')
    .where('dedupe_key', 'like', `%${incident.id}%`)
    .execute();
  assert.equal(backup.length, 1, 'the backup focal point is mailed');
  assert.equal(await run(32), 0, 'each step once');
  await run(61);
  const toLeader = (await outboxFor(w.leader.id, 'incident_escalated')).filter((r) =>
    r.dedupe_key?.includes(incident.id),
  );
  assert.equal(toLeader.length, 1, 'then the leader');
  const steps = (await timeline(ctx, incident.id)).filter(
    (e: { event: string }) => e.event === 'unanswered_escalated',
  );
  assert.equal(steps.length, 2, 'each step on the timeline');
});

test('budget: finance hears of a submitted line, the leader of the appraisal, the submitter of the decision', async () => {
  const finance = await ctx.user(['finance']);
  const line = await ok(ctx, w.coordinator, 'POST', '/api/budget/lines', {
    fiscalYear: 2027,
    category: 'licences',
    title: 'Gia hạn bản quyền diệt virus',
    amount: 36_000_000,
  });
  await ok(ctx, w.coordinator, 'POST', `/api/budget/lines/${line.id}/transition`, { to: 'submitted' }, 200);
  const fin = await ok(ctx, finance, 'GET', '/api/notifications?limit=10&offset=0');
  assert.ok(fin.items.some((n: { kind: string }) => n.kind === 'budget_to_approve'));
  await ok(
    ctx,
    finance,
    'POST',
    `/api/budget/lines/${line.id}/appraisal`,
    { recommendation: 'approve' },
    200,
  );
  const lead = await ok(ctx, w.leader, 'GET', '/api/notifications?limit=20&offset=0');
  assert.ok(
    lead.items.some((n: { kind: string }) => n.kind === 'budget_to_decide'),
    'then the leader',
  );
  await ok(ctx, w.leader, 'POST', `/api/budget/lines/${line.id}/decision`, { decision: 'approve' }, 200);
  const coord = await ok(ctx, w.coordinator, 'GET', '/api/notifications?limit=20&offset=0');
  assert.ok(coord.items.some((n: { kind: string }) => n.kind === 'budget_decided'));
  assert.equal((await outboxFor(w.coordinator.id, 'budget_decided')).length, 1);
});

test('SMTP settings: 403 for non-admins, 400 bad port, the password is kept but never returned', async () => {
  assert.equal((await call(ctx, w.coordinator, 'GET', '/api/admin/notifications/smtp')).statusCode, 403);
  const input = {
    host: 'mail.example.vn',
    port: 587,
    tls: 'starttls',
    user: 'ungcuu',
    password: 's3cret!',
    from: 'ungcuu@example.vn',
  };
  assert.equal(
    (await call(ctx, w.admin, 'PUT', '/api/admin/notifications/smtp', { ...input, port: 0 })).statusCode,
    400,
  );
  const saved = await call(ctx, w.admin, 'PUT', '/api/admin/notifications/smtp', input);
  assert.equal(saved.statusCode, 200);
  assert.ok(!saved.body.includes('s3cret'));
  const { password: _, ...withoutPassword } = input;
  await ok(ctx, w.admin, 'PUT', '/api/admin/notifications/smtp', { ...withoutPassword, port: 2525 });
  const read = await call(ctx, w.admin, 'GET', '/api/admin/notifications/smtp');
  assert.ok(!read.body.includes('s3cret'));
  assert.equal(read.json().passwordSet, true, 'kept when not sent again');
  assert.equal(read.json().port, 2525);
});

test('endpoints: created with a secret never shown, 404 unknown, test send queued, delivery log readable', async () => {
  assert.equal(
    (await call(ctx, w.leader, 'POST', '/api/admin/notifications/endpoints', {})).statusCode,
    400,
    'schema first',
  );
  const body = {
    kind: 'webhook',
    name: 'SOC tỉnh',
    url: 'https://soc.example.vn/hook',
    secret: 'hmac-key',
    kinds: [],
    minTier: 0,
    enabled: true,
  };
  assert.equal(
    (await call(ctx, w.leader, 'POST', '/api/admin/notifications/endpoints', body)).statusCode,
    403,
  );
  assert.equal(
    (await call(ctx, w.admin, 'POST', '/api/admin/notifications/endpoints', { ...body, url: 'ftp://x' }))
      .statusCode,
    400,
  );
  const created = await call(ctx, w.admin, 'POST', '/api/admin/notifications/endpoints', body);
  assert.equal(created.statusCode, 200);
  assert.ok(!created.body.includes('hmac-key'));
  const id = created.json().id;
  assert.equal(created.json().secretSet, true);
  assert.equal(
    (await call(ctx, w.admin, 'PUT', `/api/admin/notifications/endpoints/${UNKNOWN_ID}`, body)).statusCode,
    404,
  );
  const test1 = await ok(ctx, w.admin, 'POST', '/api/admin/notifications/test', { endpointId: id }, 200);
  const queued = await ok(ctx, w.admin, 'GET', `/api/admin/notifications/outbox/${test1.outboxId}`);
  assert.equal(queued.channel, 'webhook');
  assert.equal(queued.status, 'pending');
  assert.equal(
    (await call(ctx, w.coordinator, 'GET', `/api/admin/notifications/outbox/${test1.outboxId}`)).statusCode,
    404,
  );
  const log = await ok(ctx, w.admin, 'GET', `/api/admin/notifications/endpoints/${id}/deliveries`);
  assert.deepEqual(log.items, []);
  await ok(ctx, w.admin, 'DELETE', `/api/admin/notifications/endpoints/${id}`);
  assert.equal(
    (await call(ctx, w.admin, 'DELETE', `/api/admin/notifications/endpoints/${id}`)).statusCode,
    404,
  );
});

test('escalation time: admin sets it; others 403; out of range 400', async () => {
  assert.equal(
    (await call(ctx, w.officerA, 'PUT', '/api/admin/notifications/escalation', { minutes: 20 })).statusCode,
    403,
  );
  assert.equal(
    (await call(ctx, w.admin, 'PUT', '/api/admin/notifications/escalation', { minutes: 1 })).statusCode,
    400,
  );
  await ok(ctx, w.admin, 'PUT', '/api/admin/notifications/escalation', { minutes: 20 });
  assert.deepEqual(await ok(ctx, w.admin, 'GET', '/api/admin/notifications/escalation'), { minutes: 20 });
});

test('reminders: contracts before they end, periodic reports before the legal date (2017 regime: 20/6), licences; each once', async () => {
  const db = ctx.services.deps.db;
  await db
    .insertInto('readiness_contracts')
    .values({
      unit_id: w.communeA.id,
      contract_ref: null,
      starts_on: null,
      notes: null,
      provider: 'VNPT',
      scope: 'Giám sát ATTT',
      contacts: '[]',
      ends_on: '2026-06-25',
      updated_at: new Date(),
    })
    .execute();
  await db
    .insertInto('readiness_licences')
    .values({
      unit_id: w.communeA.id,
      kind: 'antivirus',
      product: 'BKAV Pro',
      vendor: null,
      seats: null,
      notes: null,
      expires_on: '2026-06-30',
      updated_at: new Date(),
    })
    .execute();
  const deps = { db, clock: { now: () => new Date('2026-06-10T02:00:00Z') } };
  const run = (job: typeof preparednessReminders) => db.transaction().execute((trx) => job.run(trx, deps));
  assert.ok((await run(preparednessReminders)) >= 2);
  assert.equal(await run(preparednessReminders), 0, 'once');
  assert.equal(await run(licenceReminders), 1);
  assert.equal(await run(licenceReminders), 0, 'once');
  const kinds = (await ok(ctx, w.officerA, 'GET', '/api/notifications?limit=50&offset=0')).items.map(
    (n: { kind: string }) => n.kind,
  );
  assert.ok(kinds.includes('contract_expiring') && kinds.includes('licence_expiring'));
  const focal = (await ok(ctx, w.coordinator, 'GET', '/api/notifications?limit=50&offset=0')).items as {
    kind: string;
    title: { vi: string };
  }[];
  const periodic = focal.find((n) => n.kind === 'periodic_report_due');
  assert.ok(periodic, 'the focal office is reminded of the six-month report');
  assert.match(periodic.title.vi, /20\/06\/2026/);
  assert.equal((await outboxFor(w.officerA.id, 'licence_expiring')).length, 1, 'and mailed');
});
