import type { ErrorInfo } from '../errors.ts';

// Incident reports by email and the units' sender addresses; part of ERRORS (errors.ts).
export const MAIL_INTAKE_ERRORS = {
  // Mail intake (issue 9, incoming by email)
  'mail_intake.not_pending': {
    status: 409,
    message: {
      vi: 'Thư này đã được xử lý (đã chuyển thành báo cáo hoặc đã bỏ qua).',
      en: 'This mail has already been handled (filed as a report or dismissed).',
    },
  },
  'mail_sender.invalid': {
    status: 400,
    message: {
      vi: '"{pattern}" không phải địa chỉ thư hoặc tên miền dùng được (ví dụ vanthu@xa.gov.vn hoặc @xa.gov.vn; không nhận tên miền thư miễn phí).',
      en: '"{pattern}" is not a usable address or domain (e.g. clerk@commune.gov.vn or @commune.gov.vn; free-mail domains are refused).',
    },
  },
  'mail_sender.taken': {
    status: 409,
    message: {
      vi: 'Địa chỉ "{pattern}" đã được đăng ký cho đơn vị khác.',
      en: 'The address "{pattern}" is already registered to another unit.',
    },
  },
} as const satisfies Record<string, ErrorInfo>;
