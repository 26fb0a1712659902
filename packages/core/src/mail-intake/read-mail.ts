import { DomainError } from '@ungcuu/domain/errors.ts';
import { bareMessageId, type QuarantineReason } from '@ungcuu/domain/mail-intake/mail-intake.ts';
import type { ParsedMail } from 'mailparser';
import { inspectUpload } from '../shared/uploaded-file.ts';
import type { MailFile } from './mail-records.ts';
import { checkMimeStructure } from './mime-structure.ts';

// Reading a received mail: its structure is bounded first, then it is parsed, and every attachment is
// judged by its content as uploaded evidence is. Anything refused is a reason to quarantine the mail.

export interface ReadMail {
  parsed: ParsedMail;
  from: string;
  fromName: string | null;
  messageId: string | null;
  text: string;
  files: MailFile[];
}

/** Parses and checks a mail; a reason to quarantine it instead. */
export async function readMail(raw: Buffer): Promise<ReadMail | QuarantineReason> {
  const structure = checkMimeStructure(raw);
  if (structure) return structure;
  let parsed: ParsedMail;
  try {
    // Loaded on first use, not at start: the server's first request does not need it (issue 13).
    const { simpleParser } = await import('mailparser');
    parsed = await simpleParser(raw, {
      skipImageLinks: true,
      skipTextToHtml: true,
      maxHtmlLengthToParse: 2_000_000,
    });
  } catch {
    return 'malformed_mime';
  }
  const sender = parsed.from?.value.find((a) => a.address);
  if (!sender?.address) return 'no_sender';
  const auto = String(parsed.headers.get('auto-submitted') ?? 'no').toLowerCase();
  const precedence = String(parsed.headers.get('precedence') ?? '').toLowerCase();
  // Answering an auto-reply or a bounce would start a mail loop.
  if (auto !== 'no' || ['bulk', 'junk', 'list', 'auto_reply'].includes(precedence)) return 'auto_reply';
  const files: MailFile[] = [];
  for (const a of parsed.attachments) {
    if (a.content.length === 0) continue;
    try {
      const checked = await inspectUpload(a.filename ?? 'tep-dinh-kem', a.content);
      files.push({ ...checked, bytes: a.content, description: 'Tệp đính kèm thư báo cáo' });
    } catch (error) {
      if (error instanceof DomainError && error.code === 'file.executable') return 'executable_attachment';
      return 'refused_attachment';
    }
  }
  return {
    parsed,
    from: sender.address.toLowerCase(),
    fromName: sender.name || null,
    messageId: bareMessageId(parsed.messageId),
    text: (parsed.text ?? '').replace(/\r\n/g, '\n').trim(),
    files,
  };
}

/** The original message, kept as evidence for the record. */
export function emlFile(raw: Buffer, code: string): MailFile {
  return {
    filename: `thu-goc-${code}.eml`,
    contentType: 'message/rfc822',
    bytes: raw,
    description: 'Thư gốc',
  };
}
