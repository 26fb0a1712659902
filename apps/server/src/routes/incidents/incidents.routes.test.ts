import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { TestContext, type TestUser } from '../../testing/test-app.ts';

let ctx: TestContext;
let coordinator: TestUser;
let communeA: TestUser;
let communeB: TestUser;
let focalUnitId: string;

before(async () => {
  ctx = await TestContext.create();
  focalUnitId = (await ctx.unit({ type: 'focal_office' })).id;
  coordinator = await ctx.user(['coordinator'], { unitId: focalUnitId });
  communeA = await ctx.user(['unit_officer']);
  communeB = await ctx.user(['unit_officer']);
});
after(() => ctx.close());

const ransomware = () => ({
  title: 'Máy tính kế toán bị mã hóa dữ liệu',
  description:
    'Sáng nay máy kế toán hiện màn hình đòi tiền chuộc, các file bị đổi đuôi .locked, không mở được.',
  detectedAt: new Date(Date.now() - 3600_000).toISOString(),
  triggers: { C1: true },
});

async function report(user: TestUser, body: object = ransomware()) {
  const res = await ctx.inject({
    method: 'POST',
    url: '/api/incidents',
    headers: user.headers,
    payload: body,
  });
  assert.equal(res.statusCode, 201, res.body);
  return res.json();
}

describe('POST /api/incidents (intake)', () => {
  test('401 without a session', async () => {
    const res = await ctx.inject({ method: 'POST', url: '/api/incidents', payload: ransomware() });
    assert.equal(res.statusCode, 401);
  });

  test('400 on a missing title and on a detection time in the future', async () => {
    const noTitle = await ctx.inject({
      method: 'POST',
      url: '/api/incidents',
      headers: communeA.headers,
      payload: { detectedAt: new Date().toISOString() },
    });
    assert.equal(noTitle.statusCode, 400);
    assert.equal(noTitle.json().error.code, 'validation.failed');
    const future = await ctx.inject({
      method: 'POST',
      url: '/api/incidents',
      headers: communeA.headers,
      payload: { ...ransomware(), detectedAt: new Date(Date.now() + 86_400_000).toISOString() },
    });
    assert.equal(future.statusCode, 400);
    assert.equal(future.json().error.code, 'incident.detected_in_future');
  });

  test('403 when a unit officer reports for another unit', async () => {
    const res = await ctx.inject({
      method: 'POST',
      url: '/api/incidents',
      headers: communeA.headers,
      payload: { ...ransomware(), reportingUnitId: communeB.unitId },
    });
    assert.equal(res.statusCode, 403);
  });

  test('404 for an unknown system', async () => {
    const res = await ctx.inject({
      method: 'POST',
      url: '/api/incidents',
      headers: communeA.headers,
      payload: { ...ransomware(), systemId: '00000000-0000-4000-8000-000000000001' },
    });
    assert.equal(res.statusCode, 404);
  });

  test('201: code, acknowledgement, suggestion, tier, audit and timeline', async () => {
    const body = await report(communeA);
    assert.match(body.incident.code, /^SC-\d{4}-\d{4}$/);
    assert.match(body.acknowledgement.message.vi, /Đã tiếp nhận/);
    assert.equal(body.incident.suggestion.subtype, 'attack.ransomware');
    assert.ok(body.incident.suggestion.evidence.length > 0);
    // C1 on an unclassified system (treated as level 3): T3 emergency.
    assert.equal(body.incident.tier, 'T3');
    assert.equal(body.incident.severity.unclassifiedLevel, true);
    const audit = await ctx.db
      .selectFrom('audit_log')
      .select('action')
      .where('entity_id', '=', body.incident.id)
      .execute();
    assert.deepEqual(
      audit.map((a) => a.action),
      ['incident.report'],
    );
  });
});

