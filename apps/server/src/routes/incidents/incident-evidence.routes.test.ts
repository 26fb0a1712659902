import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { describe, test } from 'node:test';
import { type IncidentView, incidentTestWorld, UNKNOWN_ID } from '../incidents.testkit.ts';

// Evidence with chain of custody, escalation to an external body, and the official reports
// (Mẫu 03, Mẫu 04) issued from the incident.

const world = incidentTestWorld();
const BOUNDARY = 'ungcuu-evidence-boundary';
const MULTIPART = { 'content-type': `multipart/form-data; boundary=${BOUNDARY}` };

/** A browser's multipart body: an optional description field, then the file. */
function multipartBody(
  filename: string,
  contentType: string,
  content: Buffer | string,
  description?: string,
) {
  const parts: Buffer[] = [];
  if (description !== undefined)
    parts.push(
      Buffer.from(
        `--${BOUNDARY}\r\nContent-Disposition: form-data; name="description"\r\n\r\n${description}\r\n`,
      ),
    );
  parts.push(
    Buffer.from(
      `--${BOUNDARY}\r\nContent-Disposition: form-data; name="file"; filename="${filename}"\r\nContent-Type: ${contentType}\r\n\r\n`,
    ),
    Buffer.isBuffer(content) ? content : Buffer.from(content, 'utf8'),
    Buffer.from(`\r\n--${BOUNDARY}--\r\n`),
  );
  return Buffer.concat(parts);
}

async function upload(incidentId: string, filename: string, content: Buffer | string, as = world.officerA) {
  const res = await world.ctx.inject({
    method: 'POST',
    url: `/api/incidents/${incidentId}/evidence`,
    headers: { ...as.headers, ...MULTIPART },
    payload: multipartBody(filename, 'text/plain', content),
  });
  assert.equal(res.statusCode, 201, res.body);
  return res.json() as { id: string; sha256: string };
}

async function escalate(incidentId: string, share: Record<string, boolean> = {}) {
  return world.ok(world.coordinator, 'POST', `/api/incidents/${incidentId}/escalations`, {
    toUnitId: world.external.id,
    channel: 'email',
    summary: 'Đề nghị Công an tỉnh hỗ trợ điều tra',
    share,
  });
}

async function docxText(bytes: Buffer): Promise<string> {
  const { default: JSZip } = await import('jszip');
  const xml = await (await JSZip.loadAsync(bytes)).file('word/document.xml')!.async('string');
  return [...xml.matchAll(/<w:t[^>]*>([^<]*)<\/w:t>/g)].map((m) => m[1]).join('');
}

{
  let incident: IncidentView;
  world.endpoint('GET /api/incidents/:id/evidence', {
    method: 'GET',
    url: () => `/api/incidents/${incident.id}/evidence`,
    as: () => world.officerA,
    setup: async () => {
      incident = await world.report(world.officerA);
      await upload(incident.id, 'nhat-ky-tuong-lua.txt', 'deny tcp 203.0.113.7:3389');
      await upload(incident.id, 'ghi-chu.txt', 'Màn hình đòi tiền chuộc lúc 8h05');
    },
    bad: [{ why: 'on an id that is not a UUID', url: () => '/api/incidents/x/evidence' }],
    forbidden: [
      {
        why: 'for the viewer of the commune (reads the incident, not its evidence)',
        as: () => world.viewerA,
      },
    ],
    notFound: [
      { why: 'for an unknown incident', url: () => `/api/incidents/${UNKNOWN_ID}/evidence` },
      { why: "for another commune's incident", as: () => world.officerB },
    ],
    success: {
      status: 200,
      why: 'the files with their hash, size and uploader, oldest first; never their content',
      check: async (res) => {
        const items = res.json().items;
        const stored = await world.ctx.db
          .selectFrom('incident_evidence')
          .select(['id', 'sha256', 'size', 'uploaded_by'])
          .where('incident_id', '=', incident.id)
          .orderBy('uploaded_at')
          .execute();
        assert.deepEqual(
          items.map((e: { id: string; sha256: string; size: number; uploadedBy: string }) => ({
            id: e.id,
            sha256: e.sha256,
            size: e.size,
            uploaded_by: e.uploadedBy,
          })),
          stored,
        );
        assert.ok(items.every((e: object) => !('content' in e)));
      },
    },
  });
}

