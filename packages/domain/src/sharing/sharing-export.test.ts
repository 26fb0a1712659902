import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { Ajv2020, type ValidateFunction } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import type { Shareable } from './advisory.ts';
import { parseSharedDocument } from './import.ts';
import { toMispEvent } from './misp.ts';
import { toStixBundle } from './stix-export.ts';
import { STIX_TLP2_EXTENSION, STIX_TLP2_IDS, stixTlp2MarkingDefinition } from './tlp.ts';

// Exports are validated against our own STIX 2.1 schema, written from the OASIS specification
// text (testdata/README-stix-schema.md names the sections).
const schemaUrl = new URL('./testdata/stix-2.1.schema.json', import.meta.url);
const SCHEMA_ID = 'urn:ungcuu:test:stix-2.1';
const STIX_TYPES = [
  'marking-definition',
  'identity',
  'indicator',
  'malware',
  'report',
  'vulnerability',
  'relationship',
] as const;

function stixValidators(): { byType: Map<string, ValidateFunction>; bundle: ValidateFunction } {
  const ajv = new Ajv2020({ allErrors: true, strictSchema: true, strictTypes: false, strictTuples: false });
  (addFormats as unknown as (a: Ajv2020) => void)(ajv);
  ajv.addSchema(JSON.parse(readFileSync(schemaUrl, 'utf8')));
  const byType = new Map<string, ValidateFunction>();
  for (const type of STIX_TYPES) byType.set(type, ajv.getSchema(`${SCHEMA_ID}#/$defs/${type}`)!);
  return { byType, bundle: ajv.getSchema(SCHEMA_ID)! };
}
const { byType: validators, bundle: validateBundle } = stixValidators();

