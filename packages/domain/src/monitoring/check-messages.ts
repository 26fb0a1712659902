import type { LocalizedText } from '../i18n-text.ts';
import { MARKER_LABELS, type MarkerKind } from './defacement.ts';

// The checker stores one plain English line per check ("changed: similarity 0.42; hacked_text:…",
// "ECONNREFUSED", "certificate expires in 9 days"): stable for logs and exports. What a civil
// servant reads on the monitor page is this line in words, in Vietnamese and English. Anything not
// recognised is shown as it is.

const ERROR_CODES: Record<string, LocalizedText> = {
  ECONNREFUSED: { vi: 'Máy chủ từ chối kết nối', en: 'Connection refused' },
  ECONNRESET: { vi: 'Kết nối bị ngắt giữa chừng', en: 'Connection reset' },
  ETIMEDOUT: { vi: 'Hết thời gian chờ kết nối', en: 'Connection timed out' },
  EHOSTUNREACH: { vi: 'Không tới được máy chủ', en: 'Host unreachable' },
  ENETUNREACH: { vi: 'Không tới được mạng của máy chủ', en: 'Network unreachable' },
  ENOTFOUND: { vi: 'Không tìm thấy tên miền', en: 'Domain name not found' },
  EAI_AGAIN: { vi: 'Không tra được tên miền (DNS tạm lỗi)', en: 'Name lookup failed (temporary DNS error)' },
  ENODATA: { vi: 'Tên miền không có bản ghi loại này', en: 'No record of this type' },
  ESERVFAIL: { vi: 'Máy chủ DNS báo lỗi', en: 'DNS server failure' },
  ENOTIMP: { vi: 'Máy chủ DNS không hỗ trợ truy vấn', en: 'DNS query not supported' },
  EREFUSED: { vi: 'Máy chủ DNS từ chối truy vấn', en: 'DNS query refused' },
  ECONNABORTED: { vi: 'Kết nối bị huỷ', en: 'Connection aborted' },
  CERT_HAS_EXPIRED: { vi: 'Chứng thư số đã hết hạn', en: 'Certificate has expired' },
  DEPTH_ZERO_SELF_SIGNED_CERT: { vi: 'Chứng thư số tự ký', en: 'Self-signed certificate' },
  SELF_SIGNED_CERT_IN_CHAIN: {
    vi: 'Chuỗi chứng thư có chứng thư tự ký',
    en: 'Self-signed certificate in chain',
  },
  UNABLE_TO_VERIFY_LEAF_SIGNATURE: {
    vi: 'Không xác minh được chứng thư số',
    en: 'Unable to verify the certificate',
  },
  ERR_TLS_CERT_ALTNAME_INVALID: {
    vi: 'Chứng thư số không mang tên miền này',
    en: 'Certificate does not match the host name',
  },
};

const same = (text: string): LocalizedText => ({ vi: text, en: text });
const percent = (similarity: string) => `${Math.round(Number(similarity) * 100)} %`;

/** "hacked_text:hacked by x, gambling_text:nhà cái" → marker labels with their details. */
function markerWords(list: string): LocalizedText {
  const parts = list.split(/, (?=(?:hacked_text|gambling_text|foreign_script|foreign_frame|redirect):)/);
  const words = parts.map((part) => {
    const colon = part.indexOf(':');
    const label = MARKER_LABELS[part.slice(0, colon) as MarkerKind];
    const detail = part.slice(colon + 1);
    return label ? { vi: `${label.vi}: «${detail}»`, en: `${label.en}: “${detail}”` } : same(part);
  });
  return { vi: words.map((w) => w.vi).join('; '), en: words.map((w) => w.en).join('; ') };
}

const RULES: [RegExp, (m: RegExpExecArray) => LocalizedText][] = [
  [/^HTTP (\d{3})$/, (m) => same(`HTTP ${m[1]}`)],
  [
    /^changed: similarity ([\d.]+)(?:; (.*))?$/,
    (m) => {
      const markers = m[2] ? markerWords(m[2]) : null;
      return {
        vi: `Trang đã thay đổi: giống ${percent(m[1]!)} bản gốc${markers ? `. ${markers.vi}` : ''}`,
        en: `Page changed: ${percent(m[1]!)} like the baseline${markers ? `. ${markers.en}` : ''}`,
      };
    },
  ],
  [
    /^similarity ([\d.]+)$/,
    (m) => ({ vi: `Giống ${percent(m[1]!)} bản gốc`, en: `${percent(m[1]!)} like the baseline` }),
  ],
  [/^keyword present$/, () => ({ vi: 'Có từ khoá không được phép', en: 'The forbidden keyword is present' })],
  [/^keyword missing$/, () => ({ vi: 'Thiếu từ khoá cần có', en: 'The expected keyword is missing' })],
  [
    /^timeout after (\d+) ms$/,
    (m) => ({ vi: `Quá thời gian chờ (${m[1]} ms)`, en: `Timed out after ${m[1]} ms` }),
  ],
  [/^port (\d+) open$/, (m) => ({ vi: `Cổng ${m[1]} đang mở`, en: `Port ${m[1]} open` })],
  [/^no certificate$/, () => ({ vi: 'Không nhận được chứng thư số', en: 'No certificate' })],
  [
    /^certificate valid, (-?\d+) days left$/,
    (m) => ({ vi: `Chứng thư số hợp lệ, còn ${m[1]} ngày`, en: `Certificate valid, ${m[1]} days left` }),
  ],
  [/^certificate expired$/, () => ({ vi: 'Chứng thư số đã hết hạn', en: 'Certificate expired' })],
  [
    /^certificate not yet valid$/,
    () => ({ vi: 'Chứng thư số chưa đến ngày hiệu lực', en: 'Certificate not yet valid' }),
  ],
  [
    /^certificate not trusted: (.*)$/,
    (m) => {
      const reason = ERROR_CODES[m[1]!] ?? same(m[1]!);
      return { vi: `Chứng thư số không tin cậy: ${reason.vi}`, en: `Certificate not trusted: ${reason.en}` };
    },
  ],
  [
    /^certificate expires in (-?\d+) days$/,
    (m) => ({ vi: `Chứng thư số sẽ hết hạn sau ${m[1]} ngày`, en: `Certificate expires in ${m[1]} days` }),
  ],
  [
    /^answers changed: (.*) \(was (.*)\)$/,
    (m) => ({
      vi: `Bản ghi DNS đã thay đổi: ${m[1]} (trước đây: ${m[2]})`,
      en: `DNS answers changed: ${m[1]} (was ${m[2]})`,
    }),
  ],
  [/^([A-Z][A-Z0-9_]+)$/, (m) => ERROR_CODES[m[1]!] ?? same(m[1]!)],
];

/** A stored check message in words a person reads, vi and en. */
export function checkMessageText(message: string): LocalizedText {
  for (const [pattern, words] of RULES) {
    const m = pattern.exec(message);
    if (m) return words(m);
  }
  return same(message);
}