{
  let incident: IncidentView;
  const content = 'Ảnh chụp màn hình đòi tiền chuộc lúc 8h05';
  const file = () => multipartBody('man-hinh.txt', 'text/plain', content, 'Chụp từ máy kế toán');
  world.endpoint('POST /api/incidents/:id/evidence', {
    method: 'POST',
    url: () => `/api/incidents/${incident.id}/evidence`,
    payload: file,
    headers: () => MULTIPART,
    as: () => world.officerA,
    setup: async () => {
      incident = await world.report(world.officerA);
      await escalate(incident.id, { evidence: true });
    },
    bad: [
      {
        why: 'without a file (a JSON body)',
        payload: () => ({ filename: 'a.txt' }),
        headers: () => ({ 'content-type': 'application/json' }),
      },
      { why: 'on an empty file', payload: () => multipartBody('rong.txt', 'text/plain', '') },
    ],
    forbidden: [
      { why: 'for the viewer of the commune', as: () => world.viewerA },
      { why: 'for leadership', as: () => world.leader },
      { why: 'for the external body, even with evidence shared', as: () => world.externalUser },
    ],
    notFound: [
      { why: 'for an unknown incident', url: () => `/api/incidents/${UNKNOWN_ID}/evidence` },
      { why: "for another commune's incident", as: () => world.officerB },
    ],
    conflicts: [
      {
        why: 'for an executable',
        payload: () => multipartBody('hoa-don.exe', 'application/octet-stream', 'MZ'),
        status: 415,
        code: 'file.executable',
      },
    ],
    success: {
      status: 201,
      why: 'stored with its SHA-256, size and uploader; on the timeline and in the audit trail',
      check: async (res) => {
        const saved = res.json();
        const sha256 = createHash('sha256').update(content).digest('hex');
        assert.deepEqual(
          [saved.sha256, saved.size, saved.description, saved.uploadedBy],
          [sha256, Buffer.byteLength(content), 'Chụp từ máy kế toán', world.officerA.id],
        );
        const row = await world.ctx.db
          .selectFrom('incident_evidence')
          .selectAll()
          .where('id', '=', saved.id)
          .executeTakeFirstOrThrow();
        assert.equal(Buffer.from(row.content).toString('utf8'), content);
        assert.deepEqual([row.sha256, row.incident_id], [sha256, incident.id]);
        const added = (await world.timeline(incident.id)).find((e) => e.event === 'evidence_added');
        assert.deepEqual(added?.data, { evidenceId: saved.id, filename: 'man-hinh.txt', sha256 });
        assert.deepEqual(await world.auditActions(saved.id), ['evidence.upload']);
      },
    },
  });
}

{
  let incident: IncidentView;
  let evidence: { id: string; sha256: string };
  let elsewhere: { id: string };
  const bytes = Buffer.concat([Buffer.from('Nhật ký máy chủ\n', 'utf8'), Buffer.from([1, 2, 255])]);
  world.endpoint('GET /api/incidents/:id/evidence/:evidenceId', {
    method: 'GET',
    url: () => `/api/incidents/${incident.id}/evidence/${evidence.id}`,
    as: () => world.officerA,
    setup: async () => {
      incident = await world.report(world.officerA);
      evidence = await upload(incident.id, 'nhật ký.txt', bytes);
      const other = await world.report(world.officerA);
      elsewhere = await upload(other.id, 'khac.txt', 'tệp của sự cố khác');
      await escalate(incident.id);
    },
    bad: [
      { why: 'on an evidence id that is not a UUID', url: () => `/api/incidents/${incident.id}/evidence/1` },
    ],
    forbidden: [
      { why: 'for the viewer of the commune', as: () => world.viewerA },
      { why: 'for the external body the evidence was not shared with', as: () => world.externalUser },
    ],
    notFound: [
      { why: 'for unknown evidence', url: () => `/api/incidents/${incident.id}/evidence/${UNKNOWN_ID}` },
      { why: "for another commune's incident", as: () => world.officerB },
      {
        why: 'for evidence of another incident asked through this one',
        url: () => `/api/incidents/${incident.id}/evidence/${elsewhere.id}`,
      },
      { why: 'for an unknown incident', url: () => `/api/incidents/${UNKNOWN_ID}/evidence/${evidence.id}` },
    ],
    success: {
      status: 200,
      why: 'the exact bytes with their hash and name; the download is itself audited',
      check: async (res) => {
        assert.deepEqual(res.rawPayload, bytes);
        assert.equal(res.headers['x-content-sha256'], createHash('sha256').update(bytes).digest('hex'));
        assert.equal(
          res.headers['content-disposition'],
          `attachment; filename="nh_t k_.txt"; filename*=UTF-8''${encodeURIComponent('nhật ký.txt')}`,
        );
        const trail = await world.audits(evidence.id);
        assert.deepEqual(
          trail.map((a) => [a.action, a.actor_user_id]),
          [
            ['evidence.upload', world.officerA.id],
            ['evidence.download', world.officerA.id],
          ],
        );
      },
    },
  });
}