describe('isolation between communes', () => {
  test('another commune neither lists nor reads the incident', async () => {
    const { incident } = await report(communeA);
    const get = await ctx.inject({
      method: 'GET',
      url: `/api/incidents/${incident.id}`,
      headers: communeB.headers,
    });
    assert.equal(get.statusCode, 404);
    const list = await ctx.inject({
      method: 'GET',
      url: '/api/incidents?limit=200',
      headers: communeB.headers,
    });
    assert.ok(!list.json().items.some((i: { id: string }) => i.id === incident.id));
    const own = await ctx.inject({
      method: 'GET',
      url: `/api/incidents/${incident.id}`,
      headers: communeA.headers,
    });
    assert.equal(own.statusCode, 200);
    const coord = await ctx.inject({
      method: 'GET',
      url: '/api/incidents?limit=200',
      headers: coordinator.headers,
    });
    assert.ok(coord.json().items.some((i: { id: string }) => i.id === incident.id));
  });
});

describe('classification, playbook tasks and lifecycle', () => {
  test('coordinator confirms; playbook steps become tasks; close needs cause, actions, lessons', async () => {
    const { incident } = await report(communeA);
    const denied = await ctx.inject({
      method: 'POST',
      url: `/api/incidents/${incident.id}/classify`,
      headers: communeA.headers,
      payload: { subtype: 'attack.ransomware' },
    });
    assert.equal(denied.statusCode, 403);
    const bad = await ctx.inject({
      method: 'POST',
      url: `/api/incidents/${incident.id}/classify`,
      headers: coordinator.headers,
      payload: { subtype: 'attack.nope' },
    });
    assert.equal(bad.statusCode, 400);
    const ok = await ctx.inject({
      method: 'POST',
      url: `/api/incidents/${incident.id}/classify`,
      headers: coordinator.headers,
      payload: { subtype: 'attack.ransomware' },
    });
    assert.equal(ok.statusCode, 200, ok.body);
    assert.equal(ok.json().causeGroup, 'attack');
    const tasks = (
      await ctx.inject({
        method: 'GET',
        url: `/api/incidents/${incident.id}/tasks`,
        headers: communeA.headers,
      })
    ).json().items;
    assert.ok(tasks.length >= 6);
    assert.ok(
      tasks.some((t: { title: { vi: string } }) => /Cô lập máy ngay, không tắt máy/.test(t.title.vi)),
      JSON.stringify(tasks.map((t: { title: { vi: string } }) => t.title.vi)),
    );

    const move = (to: string, extra: object = {}) =>
      ctx.inject({
        method: 'POST',
        url: `/api/incidents/${incident.id}/transition`,
        headers: coordinator.headers,
        payload: { to, ...extra },
      });
    assert.equal((await move('closed')).statusCode, 409);
    assert.equal((await move('triaged')).statusCode, 200);
    assert.equal((await move('responding')).statusCode, 200);
    await ctx.inject({
      method: 'PATCH',
      url: `/api/incidents/${incident.id}`,
      headers: coordinator.headers,
      payload: { actionsTaken: 'Cách ly máy, khôi phục từ bản sao lưu.' },
    });
    assert.equal((await move('contained')).statusCode, 200);
    assert.equal((await move('recovered')).statusCode, 200);
    const missing = await move('closed');
    assert.equal(missing.statusCode, 422);
    assert.match(missing.json().error.messages.vi, /causeSummary/);
    await ctx.inject({
      method: 'PATCH',
      url: `/api/incidents/${incident.id}`,
      headers: coordinator.headers,
      payload: {
        causeSummary: 'Mở tệp đính kèm độc hại.',
        lessonsLearned: 'Tập huấn nhận diện thư giả mạo.',
      },
    });
    // The playbook tasks are still open and Mẫu 03 was never sent: closing lists them and refuses.
    const open = await move('closed');
    assert.equal(open.statusCode, 409, open.body);
    assert.equal(open.json().error.code, 'incident.open_items');
    const items = open.json().error.details.openItems;
    const closed = await move('closed', {
      resolution: {
        reason: 'Đã khắc phục xong; các bước còn lại không cần thực hiện.',
        cancelTaskIds: items.tasks.map((t: { id: string }) => t.id),
        waiveDeadlineCodes: items.deadlines.map((d: { code: string }) => d.code),
      },
    });
    assert.equal(closed.statusCode, 200, closed.body);
    assert.equal(closed.json().state, 'closed');
  });

  test('a task to another unit: that unit sees it, accepts and completes; decline needs a reason', async () => {
    const { incident } = await report(communeA);
    const created = await ctx.inject({
      method: 'POST',
      url: `/api/incidents/${incident.id}/tasks`,
      headers: coordinator.headers,
      payload: {
        title: 'Kiểm tra máy chủ dùng chung',
        assigneeUnitId: communeB.unitId,
        dueAt: new Date(Date.now() + 86_400_000).toISOString(),
      },
    });
    assert.equal(created.statusCode, 201, created.body);
    const taskId = created.json().id;
    const mine = (
      await ctx.inject({ method: 'GET', url: '/api/tasks/mine', headers: communeB.headers })
    ).json();
    assert.ok(mine.items.some((t: { id: string }) => t.id === taskId));
    const noReason = await ctx.inject({
      method: 'POST',
      url: `/api/tasks/${taskId}/respond`,
      headers: communeB.headers,
      payload: { action: 'decline' },
    });
    assert.equal(noReason.statusCode, 400);
    assert.equal(
      (
        await ctx.inject({
          method: 'POST',
          url: `/api/tasks/${taskId}/respond`,
          headers: communeB.headers,
          payload: { action: 'accept' },
        })
      ).statusCode,
      200,
    );
    const done = await ctx.inject({
      method: 'POST',
      url: `/api/tasks/${taskId}/respond`,
      headers: communeB.headers,
      payload: { action: 'complete', note: 'Đã kiểm tra, không phát hiện lây lan.' },
    });
    assert.equal(done.json().status, 'done');
    const again = await ctx.inject({
      method: 'POST',
      url: `/api/tasks/${taskId}/respond`,
      headers: communeB.headers,
      payload: { action: 'complete' },
    });
    assert.equal(again.statusCode, 409);
  });
});

