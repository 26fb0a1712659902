import type { ErrorInfo } from '../errors.ts';

// Notifications: outbox, channels, preferences (docs/decisions/0013); part of ERRORS (errors.ts).
export const NOTIFICATION_ERRORS = {
  // Notifications (outbox, channels, preferences: docs/decisions/0013).
  'notification.smtp_missing': {
    status: 409,
    message: {
      vi: 'Chưa cấu hình máy chủ thư (SMTP). Vào Cài đặt thông báo để nhập.',
      en: 'The mail server (SMTP) is not set up. Enter it in the notification settings.',
    },
  },
  'notification.no_email': {
    status: 409,
    message: {
      vi: 'Tài khoản của bạn chưa có địa chỉ thư điện tử.',
      en: 'Your account has no email address.',
    },
  },
  'notification.endpoint_url': {
    status: 400,
    message: {
      vi: 'Địa chỉ phải bắt đầu bằng http:// hoặc https://',
      en: 'The address must start with http:// or https://',
    },
  },
} as const satisfies Record<string, ErrorInfo>;
