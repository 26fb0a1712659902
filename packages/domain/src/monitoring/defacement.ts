import type { LocalizedText } from '../i18n-text.ts';

/**
 * Defacement detection (issue 10): a page's visible text and structure compared with a baseline a
 * person approved. Portals change every day (news, dates, visitor counters), so the comparison is
 * of normalised text shingles and tag-path shingles (Jaccard), and what raises the alarm is a large
 * change or a marker of a known kind of defacement that the baseline did not have.
 */

/** What the extractor (core/monitoring/page-extract.ts) keeps of a page. */
export interface PageSnapshot {
  /** Visible text blocks in page order, lower-cased with white space collapsed (dates and numbers kept). */
  lines: string[];
  /** Tag paths of the element tree (e.g. "body>div>ul>li"), in document order. */
  structure: string[];
  /** Hosts of external scripts, iframes and meta-refresh targets. */
  scriptHosts: string[];
  frameHosts: string[];
  redirectHost: string | null;
  /** The page's own host: scripts from it or its subdomains are not foreign. */
  host: string;
  title: string;
}

export type MarkerKind = 'hacked_text' | 'gambling_text' | 'foreign_script' | 'foreign_frame' | 'redirect';

export interface DefacementMarker {
  kind: MarkerKind;
  detail: string;
}

export const MARKER_LABELS: Record<MarkerKind, LocalizedText> = {
  hacked_text: { vi: 'Dòng chữ tin tặc để lại', en: "Attacker's signature text" },
  gambling_text: { vi: 'Nội dung cờ bạc, quảng cáo rác', en: 'Gambling or SEO-spam content' },
  foreign_script: { vi: 'Mã script lạ từ tên miền khác', en: 'Foreign script injected' },
  foreign_frame: { vi: 'Khung (iframe) lạ từ tên miền khác', en: 'Foreign iframe injected' },
  redirect: { vi: 'Chuyển hướng sang tên miền khác', en: 'Redirect to another domain' },
};

/** Signatures defacers leave (Vietnamese and English variants seen on defaced gov.vn sites). */
const HACKED_PHRASES = ['hacked by', 'defaced by', 'h4ck3d by', 'h4cked by', 'bị hack bởi', 'greetz to'];

/**
 * SEO-spam words injected into defaced Vietnamese government portals (gambling "nhà cái" pages,
 * slot games). Matched as whole words on lower-cased text with diacritics, so that "slot" does
 * not match "slots" inside an ordinary sentence about booking times, and only when new.
 */
const GAMBLING_WORDS = [
  'nhà cái',
  'cá cược',
  'cá độ',
  'nổ hũ',
  'tài xỉu',
  'bắn cá đổi thưởng',
  'game bài đổi thưởng',
  'lô đề',
  'soi cầu',
  'casino',
  'slot',
  'sòng bạc',
  'đá gà trực tuyến',
  'link vào',
  'đăng ký nhận',
  'bet88',
  'kubet',
  'fb88',
  'w88',
  '188bet',
  'jun88',
  'hi88',
  'okvip',
];

/** Shingle width in words; four is long enough that shared stop words do not look alike. */
const TEXT_SHINGLE = 4;
const STRUCTURE_SHINGLE = 3;
/** Text weighs more than structure: a theme change is not an attack, new words on the page may be. */
const TEXT_WEIGHT = 0.65;

const DATE_PATTERNS: RegExp[] = [
  /\b\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}\b/g,
  /\b\d{4}-\d{2}-\d{2}(t[\d:.]+z?)?\b/g,
  /\bngày\s+\d{1,2}\s+tháng\s+\d{1,2}(\s+năm\s+\d{4})?/g,
  /\b\d{1,2}:\d{2}(:\d{2})?\s*(am|pm|sa|ch)?\b/g,
  /\b(thứ\s+(hai|ba|tư|năm|sáu|bảy)|chủ\s+nhật)\b/g,
];

/** Lower-case, dates and times → «d», numbers and counters → «n», white space collapsed. */
export function normaliseLine(raw: string): string {
  let s = raw.normalize('NFC').toLowerCase();
  for (const p of DATE_PATTERNS) s = s.replace(p, ' «d» ');
  s = s.replace(/\d[\d.,]*/g, ' «n» ');
  return s.replace(/\s+/g, ' ').trim();
}

