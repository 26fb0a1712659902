import assert from 'node:assert/strict';
import { test } from 'node:test';
import { listOrDash, orDash } from '@ungcuu/domain/documents/document-model.ts';
import { dateLineVi, formatDateTimeVi, formatDayVi } from '@ungcuu/domain/documents/vietnamese-typography.ts';
import type { IncidentDocData } from './incident-doc-data.ts';
import { mau03Model, mau04Model } from './incident-forms.ts';
import { renderDocx } from './render-docx.ts';
import { renderPdf } from './render-pdf.ts';
import { docxText, pdfFonts, pdfText } from './testing/read-back.ts';

const renderMau03 = (data: IncidentDocData) => renderDocx(mau03Model(data));
const renderMau04 = (data: IncidentDocData) => renderDocx(mau04Model(data));
const formatVietnamDate = formatDayVi;
const formatVietnamDateTime = formatDateTimeVi;
const vietnameseDateLine = dateLineVi;

function ransomwareIncident(patch: Partial<IncidentDocData> = {}): IncidentDocData {
  return {
    code: 'SC-2026-0042',
    title: 'Máy chủ một cửa UBND phường Bần Yên Nhân bị mã hóa dữ liệu',
    description:
      'Sáng 05/3, cán bộ một cửa không mở được hồ sơ; các tệp bị đổi đuôi .locked và xuất hiện ' +
      'thông báo đòi tiền chuộc.\nMáy chủ đã được ngắt khỏi mạng.',
    detectedAt: '2026-03-05T01:30:00Z',
    reportedAt: '2026-03-05T02:05:00Z',
    reportTime: '2026-03-05T09:15:00Z',
    state: 'Đang ngăn chặn',
    tierLabel: 'T3 — Khẩn cấp',
    causeGroupLabel: 'Tấn công mạng',
    subtypeLabel: 'Tấn công mã hóa phần mềm, dữ liệu, thiết bị',
    reportingUnit: {
      name: 'UBND phường Bần Yên Nhân',
      address: 'Số 1 đường Nguyễn Văn Linh, phường Bần Yên Nhân, tỉnh Hưng Yên',
      phone: '0221 3942 123',
      email: 'ubnd.banyennhan@hungyen.gov.vn',
    },
    reporter: {
      name: 'Nguyễn Thị Hường',
      title: 'Công chức Văn hóa – Xã hội, phụ trách an toàn thông tin',
      phone: '0912 345 678',
      email: 'huongnt@hungyen.gov.vn',
    },
    operatingUnit: { name: 'UBND phường Bần Yên Nhân' },
    ownerUnit: { name: 'UBND tỉnh Hưng Yên' },
    system: {
      name: 'Hệ thống thông tin giải quyết thủ tục hành chính (một cửa) phường Bần Yên Nhân',
      level: 2,
      addresses: ['motcua.banyennhan.hungyen.gov.vn', '10.12.4.20', '2001:db8::20'],
      securityProvider: 'Viettel Cyber Security',
      connectivityProvider: 'VNPT Hưng Yên',
      software: ['Windows Server 2016', 'Microsoft SQL Server 2014'],
      purpose: 'Tiếp nhận và trả kết quả thủ tục hành chính cho người dân',
    },
    currentState: 'Đã cô lập máy chủ, đang xác định phạm vi ảnh hưởng',
    howDetected: 'Cán bộ một cửa phát hiện khi không mở được hồ sơ',
    notifiedTo: ['Phòng Văn hóa, Khoa học và Thông tin', 'Công an tỉnh Hưng Yên (PA05)'],
    supportRequested: 'Đề nghị hỗ trợ phân tích mã độc & khôi phục dữ liệu',
    confidential: true,
    causeSummary: 'Mã độc tống tiền lây qua tệp đính kèm thư điện tử giả mạo cơ quan thuế.',
    actionsTaken: 'Cô lập máy chủ, khôi phục dữ liệu từ bản sao lưu ngày 04/3, đổi mật khẩu quản trị.',
    lessonsLearned: 'Tập huấn nhận diện thư giả mạo; sao lưu ngoại tuyến hằng ngày.',
    closedAt: '2026-03-09T10:00:00Z',
    initialReport: { reference: '15/BC-UBND', sentAt: '2026-03-05T09:15:00Z' },
    timeline: [
      { at: '2026-03-05T02:40:00Z', text: 'Ngắt máy chủ khỏi mạng nội bộ' },
      { at: '2026-03-05T01:30:00Z', text: 'Phát hiện tệp bị mã hóa' },
      { at: '2026-03-06T08:00:00Z', text: 'Khôi phục dữ liệu từ bản sao lưu' },
    ],
    attachments: ['Nhật ký hệ thống máy chủ một cửa', 'Báo cáo ban đầu số 15/BC-UBND'],
    ...patch,
  };
}