describe('search', () => {
  test('"tan cong" finds "tấn công" (accent-insensitive)', async () => {
    const { incident } = await report(communeA, {
      ...ransomware(),
      title: 'Cổng thông tin bị tấn công thay đổi giao diện',
    });
    const res = await ctx.inject({
      method: 'GET',
      url: '/api/incidents?q=tan%20cong&limit=50',
      headers: communeA.headers,
    });
    assert.equal(res.statusCode, 200);
    assert.ok(res.json().items.some((i: { id: string }) => i.id === incident.id));
  });
});

describe('official documents, evidence, escalation', () => {
  test('Mẫu 03 DOCX: 401, 404 for another commune, 200 with the code and Vietnamese text', async () => {
    const { incident } = await report(communeA);
    const url = `/api/incidents/${incident.id}/documents/mau03.docx`;
    assert.equal((await ctx.inject({ method: 'GET', url })).statusCode, 401);
    assert.equal(
      (
        await ctx.inject({
          method: 'GET',
          url: `/api/incidents/${incident.id}/documents/mau05.docx`,
          headers: coordinator.headers,
        })
      ).statusCode,
      400,
    );
    assert.equal((await ctx.inject({ method: 'GET', url, headers: communeB.headers })).statusCode, 404);
    const res = await ctx.inject({ method: 'GET', url, headers: coordinator.headers });
    assert.equal(res.statusCode, 200);
    const { default: JSZip } = await import('jszip');
    const zip = await JSZip.loadAsync(res.rawPayload);
    const xml = await zip.file('word/document.xml')!.async('string');
    const text = [...xml.matchAll(/<w:t[^>]*>([^<]*)<\/w:t>/g)].map((m) => m[1]).join('');
    assert.ok(text.includes(incident.code));
    assert.ok(text.includes('Máy tính kế toán bị mã hóa dữ liệu'));
    const docs = (
      await ctx.inject({
        method: 'GET',
        url: `/api/incidents/${incident.id}/documents`,
        headers: coordinator.headers,
      })
    ).json();
    assert.equal(docs.items[0].form, 'mau03');
    const sent = await ctx.inject({
      method: 'POST',
      url: `/api/incidents/${incident.id}/documents/mau03/sent`,
      headers: coordinator.headers,
      payload: { sentAt: new Date().toISOString(), sentTo: 'PA05 Công an tỉnh', reference: '12/BC-VHKHTT' },
    });
    assert.equal(sent.statusCode, 200, sent.body);
    const after = (
      await ctx.inject({ method: 'GET', url: `/api/incidents/${incident.id}`, headers: coordinator.headers })
    ).json();
    const notification = after.deadlines.find((d: { code: string }) => d.code === 'notification');
    assert.equal(notification.status, 'done');
  });

  test('evidence: type refused, upload with SHA-256, other commune cannot download, download audited', async () => {
    const { incident } = await report(communeA);
    const form = (name: string, type: string, content: string) => {
      const boundary = '----ungcuu';
      const body = `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${name}"\r\nContent-Type: ${type}\r\n\r\n${content}\r\n--${boundary}--\r\n`;
      return {
        payload: body,
        headers: { ...communeA.headers, 'content-type': `multipart/form-data; boundary=${boundary}` },
      };
    };
    const exe = form('virus.exe', 'application/octet-stream', 'MZ');
    assert.equal(
      (await ctx.inject({ method: 'POST', url: `/api/incidents/${incident.id}/evidence`, ...exe }))
        .statusCode,
      415,
    );
    const note = form('ghi-chu.txt', 'text/plain', 'Ảnh chụp màn hình đòi tiền chuộc lúc 8h05');
    const up = await ctx.inject({ method: 'POST', url: `/api/incidents/${incident.id}/evidence`, ...note });
    assert.equal(up.statusCode, 201, up.body);
    assert.match(up.json().sha256, /^[0-9a-f]{64}$/);
    const dl = `/api/incidents/${incident.id}/evidence/${up.json().id}`;
    assert.equal((await ctx.inject({ method: 'GET', url: dl, headers: communeB.headers })).statusCode, 404);
    const got = await ctx.inject({ method: 'GET', url: dl, headers: coordinator.headers });
    assert.equal(got.statusCode, 200);
    assert.equal(got.body, 'Ảnh chụp màn hình đòi tiền chuộc lúc 8h05');
    const audits = await ctx.db
      .selectFrom('audit_log')
      .select('action')
      .where('entity_id', '=', up.json().id)
      .execute();
    assert.deepEqual(audits.map((a) => a.action).sort(), ['evidence.download', 'evidence.upload']);
  });

  test('escalation to an external body: its user reads the incident read-only', async () => {
    const { incident } = await report(communeA);
    const pa05 = await ctx.unit({ type: 'external', name: 'PA05 Công an tỉnh' });
    const police = await ctx.user(['unit_officer'], { unitId: pa05.id });
    assert.equal(
      (await ctx.inject({ method: 'GET', url: `/api/incidents/${incident.id}`, headers: police.headers }))
        .statusCode,
      404,
    );
    const notExternal = await ctx.inject({
      method: 'POST',
      url: `/api/incidents/${incident.id}/escalations`,
      headers: coordinator.headers,
      payload: { toUnitId: communeB.unitId, channel: 'email', summary: 'Đề nghị hỗ trợ xử lý' },
    });
    assert.equal(notExternal.statusCode, 400);
    const esc = await ctx.inject({
      method: 'POST',
      url: `/api/incidents/${incident.id}/escalations`,
      headers: coordinator.headers,
      payload: { toUnitId: pa05.id, channel: 'email', summary: 'Đề nghị hỗ trợ xử lý mã độc mã hóa' },
    });
    assert.equal(esc.statusCode, 201, esc.body);
    const seen = await ctx.inject({
      method: 'GET',
      url: `/api/incidents/${incident.id}`,
      headers: police.headers,
    });
    assert.equal(seen.statusCode, 200);
    assert.equal(seen.json().visibility, 'escalated');
    assert.deepEqual(seen.json().allowedActions, []);
    const edit = await ctx.inject({
      method: 'PATCH',
      url: `/api/incidents/${incident.id}`,
      headers: police.headers,
      payload: { title: 'Sửa tiêu đề' },
    });
    assert.equal(edit.statusCode, 403);
  });
});

