import type { ErrorInfo } from '../errors.ts';

// Import of MISP events and STIX bundles, exports and feeds; part of ERRORS (errors.ts).
export const SHARING_ERRORS = {
  'sharing.too_large': {
    status: 413,
    message: {
      vi: 'Tài liệu chia sẻ quá lớn (tối đa {max}).',
      en: 'The shared document is too large (at most {max}).',
    },
  },
  'sharing.too_deep': {
    status: 400,
    message: {
      vi: 'Tài liệu chia sẻ lồng quá sâu (tối đa {max} cấp).',
      en: 'The shared document is nested too deeply (at most {max} levels).',
    },
  },
  'sharing.too_many': {
    status: 400,
    message: {
      vi: 'Tài liệu chia sẻ có quá nhiều mục: {what} (tối đa {max}).',
      en: 'The shared document has too many items: {what} (at most {max}).',
    },
  },
  'sharing.unknown_format': {
    status: 400,
    message: {
      vi: 'Không nhận ra định dạng: cần một sự kiện MISP ({"Event": …}) hoặc một gói STIX 2.1 ({"type": "bundle", …}).',
      en: 'Unrecognised format: expected a MISP event ({"Event": …}) or a STIX 2.1 bundle ({"type": "bundle", …}).',
    },
  },
  'sharing.invalid': {
    status: 400,
    message: {
      vi: 'Tài liệu chia sẻ không đúng cấu trúc tại {path}: {detail}. Không có gì được nhập.',
      en: 'The shared document is malformed at {path}: {detail}. Nothing was imported.',
    },
  },
  'sharing.bad_value': {
    status: 400,
    message: {
      vi: 'Chỉ báo không hợp lệ ({type}: "{value}") tại {path}. Không có gì được nhập.',
      en: 'Invalid indicator ({type}: "{value}") at {path}. Nothing was imported.',
    },
  },
  'sharing.nothing_to_import': {
    status: 422,
    message: {
      vi: 'Tài liệu không có chỉ báo nào dùng được (IP, tên miền, URL, mã băm, thư điện tử, tên tệp).',
      en: 'The document holds no usable indicator (IP, domain, URL, hash, email, file name).',
    },
  },
  'sharing.feed_tlp': {
    status: 404,
    message: {
      vi: 'Chỉ có nguồn cấp TLP:CLEAR, TLP:GREEN và TLP:AMBER; TLP:RED không bao giờ được chia sẻ.',
      en: 'Feeds exist for TLP:CLEAR, TLP:GREEN and TLP:AMBER only; TLP:RED is never shared.',
    },
  },
} as const satisfies Record<string, ErrorInfo>;
