// Syslog messages from firewalls and servers that can only send syslog (issue 10, "a syslog
// listener … RFC 5424 and 3164"). Pure: one line of text in, one parsed message or a rejection
// reason out; nothing here throws on what a sender wrote.

/** RFC 5424 §6.2.1 severities, 0 (Emergency) … 7 (Debug). */
export const SYSLOG_SEVERITY_NAMES = [
  'emerg',
  'alert',
  'crit',
  'err',
  'warning',
  'notice',
  'info',
  'debug',
] as const;

export type SyslogFormat = 'rfc5424' | 'rfc3164';

export interface SyslogMessage {
  format: SyslogFormat;
  /** RFC 5424 §6.2.1: facility 0–23. */
  facility: number;
  /** 0 (Emergency) … 7 (Debug). */
  severity: number;
  /** ISO instant, or null when the sender gave none (or one that cannot be read). */
  timestamp: string | null;
  hostname: string | null;
  appName: string | null;
  procId: string | null;
  msgId: string | null;
  /** RFC 5424 STRUCTURED-DATA: SD-ID → parameter → value (last one wins). */
  structuredData: Record<string, Record<string, string>>;
  message: string;
}

export type SyslogRejection =
  | 'empty'
  | 'too_long'
  | 'no_priority'
  | 'bad_priority'
  | 'bad_header'
  | 'bad_structured_data'
  | 'control_characters';

export type SyslogParse = { ok: true; message: SyslogMessage } | { ok: false; reason: SyslogRejection };

export interface SyslogParseOptions {
  /** Received at: gives RFC 3164 timestamps (no year) their year. */
  now?: Date;
  /**
   * RFC 3164 timestamps carry no zone; devices in Vietnam log local time (UTC+7), so that is
   * the default reading.
   */
  bsdOffsetMinutes?: number;
  /** Longest accepted message in characters (the listener bounds bytes before this). */
  maxLength?: number;
}

export const SYSLOG_DEFAULT_MAX_LENGTH = 8192;
const VIETNAM_OFFSET_MINUTES = 7 * 60;

const PRI = /^<(0|[1-9]\d{0,2})>/;
const NIL = '-';
// RFC 5424 §6: PRINTUSASCII fields with their length limits.
const HOSTNAME = /^[\x21-\x7e]{1,255}$/;
const APP_NAME = /^[\x21-\x7e]{1,48}$/;
const PROC_ID = /^[\x21-\x7e]{1,128}$/;
const MSG_ID = /^[\x21-\x7e]{1,32}$/;
const SD_NAME = /^[\x21-\x7e]{1,32}$/;
const RFC3339 = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})(\.\d{1,6})?(Z|[+-]\d{2}:\d{2})$/;
const BSD_TIME = /^([A-Z][a-z]{2}) ([ \d]\d) (\d{2}):(\d{2}):(\d{2})(?: |$)/;
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
// NUL and the C0 controls other than tab: binary garbage, never a log line (and PostgreSQL
// text refuses NUL).
// biome-ignore lint/suspicious/noControlCharactersInRegex: the point is to find them
const CONTROL = /[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]/;

/** One syslog line (framing already removed): RFC 5424 when the version follows PRI, else RFC 3164. */
export function parseSyslog(raw: string, options: SyslogParseOptions = {}): SyslogParse {
  const line = raw.replace(/[\r\n]+$/, '');
  if (line.trim() === '') return { ok: false, reason: 'empty' };
  if (line.length > (options.maxLength ?? SYSLOG_DEFAULT_MAX_LENGTH))
    return { ok: false, reason: 'too_long' };
  if (CONTROL.test(line)) return { ok: false, reason: 'control_characters' };
  const pri = PRI.exec(line);
  if (!pri) return { ok: false, reason: line.startsWith('<') ? 'bad_priority' : 'no_priority' };
  const value = Number(pri[1]);
  if (value > 191) return { ok: false, reason: 'bad_priority' };
  const rest = line.slice(pri[0].length);
  if (rest.trim() === '') return { ok: false, reason: 'empty' };
  const base = { facility: Math.floor(value / 8), severity: value % 8 };
  if (/^[1-9]\d{0,2} /.test(rest)) return parse5424(rest, base);
  return { ok: true, message: parse3164(rest, base, options) };
}

function parse5424(rest: string, base: { facility: number; severity: number }): SyslogParse {
  // VERSION SP TIMESTAMP SP HOSTNAME SP APP-NAME SP PROCID SP MSGID SP STRUCTURED-DATA [SP MSG]
  const parts: string[] = [];
  let at = 0;
  for (let i = 0; i < 6; i++) {
    const space = rest.indexOf(' ', at);
    if (space < 0) return { ok: false, reason: 'bad_header' };
    parts.push(rest.slice(at, space));
    at = space + 1;
  }
  const [, time, host, app, proc, msgId] = parts as [string, string, string, string, string, string];
  let timestamp: string | null = null;
  if (time !== NIL) {
    timestamp = rfc3339(time);
    if (!timestamp) return { ok: false, reason: 'bad_header' };
  }
  const field = (text: string, pattern: RegExp) =>
    text === NIL ? null : pattern.test(text) ? text : undefined;
  const hostname = field(host, HOSTNAME);
  const appName = field(app, APP_NAME);
  const procId = field(proc, PROC_ID);
  const messageId = field(msgId, MSG_ID);
  if (hostname === undefined || appName === undefined || procId === undefined || messageId === undefined)
    return { ok: false, reason: 'bad_header' };
  const sd = structuredData(rest, at);
  if (!sd) return { ok: false, reason: 'bad_structured_data' };
  let message = rest.slice(sd.end);
  if (message.startsWith(' ')) message = message.slice(1);
  else if (message !== '') return { ok: false, reason: 'bad_structured_data' };
  // §6.4: a UTF-8 message starts with the BOM.
  if (message.startsWith('\uFEFF')) message = message.slice(1);
  return {
    ok: true,
    message: {
      format: 'rfc5424',
      ...base,
      timestamp,
      hostname,
      appName,
      procId,
      msgId: messageId,
      structuredData: sd.data,
      message,
    },
  };
}

