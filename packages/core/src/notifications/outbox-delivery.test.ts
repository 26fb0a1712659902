import assert from 'node:assert/strict';
import { after, before, beforeEach, test } from 'node:test';
import { sql } from 'kysely';
import { putSetting } from '../auth/settings.repository.ts';
import { type DatabaseHandle, openDatabase } from '../db/engine.ts';
import type { Db } from '../shared/context.ts';
import { createTestDatabase, databaseUrlWithName } from '../testing/test-db.ts';
import { SIGNATURE_HEADER, signWebhook, TIMESTAMP_HEADER } from './channels/http.channel.ts';
import { createChannelSenders, SMTP_SETTING_KEY } from './delivery.ts';
import { notify } from './notify.ts';
import { enqueueMail } from './outbox.ts';
import { type OutboxWorker, startOutboxWorker } from './outbox-worker.ts';
import { SmtpSink, startHttpSink } from './testing/sinks.ts';

// Outgoing notices end to end with real receivers on loopback: an SMTP sink, a webhook receiver
// checking the signature, a Telegram Bot API stand-in; the sink stopped and started again; two
// workers on one database (two pools on PostgreSQL).

const BASE = 'https://ungcuu.example.vn';
const FAST_RETRY = { baseMs: 20, maxMs: 200 };
let handle: DatabaseHandle;
let db: Db;
const sink = new SmtpSink();
let unitId: string;
let userIds: string[] = [];

