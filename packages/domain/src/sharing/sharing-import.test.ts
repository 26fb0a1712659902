import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { DomainError } from '../errors.ts';
import { SHARING_LIMITS } from './advisory.ts';
import { parseSharedDocument, parseSharedText } from './import.ts';
import { parseStixPattern } from './stix-pattern.ts';
import { strictestTlp, tlpsUpTo } from './tlp.ts';

const fixture = (name: string) => readFileSync(new URL(`./testdata/${name}`, import.meta.url), 'utf8');
const pairs = (a: { indicators: { type: string; value: string }[] }) =>
  a.indicators.map((i) => `${i.type}:${i.value}`).sort();

function refused(code: string, run: () => unknown) {
  assert.throws(run, (e: unknown) => e instanceof DomainError && e.code === code, `expected ${code}`);
}

test('a MISP event with objects, tags and galaxies becomes one advisory', () => {
  const a = parseSharedText(fixture('misp-event.json'));
  assert.equal(a.format, 'misp');
  assert.match(a.title, /Emotet/);
  assert.equal(a.severity, 'high');
  // Event tag tlp:green, one attribute tagged tlp:amber: the strictest wins.
  assert.equal(a.tlp, 'amber');
  assert.deepEqual(pairs(a), [
    'domain:cdn-thue.example',
    'domain:update-office365.example',
    'email:ketoan@thue-gov.example',
    'filename:hd_2026.docm',
    'hash:275a021bbfb6489e54d471899f7db9d1663fc695ec2fe2a2c4538aabf651fd0f',
    'hash:44d88612fea8a8f36de82e1278abb02f',
    'ip:2001:db8::1f',
    'ip:203.0.113.45',
    'url:http://update-office365.example/hoa-don/HD_2026.zip',
  ]);
  assert.deepEqual(a.cves.sort(), ['CVE-2017-11882', 'CVE-2023-36884']);
  assert.deepEqual(a.malware, ['Emotet']);
  assert.equal(a.products[0]?.vendor, 'microsoft');
  assert.equal(a.products[0]?.product, 'office');
  assert.match(a.description, /hoá đơn nén/);
  assert.equal(a.indicators.find((i) => i.value === '203.0.113.45')?.comment, 'Máy chủ điều khiển (C2)');
  assert.match(a.indicators.find((i) => i.value === 'hd_2026.docm')?.comment ?? '', /^file/);
  // The registry key is counted as skipped, the deleted attribute too.
  const codes = a.warnings.map((w) => w.code);
  assert.ok(codes.includes('skipped.unknown-type'));
  assert.ok(codes.includes('skipped.deleted'));
});

test('a STIX bundle with indicators, malware, relationships and markings becomes one advisory', () => {
  const a = parseSharedText(fixture('stix-bundle.json'));
  assert.equal(a.format, 'stix');
  assert.equal(a.title, 'Mã độc tống tiền LockBit nhắm vào cổng dịch vụ công');
  assert.match(a.description, /LockBit/);
  // TLP 1.0 GREEN as object marking, TLP 2.0 AMBER (extension) as a granular marking: AMBER.
  assert.equal(a.tlp, 'amber');
  assert.deepEqual(pairs(a), [
    'domain:lockbit-pay.example',
    'email:support@lockbit-pay.example',
    'filename:lb3.exe',
    'hash:aec070645fe53ee3b3763059376134f058cc337247c978add178b6ccdfb0019f',
    'ip:192.0.2.15',
    'ip:192.0.2.16',
    'url:https://lockbit-pay.example/Decrypt?id=42',
  ]);
  assert.deepEqual(a.cves, ['CVE-2021-41773']);
  assert.deepEqual(a.malware, ['LockBit 3.0']);
  assert.deepEqual(a.products, [
    {
      vendor: 'Apache',
      product: 'HTTP Server',
      version: '2.4.49',
      cpe: 'cpe:2.3:a:apache:http_server:2.4.49:*:*:*:*:*:*:*',
    },
  ]);
  assert.match(a.indicators.find((i) => i.value === '192.0.2.15')?.comment ?? '', /indicates LockBit 3\.0/);
  const unknown = a.warnings.find((w) => w.code === 'skipped.unknown-type');
  assert.match(unknown?.message.en ?? '', /Skipped 2 .*x-ungcuu-unknown-thing/);
  assert.ok(a.warnings.some((w) => w.code === 'skipped.pattern')); // LIKE
  assert.ok(a.warnings.some((w) => w.code === 'skipped.pattern-type')); // YARA
});

test('no marking at all reads as AMBER, with a warning', () => {
  const a = parseSharedDocument({
    Event: { info: 'x', Attribute: [{ type: 'domain', value: 'a.example' }] },
  });
  assert.equal(a.tlp, 'amber');
  assert.ok(a.warnings.some((w) => w.code === 'no_tlp'));
  const red = parseSharedDocument({
    Event: { info: 'x', Tag: [{ name: 'tlp:red' }], Attribute: [{ type: 'domain', value: 'a.example' }] },
  });
  assert.equal(red.tlp, 'red');
  assert.equal(
    parseSharedDocument({
      Event: { info: 'x', Tag: [{ name: 'TLP:WHITE' }], Attribute: [{ type: 'domain', value: 'a.example' }] },
    }).tlp,
    'clear',
  );
});