describe('evidence shared with the body an incident was escalated to', () => {
  test('not shared: an empty list and 403 on download; shared: listed and downloadable, audited', async () => {
    const incident = await world.report(world.officerA);
    const evidence = await upload(incident.id, 'ghi-chu.txt', 'Địa chỉ tấn công 203.0.113.7');
    await escalate(incident.id);
    const list = `/api/incidents/${incident.id}/evidence`;
    const file = `${list}/${evidence.id}`;
    assert.deepEqual((await world.ok(world.externalUser, 'GET', list)).items, []);
    assert.equal((await world.call(world.externalUser, 'GET', file)).statusCode, 403);
    await escalate(incident.id, { evidence: true });
    const shared = await world.ok(world.externalUser, 'GET', list);
    assert.deepEqual(
      shared.items.map((e: { id: string }) => e.id),
      [evidence.id],
    );
    const got = await world.call(world.externalUser, 'GET', file);
    assert.equal(got.statusCode, 200);
    assert.equal(got.body, 'Địa chỉ tấn công 203.0.113.7');
    const trail = await world.audits(evidence.id);
    assert.deepEqual(trail.at(-1)?.actor_user_id, world.externalUser.id);
  });
});

{
  let incident: IncidentView;
  world.endpoint('GET /api/incidents/:id/escalations', {
    method: 'GET',
    url: () => `/api/incidents/${incident.id}/escalations`,
    as: () => world.officerA,
    setup: async () => {
      incident = await world.report(world.officerA);
      await escalate(incident.id);
    },
    bad: [{ why: 'on an id that is not a UUID', url: () => '/api/incidents/x/escalations' }],
    forbidden: {
      instead: 'whoever sees the incident sees where it was escalated, the external body included',
      check: async () => {
        const seen = await world.ok(world.externalUser, 'GET', `/api/incidents/${incident.id}/escalations`);
        assert.deepEqual(
          seen.items.map((e: { toUnitId: string }) => e.toUnitId),
          [world.external.id],
        );
      },
    },
    notFound: [
      { why: 'for an unknown incident', url: () => `/api/incidents/${UNKNOWN_ID}/escalations` },
      { why: "for another commune's incident", as: () => world.officerB },
    ],
    success: {
      status: 200,
      why: 'each escalation with its body, sender, channel and what was shared',
      check: async (res) => {
        const stored = await world.ctx.db
          .selectFrom('incident_escalations')
          .select(['id', 'sent_by'])
          .where('incident_id', '=', incident.id)
          .execute();
        const items = res.json().items;
        assert.deepEqual(
          items.map((e: { id: string; sentBy: string }) => ({ id: e.id, sent_by: e.sentBy })),
          stored,
        );
        assert.deepEqual(
          [items[0].toUnitName, items[0].channel, items[0].shared],
          [
            'PA05 Công an tỉnh',
            'email',
            { description: true, timeline: true, evidence: false, observables: false },
          ],
        );
      },
    },
  });
}

