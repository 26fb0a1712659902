import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { docxText, pdfText, squash } from '@ungcuu/core/documents/testing/read-back.ts';
import ExcelJS from 'exceljs';
import { expectError } from '../systems.testkit.ts';
import { reportWorld } from './documents.testkit.ts';

const w = reportWorld();
const H1_2025 = '/api/reports/mau05/six_month/2025';
const YEAR_2026 = '/api/reports/mau05/annual/2026';

async function get(url: string, user = w.coordinator) {
  return w.ctx.inject({ method: 'GET', url, headers: user.headers });
}

describe('refusals come first', () => {
  test('401 without a session', async () => {
    const res = await w.ctx.inject({ method: 'GET', url: H1_2025 });
    assert.equal(res.statusCode, 401);
  });
  test('400 for an unknown kind, a year out of range, an unknown format, a bad body', async () => {
    assert.equal((await get('/api/reports/mau05/quarter/2025')).statusCode, 400);
    assert.equal((await get('/api/reports/mau05/annual/1999')).statusCode, 400);
    assert.equal((await get(`${H1_2025}/document.odt`)).statusCode, 400);
    const res = await w.ctx.inject({
      method: 'PUT',
      url: H1_2025,
      headers: w.coordinator.headers,
      payload: { proposals: 'x'.repeat(9000) },
    });
    assert.equal(res.statusCode, 400);
  });
  test('403 for a unit officer; a leader reads but may not edit or record sending', async () => {
    assert.equal((await get(H1_2025, w.officer)).statusCode, 403);
    assert.equal((await get(H1_2025, w.leader)).statusCode, 200);
    const put = await w.ctx.inject({ method: 'PUT', url: H1_2025, headers: w.leader.headers, payload: {} });
    assert.equal(put.statusCode, 403);
    const sent = await w.ctx.inject({
      method: 'POST',
      url: `${H1_2025}/sent`,
      headers: w.leader.headers,
      payload: { sentAt: '2025-06-18T02:00:00Z', sentTo: 'Cục A05' },
    });
    assert.equal(sent.statusCode, 403);
  });
  test('404 when the regime in force has no such report (no six-month report under the 2026 regime)', async () => {
    expectError(await get('/api/reports/mau05/six_month/2027'), 404, 'report.period_unavailable');
  });
  test('409 when recording as sent a report never issued', async () => {
    const res = await w.ctx.inject({
      method: 'POST',
      url: '/api/reports/mau05/annual/2025/sent',
      headers: w.coordinator.headers,
      payload: { sentAt: '2025-12-10T02:00:00Z', sentTo: 'Cục A05' },
    });
    expectError(res, 409, 'report.not_generated');
  });
});

