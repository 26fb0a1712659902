import type { ErrorInfo } from '../errors.ts';

// Budget appraisal and decision (seed IV.3, docs/decisions/0026); part of ERRORS (errors.ts).
export const BUDGET_ERRORS = {
  'budget.appraiser_required': {
    status: 403,
    message: {
      vi: 'Chỉ Phòng Tài chính – Kế hoạch thẩm định dự toán.',
      en: 'Only the finance office appraises the budget.',
    },
  },
  'budget.decider_required': {
    status: 403,
    message: {
      vi: 'Chỉ lãnh đạo UBND quyết định phê duyệt hoặc không phê duyệt dự toán.',
      en: "Only the People's Committee leadership approves or rejects the budget.",
    },
  },
  'budget.appraisal_invalid': {
    status: 400,
    message: {
      vi: 'Ý kiến thẩm định chưa hợp lệ: đề nghị giảm cần số tiền nhỏ hơn số đề xuất và lý do; đề nghị không phê duyệt cần lý do.',
      en: 'Invalid appraisal: a reduction needs a smaller amount and a reason; a rejection needs a reason.',
    },
  },
  'budget.decision_invalid': {
    status: 400,
    message: {
      vi: 'Quyết định chưa hợp lệ: số tiền phê duyệt phải lớn hơn 0 và không vượt số đề xuất; không phê duyệt cần lý do.',
      en: 'Invalid decision: the approved amount must be above 0 and not above the amount asked; a rejection needs a reason.',
    },
  },
} as const satisfies Record<string, ErrorInfo>;
