import { type Static, type TSchema, Type } from '@sinclair/typebox';
import type { ObservableKind } from '../incidents/observables.ts';
import { type Advisory, SHARING_LIMITS } from './advisory.ts';
import { AdvisoryCollector, checkDocumentShape, requireShape } from './import-common.ts';
import { productOfCpe } from './misp.ts';
import { parseStixPattern } from './stix-pattern.ts';
import { parseTlpName, STIX_TLP2_EXTENSION, type Tlp, tlpOfStixMarkingId } from './tlp.ts';

// STIX 2.1 (OASIS, 2021): a bundle of objects. Read here: indicators (STIX patterns), the cyber
// observables themselves, malware, vulnerabilities (CVE external references), software, reports
// and groupings (title, description), relationships (indicator "indicates" malware) and the TLP
// marking definitions by the well-known ids, a "tlp" definition or the TLP 2.0 extension.

const Text = (max: number) => Type.String({ maxLength: max });
const Refs = Type.Optional(Type.Array(Text(300), { maxItems: 1000 }));
const Base = {
  type: Text(250),
  id: Text(300),
  object_marking_refs: Refs,
  granular_markings: Type.Optional(
    Type.Array(Type.Object({ marking_ref: Type.Optional(Text(300)) }), { maxItems: 1000 }),
  ),
};
const BundleSchema = Type.Object({
  type: Type.Literal('bundle'),
  id: Type.String({ pattern: '^bundle--', maxLength: 300 }),
  objects: Type.Array(Type.Object(Base), { maxItems: SHARING_LIMITS.maxItems }),
});
const ExternalRefs = Type.Optional(
  Type.Array(Type.Object({ source_name: Text(500), external_id: Type.Optional(Text(500)) }), {
    maxItems: 1000,
  }),
);
const SHAPES: Record<string, TSchema> = {
  indicator: Type.Object({
    ...Base,
    pattern: Text(20_000),
    pattern_type: Type.Optional(Text(100)),
    name: Type.Optional(Text(1000)),
    description: Type.Optional(Text(10_000)),
  }),
  malware: Type.Object({ ...Base, name: Type.Optional(Text(500)), aliases: Refs }),
  vulnerability: Type.Object({ ...Base, name: Text(500), external_references: ExternalRefs }),
  relationship: Type.Object({
    ...Base,
    relationship_type: Text(200),
    source_ref: Text(300),
    target_ref: Text(300),
  }),
  'marking-definition': Type.Object({
    ...Base,
    name: Type.Optional(Text(500)),
    definition_type: Type.Optional(Text(100)),
    definition: Type.Optional(Type.Object({ tlp: Type.Optional(Text(50)) })),
    extensions: Type.Optional(Type.Record(Type.String(), Type.Object({ tlp_2_0: Type.Optional(Text(50)) }))),
  }),
  report: Type.Object({ ...Base, name: Text(1000), description: Type.Optional(Text(20_000)) }),
  grouping: Type.Object({
    ...Base,
    name: Type.Optional(Text(1000)),
    description: Type.Optional(Text(20_000)),
  }),
  software: Type.Object({
    ...Base,
    name: Text(500),
    vendor: Type.Optional(Text(500)),
    version: Type.Optional(Text(200)),
    cpe: Type.Optional(Text(500)),
  }),
  file: Type.Object({
    ...Base,
    name: Type.Optional(Text(1000)),
    hashes: Type.Optional(Type.Record(Type.String(), Text(200))),
  }),
};
const VALUE_SCO: Record<string, ObservableKind> = {
  'ipv4-addr': 'ip',
  'ipv6-addr': 'ip',
  'domain-name': 'domain',
  url: 'url',
  'email-addr': 'email',
};
for (const type of Object.keys(VALUE_SCO)) SHAPES[type] = Type.Object({ ...Base, value: Text(4096) });

/** Types of STIX 2.1 this importer knows and has no use for: read past without a warning. */
const KNOWN_UNUSED = new Set([
  'identity',
  'attack-pattern',
  'campaign',
  'course-of-action',
  'infrastructure',
  'intrusion-set',
  'location',
  'malware-analysis',
  'note',
  'observed-data',
  'opinion',
  'sighting',
  'threat-actor',
  'tool',
  'incident',
  'language-content',
  'extension-definition',
  'artifact',
  'autonomous-system',
  'directory',
  'email-message',
  'mac-addr',
  'mutex',
  'network-traffic',
  'process',
  'user-account',
  'windows-registry-key',
  'x509-certificate',
]);

type StixObject = Static<typeof BundleSchema>['objects'][number] & Record<string, unknown>;

/** The TLP a marking-definition object states, if it is a TLP marking. */
function tlpOfMarking(o: StixObject): Tlp | null {
  const known = tlpOfStixMarkingId(o.id);
  if (known) return known;
  const ext = (o.extensions as Record<string, { tlp_2_0?: string }> | undefined)?.[STIX_TLP2_EXTENSION];
  if (ext?.tlp_2_0) return parseTlpName(ext.tlp_2_0);
  if (o.definition_type === 'tlp') {
    const tlp = (o.definition as { tlp?: string } | undefined)?.tlp;
    if (tlp) return parseTlpName(tlp);
  }
  return typeof o.name === 'string' && /^tlp:/i.test(o.name) ? parseTlpName(o.name) : null;
}

