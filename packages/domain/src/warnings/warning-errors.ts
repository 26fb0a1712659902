import type { ErrorInfo } from '../errors.ts';

// Warnings to units (issue 11); part of ERRORS (errors.ts).
export const WARNING_ERRORS = {
  'warning.not_draft': {
    status: 409,
    message: {
      vi: 'Cảnh báo đã được phát hành, không thể sửa nội dung hay phát hành lại.',
      en: 'The warning is already published: it can no longer be edited or published again.',
    },
  },
  'warning.not_published': {
    status: 409,
    message: { vi: 'Cảnh báo chưa được phát hành.', en: 'The warning is not published.' },
  },
  'warning.no_targets': {
    status: 409,
    message: {
      vi: 'Không có đơn vị nào nhận cảnh báo theo cách chọn đơn vị này.',
      en: 'No unit receives the warning with this targeting.',
    },
  },
  'warning.tlp_red_targeting': {
    status: 400,
    message: {
      vi: 'Cảnh báo TLP:RED chỉ được gửi tới các đơn vị được chọn đích danh.',
      en: 'A TLP:RED warning goes only to hand-picked units.',
    },
  },
  'warning.bad_range': {
    status: 400,
    message: {
      vi: 'Khoảng phiên bản "{range}" không hợp lệ (ví dụ: "< 2.4.58", "2.4.0 - 2.4.57", "2.4.*").',
      en: 'The version range "{range}" is not valid (e.g. "< 2.4.58", "2.4.0 - 2.4.57", "2.4.*").',
    },
  },
  'warning.bad_indicator': {
    status: 400,
    message: {
      vi: 'Dấu hiệu "{value}" không đúng dạng {type}.',
      en: 'The indicator "{value}" is not a valid {type}.',
    },
  },
  'warning.bad_transition': {
    status: 409,
    message: {
      vi: 'Không thể chuyển phản hồi của đơn vị từ "{from}" sang "{to}".',
      en: 'The unit response cannot move from "{from}" to "{to}".',
    },
  },
  'warning.note_required': {
    status: 400,
    message: {
      vi: 'Cần ghi chú lý do khi báo "không áp dụng" hoặc "không thực hiện được".',
      en: 'A note is required for "not applicable" or "cannot do".',
    },
  },
  'warning.cve_invalid': {
    status: 400,
    message: {
      vi: 'Tệp không phải bản ghi CVE JSON 5 hợp lệ: {detail}',
      en: 'Not a valid CVE JSON 5 record: {detail}',
    },
  },
  'warning.cve_rejected': {
    status: 422,
    message: {
      vi: 'Mã {cve} đã bị CVE Program huỷ (REJECTED), không tạo cảnh báo.',
      en: '{cve} was rejected by the CVE Program: no warning is created.',
    },
  },
} as const satisfies Record<string, ErrorInfo>;
