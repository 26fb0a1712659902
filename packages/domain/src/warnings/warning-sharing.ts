import { DomainError } from '../errors.ts';
import type { ObservableKind } from '../incidents/observables.ts';
import type { Advisory, Shareable } from '../sharing/advisory.ts';
import type { Tlp } from '../sharing/tlp.ts';
import { parseVersionRange } from './product-match.ts';
import { CVE_ID_PATTERN, type TlpLevel, type WarningDraft } from './warning.ts';

// Warnings and threat sharing (issue 11): a MISP event or STIX bundle (parsed by sharing/import.ts
// into an Advisory) becomes a warning draft, and a warning exports as a Shareable. Warnings write
// TLP in capitals ("AMBER+STRICT"), the sharing module in lower case ("amber+strict").

/** What a warning draft may hold (warning.ts): beyond this an import is refused, never cut. */
const DRAFT_CAPS = { indicators: 1000, cves: 200, products: 200 } as const;

export function warningTlpOf(tlp: Tlp): TlpLevel {
  return tlp.toUpperCase() as TlpLevel;
}
export function sharingTlpOf(tlp: TlpLevel | string): Tlp {
  return tlp.toLowerCase() as Tlp;
}

/**
 * An advisory as a new warning draft: title, description, severity, TLP, CVEs, indicators and the
 * affected products (a version the range syntax does not read becomes "*", so the office sees the
 * product and narrows it before publishing). TLP:RED is sent to hand-picked units only, so such a
 * draft starts with no unit chosen. More indicators, CVEs or products than a warning holds refuse
 * the whole document (sharing.too_many), nothing is cut silently.
 */
export function warningDraftFromAdvisory(advisory: Advisory): WarningDraft {
  const cveRe = new RegExp(CVE_ID_PATTERN);
  const cves = [...new Set(advisory.cves.map((c) => c.toUpperCase()))].filter((c) => cveRe.test(c));
  const indicators = [...new Map(advisory.indicators.map((i) => [`${i.type}|${i.value}`, i])).values()].map(
    (i) => ({ type: i.type as ObservableKind, value: i.value }),
  );
  const products = advisory.products.map((p) => {
    const version = (p.version ?? '').trim();
    return {
      vendor: (p.vendor ?? '').slice(0, 200),
      product: p.product.slice(0, 200),
      versionRange: version && parseVersionRange(version) !== null ? version.slice(0, 200) : '*',
      ...(p.cpe ? { cpe: p.cpe.slice(0, 400) } : {}),
    };
  });
  for (const [what, n] of [
    ['indicators', indicators.length],
    ['cves', cves.length],
    ['products', products.length],
  ] as const) {
    if (n > DRAFT_CAPS[what]) throw new DomainError('sharing.too_many', { what, max: DRAFT_CAPS[what] });
  }
  const tlp = warningTlpOf(advisory.tlp);
  const format = advisory.format === 'misp' ? 'MISP' : 'STIX 2.1';
  return {
    title: advisory.title.trim().slice(0, 300) || `${format}`,
    description: advisory.description.slice(0, 20_000),
    ...(advisory.severity ? { severity: advisory.severity } : {}),
    tlp,
    cves,
    indicators,
    products,
    targeting: tlp === 'RED' ? { mode: 'units', unitIds: [] } : { mode: 'products' },
    sourceRef: `${format}: ${advisory.title.trim()}`.slice(0, 200),
  };
}

/** A warning as the exporters take it; the key gives stable ids across re-exports. */
export function shareableOfWarning(
  w: {
    id: string;
    code: string;
    title: string;
    description: string;
    tlp: string;
    cves: string[];
    created: string;
    modified: string;
  },
  indicators: readonly { kind: string; normalized: string }[],
): Shareable {
  return {
    key: `warning:${w.id}`,
    title: `${w.code} — ${w.title}`,
    description: w.description,
    tlp: sharingTlpOf(w.tlp),
    created: w.created,
    modified: w.modified,
    indicators: indicators.map((i) => ({ type: i.kind as ObservableKind, value: i.normalized })),
    cves: w.cves,
  };
}
