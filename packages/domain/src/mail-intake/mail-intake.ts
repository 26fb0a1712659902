import { type Static, Type } from '@sinclair/typebox';
import { RefId } from '../refs.ts';

// Incident reports that arrive by email (issue 9, "Incoming by email"): which unit a sender
// belongs to, which incident a reply is about, and what the focal office sends back.

/** What became of a received mail. `pending`: unknown sender, waiting for the focal office. */
export const MAIL_STATUSES = ['pending', 'filed', 'commented', 'quarantined', 'dismissed'] as const;
export type MailStatus = (typeof MAIL_STATUSES)[number];

/** Why a mail was set aside instead of becoming a report or a comment (logged and listed). */
export const QUARANTINE_REASONS = [
  'malformed_mime',
  'too_deep',
  'too_many_parts',
  'executable_attachment',
  'refused_attachment',
  'auto_reply',
  'reply_not_allowed',
  'no_sender',
] as const;
export type QuarantineReason = (typeof QUARANTINE_REASONS)[number];

/**
 * Free mail providers: anyone can get an address there, so such a domain never names a unit
 * (only a full address at one can be registered).
 */
export const FREE_MAIL_DOMAINS = new Set([
  'gmail.com',
  'googlemail.com',
  'yahoo.com',
  'yahoo.com.vn',
  'outlook.com',
  'hotmail.com',
  'live.com',
  'icloud.com',
  'proton.me',
  'protonmail.com',
  'zoho.com',
  'aol.com',
  'gmx.com',
  'mail.ru',
  'yandex.com',
]);

const ADDRESS = /^[a-z0-9.!#$%&'*+/=?^_`{|}~-]{1,64}@([a-z0-9-]{1,63}\.)+[a-z0-9-]{2,63}$/;
const DOMAIN = /^@([a-z0-9-]{1,63}\.)+[a-z0-9-]{2,63}$/;

/**
 * A registered sender: a full address (`vanthu@xa-a.gov.vn`) or a whole domain (`@xa-a.gov.vn`),
 * lower-cased. `null` when the text is neither, or names a free-mail domain.
 */
export function normaliseSenderPattern(raw: string): string | null {
  const text = raw.trim().toLowerCase();
  if (text.length > 254) return null;
  if (DOMAIN.test(text)) return FREE_MAIL_DOMAINS.has(text.slice(1)) ? null : text;
  return ADDRESS.test(text) ? text : null;
}

/** The patterns that may name a sender's unit, most specific first (the full address wins). */
export function senderPatterns(address: string): string[] {
  const lower = address.trim().toLowerCase();
  const at = lower.lastIndexOf('@');
  if (at <= 0) return [];
  return [lower, lower.slice(at)];
}

/** Incident codes as intake issues them: SC-<year>-<number> (incident.repository.ts). */
const CODE_IN_TEXT = /\bSC-(\d{4})-(\d{1,9})\b/i;

/** The incident code a reply carries in its subject ("Re: [SC-2026-0007] ..."), upper-cased. */
export function incidentCodeIn(subject: string | undefined): string | null {
  const m = subject ? CODE_IN_TEXT.exec(subject) : null;
  return m ? `SC-${m[1]}-${m[2]}` : null;
}

/** Message-IDs named in In-Reply-To and References, without angle brackets, at most 50. */
export function threadIds(
  inReplyTo: string | undefined,
  references: string | string[] | undefined,
): string[] {
  const all = [inReplyTo ?? '', ...(Array.isArray(references) ? references : [references ?? ''])].join(' ');
  const ids = [...all.matchAll(/<?([^<>\s]{1,250}@[^<>\s]{1,250})>?/g)].map((m) => m[1]!);
  return [...new Set(ids)].slice(-50);
}

/** A Message-ID without its angle brackets (how it is stored and compared). */
export function bareMessageId(id: string | undefined | null): string | null {
  const m = id ? /<?([^<>\s]{1,250}@[^<>\s]{1,250})>?/.exec(id) : null;
  return m ? m[1]! : null;
}

/** The report's title: the subject without reply/forward prefixes; a placeholder when empty. */
export function titleFromSubject(subject: string | undefined, from: string): string {
  const clean = (subject ?? '')
    .replace(/^(\s*(re|fw|fwd|tr|tl|sv|aw)\s*:\s*)+/i, '')
    .replace(/\s+/g, ' ')
    .trim();
  if (clean.length >= 3) return [...clean].slice(0, 300).join('');
  return `Báo cáo qua thư điện tử từ ${from}`.slice(0, 300);
}

/** The acknowledgement (NĐ 15/2020 Điều 78: a report is answered); bilingual, Vietnamese first. */
export function acknowledgementText(code: string, title: string): { subject: string; text: string } {
  return {
    subject: `[${code}] Đã tiếp nhận báo cáo sự cố / Incident report received: ${title}`.slice(0, 400),
    text: [
      `Cơ quan đầu mối đã tiếp nhận báo cáo sự cố của quý đơn vị, mã sự cố ${code}.`,
      'Khi trao đổi thêm về sự cố này, xin trả lời thư này (giữ nguyên mã trong tiêu đề).',
      '',
      `The focal office has received your incident report, code ${code}.`,
      'To add information about this incident, reply to this mail (keep the code in the subject).',
    ].join('\n'),
  };
}

// Request schemas of the mail intake routes.

export const MailQueueQuerySchema = Type.Object(
  {
    status: Type.Optional(Type.Union(MAIL_STATUSES.map((s) => Type.Literal(s)))),
    limit: Type.Integer({ minimum: 1, maximum: 200, default: 50 }),
    offset: Type.Integer({ minimum: 0, maximum: 1_000_000, default: 0 }),
  },
  { additionalProperties: false },
);
export type MailQueueQuery = Static<typeof MailQueueQuerySchema>;

export const MailAssignSchema = Type.Object(
  {
    unitId: RefId('unit'),
    /** Also register the sender's address for this unit, so its next mail is filed at once. */
    rememberSender: Type.Optional(Type.Boolean()),
  },
  { additionalProperties: false },
);
export type MailAssignInput = Static<typeof MailAssignSchema>;

export const MailSendersSchema = Type.Object(
  { patterns: Type.Array(Type.String({ minLength: 3, maxLength: 254 }), { maxItems: 50 }) },
  { additionalProperties: false },
);
export type MailSendersInput = Static<typeof MailSendersSchema>;