function minimalIncident(): IncidentDocData {
  return {
    code: 'SC-2026-0043',
    title: 'Mất kết nối Internet',
    description: '',
    detectedAt: '2026-12-31T17:05:00Z',
    reportedAt: '2026-12-31T17:30:00Z',
    reportTime: '2027-01-01T01:00:00Z',
    state: 'Mới tiếp nhận',
    tierLabel: 'T1',
    causeGroupLabel: null,
    subtypeLabel: null,
    reportingUnit: { name: 'UBND xã Tân Hưng' },
    reporter: { name: 'Trần Văn An' },
    notifiedTo: [],
    confidential: false,
    timeline: [],
    attachments: [],
  };
}

const documentText = docxText;

function assertNoLeaks(text: string) {
  assert.doesNotMatch(text, /undefined|null|NaN|\[object Object\]/);
}

test('Mẫu 03 prints the initial report with Vietnamese text intact and times in Vietnam time', async () => {
  const bytes = await renderMau03(ransomwareIncident());
  assert.equal(bytes.subarray(0, 2).toString(), 'PK');
  const text = await documentText(bytes);

  for (const expected of [
    'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
    'Độc lập - Tự do - Hạnh phúc',
    'Mẫu 03 — Ban hành kèm theo Thông tư số 20/2017/TT-BTTTT',
    'BÁO CÁO BAN ĐẦU SỰ CỐ AN TOÀN THÔNG TIN MẠNG',
    'Mã sự cố: SC-2026-0042',
    'UBND phường Bần Yên Nhân',
    'bị mã hóa dữ liệu',
    'Tấn công mạng — Tấn công mã hóa phần mềm, dữ liệu, thiết bị',
    'Nguyễn Thị Hường',
    'Tên miền: motcua.banyennhan.hungyen.gov.vn',
    'Địa chỉ IP: 10.12.4.20; 2001:db8::20',
    'Cấp độ hệ thống: Cấp độ 2',
    'Nhà cung cấp dịch vụ kết nối: VNPT Hưng Yên',
    'Ngày phát hiện: 05/03/2026',
    'Giờ phát hiện: 08:30',
    '05/03/2026 08:30',
    'Windows Server 2016; Microsoft SQL Server 2014',
    'Công an tỉnh Hưng Yên (PA05)',
    'phân tích mã độc & khôi phục dữ liệu',
    'NGƯỜI BÁO CÁO',
    '(Ký, ghi rõ họ tên)',
  ]) {
    assert.ok(text.includes(expected), `missing: ${expected}`);
  }
  // Report time 09:15Z is 16:15 in Vietnam; the date line follows NĐ 30 (month 3 without zero).
  assert.ok(text.includes('05/03/2026 16:15'));
  assert.ok(text.includes('Ngày 05 tháng 3 năm 2026'));
  assert.match(text, /giữ bí mật thông tin sự cố\s*Có/);
  assertNoLeaks(text);
});

test('Mẫu 04 prints the final report with the initial report reference, results and timeline', async () => {
  const text = await documentText(await renderMau04(ransomwareIncident()));

  for (const expected of [
    'Độc lập - Tự do - Hạnh phúc',
    'Mẫu 04 — Ban hành kèm theo Thông tư số 20/2017/TT-BTTTT',
    'BÁO CÁO KẾT THÚC ỨNG PHÓ SỰ CỐ',
    'Mã sự cố: SC-2026-0042',
    'Bần Yên Nhân',
    'Số, ký hiệu báo cáo ban đầu: 15/BC-UBND',
    'Ngày gửi báo cáo ban đầu: 05/03/2026',
    'Ngày, giờ phát hiện (giờ Việt Nam): 05/03/2026 08:30',
    'Ngày, giờ kết thúc ứng phó: 09/03/2026 17:00',
    'Diễn biến, nguyên nhân sự cố: Mã độc tống tiền',
    'Cách thức xử lý, khắc phục: Cô lập máy chủ',
    'Biện pháp phòng ngừa sự cố tái diễn: Tập huấn nhận diện thư giả mạo',
    'Thời gianDiễn biến',
    '1. Nhật ký hệ thống máy chủ một cửa',
    '2. Báo cáo ban đầu số 15/BC-UBND',
    'NGƯỜI BÁO CÁO',
  ]) {
    assert.ok(text.includes(expected), `missing: ${expected}`);
  }
  // The timeline is printed in time order, in Vietnam time.
  const rows = [
    '05/03/2026 08:30Phát hiện tệp bị mã hóa',
    '05/03/2026 09:40Ngắt máy chủ khỏi mạng nội bộ',
    '06/03/2026 15:00Khôi phục dữ liệu từ bản sao lưu',
  ];
  const positions = rows.map((row) => text.indexOf(row));
  assert.ok(
    positions.every((p) => p >= 0),
    `timeline rows: ${positions.join(', ')}`,
  );
  assert.deepEqual(
    [...positions].sort((a, b) => a - b),
    positions,
  );
  assertNoLeaks(text);
});

