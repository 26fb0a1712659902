import { ALERT_ERRORS } from './alerts/alerts-errors.ts';
import { AUTH_ERRORS } from './auth/auth-errors.ts';
import { BUDGET_ERRORS } from './budget/budget-errors.ts';
import { DOCUMENTS_ERRORS } from './documents/documents-errors.ts';
import type { LocalizedText } from './i18n-text.ts';
import { CLASSIFIER_ERRORS } from './incidents/classifier-errors.ts';
import { INCIDENT_ERRORS } from './incidents/incident-errors.ts';
import { LESSON_ERRORS } from './lessons/lesson-errors.ts';
import { MAIL_INTAKE_ERRORS } from './mail-intake/mail-intake-errors.ts';
import { MONITORING_ERRORS } from './monitoring/monitoring-errors.ts';
import { NOTIFICATION_ERRORS } from './notifications/notification-errors.ts';
import { PROPOSAL_ERRORS } from './proposals/proposal-errors.ts';
import { REQUEST_ERRORS } from './requests/request-errors.ts';
import { SHARING_ERRORS } from './sharing/sharing-errors.ts';
import { WARNING_ERRORS } from './warnings/warning-errors.ts';

/**
 * Stable error codes: clients rely on `code`, people read `message` in their language.
 * Services throw DomainError; one HTTP handler maps code → status and message.
 */
export interface ErrorInfo {
  status: 400 | 401 | 403 | 404 | 409 | 413 | 415 | 422 | 423 | 429 | 500 | 503;
  message: LocalizedText;
}

