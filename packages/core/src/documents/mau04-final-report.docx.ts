import {
  classification,
  documentTitle,
  EMPTY,
  formatVietnamClock,
  formatVietnamDate,
  formatVietnamDateTime,
  formLine,
  labelledRows,
  nationalHeader,
  packDocument,
  sectionHeading,
  signatureBlock,
  systemRows,
  textBlock,
  twoColumnTable,
} from './docx-common.ts';
import type { IncidentDocData } from './incident-doc-data.ts';

export const MAU04_TITLE = 'BÁO CÁO KẾT THÚC ỨNG PHÓ SỰ CỐ';

/**
 * The final report that closes the response, Mẫu 04 of TT 20/2017/TT-BTTTT (the last report of
 * the sequence of QĐ 05/2017 Điều 11.2). It refers back to the initial report (Mẫu 03) and
 * carries the timeline and the list of attached records.
 */
export function renderMau04(data: IncidentDocData): Promise<Buffer> {
  const timeline = [...data.timeline]
    .sort((a, b) => (Date.parse(a.at) || 0) - (Date.parse(b.at) || 0))
    .map((entry) => [formatVietnamDateTime(entry.at), entry.text] as const);
  const attachments = data.attachments.map((a) => a.trim()).filter((a) => a !== '');
  return packDocument({
    title: `${MAU04_TITLE} — ${data.code}`,
    subject: data.title,
    children: [
      formLine('04'),
      nationalHeader(data.reportingUnit.name, data.reportTime),
      ...documentTitle(MAU04_TITLE, `Mã sự cố: ${data.code}`),

      sectionHeading('1. Thông tin người báo cáo'),
      ...labelledRows([
        ['Tổ chức báo cáo', data.reportingUnit.name],
        ['Địa chỉ', data.reportingUnit.address],
        ['Người báo cáo', data.reporter.name],
        ['Chức vụ', data.reporter.title],
        ['Điện thoại', data.reporter.phone ?? data.reportingUnit.phone],
        ['Thư điện tử', data.reporter.email ?? data.reportingUnit.email],
      ]),

      sectionHeading('2. Báo cáo ban đầu sự cố'),
      ...labelledRows([
        ['Số, ký hiệu báo cáo ban đầu', data.initialReport?.reference],
        ['Ngày gửi báo cáo ban đầu', initialReportSent(data.initialReport)],
      ]),

      sectionHeading('3. Hệ thống thông tin bị sự cố'),
      ...labelledRows(systemRows(data)),

      sectionHeading('4. Tên sự cố, mô tả sự cố'),
      ...labelledRows([
        ['Tên sự cố', data.title],
        ['Phân loại', classification(data)],
        ['Mức độ (phân loại nội bộ)', data.tierLabel],
      ]),
      textBlock(data.description),

      sectionHeading('5. Thời điểm phát hiện sự cố'),
      ...labelledRows([
        ['Ngày phát hiện', formatVietnamDate(data.detectedAt)],
        ['Giờ phát hiện', formatVietnamClock(data.detectedAt)],
        ['Ngày, giờ phát hiện (giờ Việt Nam)', formatVietnamDateTime(data.detectedAt)],
        ['Ngày, giờ kết thúc ứng phó', formatVietnamDateTime(data.closedAt)],
      ]),

      sectionHeading('6. Kết quả ứng phó sự cố'),
      ...labelledRows([
        ['Diễn biến, nguyên nhân sự cố', data.causeSummary],
        ['Cách thức xử lý, khắc phục', data.actionsTaken],
        ['Biện pháp phòng ngừa sự cố tái diễn', data.lessonsLearned],
        ['Tình trạng hiện tại', data.currentState],
      ]),

      sectionHeading('7. Diễn biến quá trình ứng phó'),
      twoColumnTable(['Thời gian', 'Diễn biến'], timeline, [0.25, 0.75]),

      sectionHeading('8. Tài liệu kèm theo'),
      ...(attachments.length === 0
        ? [textBlock(EMPTY)]
        : attachments.map((name, i) => textBlock(`${i + 1}. ${name}`))),

      sectionHeading('Thời gian báo cáo'),
      textBlock(formatVietnamDateTime(data.reportTime)),

      signatureBlock({ title: 'NGƯỜI BÁO CÁO', hint: '(Ký, ghi rõ họ tên)', name: data.reporter.name }),
    ],
  });
}

/** A report that was issued but never recorded as sent has no sending date: say so plainly. */
function initialReportSent(initial: IncidentDocData['initialReport']): string {
  if (!initial) return 'Chưa lập báo cáo ban đầu';
  return initial.sentAt ? formatVietnamDate(initial.sentAt) : 'Chưa gửi';
}
