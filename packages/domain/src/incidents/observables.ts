import { type Static, Type } from '@sinclair/typebox';
import type { LocalizedText } from '../i18n-text.ts';
import { isDomain, isIPv4, isIPv6, isUrl } from '../systems/system.ts';

/**
 * Observables (indicators of compromise) named in an incident report: what the response team
 * searches logs and endpoints for, and what the national coordinator asks for in Mẫu 03
 * ("địa chỉ IP, tên miền" of the attack source). Officers paste them from alerts and emails,
 * often defanged ("hxxp://", "[.]"), inside Vietnamese prose.
 */
export const OBSERVABLE_KINDS = ['ip', 'domain', 'url', 'hash', 'email', 'filename'] as const;
export type ObservableKind = (typeof OBSERVABLE_KINDS)[number];

export const OBSERVABLE_KIND_LABELS: Record<ObservableKind, LocalizedText> = {
  ip: { vi: 'Địa chỉ IP', en: 'IP address' },
  domain: { vi: 'Tên miền', en: 'Domain name' },
  url: { vi: 'Đường dẫn (URL)', en: 'URL' },
  hash: { vi: 'Mã băm tệp (MD5, SHA-1, SHA-256)', en: 'File hash (MD5, SHA-1, SHA-256)' },
  email: { vi: 'Địa chỉ thư điện tử', en: 'Email address' },
  filename: { vi: 'Tên tệp', en: 'File name' },
};

export const ObservableKindSchema = Type.Union(OBSERVABLE_KINDS.map((kind) => Type.Literal(kind)));

export const ObservableSchema = Type.Object(
  {
    kind: ObservableKindSchema,
    /** As written in the source text (possibly defanged). */
    value: Type.String({ minLength: 1, maxLength: 2048 }),
    /** Refanged and lowercased (a URL keeps the case of its path): the form to compare and search. */
    normalized: Type.String({ minLength: 1, maxLength: 2048 }),
  },
  { additionalProperties: false },
);
export type Observable = Static<typeof ObservableSchema>;

/** Extensions that make a file name worth reporting: executables, scripts, macro documents, archives. */
export const SUSPICIOUS_FILE_EXTENSIONS = [
  'exe',
  'dll',
  'js',
  'vbs',
  'ps1',
  'bat',
  'scr',
  'docm',
  'xlsm',
  'zip',
  'rar',
  '7z',
  'iso',
  'lnk',
] as const;

// Endings that mean "file", never "domain", in free text; some are also real TLDs (.zip, .md, .sh,
// .py), but in an incident report "invoice.zip" or "setup.py" is far more likely a file.
const FILE_ENDINGS = new Set<string>([
  ...SUSPICIOUS_FILE_EXTENSIONS,
  ...[
    'doc docx xls xlsx ppt pptx pdf txt rtf odt csv jpg jpeg png gif bmp svg htm html php asp aspx jsp',
    'log tmp bak dat bin cfg conf config ini json xml yml yaml sql db mov mp3 mp4 avi msi jar hta wsf',
    'md sh py ps rs so mk tf pm ml',
  ]
    .join(' ')
    .split(' '),
]);

// A bare word.word is a domain only with a TLD seen in practice, so that "TP.HCM", "xong.Sau"
// (missing space) or "Ths.Nguyen" stay prose. Defanged names and URL hosts need no such proof.
const KNOWN_TLDS = new Set<string>(
  [
    // Country codes (ISO 3166 plus .eu, .su, .ac, .uk).
    'ac ad ae af ag ai al am ao aq ar as at au aw ax az ba bb bd be bf bg bh bi bj bm bn bo br bs bt bw',
    'by bz ca cc cd cf cg ch ci ck cl cm cn co cr cu cv cw cx cy cz de dj dk dm do dz ec ee eg er es et',
    'eu fi fj fk fm fo fr ga gd ge gf gg gh gi gl gm gn gp gq gr gs gt gu gw gy hk hm hn hr ht hu id ie',
    'il im in io iq ir is it je jm jo jp ke kg kh ki km kn kp kr kw ky kz la lb lc li lk lr ls lt lu lv',
    'ly ma mc md me mg mh mk ml mm mn mo mp mq mr ms mt mu mv mw mx my mz na nc ne nf ng ni nl no np nr',
    'nu nz om pa pe pf pg ph pk pl pm pn pr ps pt pw py qa re ro rs ru rw sa sb sc sd se sg sh si sk sl',
    'sm sn so sr ss st su sv sx sy sz tc td tf tg th tj tk tl tm tn to tr tt tv tw tz ua ug uk us uy uz',
    'va vc ve vg vi vn vu wf ws ye yt za zm zw',
    // Generic TLDs common in legitimate and malicious traffic.
    'com net org info biz gov edu mil int name pro mobi asia tel travel jobs aero coop museum cat post',
    'top xyz online site shop store club icu buzz live life world today news app dev cloud link click',
    'space website fun host press tech email win bid loan download stream racing review date party',
    'trade science cricket faith men gdn kim ltd cam rest bar monster cyou sbs cfd quest lol work vip',
    'ink wang ren group company services support solutions network digital media agency center city',
    'global plus zone tools systems software page blog art design studio one best pw',
  ]
    .join(' ')
    .split(' '),
);