function rfc3339(text: string): string | null {
  const m = RFC3339.exec(text);
  if (!m) return null;
  const date = new Date(text);
  return Number.isNaN(date.getTime()) ? null : date.toISOString();
}

/** RFC 5424 §6.3: `-` or one or more `[SD-ID param="value" …]`; values escape `"`, `\` and `]`. */
function structuredData(
  text: string,
  start: number,
): { data: Record<string, Record<string, string>>; end: number } | null {
  const data: Record<string, Record<string, string>> = {};
  if (text[start] === '-') return { data, end: start + 1 };
  let i = start;
  if (text[i] !== '[') return null;
  while (text[i] === '[') {
    i++;
    const idEnd = scanName(text, i);
    const id = text.slice(i, idEnd);
    if (!SD_NAME.test(id)) return null;
    const params: Record<string, string> = data[id] ?? {};
    i = idEnd;
    while (text[i] === ' ') {
      i++;
      const nameEnd = scanName(text, i);
      const name = text.slice(i, nameEnd);
      if (!SD_NAME.test(name) || text[nameEnd] !== '=' || text[nameEnd + 1] !== '"') return null;
      i = nameEnd + 2;
      let value = '';
      for (;;) {
        const c = text[i];
        if (c === undefined) return null;
        if (c === '\\' && (text[i + 1] === '"' || text[i + 1] === '\\' || text[i + 1] === ']')) {
          value += text[i + 1];
          i += 2;
        } else if (c === '"') {
          i++;
          break;
        } else {
          value += c;
          i++;
        }
      }
      params[name] = value;
    }
    if (text[i] !== ']') return null;
    i++;
    data[id] = params;
  }
  return { data, end: i };
}

function scanName(text: string, from: number): number {
  let i = from;
  while (i < text.length && !' ="]'.includes(text[i] as string)) i++;
  return i;
}

/**
 * RFC 3164 §4.1: `Mmm dd hh:mm:ss HOSTNAME TAG[pid]: MSG`. Real senders drop the hostname
 * (pfSense, many appliances) or the whole header (FortiGate's `date=… time=…`); without a
 * readable timestamp everything after PRI is the message (§4.3.3).
 */
function parse3164(
  rest: string,
  base: { facility: number; severity: number },
  options: SyslogParseOptions,
): SyslogMessage {
  const message: SyslogMessage = {
    format: 'rfc3164',
    ...base,
    timestamp: null,
    hostname: null,
    appName: null,
    procId: null,
    msgId: null,
    structuredData: {},
    message: rest,
  };
  let body = rest;
  const bsd = BSD_TIME.exec(body);
  const iso = /^(\S+)(?: |$)/.exec(body);
  if (bsd) {
    message.timestamp = bsdTimestamp(bsd, options);
    body = body.slice(bsd[0].length);
  } else if (iso?.[1] && RFC3339.test(iso[1])) {
    // rsyslog's "RFC 3339 in a BSD header" template.
    message.timestamp = rfc3339(iso[1]);
    body = body.slice(iso[0].length);
  } else {
    return message;
  }
  // HOSTNAME is the next word unless that word is already the tag (`sshd[42]:`, `kernel:`).
  const first = /^(\S+) /.exec(body);
  if (first?.[1] && !/[:[]/.test(first[1]) && HOSTNAME.test(first[1])) {
    message.hostname = first[1];
    body = body.slice(first[0].length);
  }
  const tag = /^([\x21-\x39\x3b-\x5a\x5c\x5e-\x7e]{1,48}?)(?:\[([^\]\s]{1,128})\])?: ?/.exec(body);
  if (tag?.[1]) {
    message.appName = tag[1];
    message.procId = tag[2] ?? null;
    body = body.slice(tag[0].length);
  }
  message.message = body;
  return message;
}

function bsdTimestamp(m: RegExpExecArray, options: SyslogParseOptions): string | null {
  const month = MONTHS.indexOf(m[1] as string);
  if (month < 0) return null;
  const now = options.now ?? new Date();
  const offset = (options.bsdOffsetMinutes ?? VIETNAM_OFFSET_MINUTES) * 60_000;
  const local = new Date(now.getTime() + offset);
  let year = local.getUTCFullYear();
  // A December line read in early January belongs to last year (and the other way round).
  if (month - local.getUTCMonth() > 6) year--;
  else if (local.getUTCMonth() - month > 6) year++;
  const time = Date.UTC(
    year,
    month,
    Number((m[2] as string).trim()),
    Number(m[3]),
    Number(m[4]),
    Number(m[5]),
  );
  if (Number.isNaN(time)) return null;
  return new Date(time - offset).toISOString();
}