describe('a period built from known incidents', () => {
  test('every cell of the six-month report of 2025 (2017 regime: 01/01–19/06)', async () => {
    // Inside, at both edges (Vietnam time): 00:00 on 1/1 and 23:59 on 19/6.
    await w.incident({ detectedAt: '2024-12-31T17:00:00Z', subtype: 'attack.phishing' });
    await w.incident({
      detectedAt: '2025-06-19T16:59:00Z',
      subtype: 'attack.phishing',
      helpDomestic: true,
      coordinator: true,
      damage: 15_000_000,
      helpers: 'Trung tâm Giám sát an toàn không gian mạng quốc gia',
    });
    await w.incident({
      detectedAt: '2025-03-05T01:30:00Z',
      subtype: 'attack.ransomware',
      helpForeign: true,
      damage: 120_000_000,
      helpers: 'Kaspersky Lab',
    });
    await w.incident({ detectedAt: '2025-04-01T01:30:00Z', subtype: null });
    // Outside: a minute before 1/1, 00:00 on 20/6, not attacks, events, refused, merged.
    await w.incident({ detectedAt: '2024-12-31T16:59:00Z', subtype: 'attack.dos' });
    await w.incident({ detectedAt: '2025-06-19T17:00:00Z', subtype: 'attack.dos' });
    await w.incident({ detectedAt: '2025-02-01T01:30:00Z', causeGroup: 'failure', subtype: 'failure.power' });
    await w.incident({ detectedAt: '2025-02-01T01:30:00Z', subtype: 'attack.dos', tier: 'T0' });
    await w.incident({ detectedAt: '2025-02-01T01:30:00Z', subtype: 'attack.dos', state: 'rejected' });
    await w.incident({ detectedAt: '2025-02-01T01:30:00Z', subtype: 'attack.dos', state: 'merged' });

    const body = (await get(H1_2025)).json();
    assert.deepEqual([body.start, body.end, body.dueBefore], ['2025-01-01', '2025-06-19', '2025-06-20']);
    const cells = Object.fromEntries(
      body.rows.map((r: { type: string; cells: unknown }) => [r.type, r.cells]),
    );
    assert.deepEqual(cells['attack.phishing'], {
      count: 2,
      alone: 1,
      domestic: 1,
      foreign: 0,
      coordinator: 1,
      damage: 15_000_000,
    });
    assert.deepEqual(cells['attack.ransomware'], {
      count: 1,
      alone: 0,
      domestic: 0,
      foreign: 1,
      coordinator: 0,
      damage: 120_000_000,
    });
    assert.deepEqual(cells['attack.other'], {
      count: 1,
      alone: 1,
      domestic: 0,
      foreign: 0,
      coordinator: 0,
      damage: 0,
    });
    assert.deepEqual(cells['attack.dos'], {
      count: 0,
      alone: 0,
      domestic: 0,
      foreign: 0,
      coordinator: 0,
      damage: 0,
    });
    assert.equal(body.rows.length, 10);
    assert.deepEqual(body.total, {
      count: 4,
      alone: 2,
      domestic: 1,
      foreign: 1,
      coordinator: 1,
      damage: 135_000_000,
    });
    assert.deepEqual(body.incidentHelpersDomestic, ['Trung tâm Giám sát an toàn không gian mạng quốc gia']);
    assert.deepEqual(body.incidentHelpersForeign, ['Kaspersky Lab']);
  });

  test('the annual report of 2026 follows the 2026 regime (15/12/2025–14/12/2026)', async () => {
    await w.incident({ detectedAt: '2025-12-14T17:00:00Z', subtype: 'attack.defacement' }); // 00:00 15/12 VN: in
    await w.incident({ detectedAt: '2025-12-14T16:59:00Z', subtype: 'attack.defacement' }); // 23:59 14/12: out
    await w.incident({ detectedAt: '2026-12-14T16:59:00Z', subtype: 'attack.malware', damage: 2_500_000 }); // in
    await w.incident({ detectedAt: '2026-12-14T17:00:00Z', subtype: 'attack.malware' }); // 15/12/2026: out
    const body = (await get(YEAR_2026)).json();
    assert.deepEqual([body.start, body.end, body.regimeId], ['2025-12-15', '2026-12-14', body.regimeId]);
    assert.notEqual(body.regimeId, (await get(H1_2025)).json().regimeId);
    const cells = Object.fromEntries(
      body.rows.map((r: { type: string; cells: { count: number } }) => [r.type, r.cells.count]),
    );
    assert.equal(cells['attack.defacement'], 1);
    assert.equal(cells['attack.malware'], 1);
    assert.equal(body.total.count, 2);
    assert.equal(body.total.damage, 2_500_000);
    // The 23:59 14/12/2025 defacement belongs to the 2017 regime's annual 2025 (01/01–14/12/2025).
    const y2025 = (await get('/api/reports/mau05/annual/2025')).json();
    assert.equal(y2025.rows.find((r: { type: string }) => r.type === 'attack.defacement').cells.count, 1);
  });
});

describe('the Mẫu 05 facts of an incident', () => {
  test('are entered on the incident (PATCH) and counted in the period', async () => {
    const id = await w.incident({
      detectedAt: '2025-05-05T01:30:00Z',
      subtype: 'attack.dos',
      state: 'responding',
    });
    const res = await w.ctx.inject({
      method: 'PATCH',
      url: `/api/incidents/${id}`,
      headers: w.officer.headers,
      payload: {
        helpDomestic: true,
        helpingOrganisations: 'VNPT Hưng Yên',
        coordinatorSupportRequested: true,
        damageEstimate: 7_000_000,
      },
    });
    assert.equal(res.statusCode, 200, res.body);
    const view = res.json().incident ?? res.json();
    assert.equal(view.damageEstimate, 7_000_000);
    assert.equal(view.helpDomestic, true);
    const bad = await w.ctx.inject({
      method: 'PATCH',
      url: `/api/incidents/${id}`,
      headers: w.officer.headers,
      payload: { damageEstimate: -1 },
    });
    assert.equal(bad.statusCode, 400);
    const body = (await get(H1_2025)).json();
    const dos = body.rows.find((r: { type: string }) => r.type === 'attack.dos').cells;
    assert.deepEqual(dos, { count: 1, alone: 0, domestic: 1, foreign: 0, coordinator: 1, damage: 7_000_000 });
    assert.ok(body.incidentHelpersDomestic.includes('VNPT Hưng Yên'));
    // Reset so that the totals checked below stay those of the first period test.
    await w.ctx.db.updateTable('incidents').set({ state: 'rejected' }).where('id', '=', id).execute();
  });
});

