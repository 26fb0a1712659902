import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { putSetting } from '@ungcuu/core/auth/settings.repository.ts';
import { SMTP_SETTING_KEY } from '@ungcuu/core/notifications/delivery.ts';
import { TestContext, type TestUser } from '../../testing/test-app.ts';
import { endpoint, expectError, UNKNOWN_ID } from '../systems.testkit.ts';

// The focal office's queue of mails from unknown senders, and the addresses registered per unit.
// Mails are handed to the service as the listener would (the SMTP exchange is tested in mail/).

let ctx: TestContext;
let coordinator: TestUser;
let admin: TestUser;
let officerA: TestUser;
let officerB: TestUser;
let unitA: { id: string };
let mailIds: string[] = [];

function rawMail(from: string, subject: string, id: string): Buffer {
  return Buffer.from(
    [
      `From: ${from}`,
      'To: baocaosuco@ubnd.test',
      `Subject: ${subject}`,
      `Message-ID: <${id}@mail.test>`,
      'MIME-Version: 1.0',
      'Content-Type: text/plain; charset=utf-8',
      '',
      'Máy tính bộ phận một cửa hiện thông báo đòi tiền chuộc, các tệp bị đổi đuôi.',
      '',
    ].join('\r\n'),
  );
}

before(async () => {
  ctx = await TestContext.create();
  const focal = await ctx.unit({ type: 'focal_office' });
  unitA = await ctx.unit({ name: 'UBND phường A' });
  const unitB = await ctx.unit({ name: 'UBND xã B' });
  coordinator = await ctx.user(['coordinator'], { unitId: focal.id });
  admin = await ctx.user(['admin'], { unitId: focal.id });
  officerA = await ctx.user(['unit_officer'], { unitId: unitA.id });
  officerB = await ctx.user(['unit_officer'], { unitId: unitB.id });
  mailIds = [];
  for (let i = 0; i < 4; i++) {
    const outcome = await ctx.services.mailIntake.receive(
      rawMail(`nguoi${i}@gmail.com`, `Máy tính bị mã hoá tống tiền ${i}`, `m${i}`),
      { mailFrom: `nguoi${i}@gmail.com`, remoteAddress: '127.0.0.1' },
    );
    assert.equal(outcome.status, 'pending');
    if ('mailId' in outcome) mailIds.push(outcome.mailId);
  }
});
after(() => ctx.close());

const c = () => ctx;

endpoint(c, 'GET /api/mail-intake/messages', {
  method: 'GET',
  url: () => '/api/mail-intake/messages?status=pending',
  as: () => coordinator,
  bad: { url: () => '/api/mail-intake/messages?status=lost' },
  forbidden: { user: () => officerA },
  notFound: { na: 'a list' },
  success: {
    status: 200,
    check: (res) => {
      const body = res.json();
      assert.equal(body.total, 4);
      assert.ok(body.items.every((i: { status: string }) => i.status === 'pending'));
      assert.match(body.items[0].textPreview, /đòi tiền chuộc/);
    },
  },
});

endpoint(c, 'POST /api/mail-intake/messages/:id/assign', {
  method: 'POST',
  url: () => `/api/mail-intake/messages/${mailIds[0]}/assign`,
  payload: () => ({ unitId: unitA.id, rememberSender: true }),
  as: () => coordinator,
  bad: { payload: () => ({ unitId: 'not-a-uuid' }) },
  // The queue is the focal office's: to a unit officer a mail is not there at all.
  forbidden: { hidden: () => officerA },
  notFound: { url: () => `/api/mail-intake/messages/${UNKNOWN_ID}/assign` },
  success: {
    status: 201,
    check: async (res) => {
      const { incidentId, code } = res.json();
      assert.match(code, /^SC-\d{4}-\d+$/);
      const incident = await ctx.db
        .selectFrom('incidents')
        .select(['reporting_unit_id', 'channel'])
        .where('id', '=', incidentId)
        .executeTakeFirstOrThrow();
      assert.deepEqual(incident, { reporting_unit_id: unitA.id, channel: 'email' });
      const evidence = await ctx.db
        .selectFrom('incident_evidence')
        .select('filename')
        .where('incident_id', '=', incidentId)
        .execute();
      assert.deepEqual(
        evidence.map((e) => e.filename),
        [`thu-goc-${code}.eml`],
      );
    },
  },
});