{
  let incident: IncidentView;
  const escalation = () => ({
    toUnitId: world.external.id,
    channel: 'letter',
    summary: 'Báo cáo và đề nghị hỗ trợ xử lý mã độc tống tiền',
    share: { evidence: true, description: false },
  });
  world.endpoint('POST /api/incidents/:id/escalations', {
    method: 'POST',
    url: () => `/api/incidents/${incident.id}/escalations`,
    payload: escalation,
    as: () => world.coordinator,
    setup: async () => {
      incident = await world.report(world.officerA);
    },
    bad: [
      { why: 'on an unknown channel', payload: () => ({ ...escalation(), channel: 'fax' }) },
      { why: 'on a three-letter summary', payload: () => ({ ...escalation(), summary: 'abc' }) },
      {
        why: 'on a target that is not an external body',
        payload: () => ({ ...escalation(), toUnitId: world.communeB.id }),
        code: 'incident.escalate_target',
      },
    ],
    forbidden: [
      { why: 'for the unit officer', as: () => world.officerA },
      { why: 'for the viewer of the commune', as: () => world.viewerA },
    ],
    notFound: [
      { why: 'for an unknown incident', url: () => `/api/incidents/${UNKNOWN_ID}/escalations` },
      { why: "for another commune's incident", as: () => world.officerB },
      { why: 'for an unknown body', payload: () => ({ ...escalation(), toUnitId: UNKNOWN_ID }) },
    ],
    success: {
      status: 201,
      why: 'recorded with what is shared; the body then reads the incident read-only',
      check: async (res) => {
        const sent = res.json();
        assert.deepEqual(sent.shared, {
          description: false,
          timeline: true,
          evidence: true,
          observables: false,
        });
        const row = await world.incidentRow(incident.id);
        assert.deepEqual(row.escalated_unit_ids, [world.external.id]);
        assert.ok(row.unit_ids.includes(world.external.id));
        const stored = await world.ctx.db
          .selectFrom('incident_escalations')
          .select(['to_unit_id', 'sent_by', 'channel'])
          .where('id', '=', sent.id)
          .executeTakeFirstOrThrow();
        assert.deepEqual(stored, {
          to_unit_id: world.external.id,
          sent_by: world.coordinator.id,
          channel: 'letter',
        });
        const seen = await world.ok(world.externalUser, 'GET', `/api/incidents/${incident.id}`);
        assert.deepEqual([seen.visibility, seen.description], ['escalated', null]);
        const event = (await world.timeline(incident.id)).find((e) => e.event === 'escalated');
        assert.deepEqual(event?.data, {
          toUnitId: world.external.id,
          toUnitName: 'PA05 Công an tỉnh',
          channel: 'letter',
        });
        assert.deepEqual(await world.auditActions(incident.id), ['incident.report', 'incident.escalate']);
      },
    },
  });
}

{
  let incident: IncidentView;
  world.endpoint('GET /api/incidents/:id/documents', {
    method: 'GET',
    url: () => `/api/incidents/${incident.id}/documents`,
    as: () => world.coordinator,
    setup: async () => {
      incident = await world.report(world.officerA);
      await world.call(world.coordinator, 'GET', `/api/incidents/${incident.id}/documents/mau03.docx`);
    },
    bad: [{ why: 'on an id that is not a UUID', url: () => '/api/incidents/x/documents' }],
    forbidden: {
      instead: 'the commune sees which reports were issued, though it does not issue them',
      check: async () => {
        const seen = await world.ok(world.officerA, 'GET', `/api/incidents/${incident.id}/documents`);
        assert.deepEqual(
          seen.items.map((d: { form: string }) => d.form),
          ['mau03'],
        );
      },
    },
    notFound: [
      { why: 'for an unknown incident', url: () => `/api/incidents/${UNKNOWN_ID}/documents` },
      { why: "for another commune's incident", as: () => world.officerB },
    ],
    success: {
      status: 200,
      why: 'each issued report with when it was generated and sent',
      check: async (res) => {
        const stored = await world.ctx.db
          .selectFrom('incident_report_docs')
          .select(['id', 'form', 'generated_by'])
          .where('incident_id', '=', incident.id)
          .execute();
        assert.equal(stored.length, 1);
        assert.deepEqual(
          res
            .json()
            .items.map((d: { id: string; form: string; sentAt: string | null }) => [d.id, d.form, d.sentAt]),
          [[stored[0]!.id, 'mau03', null]],
        );
        assert.equal(stored[0]!.generated_by, world.coordinator.id);
      },
    },
  });
}

