import type { ErrorInfo } from '../errors.ts';

// Monitors of the units' public systems and remote probes; part of ERRORS (errors.ts).
export const MONITORING_ERRORS = {
  // Monitoring (issue 10): monitors of the units' public systems, remote probes.
  'monitor.bad_target': {
    status: 400,
    message: {
      vi: 'Địa chỉ "{target}" không hợp lệ cho loại giám sát này.',
      en: 'The address "{target}" does not fit this kind of monitor.',
    },
  },
  'monitor.timeout_too_long': {
    status: 400,
    message: {
      vi: 'Thời gian chờ phải ngắn hơn 80% chu kỳ kiểm tra.',
      en: 'The timeout must be shorter than 80% of the check interval.',
    },
  },
  'monitor.duplicate': {
    status: 409,
    message: {
      vi: 'Đơn vị đã có giám sát cùng loại cho địa chỉ này.',
      en: 'The unit already has a monitor of this kind for this address.',
    },
  },
  'monitor.system_of_other_unit': {
    status: 409,
    message: {
      vi: 'Hệ thống được chọn thuộc đơn vị khác với đơn vị của giám sát.',
      en: "The system chosen belongs to another unit than the monitor's.",
    },
  },
  'monitor.no_baseline_kind': {
    status: 409,
    message: {
      vi: 'Loại giám sát này không so sánh với bản gốc.',
      en: 'This kind of monitor has no baseline to compare with.',
    },
  },
  'monitor.nothing_to_approve': {
    status: 409,
    message: {
      vi: 'Chưa có lần kiểm tra nào để phê duyệt làm bản gốc.',
      en: 'No check has been made yet whose result could become the baseline.',
    },
  },
  'probe.invalid_token': {
    status: 401,
    message: {
      vi: 'Mã của điểm đo từ xa không hợp lệ hoặc đã bị thu hồi.',
      en: 'The remote probe token is invalid or revoked.',
    },
  },
} as const satisfies Record<string, ErrorInfo>;