describe('entering, exporting, recording as sent', () => {
  test('the coordinator enters what the data cannot know; it is audited', async () => {
    const res = await w.ctx.inject({
      method: 'PUT',
      url: H1_2025,
      headers: w.coordinator.headers,
      payload: {
        memberCode: 'MHAO-01',
        damageNotes: 'Thiệt hại chủ yếu do ngừng dịch vụ một cửa.',
        helpersDomestic: 'Công an tỉnh Hưng Yên (PA05)',
        helpersForeign: null,
        proposals: 'Đề nghị bố trí kinh phí thuê dịch vụ giám sát.',
        notes: null,
      },
    });
    assert.equal(res.statusCode, 200, res.body);
    assert.equal(res.json().memberCode, 'MHAO-01');
    const audit = await w.ctx.db
      .selectFrom('audit_log')
      .select('action')
      .where('action', '=', 'report.mau05_update')
      .execute();
    assert.equal(audit.length, 1);
  });

  test('DOCX, PDF and XLSX read back with the database totals and names with diacritics', async () => {
    const body = (await get(H1_2025)).json();
    const docx = await get(`${H1_2025}/document.docx`);
    assert.equal(docx.statusCode, 200);
    assert.match(String(docx.headers['content-type']), /wordprocessingml/);
    const pdf = await get(`${H1_2025}/document.pdf`);
    assert.equal(pdf.statusCode, 200);
    assert.equal(pdf.headers['content-type'], 'application/pdf');
    const texts = { docx: squash(await docxText(docx.rawPayload)), pdf: pdfText(pdf.rawPayload) };
    for (const [engine, text] of Object.entries(texts)) {
      for (const expected of [
        'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
        'UBND THỊ XÃ MỸ HÀO',
        'Mỹ Hào, ngày',
        'BÁO CÁO TỔNG HỢP',
        'Mẫu 05',
        'MHAO-01',
        'Tấn công mã hóa phần mềm, dữ liệu, thiết bị',
        'Kaspersky Lab',
        'Công an tỉnh Hưng Yên (PA05)',
        'Đề nghị bố trí kinh phí thuê dịch vụ giám sát.',
        // Totals as the database holds them, written the Vietnamese way, and in words.
        `Tổng thiệt hại ước tính: 135.000.000 đồng`,
        'Một trăm ba mươi lăm triệu đồng',
      ]) {
        assert.ok(text.includes(expected), `${engine} missing: ${expected}`);
      }
      assert.equal(body.total.damage, 135_000_000);
    }
    // The total row of the table: count 4, alone 2, domestic 1, foreign 1, coordinator 1, damage.
    assert.ok(
      texts.docx.includes('Tổng cộng42111135.000.000'),
      texts.docx.slice(texts.docx.indexOf('Tổng cộng'), texts.docx.indexOf('Tổng cộng') + 60),
    );
    assert.match(texts.pdf, /Tổng cộng 4 2 1 1 1 135\.000\.000/);

    const xlsx = await get(`${H1_2025}/document.xlsx`);
    assert.equal(xlsx.statusCode, 200);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(xlsx.rawPayload as unknown as ArrayBuffer);
    const sheet = book.worksheets[0];
    assert.ok(sheet);
    const totalRow = sheet.getRow(12).values as unknown[];
    assert.deepEqual(totalRow.slice(2), ['Tổng cộng', 4, 2, 1, 1, 1, 135_000_000]);
  });

  test('recording the sending: when and to whom, audited', async () => {
    const res = await w.ctx.inject({
      method: 'POST',
      url: `${H1_2025}/sent`,
      headers: w.coordinator.headers,
      payload: { sentAt: '2025-06-18T02:00:00Z', sentTo: 'Cục A05 – Bộ Công an', reference: '45/BC-UBND' },
    });
    assert.equal(res.statusCode, 200, res.body);
    const body = res.json();
    assert.equal(body.sentTo, 'Cục A05 – Bộ Công an');
    assert.equal(body.sentAt, '2025-06-18T02:00:00.000Z');
    assert.equal(body.reference, '45/BC-UBND');
    const actions = await w.ctx.db
      .selectFrom('audit_log')
      .select('action')
      .where('entity_type', '=', 'periodic_report')
      .execute();
    assert.deepEqual([...new Set(actions.map((a) => a.action))].sort(), [
      'report.mau05_issue',
      'report.mau05_sent',
      'report.mau05_update',
    ]);
  });
});

