import type { ErrorInfo } from '../errors.ts';

// Sign-in, sessions, passwords, two-factor and API token errors; part of ERRORS (errors.ts).
export const AUTH_ERRORS = {
  'auth.required': {
    status: 401,
    message: { vi: 'Vui lòng đăng nhập.', en: 'Please sign in.' },
  },
  'auth.invalid_credentials': {
    status: 401,
    message: { vi: 'Tên đăng nhập hoặc mật khẩu không đúng.', en: 'Wrong sign-in name or password.' },
  },
  'auth.totp_required': {
    status: 401,
    message: { vi: 'Cần nhập mã xác thực 6 số.', en: 'Enter the 6-digit verification code.' },
  },
  'auth.totp_invalid': {
    status: 401,
    message: { vi: 'Mã xác thực không đúng.', en: 'Wrong verification code.' },
  },
  'auth.totp_setup_required': {
    status: 403,
    message: {
      vi: 'Vai trò của bạn bắt buộc xác thực hai lớp. Hãy thiết lập mã xác thực.',
      en: 'Your role requires two-factor sign-in. Set up a verification code.',
    },
  },
  'auth.password_change_required': {
    status: 403,
    message: {
      vi: 'Bạn cần đổi mật khẩu dùng một lần trước khi tiếp tục.',
      en: 'Change your one-time password before you continue.',
    },
  },
  'auth.totp_already_enabled': {
    status: 409,
    message: {
      vi: 'Xác thực hai lớp đang bật. Muốn đổi thiết bị, hãy nhờ quản trị viên gỡ trước.',
      en: 'Two-factor sign-in is already on. To change device, ask an administrator to reset it first.',
    },
  },
  'auth.locked': {
    status: 423,
    message: {
      vi: 'Tài khoản tạm khoá do đăng nhập sai nhiều lần. Thử lại sau {minutes} phút.',
      en: 'Account temporarily locked after repeated failures. Try again in {minutes} minutes.',
    },
  },
  'auth.throttled': {
    status: 429,
    message: {
      vi: 'Quá nhiều yêu cầu. Vui lòng thử lại sau.',
      en: 'Too many requests. Please try again later.',
    },
  },
  'auth.csrf': {
    status: 403,
    message: {
      vi: 'Phiên làm việc không hợp lệ (CSRF). Tải lại trang.',
      en: 'Invalid session token (CSRF). Reload the page.',
    },
  },
  'auth.user_disabled': {
    status: 403,
    message: { vi: 'Tài khoản đã bị vô hiệu hoá.', en: 'This account is disabled.' },
  },
  'auth.token_scope': {
    status: 403,
    message: {
      vi: 'Mã truy cập API không có quyền này.',
      en: 'The API token does not have this scope.',
    },
  },
  'auth.password_weak': {
    status: 400,
    message: {
      vi: 'Mật khẩu phải có ít nhất 10 ký tự.',
      en: 'The password must have at least 10 characters.',
    },
  },
  'auth.password_wrong': {
    status: 400,
    message: { vi: 'Mật khẩu hiện tại không đúng.', en: 'The current password is wrong.' },
  },
} as const satisfies Record<string, ErrorInfo>;
