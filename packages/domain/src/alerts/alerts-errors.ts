import type { ErrorInfo } from '../errors.ts';

// Alert intake from security tools (issue 10); part of ERRORS (errors.ts). The `alert.item_*`
// codes are per-item results of a batch (with their 4xx status), never a whole-request failure.
export const ALERT_ERRORS = {
  'alert.body_invalid': {
    status: 400,
    message: {
      vi: 'Nội dung gửi lên không đúng định dạng cảnh báo ({reason}).',
      en: 'The body is not in the alert format ({reason}).',
    },
  },
  'alert.body_too_deep': {
    status: 400,
    message: {
      vi: 'Nội dung JSON lồng nhau quá {max} cấp.',
      en: 'The JSON body nests deeper than {max} levels.',
    },
  },
  'alert.batch_too_large': {
    status: 413,
    message: {
      vi: 'Một lần gửi chỉ được tối đa {max} cảnh báo.',
      en: 'One request may carry at most {max} alerts.',
    },
  },
  'alert.batch_rejected': {
    status: 400,
    message: {
      vi: 'Không cảnh báo nào trong lần gửi hợp lệ; xem kết quả từng mục.',
      en: 'No alert of the batch was valid; see the result of each item.',
    },
  },
  'alert.item_not_object': {
    status: 400,
    message: { vi: 'Mục cảnh báo phải là một đối tượng JSON.', en: 'An alert item must be a JSON object.' },
  },
  'alert.item_bad_field': {
    status: 400,
    message: {
      vi: 'Trường "{field}" có kiểu sai (cần {expected}).',
      en: 'The field "{field}" has the wrong type ({expected} expected).',
    },
  },
  'alert.item_missing_field': {
    status: 400,
    message: { vi: 'Thiếu trường bắt buộc "{field}".', en: 'The required field "{field}" is missing.' },
  },
  'alert.item_too_large': {
    status: 413,
    message: {
      vi: 'Một cảnh báo không được lớn hơn {max} byte.',
      en: 'One alert may not be larger than {max} bytes.',
    },
  },
  'alert.item_unsupported': {
    status: 422,
    message: {
      vi: 'Loại bản ghi "{type}" không được hỗ trợ.',
      en: 'Records of type "{type}" are not supported.',
    },
  },
  'alert.rate_limited': {
    status: 429,
    message: {
      vi: 'Nguồn cảnh báo đã vượt giới hạn {limit} cảnh báo/phút; hãy gửi lại sau {retryAfter} giây.',
      en: 'The alert source exceeded its limit of {limit} alerts a minute; retry in {retryAfter} seconds.',
    },
  },
  'alert.token_required': {
    status: 403,
    message: {
      vi: 'Cảnh báo chỉ nhận qua mã API có quyền "alerts.write".',
      en: 'Alerts are accepted only with an API token that has the "alerts.write" scope.',
    },
  },
  'alert.source_disabled': {
    status: 403,
    message: { vi: 'Nguồn cảnh báo này đã bị tắt.', en: 'This alert source is disabled.' },
  },
  'alert.source_duplicate': {
    status: 409,
    message: {
      vi: 'Mã API này đã gắn với một nguồn cảnh báo cùng loại.',
      en: 'This API token is already linked to an alert source of this kind.',
    },
  },
  'alert.group_has_incident': {
    status: 409,
    message: {
      vi: 'Nhóm cảnh báo này đã có sự cố {code}.',
      en: 'This alert group already has incident {code}.',
    },
  },
  'alert.group_no_unit': {
    status: 409,
    message: {
      vi: 'Nhóm cảnh báo chưa gắn với hệ thống nào; hãy gắn nguồn chưa rõ trước hoặc chọn đơn vị.',
      en: 'The alert group maps to no system; map its source first or name a unit.',
    },
  },
  'alert.window_order': {
    status: 400,
    message: {
      vi: 'Thời điểm kết thúc phải sau thời điểm bắt đầu.',
      en: 'The end must be after the start.',
    },
  },
  'alert.suppression_empty': {
    status: 400,
    message: {
      vi: 'Quy tắc chặn phải có ít nhất một điều kiện (nguồn, quy tắc, máy hoặc dấu vân tay).',
      en: 'A suppression rule needs at least one condition (source, rule, host or fingerprint).',
    },
  },
} as const satisfies Record<string, ErrorInfo>;
