import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { docxText, pdfText, squash } from '@ungcuu/core/documents/testing/read-back.ts';
import { createSystem, expectError, UNKNOWN_ID } from '../systems.testkit.ts';
import { reportWorld } from './documents.testkit.ts';

const w = reportWorld();
const url = (unitId: string, form: string, format: string) =>
  `/api/units/${unitId}/documents/${form}.${format}`;
const get = (path: string, user = w.coordinator) =>
  w.ctx.inject({ method: 'GET', url: path, headers: user.headers });

describe('Mẫu 01 and Mẫu 02 of a unit', () => {
  test('401, 400, 403, 404 first', async () => {
    assert.equal(
      (await w.ctx.inject({ method: 'GET', url: url(w.commune.id, 'mau01', 'pdf') })).statusCode,
      401,
    );
    assert.equal((await get(url(w.commune.id, 'mau03', 'pdf'))).statusCode, 400);
    assert.equal((await get(url('x', 'mau01', 'pdf'))).statusCode, 400);
    // A unit officer prints their own unit's forms only.
    const other = await w.ctx.unit({ name: 'UBND xã Ngọc Lâm' });
    expectError(await get(url(other.id, 'mau01', 'docx'), w.officer), 403);
    expectError(await get(url(UNKNOWN_ID, 'mau01', 'docx')), 404);
  });

  test('print the unit, its focal points, team and systems by level, in DOCX and PDF', async () => {
    await w.ctx.db
      .updateTable('units')
      .set({
        address: 'Số 1 đường Nguyễn Văn Linh, phường Bần Yên Nhân',
        leader_name: 'Trần Văn Đức',
        leader_title: 'Phó Chủ tịch UBND phường',
        intake_email: 'suco.banyennhan@hungyen.gov.vn',
        focal_main: JSON.stringify({ name: 'Nguyễn Thị Hường', mobile: '0912 345 678' }),
      })
      .where('id', '=', w.commune.id)
      .execute();
    await createSystem(w.ctx, w.coordinator, w.commune.id, {
      name: 'Cổng thông tin điện tử phường',
      securityLevel: 2,
    });
    for (const [form, title] of [
      ['mau01', 'PHIẾU ĐĂNG KÝ THÔNG TIN'],
      ['mau02', 'ĐƠN ĐĂNG KÝ'],
    ] as const) {
      for (const format of ['docx', 'pdf'] as const) {
        const res = await get(url(w.commune.id, form, format), w.officer);
        assert.equal(res.statusCode, 200, res.body.slice(0, 300));
        const text = format === 'docx' ? squash(await docxText(res.rawPayload)) : pdfText(res.rawPayload);
        for (const expected of [
          title,
          'UBND PHƯỜNG BẦN YÊN NHÂN',
          'UBND THỊ XÃ MỸ HÀO',
          'Trần Văn Đức',
          'Cổng thông tin điện tử phường',
          form === 'mau01' ? 'suco.banyennhan@hungyen.gov.vn' : 'Cấp độ 2',
          form === 'mau01' ? 'Nguyễn Thị Hường' : 'Kính gửi',
        ]) {
          assert.ok(text.includes(expected), `${form}.${format} missing: ${expected}`);
        }
      }
    }
  });
});
