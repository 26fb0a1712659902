import type { ErrorInfo } from '../errors.ts';

// Requests to units; part of ERRORS (errors.ts).
export const REQUEST_ERRORS = {
  'unit_request.bad_form': {
    status: 400,
    message: {
      vi: 'Biểu mẫu chưa hợp lệ ở trường "{field}": {problem}.',
      en: 'The form is not valid at field "{field}": {problem}.',
    },
  },
  'unit_request.no_targets': {
    status: 422,
    message: {
      vi: 'Không có đơn vị nào nhận yêu cầu này; hãy chọn lại đơn vị nhận.',
      en: 'No unit would receive this request; choose the recipients again.',
    },
  },
  'unit_request.deadline_past': {
    status: 400,
    message: { vi: 'Hạn trả lời đã qua.', en: 'The deadline has already passed.' },
  },
  'unit_request.bad_answer': {
    status: 400,
    message: {
      vi: 'Câu trả lời chưa hợp lệ ở trường "{field}": {problem}.',
      en: 'The answer is not valid at field "{field}": {problem}.',
    },
  },
  'unit_request.closed': {
    status: 409,
    message: {
      vi: 'Yêu cầu đã đóng; không thể trả lời thêm.',
      en: 'The request is closed; answers can no longer change.',
    },
  },
  'unit_request.already_submitted': {
    status: 409,
    message: {
      vi: 'Đơn vị đã gửi trả lời; cơ quan đầu mối có thể mở lại để sửa.',
      en: 'The answer was already submitted; the focal office can reopen it for changes.',
    },
  },
  'unit_request.not_submitted': {
    status: 409,
    message: {
      vi: 'Đơn vị chưa gửi trả lời nên không cần mở lại.',
      en: 'The unit has not submitted, nothing to reopen.',
    },
  },
  'unit_request.not_targeted': {
    status: 404,
    message: {
      vi: 'Đơn vị không nằm trong danh sách nhận yêu cầu này.',
      en: 'The unit is not among the recipients of this request.',
    },
  },
} as const satisfies Record<string, ErrorInfo>;