for (const form of ['mau03', 'mau04'] as const) {
  let incident: IncidentView;
  const closing = {
    causeSummary: 'Nhân viên mở tệp đính kèm độc hại trong thư giả mạo.',
    actionsTaken: 'Cách ly máy, khôi phục dữ liệu từ bản sao lưu ngoại tuyến.',
    lessonsLearned: 'Tập huấn nhận diện thư giả mạo cho toàn bộ cán bộ.',
  };
  world.endpoint(`GET /api/incidents/:id/documents/${form}.docx`, {
    method: 'GET',
    url: () => `/api/incidents/${incident.id}/documents/${form}.docx`,
    as: () => world.coordinator,
    setup: async () => {
      incident = await world.report(world.officerA);
      await world.ok(world.officerA, 'PATCH', `/api/incidents/${incident.id}`, closing, 200);
      await escalate(incident.id);
    },
    bad: [
      {
        why: 'on a form that does not exist',
        url: () => `/api/incidents/${incident.id}/documents/mau05.docx`,
      },
    ],
    forbidden: [
      {
        why: 'for the unit officer (the focal office and leadership issue reports)',
        as: () => world.officerA,
      },
      { why: 'for the viewer of the commune', as: () => world.viewerA },
      { why: 'for the external body it was escalated to', as: () => world.externalUser },
    ],
    notFound: [
      { why: 'for an unknown incident', url: () => `/api/incidents/${UNKNOWN_ID}/documents/${form}.docx` },
      { why: "for another commune's incident", as: () => world.officerB },
    ],
    success: {
      status: 200,
      why: 'a DOCX filled from the incident; its issue is recorded and audited',
      check: async (res) => {
        assert.equal(
          res.headers['content-type'],
          'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
        );
        assert.match(String(res.headers['content-disposition']), new RegExp(`${incident.code}-Mau0[34]`));
        const text = await docxText(res.rawPayload);
        assert.ok(text.includes(incident.code));
        if (form === 'mau04') {
          assert.ok(text.includes(closing.causeSummary), 'cause');
          assert.ok(text.includes(closing.lessonsLearned), 'lessons');
        } else assert.ok(text.includes('Máy tính kế toán bị mã hóa dữ liệu'));
        const docs = await world.ctx.db
          .selectFrom('incident_report_docs')
          .select(['form', 'generated_by'])
          .where('incident_id', '=', incident.id)
          .execute();
        assert.deepEqual(docs, [{ form, generated_by: world.coordinator.id }]);
        const actions = await world.auditActions(incident.id);
        assert.equal(actions.at(-1), `incident.document_${form}`);
      },
    },
  });
}

{
  let incident: IncidentView;
  const sent = () => ({
    sentAt: '2025-03-02T02:00:00.000Z',
    sentTo: 'PA05 Công an tỉnh',
    reference: '12/BC-UBND',
  });
  world.endpoint('POST /api/incidents/:id/documents/:form/sent', {
    method: 'POST',
    url: () => `/api/incidents/${incident.id}/documents/mau03/sent`,
    payload: sent,
    as: () => world.coordinator,
    setup: async () => {
      // Detected under the 2017 regime, whose notification deadline asks for Mẫu 03 (TT 20 Điều 9).
      incident = await world.report(world.officerA, { detectedAt: '2025-03-01T01:00:00.000Z' });
      await world.call(world.coordinator, 'GET', `/api/incidents/${incident.id}/documents/mau03.docx`);
    },
    bad: [
      { why: 'on a one-letter recipient', payload: () => ({ ...sent(), sentTo: 'x' }) },
      { why: 'on a time that is not a date', payload: () => ({ ...sent(), sentAt: 'hôm qua' }) },
      { why: 'on an unknown form', url: () => `/api/incidents/${incident.id}/documents/mau05/sent` },
    ],
    forbidden: [
      { why: 'for the unit officer', as: () => world.officerA },
      { why: 'for the viewer of the commune', as: () => world.viewerA },
    ],
    notFound: [
      { why: 'for an unknown incident', url: () => `/api/incidents/${UNKNOWN_ID}/documents/mau03/sent` },
      { why: "for another commune's incident", as: () => world.officerB },
      { why: 'for a form never generated', url: () => `/api/incidents/${incident.id}/documents/mau04/sent` },
    ],
    success: {
      status: 200,
      why: 'records when and to whom it was sent; the deadlines asking for it are met; audited',
      check: async (res) => {
        assert.deepEqual(
          [res.json().form, res.json().sentTo, res.json().reference],
          ['mau03', 'PA05 Công an tỉnh', '12/BC-UBND'],
        );
        const doc = await world.ctx.db
          .selectFrom('incident_report_docs')
          .select(['sent_at', 'sent_to'])
          .where('incident_id', '=', incident.id)
          .executeTakeFirstOrThrow();
        assert.deepEqual(
          [new Date(doc.sent_at!).toISOString(), doc.sent_to],
          [sent().sentAt, 'PA05 Công an tỉnh'],
        );
        assert.deepEqual((await world.incidentRow(incident.id)).deadlines_done, {
          notification: sent().sentAt,
        });
        const view = await world.ok(world.coordinator, 'GET', `/api/incidents/${incident.id}`);
        const notification = view.deadlines.find((d: { code: string }) => d.code === 'notification');
        assert.equal(notification.status, 'done');
        assert.equal((await world.auditActions(incident.id)).at(-1), 'incident.document_sent');
      },
    },
  });
}
