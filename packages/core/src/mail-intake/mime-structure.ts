import type { QuarantineReason } from '@ungcuu/domain/mail-intake/mail-intake.ts';

// A mail is looked at before it is parsed: the MIME parser is tolerant and would spend its time on
// a message built to exhaust it (hundreds of nested multiparts, thousands of parts). This pass
// reads only the structure, line by line, in one go over bytes the listener already bounded.

export const MAX_MIME_DEPTH = 8;
export const MAX_MIME_PARTS = 100;
const MAX_HEADER_LINES = 500;

interface Level {
  /** The boundary of a multipart; null for an attached message (message/rfc822). */
  boundary: string | null;
  seen: boolean;
}

function headerValue(lines: string[], name: string): string | null {
  const prefix = `${name.toLowerCase()}:`;
  const line = lines.find((l) => l.toLowerCase().startsWith(prefix));
  return line ? line.slice(prefix.length).trim() : null;
}

function boundaryOf(contentType: string): string | null {
  const m = /boundary\s*=\s*(?:"([^"]{1,200})"|([^\s;]{1,200}))/i.exec(contentType);
  return m ? (m[1] ?? m[2] ?? null) : null;
}

/** Why the mail's MIME structure is refused, or null when it is within bounds and well formed. */
export function checkMimeStructure(raw: Buffer): QuarantineReason | null {
  const lines = raw.toString('latin1').split(/\r?\n/);
  const stack: Level[] = [];
  let inHeaders = true;
  let header: string[] = [];
  let parts = 1;

  for (const line of lines) {
    if (inHeaders) {
      if (line === '') {
        inHeaders = false;
        const contentType = headerValue(header, 'content-type') ?? 'text/plain';
        const type = contentType.toLowerCase();
        header = [];
        if (type.startsWith('multipart/')) {
          const boundary = boundaryOf(contentType);
          if (!boundary) return 'malformed_mime';
          stack.push({ boundary, seen: false });
        } else if (type.startsWith('message/rfc822')) {
          stack.push({ boundary: null, seen: true });
          inHeaders = true;
        }
        if (stack.length > MAX_MIME_DEPTH) return 'too_deep';
        continue;
      }
      if (/^[ \t]/.test(line) && header.length > 0) header[header.length - 1] += ` ${line.trim()}`;
      else header.push(line);
      if (header.length > MAX_HEADER_LINES) return 'malformed_mime';
      continue;
    }
    if (!line.startsWith('--')) continue;
    const index = stack.findLastIndex(
      (l) => l.boundary !== null && (line === `--${l.boundary}` || line.startsWith(`--${l.boundary}`)),
    );
    if (index < 0) continue;
    const level = stack[index]!;
    const rest = line.slice(2 + (level.boundary?.length ?? 0)).trimEnd();
    if (rest !== '' && rest !== '--') continue;
    // Inner levels left open end here: a missing closing delimiter is common and harmless.
    stack.length = index + 1;
    if (rest === '--') {
      if (!level.seen) return 'malformed_mime';
      stack.pop();
      continue;
    }
    level.seen = true;
    parts += 1;
    if (parts > MAX_MIME_PARTS) return 'too_many_parts';
    inHeaders = true;
  }
  // A multipart whose boundary never appears has no parts at all: not a message we can read.
  if (stack.some((l) => !l.seen)) return 'malformed_mime';
  return null;
}
