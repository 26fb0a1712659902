import type { LocalizedText } from '../i18n-text.ts';

/** What an API token may do; the token's owner's permissions still apply on top. */
export const TOKEN_SCOPES = ['read', 'write', 'incidents.report', 'alerts.write', 'feed.read'] as const;
export type TokenScope = (typeof TOKEN_SCOPES)[number];

export const TOKEN_SCOPE_LABELS: Record<TokenScope, LocalizedText> = {
  read: { vi: 'Đọc dữ liệu', en: 'Read data' },
  write: { vi: 'Thay đổi dữ liệu', en: 'Change data' },
  'incidents.report': { vi: 'Chỉ gửi báo cáo sự cố', en: 'Report incidents only' },
  'alerts.write': { vi: 'Gửi cảnh báo từ công cụ an ninh', en: 'Send alerts from security tools' },
  'feed.read': {
    vi: 'Chỉ đọc nguồn cấp chỉ báo theo TLP (MISP/STIX) cho hệ thống cấp trên',
    en: "Read the TLP indicator feeds only (MISP/STIX) for a higher body's platform",
  },
};

/** Does a token with these scopes allow a request of this kind? */
export function scopeAllows(scopes: readonly string[], need: TokenScope): boolean {
  if (scopes.includes(need)) return true;
  // Writing implies reading; an intake-only token may also read back what it reported.
  if (need === 'read') return scopes.includes('write');
  // A feed token reads the feeds and nothing else; the feeds need their own scope, not "read".
  return need === 'incidents.report' && scopes.includes('write');
}
