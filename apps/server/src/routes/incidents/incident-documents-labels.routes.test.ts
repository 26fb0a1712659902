import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { BUILTIN_PLAYBOOKS } from '@ungcuu/domain/playbooks/catalogue.ts';
import JSZip from 'jszip';
import { TestContext, type TestUser } from '../../testing/test-app.ts';
import {
  audits,
  buildWorld,
  call,
  type IncidentView,
  ok,
  report,
  UNKNOWN_ID,
  type World,
} from '../incidents.testkit.ts';

// Issue 7: the official documents read back as a person would read them. Mẫu 04 printed raw event
// codes (task_updated, task_accept) and a "sent" date for an initial report never sent; Mẫu 03 left
// "Đề nghị hỗ trợ" empty though the reporter answered C6 (outside help needed), and sections 7, 10,
// 11 had nowhere to be entered. People appear by full name, never by sign-in name.

let ctx: TestContext;
let w: World;

before(async () => {
  ctx = await TestContext.create();
  w = await buildWorld(ctx);
  await rename(w.coordinator, 'Trần Thị Điều Phối');
  await rename(w.officerA, 'Phạm Văn Bình');
  await rename(w.officerB, 'Lê Thị Ngọc Lâm');
});
after(() => ctx.close());

async function rename(user: TestUser, fullName: string) {
  await ctx.db.updateTable('users').set({ full_name: fullName }).where('id', '=', user.id).execute();
}

