import { foldVietnamese } from '../text/normalize.ts';
import { compareVersions, releaseNumbers } from './version-compare.ts';

// Which inventory products a warning's affected products name (issue 11: targeting "the units
// whose inventory lists an affected product and version"). Names are compared loosely, the way
// people and CVE records write them ("Apache Software Foundation" / "Apache HTTP Server" is
// "apache" / "http_server" in CPE); versions by ranges as advisories write them.

/** A version range as written in an advisory, parsed. */
export type VersionRange =
  | { kind: 'any' }
  | { kind: 'exact'; version: string }
  | { kind: 'prefix'; parts: number[] }
  | {
      kind: 'range';
      min: { version: string; inclusive: boolean } | null;
      max: { version: string; inclusive: boolean } | null;
    };

const VERSION = '[0-9A-Za-z][0-9A-Za-z.:~+_-]*';
const BOUND_RE = new RegExp(String.raw`(<=|>=|<|>|=|≤|≥)\s*(${VERSION})`, 'g');

/**
 * "*", "", "2.4.*", "2.4.x", "2.4.1", "= 2.4.1", "< 2.4.58", "<= 2.4.57", ">= 1.0 < 2.0",
 * ">=1.0, <2.0", "2.4.0–2.4.57", "2.4.0 - 2.4.57"; null when the text is none of these.
 */
export function parseVersionRange(text: string): VersionRange | null {
  const s = text.trim();
  if (s === '' || s === '*' || s === '-' || /^(any|all|mọi|tất cả)$/i.test(s)) return { kind: 'any' };
  const wildcard = /^(\d+(?:\.\d+)*)\.(?:\*|x)$/i.exec(s);
  if (wildcard) return { kind: 'prefix', parts: wildcard[1]!.split('.').map(Number) };
  const span =
    new RegExp(String.raw`^(${VERSION}?)\s*[–—]\s*(${VERSION})$`).exec(s) ??
    new RegExp(String.raw`^(${VERSION})\s+(?:-|to|đến)\s+(${VERSION})$`, 'i').exec(s);
  if (span && /^\d/.test(span[1]!) && /^\d/.test(span[2]!))
    return {
      kind: 'range',
      min: { version: span[1]!, inclusive: true },
      max: { version: span[2]!, inclusive: true },
    };
  if (/^[<>=≤≥]/.test(s)) {
    let min: { version: string; inclusive: boolean } | null = null;
    let max: { version: string; inclusive: boolean } | null = null;
    let consumed = '';
    for (const m of s.matchAll(BOUND_RE)) {
      consumed += m[0];
      const op = m[1]!;
      const version = m[2]!.replace(/,$/, '');
      if (op === '=') return { kind: 'exact', version };
      if (op === '<' || op === '<=' || op === '≤') {
        if (max) return null;
        max = { version, inclusive: op !== '<' };
      } else {
        if (min) return null;
        min = { version, inclusive: op !== '>' };
      }
    }
    // Everything but separators must have been read: "< 2.0 garbage" is no range.
    const rest = s.replace(BOUND_RE, '').replace(/[\s,;&]|and|và/gi, '');
    if (consumed === '' || rest !== '') return null;
    return { kind: 'range', min, max };
  }
  if (new RegExp(`^${VERSION}$`).test(s) && /\d/.test(s)) return { kind: 'exact', version: s };
  return null;
}

/** Whether a version falls in a range. An unknown installed version never matches a bounded range. */
export function versionInRange(version: string | null | undefined, range: VersionRange): boolean {
  if (range.kind === 'any') return true;
  if (!version || version.trim() === '' || version.trim() === '*' || version.trim() === '-') return false;
  if (range.kind === 'exact') return compareVersions(version, range.version) === 0;
  if (range.kind === 'prefix') {
    const parts = releaseNumbers(version);
    return range.parts.every((p, i) => parts[i] === p);
  }
  if (range.min) {
    const c = compareVersions(version, range.min.version);
    if (c < 0 || (c === 0 && !range.min.inclusive)) return false;
  }
  if (range.max) {
    const c = compareVersions(version, range.max.version);
    if (c > 0 || (c === 0 && !range.max.inclusive)) return false;
  }
  return true;
}

// ---------------------------------------------------------------------------------------------
// CVE JSON 5 `affected[].versions[]` → ranges.

export interface CveVersionEntry {
  version: string;
  status: 'affected' | 'unaffected' | 'unknown';
  versionType?: string;
  lessThan?: string;
  lessThanOrEqual?: string;
}

/**
 * The range text of one CVE 5 version entry, or null when it says nothing we can test
 * (unaffected, unknown, git commits). "version 0" or "*" with lessThan means "everything before".
 */
export function cveVersionRange(entry: CveVersionEntry): string | null {
  if (entry.status !== 'affected') return null;
  if (entry.versionType === 'git') return null;
  const start = entry.version.trim();
  const open = start === '0' || start === '*' || start === '' || start === 'n/a';
  const upper = entry.lessThan
    ? `< ${entry.lessThan}`
    : entry.lessThanOrEqual
      ? `<= ${entry.lessThanOrEqual}`
      : null;
  if (upper && (entry.lessThan === '*' || entry.lessThanOrEqual === '*')) return open ? '*' : `>= ${start}`;
  if (upper) return open ? upper : `>= ${start} ${upper}`;
  if (open) return start === '*' || start === '' ? '*' : null;
  return start;
}