describe('public intake form', () => {
  const form = () => ({
    title: 'Trang web xã bị treo banner lạ',
    description: 'Người dân báo trang web xã hiện nội dung cờ bạc.',
    detectedAt: new Date().toISOString(),
    reporterName: 'Nguyễn Văn Dân',
    reporterPhone: '0912345678',
  });

  test('404 while disabled; 403 for a non-admin enabling it; 400 on bad input; 202 with a code once enabled', async () => {
    assert.deepEqual((await ctx.inject({ method: 'GET', url: '/api/public/intake' })).json(), {
      enabled: false,
    });
    const disabled = await ctx.inject({ method: 'POST', url: '/api/public/incidents', payload: form() });
    assert.equal(disabled.statusCode, 404);
    assert.equal(disabled.json().error.code, 'intake.disabled');
    const settings = { enabled: true, defaultUnitId: focalUnitId };
    assert.equal(
      (
        await ctx.inject({
          method: 'PUT',
          url: '/api/settings/intake',
          headers: coordinator.headers,
          payload: settings,
        })
      ).statusCode,
      403,
    );
    const admin = await ctx.user(['admin']);
    assert.equal(
      (
        await ctx.inject({
          method: 'PUT',
          url: '/api/settings/intake',
          headers: admin.headers,
          payload: settings,
        })
      ).statusCode,
      200,
    );
    assert.equal(
      (
        await ctx.inject({
          method: 'POST',
          url: '/api/public/incidents',
          payload: { ...form(), description: 'ngắn' },
        })
      ).statusCode,
      400,
    );
    const ok = await ctx.inject({ method: 'POST', url: '/api/public/incidents', payload: form() });
    assert.equal(ok.statusCode, 202, ok.body);
    assert.match(ok.json().code, /^SC-/);
    const stored = await ctx.db
      .selectFrom('incidents')
      .select(['channel', 'reporting_unit_id'])
      .where('code', '=', ok.json().code)
      .executeTakeFirstOrThrow();
    assert.deepEqual(stored, { channel: 'public', reporting_unit_id: focalUnitId });
  });

  test('a filled honeypot is accepted silently and stored nowhere', async () => {
    const before = await ctx.db
      .selectFrom('incidents')
      .select((eb) => eb.fn.countAll<string>().as('n'))
      .executeTakeFirstOrThrow();
    const res = await ctx.inject({
      method: 'POST',
      url: '/api/public/incidents',
      payload: { ...form(), website: 'http://spam.example' },
      remoteAddress: '10.9.9.9',
    });
    assert.equal(res.statusCode, 202);
    assert.equal(res.json().code, null);
    const afterCount = await ctx.db
      .selectFrom('incidents')
      .select((eb) => eb.fn.countAll<string>().as('n'))
      .executeTakeFirstOrThrow();
    assert.equal(afterCount.n, before.n);
  });
});