test('missing optional values print as a dash in both forms', async () => {
  const data = minimalIncident();
  for (const render of [renderMau03, renderMau04]) {
    const text = await documentText(await render(data));
    assertNoLeaks(text);
    assert.ok(text.includes('Mã sự cố: SC-2026-0043'));
    // 17:05Z on New Year's Eve is already 1 January in Vietnam.
    assert.ok(text.includes('01/01/2027 00:05'));
    assert.ok(text.includes('Cơ quan chủ quản: —'));
    assert.ok(text.includes('Phân loại: —'));
  }
  const mau03 = await documentText(await renderMau03(data));
  assert.ok(mau03.includes('Địa chỉ: —'));
  assert.ok(mau03.includes('Cấp độ hệ thống: —'));
  assert.match(mau03, /giữ bí mật thông tin sự cố\s*Không/);
  const mau04 = await documentText(await renderMau04(data));
  assert.ok(mau04.includes('Số, ký hiệu báo cáo ban đầu: —'));
  assert.ok(mau04.includes('Thời gianDiễn biến——'));
});

test('date helpers print Vietnam time and dashes for missing or invalid instants', () => {
  assert.equal(formatVietnamDateTime('2026-03-05T01:30:00Z'), '05/03/2026 08:30');
  assert.equal(formatVietnamDateTime('2026-03-05T08:30:00+07:00'), '05/03/2026 08:30');
  assert.equal(formatVietnamDate('2026-02-28T20:00:00Z'), '01/03/2026');
  assert.equal(formatVietnamDateTime(null), '—');
  assert.equal(formatVietnamDateTime('not a date'), '—');
  assert.equal(vietnameseDateLine('2026-02-03T03:00:00Z'), 'ngày 03 tháng 02 năm 2026');
  assert.equal(vietnameseDateLine('2026-11-20T03:00:00Z'), 'ngày 20 tháng 11 năm 2026');
  assert.equal(orDash('  '), '—');
  assert.equal(orDash(0), '0');
  assert.equal(listOrDash([null, '', undefined]), '—');
  assert.equal(listOrDash(['a', null, 'b']), 'a; b');
});

test('both forms as PDF: the same text read back by pdftotext, with the Vietnamese font embedded', async () => {
  const data = ransomwareIncident();
  for (const [model, title] of [
    [mau03Model(data), 'BÁO CÁO BAN ĐẦU SỰ CỐ AN TOÀN THÔNG TIN MẠNG'],
    [mau04Model(data), 'BÁO CÁO KẾT THÚC ỨNG PHÓ SỰ CỐ'],
  ] as const) {
    const bytes = await renderPdf(model);
    const text = pdfText(bytes);
    for (const expected of [
      'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      'Độc lập - Tự do - Hạnh phúc',
      title,
      'Mã sự cố: SC-2026-0042',
      'UBND PHƯỜNG BẦN YÊN NHÂN',
      'Nguyễn Thị Hường',
      'Ngày 05 tháng 3 năm 2026',
      'Tấn công mạng — Tấn công mã hóa phần mềm, dữ liệu, thiết bị',
    ]) {
      assert.ok(text.includes(expected), `PDF missing: ${expected}`);
    }
    assertNoLeaks(text);
    assert.match(pdfFonts(bytes), /DejaVuSerif\s+CID TrueType\s+Identity-H\s+yes\s+yes/);
  }
});
