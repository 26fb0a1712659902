import {
  type DocBlock,
  type DocModel,
  EMPTY,
  fields,
  listOrDash,
  orDash,
} from '@ungcuu/domain/documents/document-model.ts';
import { dateLineVi, formatDateTimeVi, formatDayVi } from '@ungcuu/domain/documents/vietnamese-typography.ts';
import { isIpAddress } from '@ungcuu/domain/systems/system.ts';
import type { IncidentDocData } from './incident-doc-data.ts';

export const MAU03_TITLE = 'BÁO CÁO BAN ĐẦU SỰ CỐ AN TOÀN THÔNG TIN MẠNG';
export const MAU04_TITLE = 'BÁO CÁO KẾT THÚC ỨNG PHÓ SỰ CỐ';

/** The "Mẫu 0x" line printed at the top right of every form of TT 20/2017. */
export function formLine(form: string): DocBlock {
  return { kind: 'form_line', text: `Mẫu ${form} — Ban hành kèm theo Thông tư số 20/2017/TT-BTTTT` };
}

function clock(iso: string | null | undefined): string {
  const t = formatDateTimeVi(iso);
  return t === EMPTY ? EMPTY : t.slice(11);
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** The affected system as Mẫu 03 section 3 lists it; Mẫu 04 repeats it. */
export function systemRows(data: IncidentDocData): [string, string][] {
  const addresses = data.system?.addresses ?? [];
  const ips = addresses.filter((a) => isIpAddress(a.trim()));
  const names = addresses.filter((a) => !isIpAddress(a.trim()));
  const level = data.system?.level;
  return [
    ['Đơn vị vận hành hệ thống', orDash(data.operatingUnit?.name)],
    ['Cơ quan chủ quản', orDash(data.ownerUnit?.name)],
    ['Tên hệ thống', orDash(data.system?.name)],
    ['Tên miền', listOrDash(names)],
    ['Địa chỉ IP', listOrDash(ips)],
    ['Cấp độ hệ thống', level ? `Cấp độ ${level}` : data.system ? 'Chưa xác định cấp độ' : EMPTY],
    ['Nhà cung cấp dịch vụ bảo đảm an toàn thông tin', orDash(data.system?.securityProvider)],
    ['Nhà cung cấp dịch vụ kết nối', orDash(data.system?.connectivityProvider)],
  ];
}

/** "Tấn công mạng — Tấn công mã hóa …", whichever of the two labels are known. */
export function classification(data: IncidentDocData): string {
  return listOrDash([data.causeGroupLabel, data.subtypeLabel], ' — ');
}

function header(data: IncidentDocData): DocBlock {
  // Incident forms carry the date line without a place: the reporting unit may be anywhere.
  return {
    kind: 'header',
    issuer: data.reportingUnit.name,
    placeDate: capitalize(dateLineVi(data.reportTime)),
  };
}

const text = (value: string | null | undefined): DocBlock => ({
  kind: 'paragraph',
  text: orDash(value),
  indent: true,
});
const heading = (value: string): DocBlock => ({ kind: 'heading', text: value });
const reporterSignature = (data: IncidentDocData): DocBlock => ({
  kind: 'signature',
  authority: ['NGƯỜI BÁO CÁO'],
  hint: '(Ký, ghi rõ họ tên)',
  name: orDash(data.reporter.name),
});

/** The top of both forms: the "Mẫu 0x" line, the issuer and date, the title with the incident code. */
const formOpening = (form: string, title: string, data: IncidentDocData): DocBlock[] => [
  formLine(form),
  header(data),
  { kind: 'title', text: title, subtitles: [`Mã sự cố: ${data.code}`] },
];

/** The incident's name, classification and tier, then its description (section 4 of both forms). */
const incidentSummary = (data: IncidentDocData): DocBlock[] => [
  fields([
    ['Tên sự cố', data.title],
    ['Phân loại', classification(data)],
    ['Mức độ (phân loại nội bộ)', data.tierLabel],
  ]),
  text(data.description),
];

/** When the incident was detected (the first rows of section 5 of both forms). */
const detectionRows = (data: IncidentDocData): [string, string][] => [
  ['Ngày phát hiện', formatDayVi(data.detectedAt)],
  ['Giờ phát hiện', clock(data.detectedAt)],
  ['Ngày, giờ phát hiện (giờ Việt Nam)', formatDateTimeVi(data.detectedAt)],
];

/** The end of both forms: the reporting time and the reporter's signature. */
const reportClosing = (data: IncidentDocData): DocBlock[] => [
  heading('Thời gian báo cáo'),
  text(formatDateTimeVi(data.reportTime)),
  reporterSignature(data),
];

/**
 * The initial incident report, Mẫu 03 of TT 20/2017/TT-BTTTT, sent with or after the incident
 * notification (TT 20 Điều 9: within 5 days of detection). Sections follow the form's order.
 */
export function mau03Model(data: IncidentDocData): DocModel {
  const notified = data.notifiedTo.map((i) => i.trim()).filter((i) => i !== '');
  return {
    title: `${MAU03_TITLE} — ${data.code}`,
    subject: data.title,
    blocks: [
      ...formOpening('03', MAU03_TITLE, data),
      heading('1. Thông tin tổ chức/cá nhân báo cáo sự cố'),
      fields([
        ['Tên tổ chức/cá nhân báo cáo', data.reportingUnit.name],
        ['Địa chỉ', data.reportingUnit.address],
        ['Điện thoại', data.reportingUnit.phone],
        ['Thư điện tử', data.reportingUnit.email],
      ]),
      heading('2. Thông tin người liên hệ'),
      fields([
        ['Họ và tên', data.reporter.name],
        ['Chức vụ', data.reporter.title],
        ['Điện thoại', data.reporter.phone],
        ['Thư điện tử', data.reporter.email],
      ]),
      heading('3. Thông tin hệ thống thông tin bị sự cố'),
      fields(systemRows(data)),
      heading('4. Mô tả sơ bộ về sự cố'),
      ...incidentSummary(data),
      heading('5. Thời điểm phát hiện sự cố'),
      fields([...detectionRows(data), ['Tiếp nhận báo cáo lúc', formatDateTimeVi(data.reportedAt)]]),
      heading('6. Tình trạng hiện tại của sự cố'),
      fields([
        ['Tình trạng', data.currentState],
        ['Giai đoạn xử lý', data.state],
      ]),
      heading('7. Cách thức phát hiện sự cố'),
      text(data.howDetected),
      heading('8. Đã thông báo sự cố cho'),
      ...(notified.length === 0 ? [text(EMPTY)] : notified.map((n) => text(`- ${n}`))),
      heading('9. Thông tin bổ sung về hệ thống bị sự cố'),
      fields([
        ['Hệ điều hành, phần mềm và phiên bản', listOrDash(data.system?.software)],
        ['Các dịch vụ đang chạy trên hệ thống', EMPTY],
        ['Các biện pháp bảo đảm an toàn thông tin đã triển khai', EMPTY],
        ['Mục đích sử dụng của hệ thống', data.system?.purpose],
        ['Tài liệu gửi kèm', listOrDash(data.attachments)],
      ]),
      heading('10. Đề nghị hỗ trợ'),
      text(data.supportRequested),
      heading('11. Đề nghị giữ bí mật thông tin sự cố'),
      text(data.confidential ? 'Có' : 'Không'),
      ...reportClosing(data),
    ],
  };
}

/** A report that was issued but never recorded as sent has no sending date: say so plainly. */
function initialReportSent(initial: IncidentDocData['initialReport']): string {
  if (!initial) return 'Chưa lập báo cáo ban đầu';
  return initial.sentAt ? formatDayVi(initial.sentAt) : 'Chưa gửi';
}

/**
 * The final report that closes the response, Mẫu 04 of TT 20/2017/TT-BTTTT (the last report of
 * the sequence of QĐ 05/2017 Điều 11.2). It refers back to the initial report (Mẫu 03) and
 * carries the timeline and the list of attached records.
 */
export function mau04Model(data: IncidentDocData): DocModel {
  const timeline = [...data.timeline]
    .sort((a, b) => (Date.parse(a.at) || 0) - (Date.parse(b.at) || 0))
    .map((entry) => [formatDateTimeVi(entry.at), entry.text]);
  const attachments = data.attachments.map((a) => a.trim()).filter((a) => a !== '');
  return {
    title: `${MAU04_TITLE} — ${data.code}`,
    subject: data.title,
    blocks: [
      ...formOpening('04', MAU04_TITLE, data),
      heading('1. Thông tin người báo cáo'),
      fields([
        ['Tổ chức báo cáo', data.reportingUnit.name],
        ['Địa chỉ', data.reportingUnit.address],
        ['Người báo cáo', data.reporter.name],
        ['Chức vụ', data.reporter.title],
        ['Điện thoại', data.reporter.phone ?? data.reportingUnit.phone],
        ['Thư điện tử', data.reporter.email ?? data.reportingUnit.email],
      ]),
      heading('2. Báo cáo ban đầu sự cố'),
      fields([
        ['Số, ký hiệu báo cáo ban đầu', data.initialReport?.reference],
        ['Ngày gửi báo cáo ban đầu', initialReportSent(data.initialReport)],
      ]),
      heading('3. Hệ thống thông tin bị sự cố'),
      fields(systemRows(data)),
      heading('4. Tên sự cố, mô tả sự cố'),
      ...incidentSummary(data),
      heading('5. Thời điểm phát hiện sự cố'),
      fields([...detectionRows(data), ['Ngày, giờ kết thúc ứng phó', formatDateTimeVi(data.closedAt)]]),
      heading('6. Kết quả ứng phó sự cố'),
      fields([
        ['Diễn biến, nguyên nhân sự cố', data.causeSummary],
        ['Cách thức xử lý, khắc phục', data.actionsTaken],
        ['Biện pháp phòng ngừa sự cố tái diễn', data.lessonsLearned],
        ['Tình trạng hiện tại', data.currentState],
      ]),
      heading('7. Diễn biến quá trình ứng phó'),
      { kind: 'table', headers: ['Thời gian', 'Diễn biến'], rows: timeline, widths: [0.25, 0.75], size: 13 },
      heading('8. Tài liệu kèm theo'),
      ...(attachments.length === 0 ? [text(EMPTY)] : attachments.map((name, i) => text(`${i + 1}. ${name}`))),
      ...reportClosing(data),
    ],
  };
}