// Building blocks. `[.]`, `(.)`, `{.}`, `[dot]` are the usual defanged dots; `[@]`, `[at]` the @.
const DOT = String.raw`(?:\[\.\]|\(\.\)|\{\.\}|\[dot\]|\(dot\)|\.)`;
const AT = String.raw`(?:@|\[@\]|\(@\)|\[at\]|\(at\))`;
const LABEL = String.raw`[a-z0-9](?:[a-z0-9\-]{0,61}[a-z0-9])?`;
const HOSTNAME = `${LABEL}(?:${DOT}${LABEL})+`;
const OCTET = String.raw`(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)`;
// Lookbehinds also refuse a closing bracket so that a match never starts after a defanged dot.
// Letters include combining marks (\p{M}) so that text typed in decomposed Unicode still bounds a match.
const WORD = String.raw`\p{L}\p{M}\p{N}_`;
const PATH_CHAR = String.raw`[^\s<>"'“”‘’«»…()\[\]{}|\\^]`;

const URL_RE = new RegExp(
  String.raw`(?<![${WORD}])h(?:tt|xx)ps?(?::\/\/|\[:\]\/\/|\[:\/\/\])` +
    String.raw`(?:\[[0-9a-f:.]+\]|[\p{L}\p{M}\p{N}\-]+(?:${DOT}[\p{L}\p{M}\p{N}\-]+)*)(?::\d{1,5})?` +
    `(?:[/?#](?:${DOT}|${PATH_CHAR})*)?`,
  'giu',
);
const EMAIL_RE = new RegExp(
  String.raw`(?<![${WORD}.%+\-])[a-z0-9](?:[a-z0-9._%+\-]{0,62}[a-z0-9_%+\-])?${AT}${HOSTNAME}(?![${WORD}\-])`,
  'giu',
);
const IPV4_RE = new RegExp(
  String.raw`(?<![${WORD}.\])}])${OCTET}(?:${DOT}${OCTET}){3}(?![${WORD}]|${DOT}\d)`,
  'giu',
);
// A loose candidate (≥ 2 colons, one hex digit, optional dotted tail) checked by isIPv6.
const IPV6_RE = new RegExp(
  `(?<![${WORD}:.])(?=[0-9a-f]*:[0-9a-f]*:)(?=[0-9a-f:]*[0-9a-f])[0-9a-f:]{2,39}` +
    String.raw`(?:(?<=:)\d{1,3}(?:\.\d{1,3}){3})?(?![${WORD}.])`,
  'giu',
);
const HASH_RE = new RegExp(`(?<![${WORD}])(?:[0-9a-f]{64}|[0-9a-f]{40}|[0-9a-f]{32})(?![${WORD}])`, 'giu');
const DOMAIN_RE = new RegExp(String.raw`(?<![${WORD}@.\-\\\])}])${HOSTNAME}(?![${WORD}\-@])`, 'giu');
const NAME_CHAR = String.raw`[${WORD}~$#+\-]`;
const FILENAME_RE = new RegExp(
  String.raw`(?<![${WORD}~$#+.\-\])}])${NAME_CHAR}+(?:${DOT}${NAME_CHAR}+)*${DOT}` +
    `(?:${SUSPICIOUS_FILE_EXTENSIONS.join('|')})(?![${WORD}\\-]|\\.[${WORD}])`,
  'giu',
);
const DOT_SEPARATOR_RE = new RegExp(DOT, 'giu');