describe('incident codes', () => {
  test('consecutive reports get consecutive codes; a lost sequence resumes after the highest code', async () => {
    const a = (await report(communeA)).incident.code as string;
    const b = (await report(communeA)).incident.code as string;
    const num = (code: string) => Number(code.split('-')[2]);
    assert.equal(num(b), num(a) + 1);
    const year = a.split('-')[1];
    await ctx.db.schema
      .dropTable(`incident_code_${year}`)
      .execute()
      .catch(async () => {
        const { sql } = await import('kysely');
        await sql`drop sequence ${sql.id(`incident_code_${year}`)}`.execute(ctx.db);
      });
    const c = (await report(communeA)).incident.code as string;
    assert.equal(num(c), num(b) + 1);
  });
});

test('GET /api/public/intake tells anyone whether the public form is open', async () => {
  const res = await ctx.inject({ method: 'GET', url: '/api/public/intake' });
  assert.equal(res.statusCode, 200);
  assert.equal(typeof res.json().enabled, 'boolean');
});

test('tasks of a rejected (finished) incident can no longer be answered or changed (409)', async () => {
  const { incident } = await report(communeA);
  const task = await ctx.inject({
    method: 'POST',
    url: `/api/incidents/${incident.id}/tasks`,
    headers: coordinator.headers,
    payload: { title: 'Xác minh lại', assigneeUnitId: communeA.unitId },
  });
  assert.equal(task.statusCode, 201);
  const rejected = await ctx.inject({
    method: 'POST',
    url: `/api/incidents/${incident.id}/transition`,
    headers: coordinator.headers,
    payload: { to: 'rejected', rejectionReason: 'Chỉ là quét cổng bị chặn, không phải sự cố.' },
  });
  assert.equal(rejected.statusCode, 200, rejected.body);
  const respond = await ctx.inject({
    method: 'POST',
    url: `/api/tasks/${task.json().id}/respond`,
    headers: communeA.headers,
    payload: { action: 'accept' },
  });
  assert.equal(respond.statusCode, 409);
  assert.equal(respond.json().error.code, 'incident.closed');
  const patch = await ctx.inject({
    method: 'PATCH',
    url: `/api/tasks/${task.json().id}`,
    headers: coordinator.headers,
    payload: { title: 'Đổi tên' },
  });
  assert.equal(patch.statusCode, 409);
});

