import { createHmac } from 'node:crypto';
import type { Locale } from '@ungcuu/domain/i18n-text.ts';
import { fillChatTemplate, recordUrl, renderChatText } from '@ungcuu/domain/notifications/render.ts';
import type { EndpointRow, OutboxRow } from '../../db/schema-notifications.ts';
import type { NoticeEventPayload } from '../notify.ts';

// Webhooks, Telegram-compatible bots and generic chat gateways: one HTTP POST each.

export const SIGNATURE_HEADER = 'x-ungcuu-signature';
export const TIMESTAMP_HEADER = 'x-ungcuu-timestamp';
export const DEFAULT_TELEGRAM_API = 'https://api.telegram.org';
export const DEFAULT_CHAT_TEMPLATE = '{"text":"{{text}}"}';

/** `sha256=<hex>` of `<timestamp>.<body>`: the receiver recomputes it and rejects old timestamps. */
export function signWebhook(secret: string, timestamp: string, body: string): string {
  return `sha256=${createHmac('sha256', secret).update(`${timestamp}.${body}`).digest('hex')}`;
}

async function post(url: string, body: string, headers: Record<string, string>): Promise<string> {
  const res = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'user-agent': 'ungcuu-notifier', ...headers },
    body,
    signal: AbortSignal.timeout(15_000),
    redirect: 'error',
  });
  const text = await res.text().catch(() => '');
  if (!res.ok) throw new Error(`HTTP ${res.status}: ${text.slice(0, 200)}`);
  return text;
}

export function webhookBody(row: OutboxRow, baseUrl: string): string {
  const p = row.payload as NoticeEventPayload;
  return JSON.stringify({
    id: row.id,
    kind: row.kind,
    occurredAt: p.occurredAt,
    tier: p.notice.tier ?? null,
    title: p.notice.title,
    body: p.notice.body ?? null,
    url: recordUrl(baseUrl, p.notice.link),
  });
}

/** Loads the endpoint of a row (settings may have changed since it was queued). */
export type EndpointLookup = (id: string) => Promise<EndpointRow | null>;

export function createHttpSenders(endpoint: EndpointLookup, ctx: { baseUrl: string; now?: () => Date }) {
  const now = ctx.now ?? (() => new Date());
  async function load(row: OutboxRow): Promise<EndpointRow> {
    const e = row.endpoint_id ? await endpoint(row.endpoint_id) : null;
    if (!e) throw new Error('endpoint removed');
    if (!e.enabled) throw new Error('endpoint disabled');
    return e;
  }
  return {
    async webhook(row: OutboxRow): Promise<void> {
      const e = await load(row);
      const body = webhookBody(row, ctx.baseUrl);
      const ts = String(Math.floor(now().getTime() / 1000));
      await post(e.url, body, {
        [TIMESTAMP_HEADER]: ts,
        [SIGNATURE_HEADER]: signWebhook(e.secret ?? '', ts, body),
        'x-ungcuu-delivery': row.id,
      });
    },
    /** Telegram Bot API `sendMessage` (or any server speaking it): `<apiBase>/bot<token>/sendMessage`. */
    async telegram(row: OutboxRow): Promise<void> {
      const e = await load(row);
      const p = row.payload as NoticeEventPayload;
      const chatId = p.chatId ?? (typeof e.config.chatId === 'string' ? e.config.chatId : null);
      if (!chatId) throw new Error('no chat id');
      const base = (e.url || DEFAULT_TELEGRAM_API).replace(/\/+$/, '');
      const text = renderChatText(p.notice, p.locale as Locale, ctx.baseUrl);
      const answer = await post(
        `${base}/bot${e.secret ?? ''}/sendMessage`,
        JSON.stringify({ chat_id: chatId, text, disable_web_page_preview: true }),
        {},
      );
      const parsed = JSON.parse(answer || '{}') as { ok?: boolean; description?: string };
      if (parsed.ok !== true) throw new Error(`bot refused: ${parsed.description ?? answer.slice(0, 200)}`);
    },
    /** A gateway taking JSON: the endpoint's template filled with the notice. */
    async chat(row: OutboxRow): Promise<void> {
      const e = await load(row);
      const p = row.payload as NoticeEventPayload;
      const locale = p.locale as Locale;
      const template = typeof e.config.template === 'string' ? e.config.template : DEFAULT_CHAT_TEMPLATE;
      const body = fillChatTemplate(template, {
        text: renderChatText(p.notice, locale, ctx.baseUrl),
        title: p.notice.title[locale] ?? p.notice.title.vi,
        body: p.notice.body?.[locale] ?? '',
        link: recordUrl(ctx.baseUrl, p.notice.link),
        kind: row.kind,
        tier: p.notice.tier == null ? '' : `T${p.notice.tier}`,
        chatId: p.chatId ?? '',
      });
      await post(e.url, body, {});
    },
  };
}