function assertValidBundle(bundle: { type: string; id: string; objects: Record<string, unknown>[] }) {
  assert.equal(bundle.type, 'bundle');
  assert.match(bundle.id, /^bundle--[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  assert.ok(bundle.objects.length > 0);
  for (const [i, o] of bundle.objects.entries()) {
    const validate = validators.get(String(o.type));
    assert.ok(validate, `no schema for ${String(o.type)}`);
    assert.ok(
      validate(o),
      `objects/${i} (${String(o.type)}): ${JSON.stringify(validate.errors?.slice(0, 3))}`,
    );
  }
  assert.ok(validateBundle(bundle), JSON.stringify(validateBundle.errors?.slice(0, 3)));
  const ids = bundle.objects.map((o) => o.id);
  assert.equal(new Set(ids).size, ids.length, 'ids are unique');
}

const incident: Shareable = {
  key: 'incident:0b6f1c2e-5d4a-4e3b-9c8d-7a6b5c4d3e2f',
  title: 'Thay đổi giao diện cổng thông tin xã An Bình',
  description: "Trang chủ bị thay bằng nội dung lạ; kẻ tấn công đăng nhập từ 203.0.113.9 (it's a test).",
  tlp: 'green',
  created: '2026-06-20T02:03:04.567Z',
  modified: '2026-06-21T10:00:00Z',
  indicators: [
    { type: 'ip', value: '203.0.113.9', comment: 'Đăng nhập quản trị' },
    { type: 'ip', value: '2001:db8::7' },
    { type: 'domain', value: 'evil-cdn.example' },
    { type: 'url', value: "http://evil-cdn.example/sh.php?q=a'b\\c" },
    { type: 'hash', value: '44d88612fea8a8f36de82e1278abb02f' },
    { type: 'hash', value: '3395856ce81f2b7382dee72602f798b642f14140' },
    { type: 'hash', value: '275a021bbfb6489e54d471899f7db9d1663fc695ec2fe2a2c4538aabf651fd0f' },
    { type: 'email', value: 'admin@evil-cdn.example' },
    { type: 'filename', value: 'sh.php' },
  ],
  cves: ['CVE-2021-41773'],
  malware: ['Webshell China Chopper'],
};
const office = { name: 'Phòng Văn hoá, Khoa học và Thông tin' };

test('the STIX export of an incident is valid against the STIX 2.1 schemas, marked TLP 2.0', () => {
  const bundle = toStixBundle(incident, office);
  assertValidBundle(bundle);
  const indicators = bundle.objects.filter((o) => o.type === 'indicator');
  assert.equal(indicators.length, incident.indicators.length);
  for (const o of bundle.objects.filter((x) => x.type !== 'marking-definition' && x.type !== 'identity')) {
    assert.deepEqual((o as { object_marking_refs?: string[] }).object_marking_refs, [STIX_TLP2_IDS.green]);
  }
  assert.ok(bundle.objects.some((o) => o.id === STIX_TLP2_IDS.green && o.type === 'marking-definition'));
  assert.ok(bundle.objects.some((o) => o.type === 'relationship'));
  // Every exported pattern is read back by the importer: the round trip keeps every indicator.
  const back = parseSharedDocument(bundle);
  assert.equal(back.tlp, 'green');
  assert.deepEqual(
    back.indicators.map((i) => `${i.type}:${i.value}`).sort(),
    incident.indicators.map((i) => `${i.type}:${i.value}`).sort(),
  );
  assert.deepEqual(back.cves, ['CVE-2021-41773']);
  assert.equal(back.title, incident.title);
});

test('every TLP level and an empty record export valid bundles', () => {
  for (const tlp of ['clear', 'green', 'amber', 'amber+strict', 'red'] as const) {
    assertValidBundle(toStixBundle({ ...incident, tlp }, office));
  }
  assertValidBundle(
    toStixBundle({ ...incident, indicators: [], cves: [], malware: [], description: '' }, office),
  );
  // The schemas do refuse: an indicator without pattern_type, a report without object_refs.
  const [, , report, indicator] = toStixBundle(incident, office).objects as Record<string, unknown>[];
  const { pattern_type: _p, ...noPatternType } = indicator!;
  assert.equal(validators.get('indicator')!(noPatternType), false);
  assert.equal(validators.get('report')!({ ...report, object_refs: [] }), false);
  assert.equal(validators.get('indicator')!({ ...indicator, created: '2026-06-20T02:03:04Z' }), false);
  // …and an id that is not <type>--<uuid>, a local time, a missing spec_version, a wrong marking.
  assert.equal(validators.get('indicator')!({ ...indicator, id: 'indicator--1234' }), false);
  assert.equal(
    validators.get('indicator')!({ ...indicator, valid_from: '2026-06-20T09:03:04+07:00' }),
    false,
  );
  const { spec_version: _s, ...noSpecVersion } = indicator!;
  assert.equal(validators.get('indicator')!(noSpecVersion), false);
  assert.equal(validators.get('malware')!({ ...indicator, type: 'malware', is_family: true }), false);
  const marking = stixTlp2MarkingDefinition('green');
  assert.equal(validators.get('marking-definition')!(marking), true);
  const badTlp = { [STIX_TLP2_EXTENSION]: { extension_type: 'property-extension', tlp_2_0: 'white' } };
  assert.equal(validators.get('marking-definition')!({ ...marking, extensions: badTlp }), false);
  assert.equal(validators.get('marking-definition')!({ ...marking, modified: marking.created }), false);
  const good = toStixBundle(incident, office);
  assert.equal(validateBundle({ ...good, spec_version: '2.1' }), false);
  assert.equal(validateBundle({ ...good, objects: [...good.objects, { type: 'x-unknown' }] }), false);
});

test('re-export is stable: the same record gives the same ids', () => {
  assert.deepEqual(toStixBundle(incident, office), toStixBundle(incident, office));
  assert.deepEqual(toMispEvent(incident, office), toMispEvent(incident, office));
  const other = toStixBundle({ ...incident, key: 'incident:other' }, office);
  assert.notEqual(other.objects[3]?.id, toStixBundle(incident, office).objects[3]?.id);
});

test('the MISP export carries the TLP tag and reads back the same indicators', () => {
  const event = toMispEvent(incident, office);
  assert.deepEqual(event.Event.Tag, [{ name: 'tlp:green' }]);
  assert.equal(event.Event.Orgc.name, office.name);
  assert.equal(event.Event.date, '2026-06-20');
  assert.ok(event.Event.Attribute.some((a) => a.type === 'sha1' && a.category === 'Payload delivery'));
  const back = parseSharedDocument(JSON.parse(JSON.stringify(event)));
  assert.equal(back.tlp, 'green');
  assert.deepEqual(
    back.indicators.map((i) => `${i.type}:${i.value}`).sort(),
    incident.indicators.map((i) => `${i.type}:${i.value}`).sort(),
  );
  assert.match(back.description, /Trang chủ/);
  assert.deepEqual(back.cves, ['CVE-2021-41773']);
});