test('a task given to a person of another commune: that person sees the incident and answers the task', async () => {
  const { incident } = await report(communeA);
  const created = await ctx.inject({
    method: 'POST',
    url: `/api/incidents/${incident.id}/tasks`,
    headers: coordinator.headers,
    payload: { title: 'Hỗ trợ kiểm tra máy chủ', assigneeUserId: communeB.id },
  });
  assert.equal(created.statusCode, 201, created.body);
  assert.equal(
    (await ctx.inject({ method: 'GET', url: `/api/incidents/${incident.id}`, headers: communeB.headers }))
      .statusCode,
    200,
  );
  const accept = await ctx.inject({
    method: 'POST',
    url: `/api/tasks/${created.json().id}/respond`,
    headers: communeB.headers,
    payload: { action: 'accept' },
  });
  assert.equal(accept.statusCode, 200);
  const unknown = await ctx.inject({
    method: 'POST',
    url: `/api/incidents/${incident.id}/tasks`,
    headers: coordinator.headers,
    payload: { title: 'Người không tồn tại', assigneeUserId: '00000000-0000-4000-8000-000000000009' },
  });
  assert.equal(unknown.statusCode, 404);
});

test('a new report notifies the focal office once, and a mention notifies the person named', async () => {
  const { incident } = await report(communeA);
  const notices = await ctx.db
    .selectFrom('notifications')
    .select(['kind', 'link'])
    .where('unit_id', '=', focalUnitId)
    .where('kind', '=', 'incident_reported')
    .execute();
  assert.equal(notices.filter((n) => n.link === `/incidents/${incident.id}`).length, 1);
  const officerRow = await ctx.db
    .selectFrom('users')
    .select('username')
    .where('id', '=', communeA.id)
    .executeTakeFirstOrThrow();
  const res = await ctx.inject({
    method: 'POST',
    url: `/api/incidents/${incident.id}/comments`,
    headers: coordinator.headers,
    payload: { body: `@${officerRow.username} kiểm tra lại máy kế toán` },
  });
  assert.equal(res.statusCode, 201);
  const mention = await ctx.db
    .selectFrom('notifications')
    .select('kind')
    .where('user_id', '=', communeA.id)
    .where('kind', '=', 'mention')
    .execute();
  assert.equal(mention.length, 1);
});
