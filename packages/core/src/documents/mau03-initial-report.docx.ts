import {
  classification,
  documentTitle,
  EMPTY,
  formatVietnamClock,
  formatVietnamDate,
  formatVietnamDateTime,
  formLine,
  labelledRows,
  listOrDash,
  nationalHeader,
  packDocument,
  sectionHeading,
  signatureBlock,
  systemRows,
  textBlock,
} from './docx-common.ts';
import type { IncidentDocData } from './incident-doc-data.ts';

export const MAU03_TITLE = 'BÁO CÁO BAN ĐẦU SỰ CỐ AN TOÀN THÔNG TIN MẠNG';

/**
 * The initial incident report, Mẫu 03 of TT 20/2017/TT-BTTTT, sent with or after the incident
 * notification (TT 20 Điều 9: within 5 days of detection). Sections follow the form's order.
 */
export function renderMau03(data: IncidentDocData): Promise<Buffer> {
  return packDocument({
    title: `${MAU03_TITLE} — ${data.code}`,
    subject: data.title,
    children: [
      formLine('03'),
      nationalHeader(data.reportingUnit.name, data.reportTime),
      ...documentTitle(MAU03_TITLE, `Mã sự cố: ${data.code}`),

      sectionHeading('1. Thông tin tổ chức/cá nhân báo cáo sự cố'),
      ...labelledRows([
        ['Tên tổ chức/cá nhân báo cáo', data.reportingUnit.name],
        ['Địa chỉ', data.reportingUnit.address],
        ['Điện thoại', data.reportingUnit.phone],
        ['Thư điện tử', data.reportingUnit.email],
      ]),

      sectionHeading('2. Thông tin người liên hệ'),
      ...labelledRows([
        ['Họ và tên', data.reporter.name],
        ['Chức vụ', data.reporter.title],
        ['Điện thoại', data.reporter.phone],
        ['Thư điện tử', data.reporter.email],
      ]),

      sectionHeading('3. Thông tin hệ thống thông tin bị sự cố'),
      ...labelledRows(systemRows(data)),

      sectionHeading('4. Mô tả sơ bộ về sự cố'),
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
        ['Tiếp nhận báo cáo lúc', formatVietnamDateTime(data.reportedAt)],
      ]),

      sectionHeading('6. Tình trạng hiện tại của sự cố'),
      ...labelledRows([
        ['Tình trạng', data.currentState],
        ['Giai đoạn xử lý', data.state],
      ]),

      sectionHeading('7. Cách thức phát hiện sự cố'),
      textBlock(data.howDetected),

      sectionHeading('8. Đã thông báo sự cố cho'),
      ...bulletList(data.notifiedTo),

      sectionHeading('9. Thông tin bổ sung về hệ thống bị sự cố'),
      ...labelledRows([
        ['Hệ điều hành, phần mềm và phiên bản', listOrDash(data.system?.software)],
        ['Các dịch vụ đang chạy trên hệ thống', EMPTY],
        ['Các biện pháp bảo đảm an toàn thông tin đã triển khai', EMPTY],
        ['Mục đích sử dụng của hệ thống', data.system?.purpose],
        ['Tài liệu gửi kèm', listOrDash(data.attachments)],
      ]),

      sectionHeading('10. Đề nghị hỗ trợ'),
      textBlock(data.supportRequested),

      sectionHeading('11. Đề nghị giữ bí mật thông tin sự cố'),
      textBlock(data.confidential ? 'Có' : 'Không'),

      sectionHeading('Thời gian báo cáo'),
      textBlock(formatVietnamDateTime(data.reportTime)),

      signatureBlock({ title: 'NGƯỜI BÁO CÁO', hint: '(Ký, ghi rõ họ tên)', name: data.reporter.name }),
    ],
  });
}

function bulletList(items: readonly string[]) {
  const texts = items.map((i) => i.trim()).filter((i) => i !== '');
  return texts.length === 0 ? [textBlock(EMPTY)] : texts.map((t) => textBlock(`- ${t}`));
}