function hash(s: string): number {
  // FNV-1a 32-bit: stable and cheap; shingle sets are compared, not stored for security.
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

export function shingles(tokens: readonly string[], width: number): Set<number> {
  const out = new Set<number>();
  if (tokens.length === 0) return out;
  if (tokens.length < width) {
    out.add(hash(tokens.join(' ')));
    return out;
  }
  for (let i = 0; i + width <= tokens.length; i++) out.add(hash(tokens.slice(i, i + width).join(' ')));
  return out;
}

export function jaccard(a: ReadonlySet<number>, b: ReadonlySet<number>): number {
  if (a.size === 0 && b.size === 0) return 1;
  let inter = 0;
  const [small, large] = a.size < b.size ? [a, b] : [b, a];
  for (const x of small) if (large.has(x)) inter += 1;
  return inter / (a.size + b.size - inter);
}

/** Words of the page after dates, times and numbers are folded, so counters and news dates do not count as change. */
const words = (lines: readonly string[]) => lines.map(normaliseLine).join(' ').split(' ').filter(Boolean);

function containsWord(text: string, phrase: string): boolean {
  const at = text.indexOf(phrase);
  if (at < 0) return false;
  // Whole word: letters (any script) must not touch the phrase on either side.
  const before = at === 0 ? '' : text[at - 1]!;
  const after = text[at + phrase.length] ?? '';
  const letter = /\p{L}|\p{N}/u;
  if ((before && letter.test(before)) || (after && letter.test(after))) {
    return containsWord(text.slice(at + 1), phrase);
  }
  return true;
}

/** The site's registrable part, roughly: the last three labels for *.gov.vn-like names, else two. */
export function siteOf(host: string): string {
  const labels = host.toLowerCase().replace(/\.$/, '').split('.');
  if (/^\d+$/.test(labels.at(-1) ?? '')) return host;
  const n = labels.length >= 3 && labels.at(-1)!.length === 2 && labels.at(-2)!.length <= 3 ? 3 : 2;
  return labels.slice(-n).join('.');
}

function foreign(hosts: readonly string[], known: readonly string[], ownHost: string): string[] {
  const own = siteOf(ownHost);
  const seen = new Set(known.map(siteOf));
  return [...new Set(hosts.map((h) => h.toLowerCase()))].filter(
    (h) => siteOf(h) !== own && !seen.has(siteOf(h)),
  );
}

/** Markers present now and absent from the baseline. */
export function findMarkers(current: PageSnapshot, baseline: PageSnapshot | null): DefacementMarker[] {
  const text = `${current.title} ${current.lines.join(' ')}`;
  const before = baseline ? `${baseline.title} ${baseline.lines.join(' ')}` : '';
  const out: DefacementMarker[] = [];
  for (const phrase of HACKED_PHRASES)
    if (text.includes(phrase) && !before.includes(phrase)) out.push({ kind: 'hacked_text', detail: phrase });
  for (const word of GAMBLING_WORDS)
    if (containsWord(text, word) && !containsWord(before, word))
      out.push({ kind: 'gambling_text', detail: word });
  for (const host of foreign(current.scriptHosts, baseline?.scriptHosts ?? [], current.host))
    out.push({ kind: 'foreign_script', detail: host });
  for (const host of foreign(current.frameHosts, baseline?.frameHosts ?? [], current.host))
    out.push({ kind: 'foreign_frame', detail: host });
  if (current.redirectHost && foreign([current.redirectHost], [], current.host).length > 0)
    out.push({ kind: 'redirect', detail: current.redirectHost });
  return out;
}

export interface DefacementVerdict {
  textSimilarity: number;
  structureSimilarity: number;
  /** Weighted similarity 0..1 compared with the threshold. */
  similarity: number;
  markers: DefacementMarker[];
  defaced: boolean;
}

export function compareWithBaseline(
  baseline: PageSnapshot,
  current: PageSnapshot,
  threshold: number,
): DefacementVerdict {
  const textSimilarity = jaccard(
    shingles(words(baseline.lines), TEXT_SHINGLE),
    shingles(words(current.lines), TEXT_SHINGLE),
  );
  const structureSimilarity = jaccard(
    shingles(baseline.structure, STRUCTURE_SHINGLE),
    shingles(current.structure, STRUCTURE_SHINGLE),
  );
  const similarity = TEXT_WEIGHT * textSimilarity + (1 - TEXT_WEIGHT) * structureSimilarity;
  const markers = findMarkers(current, baseline);
  const round = (n: number) => Math.round(n * 1000) / 1000;
  return {
    textSimilarity: round(textSimilarity),
    structureSimilarity: round(structureSimilarity),
    similarity: round(similarity),
    markers,
    defaced: similarity < threshold || markers.length > 0,
  };
}
