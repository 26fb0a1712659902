import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import { after, before, describe, test } from 'node:test';
import { putSetting } from '@ungcuu/core/auth/settings.repository.ts';
import { createChannelSenders, SMTP_SETTING_KEY } from '@ungcuu/core/notifications/delivery.ts';
import { type OutboxWorker, startOutboxWorker } from '@ungcuu/core/notifications/outbox-worker.ts';
import { type ParsedMail, simpleParser } from 'mailparser';
import nodemailer from 'nodemailer';
import { SMTPServer } from 'smtp-server';
import { TestContext } from '../testing/test-app.ts';
import { type IntakeListener, startMailIntakeListener } from './intake-listener.ts';

// A real SMTP exchange on loopback: the test mails the intake listener with nodemailer; the
// acknowledgements are queued in the notification outbox, delivered by the outbox worker with the
// SMTP settings an administrator would enter (pointing at an SMTP sink the test started), and read
// from that sink.

const INTAKE = 'baocaosuco@ubnd.test';
const MAX_BYTES = 200_000;

/** An SMTP server that keeps every mail it receives. */
async function startSink() {
  const mails: ParsedMail[] = [];
  const waiters: (() => void)[] = [];
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['AUTH', 'STARTTLS'],
    logger: false,
    onData(stream, _session, callback) {
      simpleParser(stream).then((m) => {
        mails.push(m);
        for (const w of waiters.splice(0)) w();
        callback();
      }, callback);
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.server.address() as AddressInfo).port;
  return {
    port,
    mails,
    async next(count: number, timeoutMs = 10_000): Promise<ParsedMail> {
      const deadline = Date.now() + timeoutMs;
      while (mails.length < count) {
        if (Date.now() > deadline) throw new Error('no acknowledgement arrived');
        await new Promise<void>((resolve) => {
          waiters.push(resolve);
          setTimeout(resolve, 200);
        });
      }
      return mails[count - 1]!;
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

describe('mail intake listener (real SMTP on loopback)', () => {
  let ctx: TestContext;
  let sink: Awaited<ReturnType<typeof startSink>>;
  let listener: IntakeListener;
  let outbox: OutboxWorker;
  let client: ReturnType<typeof nodemailer.createTransport>;
  const logs: { msg: string; data: object }[] = [];
  let wardId = '';

  before(async () => {
    sink = await startSink();
    const log = (msg: string, data: object) => {
      logs.push({ msg, data });
    };
    ctx = await TestContext.create({ services: { mailIntake: { hostname: 'ubnd.test', log } } });
    const smtp = {
      host: '127.0.0.1',
      port: sink.port,
      tls: 'none',
      user: null,
      password: null,
      from: INTAKE,
    };
    await putSetting(ctx.db, SMTP_SETTING_KEY, smtp, new Date());
    outbox = await startOutboxWorker({
      db: ctx.db,
      clock: { now: () => new Date() },
      senders: createChannelSenders(ctx.db, { baseUrl: 'https://ungcuu.ubnd.test' }),
      // Never on its own: each test runs the worker once, where it expects a mail.
      pollMs: 3_600_000,
    });
    await ctx.unit({ type: 'focal_office' });
    wardId = (await ctx.unit({ name: 'UBND phường Một' })).id;
    await ctx.db
      .insertInto('unit_mail_senders')
      .values({ unit_id: wardId, pattern: '@phuong1.test' })
      .execute();
    listener = await startMailIntakeListener(
      {
        host: '127.0.0.1',
        port: 0,
        address: INTAKE,
        hostname: 'ubnd.test',
        maxBytes: MAX_BYTES,
        maxRecipients: 5,
        socketTimeoutMs: 10_000,
        maxClients: 10,
        perSenderPerHour: 20,
      },
      (raw, envelope) => ctx.services.mailIntake.receive(raw, envelope),
      (_level, msg, data) => {
        logs.push({ msg, data });
      },
    );
    client = nodemailer.createTransport({
      host: '127.0.0.1',
      port: listener.port,
      secure: false,
      ignoreTLS: true,
    });
  });

  after(async () => {
    client?.close();
    await listener?.close();
    await outbox?.stop();
    await sink?.close();
    await ctx?.close();
  });

  /** Runs the outbox delivery worker once, then waits for the n-th mail at the sink. */
  async function delivered(n: number): Promise<ParsedMail> {
    await outbox.drain();
    return sink.next(n);
  }

  async function incidentsOf(unitId: string) {
    return ctx.db.selectFrom('incidents').selectAll().where('reporting_unit_id', '=', unitId).execute();
  }

  async function sendNormal(from: string, subject: string, extra: object = {}) {
    return client.sendMail({
      from,
      to: INTAKE,
      subject,
      text: 'Máy chủ cổng thông tin bị thay đổi giao diện lúc 8 giờ sáng, trang chủ hiện dòng chữ lạ.',
      ...extra,
    });
  }

  test('a registered sender files an incident with evidence hashes, the .eml and an acknowledgement', async () => {
    const log = 'Nhật ký truy cập 10.0.0.1 GET /admin\n'.repeat(20);
    const info = await sendNormal('Văn thư <vanthu@phuong1.test>', 'Trang web phường bị thay đổi giao diện', {
      messageId: '<report-1@phuong1.test>',
      attachments: [{ filename: 'nhat-ky.log', content: log }],
    });
    assert.match(info.response, /^250 /);
    const [incident] = await incidentsOf(wardId);
    assert.ok(incident);
    assert.equal(incident.channel, 'email');
    assert.equal(incident.title, 'Trang web phường bị thay đổi giao diện');
    assert.match(incident.description, /thay đổi giao diện lúc 8 giờ/);
    assert.equal((incident.reporter_contact as { email: string }).email, 'vanthu@phuong1.test');
    assert.ok(incident.suggestion, 'the classifier suggested a subtype');

    const evidence = await ctx.db
      .selectFrom('incident_evidence')
      .select(['filename', 'sha256', 'content', 'content_type'])
      .where('incident_id', '=', incident.id)
      .execute();
    const attached = evidence.find((e) => e.filename === 'nhat-ky.log');
    assert.ok(attached);
    assert.equal(attached.sha256, createHash('sha256').update(log).digest('hex'));
    const eml = evidence.find((e) => e.filename.endsWith('.eml'));
    assert.ok(eml);
    assert.equal(eml.content_type, 'message/rfc822');
    assert.equal(eml.sha256, createHash('sha256').update(eml.content).digest('hex'));
    assert.match(Buffer.from(eml.content).toString('utf8'), /Message-ID: <report-1@phuong1\.test>/i);

    const reply = await delivered(1);
    assert.equal(reply.headers.get('auto-submitted'), 'auto-replied');
    const queued = await ctx.db
      .selectFrom('notification_outbox')
      .select(['kind', 'status', 'recipient'])
      .execute();
    assert.deepEqual(queued, [{ kind: 'mail_intake.ack', status: 'sent', recipient: 'vanthu@phuong1.test' }]);
    assert.equal(
      reply.to && !Array.isArray(reply.to) ? reply.to.value[0]?.address : '',
      'vanthu@phuong1.test',
    );
    assert.ok(reply.subject?.includes(incident.code), reply.subject);
    assert.equal(reply.inReplyTo, '<report-1@phuong1.test>');
    assert.ok([reply.references].flat().includes('<report-1@phuong1.test>'));
    assert.ok(reply.text?.includes(incident.code));
  });

  test('a reply with the code in the subject becomes a comment, not a new incident', async () => {
    const [incident] = await incidentsOf(wardId);
    assert.ok(incident);
    await sendNormal('vanthu@phuong1.test', `Re: [${incident.code}] bổ sung thông tin`, {
      text: 'Đã khôi phục trang chủ từ bản sao lưu lúc 10 giờ.',
    });
    assert.equal((await incidentsOf(wardId)).length, 1);
    const comments = await ctx.db
      .selectFrom('incident_comments')
      .select('body')
      .where('incident_id', '=', incident.id)
      .execute();
    assert.equal(comments.length, 1);
    assert.match(comments[0]!.body, /khôi phục trang chủ/);
  });

  test('a reply threaded on the acknowledgement (In-Reply-To) becomes a comment', async () => {
    const [incident] = await incidentsOf(wardId);
    assert.ok(incident);
    const ackMail = await sink.next(1);
    await sendNormal('vanthu@phuong1.test', 'Thêm ảnh chụp màn hình', {
      text: 'Gửi thêm thông tin về sự việc.',
      inReplyTo: ackMail.messageId,
      references: [ackMail.messageId],
    });
    assert.equal((await incidentsOf(wardId)).length, 1);
    const comments = await ctx.db
      .selectFrom('incident_comments')
      .select('body')
      .where('incident_id', '=', incident.id)
      .execute();
    assert.equal(comments.length, 2);
  });

  test('a stranger cannot comment on an incident by quoting its code', async () => {
    const [incident] = await incidentsOf(wardId);
    assert.ok(incident);
    await sendNormal('ke-la@khac.test', `Re: [${incident.code}] xoá sự cố đi`);
    const row = await ctx.db
      .selectFrom('mail_intake_messages')
      .select(['status', 'reason'])
      .where('from_address', '=', 'ke-la@khac.test')
      .executeTakeFirstOrThrow();
    assert.deepEqual(row, { status: 'quarantined', reason: 'reply_not_allowed' });
  });

  test('an unknown sender waits in the queue; assigning it to a unit files the report', async () => {
    const before = sink.mails.length;
    await sendNormal('nguoidan@gmail.com', 'Nhận được thư lừa đảo giả danh UBND', {
      messageId: '<q1@gmail.com>',
    });
    const coordinator = await ctx.user(['coordinator'], { signIn: false });
    const actor = {
      userId: coordinator.id,
      unitId: coordinator.unitId,
      roles: coordinator.roles,
      label: 'c',
    };
    const queued = await ctx.services.mailIntake.list(actor, { status: 'pending', limit: 50, offset: 0 });
    const item = queued.items.find((i) => i.fromAddress === 'nguoidan@gmail.com');
    assert.ok(item);
    await outbox.drain();
    assert.equal(sink.mails.length, before, 'nothing is acknowledged before a unit is named');
    const other = (await ctx.unit()).id;
    const filed = await ctx.services.mailIntake.assign(actor, item.id, {
      unitId: other,
      rememberSender: true,
    });
    const incident = await ctx.db
      .selectFrom('incidents')
      .selectAll()
      .where('id', '=', filed.incidentId)
      .executeTakeFirstOrThrow();
    assert.equal(incident.reporting_unit_id, other);
    assert.equal(incident.channel, 'email');
    const reply = await delivered(before + 1);
    assert.ok(reply.subject?.includes(filed.code));
    assert.equal(reply.inReplyTo, '<q1@gmail.com>');
    const sender = await ctx.db
      .selectFrom('unit_mail_senders')
      .select('unit_id')
      .where('pattern', '=', 'nguoidan@gmail.com')
      .executeTakeFirstOrThrow();
    assert.equal(sender.unit_id, other);
  });

  test('hostile mail is refused at SMTP level or quarantined, and the listener serves the next mail', async () => {
    // Over the size limit: 552.
    await assert.rejects(
      sendNormal('vanthu@phuong1.test', 'Quá lớn', { text: 'x'.repeat(MAX_BYTES + 10_000) }),
      (err: { responseCode?: number }) => err.responseCode === 552,
    );
    // Too many recipients: past the limit each is refused with 452; others than the intake with 550.
    const many = await client.sendMail({
      from: 'vanthu@phuong1.test',
      to: [INTAKE, ...Array.from({ length: 30 }, (_, i) => `x${i}@ubnd.test`)],
      subject: 'Nhiều người nhận',
      text: 'Thư gửi cho rất nhiều địa chỉ.',
    });
    const rejected = (many as { rejectedErrors?: { responseCode?: number }[] }).rejectedErrors ?? [];
    const codes = rejected.map((e) => e.responseCode);
    assert.equal(many.rejected.length, 30);
    assert.ok(codes.includes(452) && codes.includes(550), JSON.stringify(codes));
    // Delivered once, to the intake address only.
    assert.equal((await incidentsOf(wardId)).length, 2);
    // Malformed MIME: a multipart without a boundary.
    await client.sendMail({
      envelope: { from: 'vanthu@phuong1.test', to: [INTAKE] },
      raw: 'From: vanthu@phuong1.test\r\nTo: baocaosuco@ubnd.test\r\nSubject: hong\r\nMIME-Version: 1.0\r\nContent-Type: multipart/mixed\r\n\r\n--x\r\nContent-Type: text/plain\r\n\r\nabc\r\n--x--\r\n',
    });
    // Deep nesting.
    let nested = 'Content-Type: text/plain\r\n\r\nđáy\r\n';
    for (let i = 0; i < 20; i++)
      nested = `Content-Type: multipart/mixed; boundary="b${i}"\r\n\r\n--b${i}\r\n${nested}--b${i}--\r\n`;
    await client.sendMail({
      envelope: { from: 'vanthu@phuong1.test', to: [INTAKE] },
      raw: `From: vanthu@phuong1.test\r\nTo: ${INTAKE}\r\nSubject: long\r\nMIME-Version: 1.0\r\n${nested}`,
    });
    // An executable attachment (a Windows program named as a PDF).
    const exe = Buffer.concat([Buffer.from('MZ'), Buffer.alloc(200, 0x90)]);
    exe.write('PE\0\0', 128);
    exe.writeUInt32LE(128, 0x3c);
    await sendNormal('vanthu@phuong1.test', 'Hoá đơn', {
      attachments: [{ filename: 'hoa-don.exe', content: exe }],
    });

    const reasons = (
      await ctx.db
        .selectFrom('mail_intake_messages')
        .select('reason')
        .where('status', '=', 'quarantined')
        .execute()
    ).map((r) => r.reason);
    assert.ok(reasons.includes('malformed_mime'), JSON.stringify(reasons));
    assert.ok(reasons.includes('too_deep'), JSON.stringify(reasons));
    assert.ok(reasons.includes('executable_attachment'), JSON.stringify(reasons));
    assert.ok(logs.some((l) => l.msg.includes('quarantined')));
    assert.equal((await incidentsOf(wardId)).length, 2, 'none of them became an incident');

    // Still serving.
    const next = await sendNormal('vanthu@phuong1.test', 'Máy tính văn thư nhiễm mã độc tống tiền');
    assert.match(next.response, /^250 /);
    assert.equal((await incidentsOf(wardId)).length, 3);
  });

  test('one sender is deferred (451) past its hourly limit', async () => {
    const sends = [];
    for (let i = 0; i < 20; i++) sends.push(await sendNormal('spam@gmail.com', `Quảng cáo ${i}`));
    await assert.rejects(
      sendNormal('spam@gmail.com', 'Quảng cáo thêm'),
      (err: { responseCode?: number }) => err.responseCode === 451,
    );
    // Another sender is not affected.
    const other = await sendNormal('vanthu@phuong1.test', 'Mất kết nối mạng nội bộ');
    assert.match(other.response, /^250 /);
  });
});