describe('assigning twice, and the sender remembered', () => {
  test('a mail already filed answers 409', async () => {
    const res = await ctx.inject({
      method: 'POST',
      url: `/api/mail-intake/messages/${mailIds[0]}/assign`,
      headers: coordinator.headers,
      payload: { unitId: unitA.id },
    });
    expectError(res, 409, 'mail_intake.not_pending');
  });
  test('the next mail of a remembered sender is filed at once under its unit', async () => {
    const outcome = await ctx.services.mailIntake.receive(
      rawMail('nguoi0@gmail.com', 'Lại bị tấn công', 'm9'),
      {
        mailFrom: 'nguoi0@gmail.com',
        remoteAddress: null,
      },
    );
    assert.equal(outcome.status, 'filed');
  });
});

endpoint(c, 'POST /api/mail-intake/messages/:id/dismiss', {
  method: 'POST',
  url: () => `/api/mail-intake/messages/${mailIds[1]}/dismiss`,
  as: () => coordinator,
  bad: { url: () => '/api/mail-intake/messages/nope/dismiss' },
  forbidden: { hidden: () => officerB },
  notFound: { url: () => `/api/mail-intake/messages/${UNKNOWN_ID}/dismiss` },
  success: { status: 200, check: (res) => assert.equal(res.json().status, 'dismissed') },
});

endpoint(c, 'PUT /api/units/:id/mail-senders', {
  method: 'PUT',
  url: () => `/api/units/${unitA.id}/mail-senders`,
  payload: () => ({ patterns: ['@Phuong-A.gov.vn', 'vanthu@phuong-a.gov.vn', '@phuong-a.gov.vn'] }),
  as: () => coordinator,
  bad: { payload: () => ({ patterns: ['x'.repeat(300)] }) },
  // A unit officer cannot point other senders at their unit.
  forbidden: { user: () => officerA },
  notFound: { url: () => `/api/units/${UNKNOWN_ID}/mail-senders` },
  success: {
    status: 200,
    check: (res) => assert.deepEqual(res.json().patterns, ['@phuong-a.gov.vn', 'vanthu@phuong-a.gov.vn']),
  },
});

describe('sender patterns are checked', () => {
  test('a free-mail domain is refused (anyone can write from it)', async () => {
    const res = await ctx.inject({
      method: 'PUT',
      url: `/api/units/${unitA.id}/mail-senders`,
      headers: coordinator.headers,
      payload: { patterns: ['@gmail.com'] },
    });
    expectError(res, 400, 'mail_sender.invalid');
  });
  test("another unit's address is refused", async () => {
    const res = await ctx.inject({
      method: 'PUT',
      url: `/api/units/${officerB.unitId}/mail-senders`,
      headers: admin.headers,
      payload: { patterns: ['@phuong-a.gov.vn'] },
    });
    expectError(res, 409, 'mail_sender.taken');
  });
});

endpoint(c, 'GET /api/units/:id/mail-senders', {
  method: 'GET',
  url: () => `/api/units/${unitA.id}/mail-senders`,
  as: () => officerA,
  bad: { url: () => '/api/units/nope/mail-senders' },
  forbidden: { user: () => officerB },
  notFound: { url: () => `/api/units/${UNKNOWN_ID}/mail-senders` },
  success: { status: 200, check: (res) => assert.ok(res.json().patterns.includes('@phuong-a.gov.vn')) },
});

endpoint(c, 'GET /api/mail-intake/status', {
  method: 'GET',
  url: () => '/api/mail-intake/status',
  as: () => admin,
  bad: { na: 'no input' },
  forbidden: { user: () => officerA },
  notFound: { na: 'no record' },
  success: {
    status: 200,
    check: (res) => {
      // Tests build the app with the default configuration: the listener is off.
      assert.equal(res.json().enabled, false);
      assert.equal(res.json().address, null);
      assert.equal(res.json().acknowledgements, false, 'no SMTP settings yet');
    },
  },
});

test('acknowledgements are on once an administrator has entered the SMTP server', async () => {
  const smtp = {
    host: '127.0.0.1',
    port: 2525,
    tls: 'none',
    user: null,
    password: null,
    from: 'a@ubnd.test',
  };
  await putSetting(ctx.db, SMTP_SETTING_KEY, smtp, new Date());
  const res = await ctx.inject({ method: 'GET', url: '/api/mail-intake/status', headers: admin.headers });
  assert.equal(res.statusCode, 200);
  assert.equal(res.json().acknowledgements, true);
});