/** Undoes the usual defanging: hxxp → http, [.] (.) {.} [dot] → ., [@] [at] → @, [:] [://] → :, ://. */
export function refang(value: string): string {
  return value
    .replace(/^h(?:xx|tt)p(s?)(?=:|\[:)/i, 'http$1')
    .replace(/\[:\/\/\]/g, '://')
    .replace(/\[:\]|\(:\)/g, ':')
    .replace(new RegExp(DOT, 'gi'), '.')
    .replace(new RegExp(AT, 'gi'), '@');
}

/** The hash function a normalized hash comes from, told by its length. */
export function hashAlgorithm(hash: string): 'md5' | 'sha1' | 'sha256' | null {
  if (!/^[0-9a-f]+$/i.test(hash)) return null;
  return hash.length === 32 ? 'md5' : hash.length === 40 ? 'sha1' : hash.length === 64 ? 'sha256' : null;
}

/**
 * The normalized form of an observable typed in by hand, or null when it is not a valid value of
 * that kind. Manual entries are trusted more than free text: any alphabetic TLD and any file
 * extension are accepted.
 */
export function normalizeObservable(kind: ObservableKind, value: string): string | null {
  const text = value.trim();
  if (text.length === 0 || text.length > 2048) return null;
  switch (kind) {
    case 'ip':
      return normalizeIp(refang(text).replace(/^\[(.*)\]$/, '$1'));
    case 'domain': {
      const name = refang(text).toLowerCase().replace(/\.$/, '');
      return isDomain(name) ? name : null;
    }
    case 'url':
      return normalizeUrl(text);
    case 'hash':
      return hashAlgorithm(text) ? text.toLowerCase() : null;
    case 'email':
      return normalizeEmail(text);
    case 'filename': {
      const name = refang(text).toLowerCase();
      // A bare name: no path separators, no characters Windows forbids, not "." or "..".
      if (name.length > 255 || /[/\\:*?"<>|\p{Cc}]/u.test(name) || /^\.+$/.test(name)) return null;
      return name;
    }
  }
}

/**
 * Every observable in a free-text report, in order of appearance, each kind and normalized value
 * once. A URL's host (or an email's domain) is not reported again as a domain, nor its IP host as
 * an IP, unless it also appears on its own; the file a URL downloads is reported as a file name too.
 */
export function extractObservables(text: string): Observable[] {
  const source = text.normalize('NFC');
  const found: (Observable & { at: number })[] = [];
  const add = (kind: ObservableKind, value: string, normalized: string | null, at: number) => {
    if (normalized !== null) found.push({ kind, value, normalized, at });
  };
  // URLs and emails are found first and blanked out, so their parts are not found again.
  let rest = source;
  const blank = (start: number, end: number) => {
    rest = rest.slice(0, start) + ' '.repeat(end - start) + rest.slice(end);
  };

  for (const match of source.matchAll(URL_RE)) {
    const value = match[0].replace(/[.,;:!?]+$/, '');
    const normalized = normalizeUrl(value);
    if (normalized === null) continue;
    add('url', value, normalized, match.index);
    const file = /\/([^/?#]+)(?:[?#].*)?$/.exec(normalized.replace(/^https?:\/\/[^/]*/i, ''))?.[1];
    if (file && new RegExp(`^${FILENAME_RE.source}$`, 'iu').test(file)) {
      add('filename', file, normalizeObservable('filename', file), match.index);
    }
    blank(match.index, match.index + value.length);
  }
  for (const match of rest.matchAll(EMAIL_RE)) {
    const normalized = normalizeEmail(match[0]);
    add('email', match[0], normalized, match.index);
    if (normalized !== null) blank(match.index, match.index + match[0].length);
  }
  for (const match of rest.matchAll(IPV4_RE)) add('ip', match[0], normalizeIp(refang(match[0])), match.index);
  for (const match of rest.matchAll(IPV6_RE)) {
    // A colon that ends a sentence ("… fe80::1: …") is not part of the address.
    const value = match[0].endsWith(':') && !match[0].endsWith('::') ? match[0].slice(0, -1) : match[0];
    add('ip', value, normalizeIp(value), match.index);
  }
  for (const match of rest.matchAll(HASH_RE)) {
    // A long run of digits is an account or document number, not a hash.
    if (!/^\d+$/.test(match[0])) add('hash', match[0], match[0].toLowerCase(), match.index);
  }
  for (const match of rest.matchAll(DOMAIN_RE)) {
    const value = longestDomain(match[0]);
    if (value !== null) add('domain', value, refang(value).toLowerCase(), match.index);
  }
  for (const match of rest.matchAll(FILENAME_RE)) {
    add('filename', match[0], normalizeObservable('filename', match[0]), match.index);
  }

  const seen = new Set<string>();
  return found
    .sort((a, b) => a.at - b.at)
    .filter((o) => {
      const key = `${o.kind}\u0000${o.normalized}`;
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    })
    .map(({ kind, value, normalized }) => ({ kind, value, normalized }));
}

/**
 * The longest leading part of a dotted word that passes as a domain in prose, so that
 * "portal.gov.vn.Sau" (a missing space after the full stop) still yields "portal.gov.vn".
 */
function longestDomain(raw: string): string | null {
  const cuts = [...raw.matchAll(DOT_SEPARATOR_RE)].map((m) => m.index);
  // A domain has at most 127 labels (253 characters): longer runs of dots are never tried whole.
  for (let i = Math.min(cuts.length, 127); i >= 1; i--) {
    const candidate = i === cuts.length ? raw : raw.slice(0, cuts[i]);
    if (isProseDomain(candidate)) return candidate;
  }
  return null;
}

function isProseDomain(raw: string): boolean {
  const name = refang(raw).toLowerCase();
  if (!isDomain(name)) return false;
  const tld = name.slice(name.lastIndexOf('.') + 1);
  if (FILE_ENDINGS.has(tld)) return false;
  if (/[[({]/.test(raw)) return true; // defanged: someone marked it as an indicator
  // Two short all-capital words are an abbreviation ("TP.HCM", "Q.BT"), not a domain.
  return KNOWN_TLDS.has(tld) && !/^[A-Z]{1,4}\.[A-Z]{2,4}$/.test(raw);
}

function normalizeIp(value: string): string | null {
  if (isIPv4(value)) return value;
  return isIPv6(value) ? canonicalIPv6(value) : null;
}

/**
 * RFC 5952 text form: lowercase, no leading zeros, the longest run of ≥ 2 zero groups as "::",
 * an IPv4-mapped address with its dotted tail.
 */
function canonicalIPv6(value: string): string {
  let text = value.toLowerCase().replace(/%.*$/, '');
  const v4 = /(\d+)\.(\d+)\.(\d+)\.(\d+)$/.exec(text);
  if (v4) {
    const [a, b, c, d] = v4.slice(1).map(Number) as [number, number, number, number];
    text = `${text.slice(0, v4.index)}${((a << 8) | b).toString(16)}:${((c << 8) | d).toString(16)}`;
  }
  const [head = '', tail] = text.split('::');
  const parse = (part: string) => (part === '' ? [] : part.split(':').map((g) => Number.parseInt(g, 16)));
  const front = parse(head);
  const back = tail === undefined ? [] : parse(tail);
  const groups = [...front, ...Array<number>(8 - front.length - back.length).fill(0), ...back];

  if (groups.slice(0, 5).every((g) => g === 0) && groups[5] === 0xffff) {
    const [hi = 0, lo = 0] = groups.slice(6);
    return `::ffff:${hi >> 8}.${hi & 0xff}.${lo >> 8}.${lo & 0xff}`;
  }
  let bestStart = -1;
  let bestLength = 1;
  for (let i = 0; i < 8; i++) {
    let j = i;
    while (j < 8 && groups[j] === 0) j++;
    if (j - i > bestLength) [bestStart, bestLength] = [i, j - i];
    i = j;
  }
  const hex = groups.map((g) => g.toString(16));
  if (bestStart < 0) return hex.join(':');
  return `${hex.slice(0, bestStart).join(':')}::${hex.slice(bestStart + bestLength).join(':')}`;
}

/** Scheme and host lowercased; the path keeps its case, which servers and link shorteners honour. */
function normalizeUrl(value: string): string | null {
  const url = refang(value.trim());
  if (!isUrl(url)) return null;
  const match = /^(https?:\/\/[^/?#]+)(.*)$/i.exec(url);
  return match ? `${(match[1] ?? '').toLowerCase()}${match[2] ?? ''}` : null;
}

function normalizeEmail(value: string): string | null {
  const email = refang(value).toLowerCase();
  const at = email.lastIndexOf('@');
  const local = email.slice(0, at);
  const domain = email.slice(at + 1);
  if (at < 1 || !/^[a-z0-9._%+-]{1,64}$/.test(local) || /^\.|\.$|\.\./.test(local)) return null;
  return isDomain(domain) ? `${local}@${domain}` : null;
}