async function addUnit(code: string, type = 'ward'): Promise<string> {
  const row = await db
    .insertInto('units')
    .values({ code, name: `Đơn vị ${code}`, type, updated_at: new Date() })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

async function addUser(name: string, unit: string, roles: string[], locale = 'vi'): Promise<string> {
  const row = await db
    .insertInto('users')
    .values({
      unit_id: unit,
      username: name,
      full_name: name,
      email: `${name}@example.vn`,
      roles,
      locale,
      updated_at: new Date(),
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

function worker(database: Db = db): Promise<OutboxWorker> {
  return startOutboxWorker({
    db: database,
    clock: { now: () => new Date() },
    senders: createChannelSenders(database, { baseUrl: BASE }),
    retry: FAST_RETRY,
    pollMs: 60_000,
  });
}

async function until(check: () => boolean | Promise<boolean>, ms = 10_000): Promise<void> {
  const end = Date.now() + ms;
  while (!(await check())) {
    if (Date.now() > end) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, 20));
  }
}

function assign(n: number, to: string) {
  return db.transaction().execute(async (trx) => {
    for (let i = 0; i < n; i++)
      await notify(trx, {
        kind: 'task_assigned',
        to: [{ user: { id: to, unitId } }],
        title: { vi: `Nhiệm vụ số ${i}`, en: `Task ${i}` },
        link: `/incidents/i-${i}`,
      });
  });
}

before(async () => {
  handle = await createTestDatabase();
  db = handle.db;
  await sink.start();
  unitId = await addUnit('W1');
  userIds = [
    await addUser('officer1', unitId, ['unit_officer']),
    await addUser('officer2', unitId, ['unit_officer'], 'en'),
  ];
});

beforeEach(async () => {
  sink.mails.length = 0;
  await sql`delete from notification_outbox`.execute(db);
  await sql`delete from notification_endpoints`.execute(db);
  await putSetting(
    db,
    SMTP_SETTING_KEY,
    {
      host: '127.0.0.1',
      port: sink.port,
      tls: 'none',
      user: null,
      password: null,
      from: 'ungcuu@example.vn',
    },
    new Date(),
  );
});

after(async () => {
  await sink.stop();
  await handle.close();
});

test('a notice becomes a bell notice and one mail in the recipient language, threaded per incident', async () => {
  const w = await worker();
  await db.transaction().execute((trx) =>
    notify(trx, {
      kind: 'task_assigned',
      to: [{ unitOfficers: unitId }],
      title: { vi: 'Nhiệm vụ mới: cô lập máy chủ', en: 'New task: isolate the server' },
      link: '/incidents/abc',
      thread: '11111111-1111-4111-8111-111111111111',
      tier: 2,
    }),
  );
  await w.drain();
  await w.stop();
  assert.equal(sink.mails.length, 2);
  const vi = sink.mails.find((m) => m.to[0] === 'officer1@example.vn')!;
  const en = sink.mails.find((m) => m.to[0] === 'officer2@example.vn')!;
  assert.match(vi.text, /Nhiệm vụ mới: cô lập máy chủ/);
  assert.doesNotMatch(vi.text, /isolate/);
  assert.match(en.text, /New task: isolate the server/);
  assert.ok(vi.text.includes(`${BASE}/incidents/abc`), 'link to the record under the public address');
  assert.equal(vi.header('In-Reply-To'), '<incident-11111111-1111-4111-8111-111111111111@ungcuu.example.vn>');
  assert.match(vi.header('References') ?? '', /incident-11111111/);
  assert.match(vi.raw, /Content-Type: text\/html/i);
  const bell = await db.selectFrom('notifications').selectAll().where('kind', '=', 'task_assigned').execute();
  assert.equal(bell.length, 2, 'one bell notice per officer');
  const log = await db.selectFrom('notification_deliveries').selectAll().execute();
  assert.ok(log.length >= 2 && log.every((l) => l.ok));
});

test('a rolled-back change sends nothing', async () => {
  const w = await worker();
  await assert.rejects(
    db.transaction().execute(async (trx) => {
      await enqueueMail(trx, { to: 'x@example.vn', subject: 's', text: 't' });
      throw new Error('rollback');
    }),
  );
  await w.drain();
  await w.stop();
  assert.equal(sink.mails.length, 0);
});

test('mail server down while notices are produced: each arrives exactly once after it is back', async () => {
  await sink.stop();
  const w = await worker();
  await assign(6, userIds[0]!);
  await w.drain();
  const pending = await db.selectFrom('notification_outbox').selectAll().execute();
  assert.equal(pending.length, 6);
  assert.ok(pending.every((r) => r.status === 'pending' && r.attempts >= 1 && r.last_error));
  const failures = await db
    .selectFrom('notification_deliveries')
    .select('error')
    .where('ok', '=', false)
    .execute();
  assert.ok(failures.length >= 6, 'each failed attempt is logged');
  await sink.start();
  await until(async () => {
    await w.drain();
    return sink.mails.length >= 6;
  });
  await new Promise((r) => setTimeout(r, 300));
  await w.drain();
  await w.stop();
  const ids = sink.mails.map((m) => m.header('Message-ID'));
  assert.equal(ids.length, 6);
  assert.equal(new Set(ids).size, 6, 'no duplicates');
  const rows = await db.selectFrom('notification_outbox').select('status').execute();
  assert.ok(rows.every((r) => r.status === 'sent'));
});

test('two workers on one database deliver each notice once', async () => {
  const url = process.env.DATABASE_URL;
  let second: DatabaseHandle | null = null;
  if (url) {
    const { rows } = await sql<{ name: string }>`select current_database() as name`.execute(db);
    second = await openDatabase({ databaseUrl: databaseUrlWithName(url, rows[0]!.name), poolSize: 4 });
  }
  await assign(40, userIds[1]!);
  const [a, b] = [await worker(), await worker(second?.db ?? db)];
  await Promise.all([a.drain(), b.drain(), a.drain(), b.drain()]);
  await until(() => sink.mails.length >= 40);
  await Promise.all([a.stop(), b.stop()]);
  await second?.close();
  const ids = sink.mails.map((m) => m.header('Message-ID'));
  assert.equal(ids.length, 40);
  assert.equal(new Set(ids).size, 40);
});

test('webhooks are signed, retried after a refusal, and every attempt is logged', async () => {
  const secret = 'webhook-secret-123';
  let calls = 0;
  const hook = await startHttpSink((req) => {
    calls++;
    const ts = String(req.headers[TIMESTAMP_HEADER]);
    const ok = req.headers[SIGNATURE_HEADER] === signWebhook(secret, ts, req.body);
    if (!ok) return { status: 401 };
    return calls === 1 ? { status: 503 } : { status: 200 };
  });
  const endpoint = await db
    .insertInto('notification_endpoints')
    .values({
      kind: 'webhook',
      name: 'SOC',
      url: `${hook.url}/hook`,
      secret,
      config: '{}',
      kinds: [],
      updated_at: new Date(),
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  const w = await worker();
  await db.transaction().execute((trx) =>
    notify(trx, {
      kind: 'incident_urgent',
      to: [{ role: 'leader' }],
      title: { vi: 'Sự cố khẩn cấp', en: 'Emergency' },
      link: '/incidents/x',
      tier: 3,
    }),
  );
  await until(async () => {
    await w.drain();
    return hook.requests.length >= 2;
  });
  await w.stop();
  await hook.close();
  const body = JSON.parse(hook.requests[1]!.body) as { kind: string; url: string; tier: number };
  assert.equal(body.kind, 'incident_urgent');
  assert.equal(body.url, `${BASE}/incidents/x`);
  assert.equal(body.tier, 3);
  const log = await db
    .selectFrom('notification_deliveries as d')
    .innerJoin('notification_outbox as o', 'o.id', 'd.outbox_id')
    .select(['d.ok', 'd.attempt', 'd.error'])
    .where('o.endpoint_id', '=', endpoint.id)
    .orderBy('d.attempt')
    .execute();
  assert.deepEqual(
    log.map((l) => [l.attempt, l.ok]),
    [
      [1, false],
      [2, true],
    ],
  );
  assert.match(log[0]!.error ?? '', /503/);
});

test('a Telegram-compatible bot gets sendMessage with the chat id; a generic gateway gets its template', async () => {
  const api = await startHttpSink(() => ({ status: 200, body: '{"ok":true,"result":{}}' }));
  await db
    .insertInto('notification_endpoints')
    .values([
      {
        kind: 'telegram',
        name: 'Bot',
        url: api.url,
        secret: '123:ABC',
        config: JSON.stringify({ chatId: '-100200' }),
        kinds: [],
        updated_at: new Date(),
      },
      {
        kind: 'chat',
        name: 'Zalo gateway',
        url: `${api.url}/gw`,
        config: JSON.stringify({ template: '{"msg":"{{title}}","go":"{{link}}"}' }),
        kinds: ['task_declined'],
        updated_at: new Date(),
      },
    ])
    .execute();
  const w = await worker();
  await db.transaction().execute((trx) =>
    notify(trx, {
      kind: 'task_declined',
      to: [{ focalOffice: true }],
      title: { vi: 'Nhiệm vụ bị từ chối "gấp"', en: 'Task declined' },
      link: '/incidents/y',
    }),
  );
  await w.drain();
  await w.stop();
  await api.close();
  const tg = api.requests.find((r) => r.url === '/bot123:ABC/sendMessage');
  assert.ok(tg, 'telegram path');
  const sent = JSON.parse(tg.body) as { chat_id: string; text: string };
  assert.equal(sent.chat_id, '-100200');
  assert.match(sent.text, /Nhiệm vụ bị từ chối/);
  const gw = api.requests.find((r) => r.url === '/gw');
  assert.ok(gw);
  assert.deepEqual(JSON.parse(gw.body), { msg: 'Nhiệm vụ bị từ chối "gấp"', go: `${BASE}/incidents/y` });
});

test('after max attempts a message is given up (failed), with its last error', async () => {
  await sink.stop();
  const w = await worker();
  await db.transaction().execute(async (trx) => {
    await enqueueMail(trx, { to: 'gone@example.vn', subject: 's', text: 't' });
    await trx.updateTable('notification_outbox').set({ max_attempts: 2 }).execute();
  });
  await until(async () => {
    await w.drain();
    const row = await db.selectFrom('notification_outbox').select('status').executeTakeFirst();
    return row?.status === 'failed';
  });
  await w.stop();
  await sink.start();
  const row = await db.selectFrom('notification_outbox').selectAll().executeTakeFirstOrThrow();
  assert.equal(row.attempts, 2);
  assert.ok(row.last_error);
});