export const ERRORS = {
  'validation.failed': {
    status: 400,
    message: { vi: 'Dữ liệu không hợp lệ: {detail}', en: 'Invalid input: {detail}' },
  },
  ...AUTH_ERRORS,
  'unit.archived': {
    status: 409,
    message: { vi: 'Đơn vị đã ngừng hoạt động (lưu trữ).', en: 'The unit is archived.' },
  },
  forbidden: {
    status: 403,
    message: { vi: 'Bạn không có quyền thực hiện thao tác này.', en: 'You are not allowed to do this.' },
  },
  not_found: {
    status: 404,
    message: { vi: 'Không tìm thấy {entity}.', en: '{entity} not found.' },
  },
  'conflict.duplicate': {
    status: 409,
    message: { vi: '{field} đã tồn tại.', en: '{field} already exists.' },
  },
  'conflict.in_use': {
    status: 409,
    message: {
      vi: 'Không thể xoá vì còn dữ liệu liên quan ({detail}).',
      en: 'Cannot delete: still in use ({detail}).',
    },
  },
  'conflict.stale': {
    status: 409,
    message: {
      vi: 'Bản ghi đã được người khác thay đổi. Tải lại để xem bản mới.',
      en: 'Someone else changed this record. Reload to see the latest version.',
    },
  },
  'unit.cycle': {
    status: 400,
    message: {
      vi: 'Đơn vị cấp trên không hợp lệ (tạo vòng lặp).',
      en: 'Invalid parent unit (it would create a cycle).',
    },
  },
  'import.bad_file': {
    status: 400,
    message: { vi: 'Không đọc được tệp: {detail}', en: 'Cannot read the file: {detail}' },
  },
  'import.has_errors': {
    status: 422,
    message: {
      vi: 'Tệp có {count} dòng lỗi; chưa nhập dòng nào.',
      en: 'The file has {count} rows with errors; nothing was imported.',
    },
  },
  'file.too_large': {
    status: 413,
    message: { vi: 'Tệp quá lớn (tối đa {max}).', en: 'File too large (at most {max}).' },
  },
  'request.invalid': {
    status: 400,
    message: { vi: 'Yêu cầu không hợp lệ: {detail}', en: 'Invalid request: {detail}' },
  },
  'request.too_large': {
    status: 413,
    message: { vi: 'Dữ liệu gửi lên quá lớn.', en: 'The request is too large.' },
  },
  'request.unsupported_media': {
    status: 415,
    message: { vi: 'Kiểu dữ liệu gửi lên không được hỗ trợ.', en: 'Unsupported content type.' },
  },
  'route.not_found': {
    status: 404,
    message: { vi: 'Không có địa chỉ này.', en: 'No such address.' },
  },
  internal: {
    status: 500,
    message: {
      vi: 'Lỗi hệ thống. Vui lòng thử lại hoặc báo quản trị (mã yêu cầu {requestId}).',
      en: 'Internal error. Please retry or tell the administrator (request id {requestId}).',
    },
  },
  unavailable: {
    status: 503,
    message: { vi: 'Dịch vụ tạm thời chưa sẵn sàng.', en: 'Service temporarily unavailable.' },
  },
  ...INCIDENT_ERRORS,
  'intake.disabled': {
    status: 404,
    message: { vi: 'Cổng tiếp nhận công khai chưa được bật.', en: 'The public intake form is not enabled.' },
  },
  'file.bad_type': {
    status: 415,
    message: { vi: 'Loại tệp không được chấp nhận.', en: 'This file type is not accepted.' },
  },
  'system.dependency_cycle': {
    status: 400,
    message: {
      vi: 'Không thể thêm phụ thuộc: sẽ tạo vòng lặp giữa các hệ thống.',
      en: 'Cannot add the dependency: it would create a cycle between systems.',
    },
  },
  'system.invalid': {
    status: 400,
    message: { vi: 'Thông tin hệ thống không hợp lệ: {detail}', en: 'Invalid system data: {detail}' },
  },
  'system.archived': {
    status: 409,
    message: {
      vi: 'Hệ thống đã được lưu trữ, không thể thay đổi.',
      en: 'The system is archived and cannot be changed.',
    },
  },
  'risk.assessment_invalid': {
    status: 400,
    message: {
      vi: 'Câu trả lời đánh giá không hợp lệ: {detail}',
      en: 'Invalid assessment answers: {detail}',
    },
  },
  'inspection.completed': {
    status: 409,
    message: {
      vi: 'Cuộc kiểm tra đã kết thúc, không thể thay đổi.',
      en: 'The inspection is completed and cannot be changed.',
    },
  },
  'inspection.unanswered': {
    status: 409,
    message: {
      vi: 'Còn {count} nội dung kiểm tra chưa có kết quả.',
      en: '{count} checklist items are still unanswered.',
    },
  },
  'inspection.unknown_item': {
    status: 400,
    message: {
      vi: 'Nội dung kiểm tra {key} không có trong mẫu.',
      en: 'Checklist item {key} is not in the template.',
    },
  },
  'inspection.template_version': {
    status: 409,
    message: {
      vi: 'Phiên bản mẫu phải lớn hơn {version}.',
      en: 'The template version must be greater than {version}.',
    },
  },
  'remediation.already_done': {
    status: 409,
    message: { vi: 'Nhiệm vụ khắc phục đã hoàn thành.', en: 'The remediation task is already done.' },
  },
  'budget.invalid_transition': {
    status: 409,
    message: {
      vi: 'Không thể chuyển dòng dự toán từ "{from}" sang "{to}".',
      en: 'A budget line cannot move from "{from}" to "{to}".',
    },
  },
  'budget.line_locked': {
    status: 409,
    message: {
      vi: 'Dòng dự toán đang ở trạng thái "{status}", không thể sửa hoặc xoá.',
      en: 'The budget line is "{status}" and cannot be edited or deleted.',
    },
  },
  'budget.line_not_approved': {
    status: 409,
    message: {
      vi: 'Chỉ ghi chi cho dòng dự toán đã được phê duyệt.',
      en: 'Spending can only be recorded on an approved budget line.',
    },
  },
  ...BUDGET_ERRORS,
  ...LESSON_ERRORS,
  ...MONITORING_ERRORS,
  ...ALERT_ERRORS,
  ...CLASSIFIER_ERRORS,
  ...MAIL_INTAKE_ERRORS,
  ...NOTIFICATION_ERRORS,
  ...WARNING_ERRORS,
  ...SHARING_ERRORS,
  ...REQUEST_ERRORS,
  ...PROPOSAL_ERRORS,
  ...DOCUMENTS_ERRORS,
  // Operations (server start, CLI, backup): shown on the console in both languages.
  'datadir.locked': {
    status: 423,
    message: {
      vi: 'Thư mục dữ liệu {dir} đang được tiến trình {pid} ({purpose}, máy {host}, từ {since}) sử dụng. Hai tiến trình không được mở cùng một cơ sở dữ liệu nhúng: hãy dừng tiến trình {pid} trước.',
      en: 'The data directory {dir} is in use by process {pid} ({purpose}, host {host}, since {since}). Two processes must not open one embedded database: stop process {pid} first.',
    },
  },
  'datadir.locked_other_host': {
    status: 423,
    message: {
      vi: 'Thư mục dữ liệu {dir} đang bị khoá bởi tiến trình {pid} trên máy khác ({host}, từ {since}). Nếu chắc chắn tiến trình đó đã dừng, hãy xoá tệp {file}.',
      en: 'The data directory {dir} is locked by process {pid} on another host ({host}, since {since}). If you are sure that process has stopped, delete {file}.',
    },
  },
  'ops.server_must_stop': {
    status: 409,
    message: {
      vi: 'Lệnh "{command}" cần dừng máy chủ đang chạy (tiến trình {pid}) trước. Hãy dừng máy chủ rồi chạy lại lệnh.',
      en: 'The command "{command}" needs the running server (process {pid}) to be stopped first. Stop the server, then run the command again.',
    },
  },
  'backup.invalid': {
    status: 400,
    message: {
      vi: 'Tệp {file} không phải bản sao lưu ungcuu hợp lệ: {detail}',
      en: 'The file {file} is not a valid ungcuu backup: {detail}',
    },
  },
  'backup.engine_mismatch': {
    status: 409,
    message: {
      vi: 'Bản sao lưu là của {backup}, nhưng cấu hình hiện tại dùng {current}.',
      en: 'The backup was taken from {backup}, but the current configuration uses {current}.',
    },
  },
  'restore.target_not_empty': {
    status: 409,
    message: {
      vi: 'Cơ sở dữ liệu đích {target} đã có dữ liệu. PostgreSQL: hãy phục hồi vào một database trống mới tạo. PGlite: thêm --replace (dữ liệu cũ được chuyển sang thư mục bên cạnh, không bị xoá).',
      en: 'The target database {target} already holds data. PostgreSQL: restore into a freshly created empty database. PGlite: add --replace (the old data is moved to a sibling folder, not deleted).',
    },
  },
  'restore.verify_failed': {
    status: 500,
    message: {
      vi: 'Kiểm tra sau phục hồi không khớp với bản sao lưu: {detail}',
      en: 'The check after restore does not match the backup: {detail}',
    },
  },
  'import.too_many_rows': {
    status: 413,
    message: {
      vi: 'Tệp có quá {max} dòng dữ liệu; hãy chia thành nhiều tệp.',
      en: 'The file has more than {max} data rows; split it into several files.',
    },
  },
  'import.too_many_columns': {
    status: 413,
    message: { vi: 'Tệp có quá {max} cột.', en: 'The file has more than {max} columns.' },
  },
  'import.cell_too_long': {
    status: 413,
    message: {
      vi: 'Dòng {row} có ô dài quá {max} ký tự.',
      en: 'Row {row} has a cell longer than {max} characters.',
    },
  },
  'import.archive_too_large': {
    status: 413,
    message: {
      vi: 'Tệp XLSX khi giải nén vượt quá {max}; hãy lưu lại tệp chỉ với dữ liệu cần nhập.',
      en: 'The XLSX file expands to more than {max}; save a file with only the data to import.',
    },
  },
  'import.archive_too_many_parts': {
    status: 413,
    message: {
      vi: 'Tệp XLSX có quá {max} thành phần.',
      en: 'The XLSX file has more than {max} parts.',
    },
  },
  'import.too_complex': {
    status: 413,
    message: {
      vi: 'Tệp quá lớn hoặc quá phức tạp để đọc; hãy chia thành nhiều tệp nhỏ hơn.',
      en: 'The file is too large or too complex to read; split it into smaller files.',
    },
  },
  'import.busy': {
    status: 503,
    message: {
      vi: 'Đang có nhiều tệp được nhập cùng lúc; vui lòng thử lại sau ít phút.',
      en: 'Many files are being imported at the moment; please retry in a few minutes.',
    },
  },
  'validation.not_finite': {
    status: 400,
    message: {
      vi: 'Số không hợp lệ tại {field}: phải là số hữu hạn, trong giới hạn cho phép.',
      en: 'Invalid number at {field}: it must be finite and within the allowed range.',
    },
  },
  'validation.bad_text': {
    status: 400,
    message: {
      vi: 'Văn bản tại {field} chứa ký tự không hợp lệ (ký tự NUL hoặc mã Unicode hỏng).',
      en: 'The text at {field} holds an invalid character (NUL or broken Unicode).',
    },
  },
  'request.bad_url': {
    status: 400,
    message: {
      vi: 'Địa chỉ yêu cầu không hợp lệ: {detail}.',
      en: 'Invalid request address: {detail}.',
    },
  },
  'file.executable': {
    status: 415,
    message: {
      vi: 'Tệp "{filename}" là chương trình chạy được ({type}); không nhận tệp thực thi.',
      en: 'The file "{filename}" is an executable program ({type}); executables are not accepted.',
    },
  },
  'file.bad_name': {
    status: 400,
    message: {
      vi: 'Tên tệp không hợp lệ sau khi chuẩn hoá: "{filename}".',
      en: 'The file name is not usable once normalised: "{filename}".',
    },
  },
} as const satisfies Record<string, ErrorInfo>;

export type ErrorCode = keyof typeof ERRORS;

export type ErrorParams = Record<string, string | number>;

export class DomainError extends Error {
  readonly code: ErrorCode;
  readonly params: ErrorParams;
  readonly details: unknown;

  constructor(code: ErrorCode, params: ErrorParams = {}, details?: unknown) {
    super(`${code} ${JSON.stringify(params)}`);
    this.name = 'DomainError';
    this.code = code;
    this.params = params;
    this.details = details;
  }
}

export function errorStatus(code: ErrorCode): number {
  return ERRORS[code].status;
}

export function errorMessage(code: ErrorCode, params: ErrorParams, locale: 'vi' | 'en'): string {
  const template: string = ERRORS[code].message[locale];
  return template.replace(/\{(\w+)\}/g, (_, key: string) => String(params[key] ?? ''));
}