/** All text runs of the document body, in order (what a reader sees). */
async function documentText(incidentId: string, form: 'mau03' | 'mau04'): Promise<string> {
  const res = await call(ctx, w.coordinator, 'GET', `/api/incidents/${incidentId}/documents/${form}.docx`);
  assert.equal(res.statusCode, 200, res.body.slice(0, 300));
  const xml = await (await JSZip.loadAsync(res.rawPayload)).file('word/document.xml')!.async('string');
  return [...xml.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join('\n');
}

const HOW = 'Cán bộ một cửa thấy tệp bị đổi đuôi .locked khi mở hồ sơ';
const SUPPORT = 'Đề nghị hỗ trợ phân tích mẫu mã độc và khôi phục dữ liệu';

describe('PATCH /api/incidents/:id with the Mẫu 03 fields', () => {
  let incident: IncidentView;
  before(async () => {
    incident = await report(ctx, w.officerA, { triggers: { C1: true, C6: true } });
  });

  test('401 without a session', async () => {
    const res = await call(ctx, null, 'PATCH', `/api/incidents/${incident.id}`, { howDetected: HOW });
    assert.equal(res.statusCode, 401);
  });

  test('400 for a wrong type or an over-long text', async () => {
    for (const body of [
      { keepConfidential: 'yes' },
      { howDetected: 'x'.repeat(5_001) },
      { supportRequest: {} },
    ]) {
      const res = await call(ctx, w.officerA, 'PATCH', `/api/incidents/${incident.id}`, body);
      assert.equal(res.statusCode, 400, JSON.stringify(body));
    }
  });

  test('403 for the viewer of the commune, 404 for another commune', async () => {
    const viewer = await call(ctx, w.viewerA, 'PATCH', `/api/incidents/${incident.id}`, { howDetected: HOW });
    assert.equal(viewer.statusCode, 403);
    const other = await call(ctx, w.officerB, 'PATCH', `/api/incidents/${incident.id}`, { howDetected: HOW });
    assert.equal(other.statusCode, 404);
    const unknown = await call(ctx, w.officerA, 'PATCH', `/api/incidents/${UNKNOWN_ID}`, {
      howDetected: HOW,
    });
    assert.equal(unknown.statusCode, 404);
  });

  test('the reporter enters sections 7, 10 and 11: stored, shown, audited', async () => {
    const body = { howDetected: HOW, supportRequest: SUPPORT, keepConfidential: true };
    const view = await ok(ctx, w.officerA, 'PATCH', `/api/incidents/${incident.id}`, body, 200);
    assert.equal(view.howDetected, HOW);
    assert.equal(view.supportRequest, SUPPORT);
    assert.equal(view.keepConfidential, true);
    const detail = await ok(ctx, w.officerA, 'GET', `/api/incidents/${incident.id}`);
    assert.equal(detail.howDetected, HOW);
    const last = (await audits(ctx, incident.id)).at(-1)!;
    assert.equal(last.action, 'incident.update');
    const after = last.after as { how_detected: string; support_request: string; keep_confidential: boolean };
    assert.equal(after.how_detected, HOW);
    assert.equal(after.support_request, SUPPORT);
    assert.equal(after.keep_confidential, true);
  });
});

describe('Mẫu 03 and Mẫu 04 read back', () => {
  let incident: IncidentView;
  before(async () => {
    incident = await report(ctx, w.officerA, { triggers: { C1: true, C6: true } });
    await ok(
      ctx,
      w.coordinator,
      'POST',
      `/api/incidents/${incident.id}/classify`,
      { subtype: 'attack.ransomware' },
      200,
    );
    const task = await ok(ctx, w.coordinator, 'POST', `/api/incidents/${incident.id}/tasks`, {
      title: 'Ngắt máy chủ khỏi mạng',
      assigneeUnitId: w.communeB.id,
    });
    await ok(ctx, w.officerB, 'POST', `/api/tasks/${task.id}/respond`, { action: 'accept' }, 200);
    await ok(
      ctx,
      w.coordinator,
      'PATCH',
      `/api/tasks/${task.id}`,
      { title: 'Ngắt máy chủ khỏi mạng ngay' },
      200,
    );
  });

  test('the incident names its playbook by title and version, not by code', async () => {
    const detail = await ok(ctx, w.coordinator, 'GET', `/api/incidents/${incident.id}`);
    const builtin = BUILTIN_PLAYBOOKS.find((p) => p.subtype === 'attack.ransomware')!;
    assert.equal(detail.playbookCode, builtin.code);
    assert.deepEqual(detail.playbookTitle, builtin.title);
    assert.equal(detail.playbookVersion, builtin.version);
    const accepted = detail.timeline.find((e: { event: string }) => e.event === 'task_accept');
    assert.equal(accepted.actorName, 'Lê Thị Ngọc Lâm', 'the timeline names people by full name');
  });

  test('Mẫu 03 without the new fields: the C6 answer still fills "Đề nghị hỗ trợ"', async () => {
    const text = await documentText(incident.id, 'mau03');
    const section10 = text.slice(text.indexOf('10. Đề nghị hỗ trợ'), text.indexOf('11. Đề nghị giữ bí mật'));
    assert.match(section10, /hỗ trợ ứng cứu từ bên ngoài/, section10);
  });

  test('Mẫu 03 prints sections 7, 10 and 11 as entered', async () => {
    await ok(
      ctx,
      w.officerA,
      'PATCH',
      `/api/incidents/${incident.id}`,
      {
        howDetected: HOW,
        supportRequest: SUPPORT,
        keepConfidential: true,
      },
      200,
    );
    const text = await documentText(incident.id, 'mau03');
    const section = (from: string, to: string) => text.slice(text.indexOf(from), text.indexOf(to));
    assert.ok(section('7. Cách thức phát hiện', '8. Đã thông báo').includes(HOW), 'section 7');
    const s10 = section('10. Đề nghị hỗ trợ', '11. Đề nghị giữ bí mật');
    assert.ok(s10.includes(SUPPORT) && s10.includes('bên ngoài'), 'section 10: C6 and the request');
    assert.match(section('11. Đề nghị giữ bí mật', 'Thời gian báo cáo'), /\nCó\n/, 'section 11');
    assert.ok(text.includes('Phạm Văn Bình'), 'the reporter by full name');
    assert.ok(!text.includes(w.officerA.username), 'no sign-in name');
  });

  test('Mẫu 04: labels not codes, names not logins, no "sent" date for an unsent report', async () => {
    const text = await documentText(incident.id, 'mau04');
    for (const code of [
      'task_updated',
      'task_accept',
      'task_created',
      'state_changed',
      'classified',
      'attack.ransomware',
    ])
      assert.ok(!text.includes(code), `no raw code ${code}`);
    assert.ok(text.includes('Đơn vị nhận nhiệm vụ'), 'task accept as a sentence');
    assert.ok(text.includes('Cập nhật nhiệm vụ'), 'task update as a sentence');
    assert.ok(text.includes('Giao nhiệm vụ: Ngắt máy chủ khỏi mạng'), 'task given, with its title');
    assert.ok(text.includes('Lê Thị Ngọc Lâm') && text.includes('Trần Thị Điều Phối'), 'who did it, by name');
    for (const u of [w.coordinator, w.officerA, w.officerB])
      assert.ok(!text.includes(u.username), `no sign-in name ${u.username}`);
    const s2 = text.slice(text.indexOf('2. Báo cáo ban đầu'), text.indexOf('3. Hệ thống'));
    assert.match(s2, /Chưa gửi/, s2);
    assert.doesNotMatch(s2, /\d{2}\/\d{2}\/\d{4}/, 'no date for a report never sent');
  });

  test('Mẫu 04 after the initial report is recorded as sent: its date and reference', async () => {
    await ok(
      ctx,
      w.coordinator,
      'POST',
      `/api/incidents/${incident.id}/documents/mau03/sent`,
      {
        sentAt: '2026-03-06T02:00:00.000Z',
        sentTo: 'Cục An toàn thông tin',
        reference: '15/BC-UBND',
      },
      200,
    );
    const text = await documentText(incident.id, 'mau04');
    const s2 = text.slice(text.indexOf('2. Báo cáo ban đầu'), text.indexOf('3. Hệ thống'));
    assert.ok(s2.includes('06/03/2026') && s2.includes('15/BC-UBND'), s2);
  });
});
