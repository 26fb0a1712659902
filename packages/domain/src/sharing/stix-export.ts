import type { Shareable, SharingOffice } from './advisory.ts';
import { stixPatternOf } from './stix-pattern.ts';
import { STIX_TLP2_IDS, stixTlp2MarkingDefinition } from './tlp.ts';
import { UNGCUU_NAMESPACE, uuidV5 } from './uuid5.ts';

/** STIX timestamps are UTC with millisecond precision ("2026-06-30T01:02:03.000Z"). */
function stixTime(iso: string): string {
  return new Date(iso).toISOString();
}

/**
 * A record's indicators as a STIX 2.1 bundle: the office as an identity, a report with the title
 * and description naming every object, one indicator per observable with a STIX pattern, the CVEs
 * as vulnerabilities, malware with "indicates" relationships, and the TLP 2.0 marking definition
 * applied to every object. Ids are UUIDv5 of the record's key, so the same record exports the same
 * ids and a receiving platform updates instead of duplicating.
 */
export function toStixBundle(item: Shareable, office: SharingOffice) {
  const id = (type: string, name: string) =>
    `${type}--${uuidV5(`${item.key}|${type}|${name}`, UNGCUU_NAMESPACE)}`;
  const created = stixTime(item.created);
  const modified = stixTime(item.modified ?? item.created);
  const identityId = `identity--${uuidV5(`office|${office.name}`, UNGCUU_NAMESPACE)}`;
  const marking = STIX_TLP2_IDS[item.tlp];
  const common = {
    spec_version: '2.1',
    created,
    modified,
    created_by_ref: identityId,
    object_marking_refs: [marking],
  };
  const indicators = item.indicators.map((o) => ({
    type: 'indicator',
    id: id('indicator', `${o.type}|${o.value}`),
    ...common,
    name: o.value,
    ...(o.comment ? { description: o.comment } : {}),
    indicator_types: ['malicious-activity'],
    pattern: stixPatternOf(o.type, o.value),
    pattern_type: 'stix',
    pattern_version: '2.1',
    valid_from: created,
  }));
  const vulnerabilities = (item.cves ?? []).map((cve) => ({
    type: 'vulnerability',
    id: id('vulnerability', cve),
    ...common,
    name: cve,
    external_references: [{ source_name: 'cve', external_id: cve }],
  }));
  const malware = (item.malware ?? []).map((name) => ({
    type: 'malware',
    id: id('malware', name),
    ...common,
    name,
    is_family: true,
  }));
  const relationships = malware.flatMap((m) =>
    indicators.map((i) => ({
      type: 'relationship',
      id: id('relationship', `${i.id}|indicates|${m.id}`),
      ...common,
      relationship_type: 'indicates',
      source_ref: i.id,
      target_ref: m.id,
    })),
  );
  const content = [...indicators, ...vulnerabilities, ...malware, ...relationships];
  const identity = {
    type: 'identity',
    id: identityId,
    spec_version: '2.1',
    created,
    modified,
    name: office.name,
    identity_class: 'organization',
    sectors: ['government-local'],
  };
  const report = {
    type: 'report',
    id: id('report', 'report'),
    ...common,
    name: item.title,
    ...(item.description ? { description: item.description } : {}),
    report_types: ['threat-report'],
    published: modified,
    object_refs: content.length > 0 ? content.map((o) => o.id) : [identityId],
  };
  return {
    type: 'bundle',
    id: id('bundle', modified),
    objects: [stixTlp2MarkingDefinition(item.tlp), identity, report, ...content],
  };
}