test('malformed documents are refused whole with a coded error', () => {
  refused('sharing.invalid', () => parseSharedText(fixture('misp-wrong-types.json')));
  refused('sharing.invalid', () => parseSharedText(fixture('stix-wrong-types.json')));
  refused('sharing.bad_value', () => parseSharedText(fixture('misp-bad-value.json')));
  refused('sharing.nothing_to_import', () => parseSharedText(fixture('stix-unknown-only.json')));
  refused('sharing.invalid', () => parseSharedText('{"Event": '));
  refused('sharing.unknown_format', () => parseSharedText('[1,2,3]'));
  refused('sharing.unknown_format', () => parseSharedDocument({ type: 'report' }));
  refused('sharing.unknown_format', () => parseSharedDocument(null));
  refused('sharing.invalid', () => parseSharedDocument({ type: 'bundle', id: 'nope', objects: [] }));
  refused('sharing.invalid', () => parseSharedDocument({ Event: { info: 42 } }));
  refused('sharing.invalid', () =>
    parseSharedDocument({
      type: 'bundle',
      id: 'bundle--1',
      objects: [{ type: 'indicator', id: 'indicator--1' }],
    }),
  );
});

test('hostile documents: huge, deep, too many items', () => {
  refused('sharing.too_large', () =>
    parseSharedText(`{"Event":{"info":"${'a'.repeat(SHARING_LIMITS.maxBytes)}"}}`),
  );
  let deep: unknown = 'x';
  for (let i = 0; i < 10_000; i++) deep = [deep];
  refused('sharing.too_deep', () =>
    parseSharedDocument({ Event: { info: 'x', Attribute: [], extra: deep } }),
  );
  refused('sharing.too_deep', () =>
    parseSharedText(`{"type":"bundle","x":${'['.repeat(5000)}${']'.repeat(5000)}}`),
  );
  const many = Array.from({ length: SHARING_LIMITS.maxItems + 1 }, (_, i) => ({
    type: 'domain',
    value: `d${i}.example`,
  }));
  refused('sharing.invalid', () => parseSharedDocument({ Event: { info: 'x', Attribute: many } }));
  const wide = Array.from({ length: SHARING_LIMITS.maxNodes }, () => 1);
  refused('sharing.too_many', () => parseSharedDocument({ Event: { info: 'x', noise: wide } }));
  const indicators = Array.from({ length: SHARING_LIMITS.maxIndicators + 1 }, (_, i) => ({
    type: 'ip-dst',
    value: `10.${(i >> 16) & 255}.${(i >> 8) & 255}.${i & 255}`,
  }));
  refused('sharing.too_many', () => parseSharedDocument({ Event: { info: 'x', Attribute: indicators } }));
});

test('STIX patterns: the simple forms are read, the rest is not guessed', () => {
  const terms = (p: string) => {
    const r = parseStixPattern(p);
    return r.ok ? r.terms.map((t) => `${t.kind}:${t.value}`) : `no: ${r.reason}`;
  };
  assert.deepEqual(terms("[ipv4-addr:value = '198.51.100.1']"), ['ip:198.51.100.1']);
  assert.deepEqual(terms("[ipv6-addr:value = '2001:db8::1']"), ['ip:2001:db8::1']);
  assert.deepEqual(terms("[domain-name:value = 'a.example'] OR [url:value = 'http://a.example/x']"), [
    'domain:a.example',
    'url:http://a.example/x',
  ]);
  assert.deepEqual(terms("[file:hashes.MD5 = '44d88612fea8a8f36de82e1278abb02f']"), [
    'hash:44d88612fea8a8f36de82e1278abb02f',
  ]);
  assert.deepEqual(terms("[email-message:from_ref.value = 'a@b.example']"), ['email:a@b.example']);
  assert.deepEqual(terms("([email-addr:value = 'o\\'neil@b.example'])"), ["email:o'neil@b.example"]);
  assert.deepEqual(
    terms("[domain-name:value = 'a.example'] START t'2026-01-01T00:00:00Z' STOP t'2026-02-01T00:00:00Z'"),
    ['domain:a.example'],
  );
  assert.match(String(terms("[url:value MATCHES '^http']")), /^no:/);
  assert.match(String(terms("[ipv4-addr:value != '1.2.3.4']")), /^no:/);
  assert.match(String(terms("[process:name = 'evil.exe']")), /^no: object path/);
  assert.match(String(terms("[domain-name:value = 'a.example'")), /^no:/);
  assert.match(String(terms("[domain-name:value = 'a.example")), /^no:/);
  assert.match(String(terms('')), /^no:/);
});

test('TLP order: strictest and feed levels', () => {
  assert.equal(strictestTlp('green', 'amber'), 'amber');
  assert.equal(strictestTlp('red', 'clear'), 'red');
  assert.deepEqual(tlpsUpTo('green'), ['clear', 'green']);
  assert.ok(!tlpsUpTo('amber').includes('red'));
});
