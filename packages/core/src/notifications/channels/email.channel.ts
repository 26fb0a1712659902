import type { Locale } from '@ungcuu/domain/i18n-text.ts';
import { renderNoticeMail } from '@ungcuu/domain/notifications/render.ts';
import type { Transporter } from 'nodemailer';
import type { OutboxRow } from '../../db/schema-notifications.ts';
import type { NoticeMailPayload } from '../notify.ts';
import type { OutgoingMail } from '../outbox.ts';

/** SMTP as the administrator set it (settings key `notifications.smtp`). */
export interface SmtpSettings {
  host: string;
  port: number;
  /** none: plain (a local relay); starttls: upgrade required; tls: implicit TLS (port 465). */
  tls: 'none' | 'starttls' | 'tls';
  user: string | null;
  password: string | null;
  from: string;
}

export interface MailContext {
  /** Public address of the web app: links in mails point there. */
  baseUrl: string;
}

function mailDomain(baseUrl: string): string {
  try {
    return new URL(baseUrl).hostname || 'ungcuu.local';
  } catch {
    return 'ungcuu.local';
  }
}

/** Root Message-ID of an incident's thread: every mail about it refers to it. */
export function incidentThreadId(incidentId: string, baseUrl: string): string {
  return `<incident-${incidentId}@${mailDomain(baseUrl)}>`;
}

/** What the outbox row becomes on the wire: a rendered notice, or a mail queued as is. */
export function composeMail(row: OutboxRow, ctx: MailContext): OutgoingMail {
  const payload = row.payload as NoticeMailPayload | OutgoingMail;
  // The outbox id makes the Message-ID: stable across retries, so a receiver can drop a duplicate.
  const messageId = `<${row.id}@${mailDomain(ctx.baseUrl)}>`;
  if ('notice' in payload) {
    const mail = renderNoticeMail(payload.notice, payload.locale as Locale, ctx.baseUrl);
    const thread = payload.thread ? incidentThreadId(payload.thread, ctx.baseUrl) : null;
    return {
      to: row.recipient,
      ...mail,
      messageId,
      ...(thread ? { inReplyTo: thread, references: [thread] } : {}),
    };
  }
  return { ...payload, to: row.recipient, messageId: payload.messageId ?? messageId };
}

async function transportFor(s: SmtpSettings): Promise<Transporter> {
  // Loaded on first use, not at start: the server's first request does not need it (issue 13).
  const { default: nodemailer } = await import('nodemailer');
  // Pooled: a burst of notices reuses a few SMTP connections instead of one handshake per mail.
  return nodemailer.createTransport({
    pool: true,
    maxConnections: 5,
    maxMessages: 200,
    host: s.host,
    port: s.port,
    secure: s.tls === 'tls',
    requireTLS: s.tls === 'starttls',
    ignoreTLS: s.tls === 'none',
    ...(s.user ? { auth: { user: s.user, pass: s.password ?? '' } } : {}),
    connectionTimeout: 10_000,
    greetingTimeout: 10_000,
    socketTimeout: 30_000,
  });
}

/**
 * The SMTP sender. Settings are read on each send (an administrator's change applies at once);
 * a transport is reused while they stay the same.
 */
export function createEmailSender(settings: () => Promise<SmtpSettings | null>, ctx: MailContext) {
  let cached: { key: string; transport: Transporter } | null = null;
  return async (row: OutboxRow): Promise<void> => {
    const s = await settings();
    if (!s) throw new Error('SMTP is not configured');
    const key = JSON.stringify(s);
    if (cached?.key !== key) {
      cached?.transport.close();
      cached = { key, transport: await transportFor(s) };
    }
    const mail = composeMail(row, ctx);
    await cached.transport.sendMail({
      from: s.from,
      to: mail.to,
      subject: mail.subject,
      text: mail.text,
      ...(mail.html ? { html: mail.html } : {}),
      messageId: mail.messageId,
      ...(mail.inReplyTo ? { inReplyTo: mail.inReplyTo } : {}),
      ...(mail.references?.length ? { references: mail.references } : {}),
      headers: { 'Auto-Submitted': mail.autoSubmitted ?? 'auto-generated' },
    });
  };
}
