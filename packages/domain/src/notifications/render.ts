import { type Locale, type LocalizedText, pickText } from '../i18n-text.ts';

/** What a notice says, in both languages; the channel picks the recipient's language. */
export interface NoticeContent {
  kind: string;
  title: LocalizedText;
  body?: LocalizedText | null;
  /** Path inside the web app (`/incidents/<id>`). */
  link: string;
  tier?: number | null;
}

export interface RenderedMail {
  subject: string;
  text: string;
  html: string;
}

const FOOTER: LocalizedText = {
  vi: 'Thư này được gửi tự động từ hệ thống điều phối ứng cứu sự cố. Thay đổi cách nhận thông báo tại trang "Cài đặt thông báo".',
  en: 'This message was sent automatically by the incident response coordination system. Change how you are notified on the "Notification settings" page.',
};
const OPEN: LocalizedText = { vi: 'Mở hồ sơ', en: 'Open the record' };

export function escapeHtml(text: string): string {
  return text
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
    .replaceAll('"', '&quot;')
    .replaceAll("'", '&#39;');
}

/** Absolute link to a record: the configured public address plus the app path. */
export function recordUrl(baseUrl: string, link: string): string {
  return `${baseUrl.replace(/\/+$/, '')}/${link.replace(/^\/+/, '')}`;
}

function tierPrefix(tier: number | null | undefined): string {
  return tier != null && tier >= 3 ? `[T${tier}] ` : '';
}

export function renderNoticeMail(notice: NoticeContent, locale: Locale, baseUrl: string): RenderedMail {
  const title = pickText(notice.title, locale);
  const body = notice.body ? pickText(notice.body, locale) : '';
  const url = recordUrl(baseUrl, notice.link);
  const footer = pickText(FOOTER, locale);
  const subject = `${tierPrefix(notice.tier)}${title}`.replace(/[\r\n]+/g, ' ').slice(0, 300);
  const text = [title, body, `${pickText(OPEN, locale)}: ${url}`, '', '--', footer]
    .filter((l) => l !== '')
    .join('\n\n');
  const html = `<!doctype html><html lang="${locale}"><body style="font-family:sans-serif">
<p><strong>${escapeHtml(title)}</strong></p>
${body ? `<p>${escapeHtml(body).replaceAll('\n', '<br>')}</p>` : ''}
<p><a href="${escapeHtml(url)}">${escapeHtml(pickText(OPEN, locale))}</a></p>
<hr><p style="color:#666;font-size:12px">${escapeHtml(footer)}</p>
</body></html>`;
  return { subject, text, html };
}

/** One plain message for chat bots (Telegram and gateways): title, body, link. */
export function renderChatText(notice: NoticeContent, locale: Locale, baseUrl: string): string {
  const title = pickText(notice.title, locale);
  const body = notice.body ? pickText(notice.body, locale) : '';
  return [`${tierPrefix(notice.tier)}${title}`, body, recordUrl(baseUrl, notice.link)]
    .filter(Boolean)
    .join('\n');
}

/**
 * Fills a generic chat template: `{{title}}`, `{{body}}`, `{{link}}`, `{{text}}`, `{{kind}}`, `{{tier}}`.
 * Values are JSON-escaped, so a template that is a JSON document stays valid whatever the text holds.
 */
export function fillChatTemplate(template: string, values: Record<string, string>): string {
  return template.replace(/\{\{(\w+)\}\}/g, (_, name: string) =>
    JSON.stringify(values[name] ?? '').slice(1, -1),
  );
}
