import type { ErrorInfo } from '../errors.ts';

// The classifier learning from the office; part of ERRORS (errors.ts).
export const CLASSIFIER_ERRORS = {
  // Classifier learning from the office (issue 14).
  'classifier.already_shipped': {
    status: 409,
    message: {
      vi: 'Đang dùng bộ gợi ý đi kèm sản phẩm, không có gì để quay lại.',
      en: 'The shipped suggester is already in use; there is nothing to roll back.',
    },
  },
  'classifier.bad_period': {
    status: 400,
    message: {
      vi: 'Thời điểm bắt đầu phải trước thời điểm kết thúc.',
      en: 'The start must be before the end.',
    },
  },
} as const satisfies Record<string, ErrorInfo>;
