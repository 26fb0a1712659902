import nodemailer from 'nodemailer';
import type { Trx } from '../shared/context.ts';

/**
 * One mail to send, as the notification outbox takes it (notifications/outbox.ts `enqueueMail`).
 * `messageId`, `inReplyTo` and `references` carry Message-IDs without angle brackets... or with:
 * both are accepted by the sender.
 */
export interface OutgoingMail {
  to: string;
  subject: string;
  text: string;
  html?: string;
  messageId?: string;
  inReplyTo?: string;
  references?: string[];
}

/**
 * How the mail intake sends its acknowledgements: called inside the transaction that files the
 * report, so the outbox keeps the mail with the report (and drops it if the report is rolled back).
 */
export type EnqueueMail = (trx: Trx, mail: OutgoingMail) => Promise<void>;

/** Where an acknowledgement goes when no outgoing mail is configured: nowhere, with a log line. */
export function dropMail(log: (msg: string, data: object) => void): EnqueueMail {
  return async (_trx, mail) =>
    log('mail intake: no outgoing SMTP configured, acknowledgement not sent', {
      to: mail.to,
      subject: mail.subject,
    });
}

/**
 * Until the notification outbox lands: send directly with nodemailer, after the call returns.
 * Not transactional (a report rolled back after this call would still be acknowledged) and not
 * retried; the outbox replaces it at merge.
 */
export function smtpSendMail(
  url: string,
  from: string,
  log: (msg: string, data: object) => void,
): EnqueueMail & { close(): void; idle(): Promise<void> } {
  const transport = nodemailer.createTransport(url);
  const pending = new Set<Promise<void>>();
  const send: EnqueueMail = async (_trx, mail) => {
    const p = transport
      .sendMail({
        from,
        to: mail.to,
        subject: mail.subject,
        text: mail.text,
        ...(mail.html ? { html: mail.html } : {}),
        ...(mail.messageId ? { messageId: mail.messageId } : {}),
        ...(mail.inReplyTo ? { inReplyTo: mail.inReplyTo } : {}),
        ...(mail.references ? { references: mail.references } : {}),
        headers: { 'Auto-Submitted': 'auto-replied' },
      })
      .then(
        () => undefined,
        (err: unknown) => log('mail intake: acknowledgement not sent', { to: mail.to, err: String(err) }),
      )
      .finally(() => pending.delete(p));
    pending.add(p);
  };
  return Object.assign(send, {
    close: () => transport.close(),
    idle: async () => {
      await Promise.all([...pending]);
    },
  });
}
