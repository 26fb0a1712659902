import type { ErrorInfo } from '../errors.ts';

// Reports and documents (Mẫu 05, the annual plan); part of ERRORS (errors.ts).
export const DOCUMENTS_ERRORS = {
  'report.period_unavailable': {
    status: 404,
    message: {
      vi: 'Chế độ báo cáo áp dụng cho năm {year} không có kỳ báo cáo này.',
      en: 'The reporting regime in force for {year} has no report of this kind.',
    },
  },
  'report.not_generated': {
    status: 409,
    message: {
      vi: 'Báo cáo chưa được xuất lần nào; hãy tải báo cáo trước khi ghi nhận đã gửi.',
      en: 'The report has not been issued yet; download it before recording it as sent.',
    },
  },
  'plan.exists': {
    status: 409,
    message: {
      vi: 'Kế hoạch năm {year} đã có; hãy mở để chỉnh sửa.',
      en: 'The plan for {year} already exists; open it to edit.',
    },
  },
  'plan.version_conflict': {
    status: 409,
    message: {
      vi: 'Mục này vừa được người khác sửa (phiên bản {version}); hãy tải lại trước khi lưu.',
      en: 'Someone else has just changed this section (version {version}); reload before saving.',
    },
  },
} as const satisfies Record<string, ErrorInfo>;
