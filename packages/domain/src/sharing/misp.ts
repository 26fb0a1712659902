import { type Static, Type } from '@sinclair/typebox';
import { DomainError } from '../errors.ts';
import { hashAlgorithm, type ObservableKind } from '../incidents/observables.ts';
import { type Advisory, SHARING_LIMITS, type Shareable, type SharingOffice } from './advisory.ts';
import { AdvisoryCollector, checkDocumentShape, requireShape } from './import-common.ts';
import { mispTlpTag, parseTlpName } from './tlp.ts';
import { UNGCUU_NAMESPACE, uuidV5 } from './uuid5.ts';

// MISP core format (draft-dulaunoy-misp-core-format): an event with attributes (type, category,
// value, to_ids), objects grouping attributes, tags (the "tlp" taxonomy among them) and galaxies.

const Text = (max: number) => Type.String({ maxLength: max });
const Scalar = Type.Union([Type.String({ maxLength: 50 }), Type.Integer(), Type.Boolean()]);
const MispTag = Type.Object({ name: Text(500) });
const Tags = Type.Optional(Type.Array(MispTag, { maxItems: 500 }));
const MispAttribute = Type.Object({
  type: Text(100),
  value: Text(4096),
  comment: Type.Optional(Text(10_000)),
  deleted: Type.Optional(Scalar),
  to_ids: Type.Optional(Scalar),
  Tag: Tags,
});
const Attributes = Type.Optional(Type.Array(MispAttribute, { maxItems: SHARING_LIMITS.maxItems }));
const MispEventSchema = Type.Object({
  Event: Type.Object({
    info: Text(10_000),
    threat_level_id: Type.Optional(Scalar),
    analysis: Type.Optional(Scalar),
    date: Type.Optional(Text(40)),
    Tag: Tags,
    Attribute: Attributes,
    Object: Type.Optional(
      Type.Array(
        Type.Object({ name: Text(200), comment: Type.Optional(Text(10_000)), Attribute: Attributes }),
        { maxItems: SHARING_LIMITS.maxItems },
      ),
    ),
    Galaxy: Type.Optional(
      Type.Array(
        Type.Object({
          type: Type.Optional(Text(200)),
          name: Type.Optional(Text(200)),
          GalaxyCluster: Type.Optional(Type.Array(Type.Object({ value: Text(500) }), { maxItems: 1000 })),
        }),
        { maxItems: 200 },
      ),
    ),
  }),
});

type MispAttributeValue = {
  type: string;
  value: string;
  comment?: string;
  deleted?: unknown;
  Tag?: { name: string }[];
};

/** MISP attribute types → the observable kinds they carry (a composite "a|b" type carries two). */
const SINGLE: Record<string, ObservableKind> = {
  'ip-src': 'ip',
  'ip-dst': 'ip',
  domain: 'domain',
  hostname: 'domain',
  url: 'url',
  uri: 'url',
  md5: 'hash',
  sha1: 'hash',
  sha256: 'hash',
  filename: 'filename',
  email: 'email',
  'email-src': 'email',
  'email-dst': 'email',
  'email-reply-to': 'email',
  'whois-registrant-email': 'email',
};
const COMPOSITE: Record<string, [ObservableKind | null, ObservableKind | null]> = {
  'ip-src|port': ['ip', null],
  'ip-dst|port': ['ip', null],
  'domain|ip': ['domain', 'ip'],
  'hostname|port': ['domain', null],
  'filename|md5': ['filename', 'hash'],
  'filename|sha1': ['filename', 'hash'],
  'filename|sha256': ['filename', 'hash'],
};
/** Types that are context, not indicators: read without a warning. */
const CONTEXT = new Set(['text', 'comment', 'link', 'other', 'datetime', 'counter', 'size-in-bytes', 'port']);

const THREAT_LEVELS: Record<string, Advisory['severity']> = { '1': 'high', '2': 'medium', '3': 'low' };