// ---------------------------------------------------------------------------------------------
// CPE 2.3 formatted strings: cpe:2.3:part:vendor:product:version:update:edition:language:…

export interface CpeName {
  part: string;
  vendor: string;
  product: string;
  version: string;
}

/** The first fields of a CPE 2.3 formatted string (escaped colons kept), or null. */
export function parseCpe(text: string): CpeName | null {
  const s = text.trim();
  if (!/^cpe:2\.3:[aho*-]:/i.test(s)) return null;
  const fields: string[] = [];
  let current = '';
  for (let i = 0; i < s.length; i++) {
    const ch = s[i]!;
    if (ch === '\\' && i + 1 < s.length) {
      current += s[i + 1];
      i++;
    } else if (ch === ':') {
      fields.push(current);
      current = '';
    } else current += ch;
  }
  fields.push(current);
  if (fields.length < 6) return null;
  const [, , part, vendor, product, version] = fields as [string, string, string, string, string, string];
  if (!vendor || !product) return null;
  return { part: part.toLowerCase(), vendor: vendor.toLowerCase(), product: product.toLowerCase(), version };
}

// ---------------------------------------------------------------------------------------------
// Names.

const NOISE = new Set([
  'the',
  'inc',
  'corp',
  'corporation',
  'co',
  'ltd',
  'llc',
  'gmbh',
  'software',
  'foundation',
  'project',
  'group',
  'company',
  'technologies',
  'systems',
  'org',
  'jsc',
  'cong',
  'ty',
]);

function words(text: string): string[] {
  return foldVietnamese(text)
    .replace(/[^a-z0-9]+/g, ' ')
    .split(' ')
    .filter((w) => w.length > 0);
}

/** Vendor words without legal forms: "Apache Software Foundation" → ["apache"]. */
export function vendorWords(vendor: string): string[] {
  const w = words(vendor).filter((x) => !NOISE.has(x));
  return w.length > 0 ? w : words(vendor);
}

/**
 * The comparable key of a product name: its words without the vendor's words, joined by "_"
 * ("Apache HTTP Server" of "Apache" → "http_server", CPE "http_server" → "http_server").
 * The inventory stores it, so that candidates are found by an index, not by reading every product.
 */
export function productKey(vendor: string, product: string): string {
  const vw = new Set(vendorWords(vendor));
  const pw = words(product);
  const kept = pw.filter((w) => !vw.has(w));
  return (kept.length > 0 ? kept : pw).join('_');
}

/** Two vendor names name the same vendor when the words of one contain the other's. */
export function sameVendor(a: string, b: string): boolean {
  const x = vendorWords(a);
  const y = vendorWords(b);
  if (x.length === 0 || y.length === 0) return true;
  const [small, big] = x.length <= y.length ? [x, new Set(y)] : [y, new Set(x)];
  return small.every((w) => big.has(w));
}

// ---------------------------------------------------------------------------------------------
// The match.

export interface InstalledProduct {
  vendor: string;
  product: string;
  version: string | null;
  cpe?: string | null;
}

export interface AffectedProduct {
  vendor: string;
  product: string;
  /** Range text as written ("< 2.4.58"); empty means every version. */
  versionRange: string;
  cpe?: string | null;
}

/** The vendor, product and version an entry stands for, its CPE name filling what is missing. */
function identity(p: { vendor: string; product: string; cpe?: string | null | undefined }) {
  const cpe = p.cpe ? parseCpe(p.cpe) : null;
  const vendor = p.vendor.trim() || cpe?.vendor || '';
  const product = p.product.trim() || cpe?.product || '';
  return { cpe, vendor, product, key: productKey(vendor, product) };
}

/** The product key under which an inventory entry is stored (see productKey). */
export function installedProductKey(p: InstalledProduct): string {
  return identity(p).key;
}

/** The keys an affected product may be stored under: its name's and its CPE name's. */
export function affectedProductKeys(p: AffectedProduct): string[] {
  const id = identity(p);
  const keys = new Set([id.key]);
  if (id.cpe) keys.add(productKey(id.cpe.vendor, id.cpe.product));
  return [...keys].filter((k) => k !== '');
}

/**
 * Whether an installed product is one an advisory names as affected. With CPE names on both
 * sides, vendor and product must be equal and the CPE version (when not "*") must be equal;
 * otherwise names are compared loosely and the version tested against the range.
 */
export function productAffected(installed: InstalledProduct, affected: AffectedProduct): boolean {
  const a = identity(installed);
  const b = identity(affected);
  const version = installed.version?.trim() || (a.cpe && a.cpe.version !== '*' ? a.cpe.version : null);
  if (a.cpe && b.cpe) {
    if (a.cpe.vendor !== b.cpe.vendor || a.cpe.product !== b.cpe.product) return false;
    const pinned = b.cpe.version;
    if (
      pinned !== '*' &&
      pinned !== '-' &&
      pinned !== '' &&
      (!version || compareVersions(version, pinned) !== 0)
    )
      return false;
  } else {
    const keysB = new Set(affectedProductKeys(affected));
    const keysA = [a.key, ...(a.cpe ? [productKey(a.cpe.vendor, a.cpe.product)] : [])];
    if (!keysA.some((k) => keysB.has(k))) return false;
    if (!sameVendor(a.vendor, b.vendor)) return false;
  }
  const range = parseVersionRange(affected.versionRange);
  return range !== null && versionInRange(version, range);
}