describe('the activity report for leadership', () => {
  const Q1 = '/api/reports/activity/quarter/2025/1/document';
  test('401, 400, 403 first', async () => {
    assert.equal((await w.ctx.inject({ method: 'GET', url: `${Q1}.pdf` })).statusCode, 401);
    assert.equal((await get('/api/reports/activity/week/2025/1/document.pdf')).statusCode, 400);
    expectError(await get('/api/reports/activity/quarter/2025/5/document.pdf'), 400);
    expectError(await get(`${Q1}.pdf`, w.officer), 403);
  });
  test("counts the quarter's incidents by cause and tier, in DOCX and PDF", async () => {
    // Q1 2025 (Vietnam time): phishing and ransomware (T2), a failure (T2), a T0 event; refused and merged ones not.
    const docx = await get(`${Q1}.docx`, w.leader);
    assert.equal(docx.statusCode, 200, docx.body.slice(0, 300));
    const text = squash(await docxText(docx.rawPayload));
    assert.ok(text.includes('quý I năm 2025'), text.slice(0, 300));
    assert.ok(text.includes('Tấn công mạng102003'), 'attack row');
    assert.ok(text.includes('Tổng cộng103004'), 'total row');
    const pdf = await get(`${Q1}.pdf`, w.leader);
    assert.equal(pdf.statusCode, 200);
    const pdfTxt = pdfText(pdf.rawPayload);
    assert.match(pdfTxt, /Tổng cộng 1 0 3 0 0 4/);
    assert.ok(pdfTxt.includes('PHÒNG VĂN HOÁ, KHOA HỌC VÀ THÔNG TIN'));
  });
  test('counts the warnings published in the quarter and the units that answered them', async () => {
    // Two warnings published in Q1 2025 (one answered by both its units, one by one of two), one in
    // Q2 and one draft: the report counts 2 issued, 4 targets, 3 answered, 1 answered by every unit.
    const warning = async (code: string, status: string, publishedAt: string | null, answers: string[]) => {
      const row = await w.ctx.db
        .insertInto('warnings')
        .values({
          code,
          title: `Cảnh báo ${code}`,
          severity: 'high',
          tlp: 'GREEN',
          status,
          targeting: JSON.stringify({ mode: 'all' }),
          created_by: w.coordinator.id,
          published_at: publishedAt ? new Date(publishedAt) : null,
          updated_at: new Date(),
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      for (const [i, status] of answers.entries())
        await w.ctx.db
          .insertInto('warning_targets')
          .values({
            warning_id: row.id,
            unit_id: i === 0 ? w.commune.id : w.focal.id,
            reason: 'all',
            status,
            matched_systems: '[]',
            updated_at: new Date(),
          })
          .execute();
    };
    await warning('CB-2025-901', 'published', '2025-01-10T03:00:00Z', ['acknowledged', 'done']);
    await warning('CB-2025-902', 'closed', '2025-03-20T03:00:00Z', ['sent', 'not_applicable']);
    await warning('CB-2025-903', 'published', '2025-04-02T03:00:00Z', ['done']);
    await warning('CB-2025-904', 'draft', null, []);
    const docx = await get(`${Q1}.docx`, w.leader);
    assert.equal(docx.statusCode, 200);
    const text = squash(await docxText(docx.rawPayload));
    assert.ok(text.includes('Cảnh báo an toàn thông tin'), text.slice(0, 600));
    const section = text.slice(
      text.indexOf('Cảnh báo an toàn thông tin'),
      text.indexOf('Kiểm tra, sẵn sàng'),
    );
    assert.ok(section.includes('Số cảnh báo đã phát hành: 2'), section);
    assert.ok(section.includes('Lượt đơn vị nhận cảnh báo: 4'), section);
    assert.ok(section.includes('Lượt đơn vị đã xác nhận, báo cáo xử lý: 3'), section);
    assert.ok(section.includes('Số cảnh báo mọi đơn vị nhận đã xác nhận: 1'), section);
  });
});