/** A STIX 2.1 bundle as an advisory; throws a coded error for anything malformed. */
export function parseStixBundle(document: unknown): Advisory {
  checkDocumentShape(document);
  requireShape(BundleSchema, document, '');
  const objects = (document as { objects: StixObject[] }).objects;
  objects.forEach((o, i) => {
    const shape = SHAPES[o.type];
    if (shape) requireShape(shape, o, `/objects/${i}`);
  });
  const out = new AdvisoryCollector();
  // Markings first: an object may refer to a definition that comes later in the bundle.
  const markings = new Map<string, Tlp>();
  for (const o of objects) {
    if (o.type !== 'marking-definition') continue;
    const tlp = tlpOfMarking(o);
    if (tlp) markings.set(o.id, tlp);
  }
  const byId = new Map(objects.map((o) => [o.id, o]));
  const titles: string[] = [];
  const descriptions: string[] = [];
  const patternTerms = new Map<string, { kind: ObservableKind; value: string }[]>();

  objects.forEach((o, i) => {
    const at = `/objects/${i}`;
    // Object and granular markings alike: a granular TLP on part of an object still binds the whole.
    for (const ref of [
      ...(o.object_marking_refs ?? []),
      ...(o.granular_markings ?? []).map((g) => g.marking_ref ?? ''),
    ]) {
      const tlp = markings.get(ref) ?? tlpOfStixMarkingId(ref);
      if (tlp) out.mark(tlp);
    }
    const valueKind = VALUE_SCO[o.type];
    if (valueKind) {
      out.indicator(valueKind, String(o.value), `${at}/value`);
      return;
    }
    switch (o.type) {
      case 'indicator': {
        const patternType = typeof o.pattern_type === 'string' ? o.pattern_type : 'stix';
        if (patternType !== 'stix') {
          out.skip('pattern-type', `${patternType}: ${String(o.pattern).slice(0, 60)}`);
          return;
        }
        const parsed = parseStixPattern(String(o.pattern));
        if (!parsed.ok) {
          out.skip('pattern', `${String(o.pattern).slice(0, 60)} (${parsed.reason})`);
          return;
        }
        const comment = [o.name, o.description].filter((x) => typeof x === 'string' && x).join(' — ');
        for (const term of parsed.terms)
          out.indicator(term.kind, term.value, `${at}/pattern`, comment || undefined);
        patternTerms.set(o.id, parsed.terms);
        return;
      }
      case 'file': {
        const hashes = (o.hashes ?? {}) as Record<string, string>;
        for (const [algorithm, value] of Object.entries(hashes)) {
          if (/^(MD5|SHA-?1|SHA-?256)$/i.test(algorithm)) out.indicator('hash', value, `${at}/hashes`);
        }
        if (typeof o.name === 'string') out.indicator('filename', o.name, `${at}/name`);
        return;
      }
      case 'malware':
        if (typeof o.name === 'string') out.malwareName(o.name);
        return;
      case 'vulnerability': {
        for (const ref of (o.external_references ?? []) as { source_name: string; external_id?: string }[]) {
          if (ref.source_name.toLowerCase() === 'cve' && ref.external_id) out.cve(ref.external_id);
        }
        if (/^CVE-\d{4}-\d+$/i.test(String(o.name))) out.cve(String(o.name));
        return;
      }
      case 'software': {
        const product = o.cpe ? productOfCpe(String(o.cpe)) : null;
        out.product({
          ...(o.vendor
            ? { vendor: String(o.vendor).slice(0, 200) }
            : product?.vendor
              ? { vendor: product.vendor }
              : {}),
          product: String(o.name).slice(0, 200),
          ...(o.version ? { version: String(o.version).slice(0, 100) } : {}),
          ...(o.cpe ? { cpe: String(o.cpe).slice(0, 500) } : {}),
        });
        return;
      }
      case 'report':
      case 'grouping':
        if (typeof o.name === 'string') titles.push(o.name);
        if (typeof o.description === 'string') descriptions.push(o.description);
        return;
      case 'relationship':
      case 'marking-definition':
        return;
      default:
        if (!KNOWN_UNUSED.has(o.type)) out.skip('unknown-type', o.type);
    }
  });

  // "indicator indicates malware": the malware's name goes into the indicator's comment.
  for (const o of objects) {
    if (o.type !== 'relationship' || o.relationship_type !== 'indicates') continue;
    const target = byId.get(String(o.target_ref));
    const terms = patternTerms.get(String(o.source_ref));
    if (!target || !terms || typeof target.name !== 'string') continue;
    for (const term of terms) out.annotate(term.kind, term.value, `indicates ${target.name}`);
  }

  const firstIndicatorName = objects.find((o) => o.type === 'indicator' && typeof o.name === 'string')?.name;
  return out.finish({
    format: 'stix',
    title:
      titles[0] ?? (typeof firstIndicatorName === 'string' ? firstIndicatorName : `STIX ${objects.length}`),
    description: descriptions.join('\n\n'),
  });
}