/** A MISP event JSON ({"Event": …}) as an advisory; throws a coded error for anything malformed. */
export function parseMispEvent(document: unknown): Advisory {
  checkDocumentShape(document);
  requireShape(MispEventSchema, document, '');
  const event = (document as Static<typeof MispEventSchema>).Event;
  const notes: string[] = [];
  const out = new AdvisoryCollector();
  const readTags = (tags: { name: string }[] | undefined) => {
    for (const tag of tags ?? []) {
      if (/^tlp\s*:/i.test(tag.name)) {
        const tlp = parseTlpName(tag.name);
        if (tlp) out.mark(tlp);
      }
    }
  };
  readTags(event.Tag);
  const readAttribute = (a: MispAttributeValue, at: string, context?: string) => {
    readTags(a.Tag);
    if (a.deleted === true || a.deleted === 1 || a.deleted === '1') {
      out.skip('deleted', `${a.type}: ${a.value}`);
      return;
    }
    const comment = [context, a.comment].filter(Boolean).join(' — ') || undefined;
    const type = a.type.toLowerCase();
    const single = SINGLE[type];
    if (single) {
      if (single === 'hash' && hashAlgorithm(a.value.trim()) === null) {
        out.indicator('hash', a.value, `${at}/value`); // refused with its path
      }
      out.indicator(single, a.value, `${at}/value`, comment);
      return;
    }
    const pair = COMPOSITE[type];
    if (pair) {
      const [first, second] = a.value.split('|');
      if (pair[0] && first) out.indicator(pair[0], first, `${at}/value`, comment);
      if (pair[1] && second) out.indicator(pair[1], second, `${at}/value`, comment);
      if (!first || (pair[1] && !second)) {
        out.indicator(pair[0] ?? 'ip', a.value, `${at}/value`); // "a|b" without its second half
      }
      return;
    }
    if ((type === 'comment' || type === 'text') && context === undefined) {
      notes.push(a.value.slice(0, 5000));
      return;
    }
    if (type === 'vulnerability') return out.cve(a.value);
    if (type === 'cpe') return out.product(productOfCpe(a.value));
    if (type === 'malware-type' || type === 'malware-sample') {
      out.malwareName(a.value.split('|')[0] ?? a.value);
      return;
    }
    if (!CONTEXT.has(type)) out.skip('unknown-type', `${a.type}: ${a.value}`);
  };
  for (const [i, a] of (event.Attribute ?? []).entries()) readAttribute(a, `/Event/Attribute/${i}`);
  let count = event.Attribute?.length ?? 0;
  (event.Object ?? []).forEach((o, i) => {
    count += o.Attribute?.length ?? 0;
    if (count > SHARING_LIMITS.maxItems) {
      throw new DomainError('sharing.too_many', { what: 'attributes', max: SHARING_LIMITS.maxItems });
    }
    if (o.name === 'vulnerability') {
      for (const a of o.Attribute ?? [])
        if (a.type === 'vulnerability' || /^CVE-/i.test(a.value)) out.cve(a.value);
    }
    for (const [j, a] of (o.Attribute ?? []).entries()) {
      readAttribute(a, `/Event/Object/${i}/Attribute/${j}`, o.name);
    }
  });
  for (const galaxy of event.Galaxy ?? []) {
    const kind = `${galaxy.type ?? ''} ${galaxy.name ?? ''}`.toLowerCase();
    if (!/malware|ransomware|malpedia|rat|backdoor|stealer|botnet/.test(kind)) continue;
    for (const cluster of galaxy.GalaxyCluster ?? []) out.malwareName(cluster.value);
  }
  const severity = THREAT_LEVELS[String(event.threat_level_id ?? '')];
  return out.finish({
    format: 'misp',
    title: event.info,
    description: notes.join('\n\n'),
    ...(severity ? { severity } : {}),
  });
}

/** cpe:2.3:a:apache:http_server:2.4.57:… → vendor, product, version. */
export function productOfCpe(cpe: string) {
  const parts = cpe.trim().split(':');
  const [vendor, product, version] = cpe.startsWith('cpe:2.3:') ? parts.slice(3, 6) : parts.slice(2, 5);
  const clean = (v: string | undefined) => (v && v !== '*' && v !== '-' ? v.slice(0, 200) : undefined);
  return {
    ...(clean(vendor) ? { vendor: clean(vendor) } : {}),
    product: clean(product) ?? cpe.slice(0, 200),
    ...(clean(version) ? { version: clean(version)!.slice(0, 100) } : {}),
    cpe: cpe.slice(0, 500),
  };
}

const MISP_TYPES: Record<ObservableKind, (value: string) => { type: string; category: string }> = {
  ip: () => ({ type: 'ip-dst', category: 'Network activity' }),
  domain: () => ({ type: 'domain', category: 'Network activity' }),
  url: () => ({ type: 'url', category: 'Network activity' }),
  email: () => ({ type: 'email-src', category: 'Payload delivery' }),
  filename: () => ({ type: 'filename', category: 'Payload delivery' }),
  hash: (value) => ({ type: hashAlgorithm(value) ?? 'sha256', category: 'Payload delivery' }),
};

const unixSeconds = (iso: string) => String(Math.floor(Date.parse(iso) / 1000));

/**
 * A record's indicators as a MISP event JSON, TLP as the event's "tlp:" tag, ids derived from the
 * record's key so that exporting again gives the same event and attributes.
 */
export function toMispEvent(item: Shareable, office: SharingOffice) {
  const modified = item.modified ?? item.created;
  const id = (name: string) => uuidV5(`${item.key}|${name}`, UNGCUU_NAMESPACE);
  const attributes = [
    ...item.indicators.map((o) => ({
      uuid: id(`indicator|${o.type}|${o.value}`),
      ...MISP_TYPES[o.type](o.value),
      value: o.value,
      to_ids: true,
      comment: o.comment ?? '',
      timestamp: unixSeconds(modified),
    })),
    ...(item.description
      ? [
          {
            uuid: id('description'),
            type: 'comment',
            category: 'Other',
            value: item.description,
            to_ids: false,
            comment: '',
            timestamp: unixSeconds(modified),
          },
        ]
      : []),
    ...(item.cves ?? []).map((cve) => ({
      uuid: id(`cve|${cve}`),
      type: 'vulnerability',
      category: 'External analysis',
      value: cve,
      to_ids: false,
      comment: '',
      timestamp: unixSeconds(modified),
    })),
  ];
  return {
    Event: {
      uuid: id('event'),
      info: item.title,
      date: item.created.slice(0, 10),
      timestamp: unixSeconds(modified),
      threat_level_id: '2',
      analysis: '1',
      distribution: '0',
      published: false,
      Orgc: { name: office.name, uuid: uuidV5(`office|${office.name}`, UNGCUU_NAMESPACE) },
      Tag: [{ name: mispTlpTag(item.tlp) }],
      Attribute: attributes,
      Object: [],
    },
  };
}
