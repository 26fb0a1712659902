import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import {
  DEFAULT_FINGERPRINT_FIELDS,
  fingerprintKey,
  hostCandidates,
  MAX_BATCH_ITEMS,
  MAX_JSON_DEPTH,
  subtypeForAlert,
  urlHost,
} from './alert.ts';
import {
  jsonDepth,
  NOT_JSON,
  type ParsedItem,
  parseAlertBody,
  parseNdjson,
  parseWazuhItem,
} from './alert-parsers.ts';
import { ALERT_ERRORS } from './alerts-errors.ts';

const fixture = (name: string) => readFileSync(new URL(`./testdata/${name}`, import.meta.url), 'utf8');
const json = (name: string) => JSON.parse(fixture(name));
const ok = (item: ParsedItem | undefined) => {
  assert.ok(item?.ok, JSON.stringify(item));
  return item.alert;
};

test('Wazuh integrator alert: rule level → severity, rule, agent, source IP, full log, id', () => {
  const body = parseAlertBody('wazuh', json('wazuh-sshd-bruteforce.json'));
  assert.ok(body.ok);
  const a = ok(body.items[0]);
  assert.equal(a.severity, 'high');
  assert.equal(a.ruleId, '5712');
  assert.match(a.ruleName ?? '', /brute force/);
  assert.equal(a.agent, 'web-bachsam');
  assert.equal(a.ip, '10.20.1.15');
  assert.equal(a.srcIp, '203.0.113.45');
  assert.equal(a.host, 'web-bachsam');
  assert.equal(a.externalId, '1764900764.2291845');
  assert.equal(a.occurredAt, '2026-12-05T02:12:44.123Z');
  assert.match(a.message ?? '', /Failed password/);
  assert.equal(subtypeForAlert('wazuh', a), 'attack.intrusion');
  const fim = ok(parseWazuhItem(json('wazuh-syscheck.json')));
  assert.equal(fim.severity, 'medium');
  assert.equal(fim.category, 'ossec,syscheck,syscheck_entry_modified,syscheck_file');
});

test('Suricata EVE NDJSON: alert, http, dns, tls and flow records', () => {
  const lines = parseNdjson(fixture('suricata-eve.ndjson'));
  assert.ok(lines.ok);
  const body = parseAlertBody('suricata', lines.values);
  assert.ok(body.ok);
  assert.equal(body.items.length, 5);
  const [alert, http, dns, tls, flow] = body.items.map(ok);
  assert.equal(alert!.severity, 'high');
  assert.equal(alert!.ruleId, '2018358');
  assert.equal(alert!.category, 'Web Application Attack');
  assert.equal(alert!.destIp, '10.20.1.15');
  assert.equal(alert!.url, 'http://bachsam.hungyen.gov.vn/index.php?id=1%20UNION%20SELECT');
  assert.equal(subtypeForAlert('suricata', alert!), 'attack.intrusion');
  assert.ok(alert!.externalId?.startsWith('586497171462735:alert:'));
  assert.equal(http!.severity, 'info');
  assert.equal(http!.host, 'bachsam.hungyen.gov.vn');
  assert.equal(dns!.message, 'evil-c2.example');
  assert.equal(tls!.host, 'evil-c2.example');
  assert.equal(flow!.ruleId, 'flow');
  // The same records as a JSON array read the same.
  const asArray = parseAlertBody(
    'suricata',
    fixture('suricata-eve.ndjson')
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l)),
  );
  assert.ok(asArray.ok && asArray.items.every((i) => i.ok));
});

test('Alertmanager v4: firing and resolved, labels merged with commonLabels, instance → host or URL', () => {
  const body = parseAlertBody('alertmanager', json('alertmanager-v4.json'));
  assert.ok(body.ok);
  const [probe, cpu] = body.items.map(ok);
  assert.equal(probe!.ruleName, 'ProbeFailure');
  assert.equal(probe!.severity, 'critical');
  assert.equal(probe!.url, 'https://xuanduc.hungyen.gov.vn');
  assert.equal(urlHost(probe!.url), 'xuanduc.hungyen.gov.vn');
  assert.equal(probe!.resolved, false);
  assert.equal((probe!.raw as { labels: Record<string, string> }).labels.monitor, 'town');
  assert.equal(cpu!.host, '10.20.1.15');
  assert.equal(cpu!.resolved, true);
  assert.notEqual(probe!.externalId, cpu!.externalId);
  assert.equal(subtypeForAlert('alertmanager', cpu!), 'failure.overload');
  assert.equal(subtypeForAlert('alertmanager', probe!), 'failure.software_hardware');
});

test('generic format: batch and single object; severity words and 0–10 numbers', () => {
  const body = parseAlertBody('generic', json('generic-batch.json'));
  assert.ok(body.ok);
  const [ransom, scan] = body.items.map(ok);
  assert.equal(ransom!.severity, 'critical');
  assert.equal(ransom!.externalId, 'edr-2026-0001');
  assert.equal(subtypeForAlert('generic', ransom!), 'attack.ransomware');
  assert.equal(scan!.severity, 'low');
  assert.deepEqual(hostCandidates(scan!), [
    { kind: 'url', value: 'bachsam.hungyen.gov.vn' },
    { kind: 'ip', value: '203.0.113.9' },
  ]);
  const single = parseAlertBody('generic', { title: 'Một cảnh báo', host: 'Web-01' });
  assert.ok(single.ok);
  assert.equal(ok(single.items[0]).severity, 'medium');
});

test('malformed items get a coded rejection each; the others still parse', () => {
  const body = parseAlertBody('wazuh', [
    json('wazuh-sshd-bruteforce.json'),
    'not an object',
    { rule: { level: 'high', id: '1' } },
    { rule: { id: '1' } },
    { rule: { level: 5 } },
    { rule: { level: 5, id: '1' }, agent: 'web-01' },
    { rule: { level: 99, id: '1' } },
    { rule: { level: 5, id: '1' }, timestamp: 'yesterday' },
    { rule: { level: 5, id: '1' }, full_log: 'x'.repeat(70_000) },
  ]);
  assert.ok(body.ok);
  const codes = body.items.map((i) => (i.ok ? 'ok' : `${i.error.code}:${i.error.params?.field ?? ''}`));
  assert.deepEqual(codes, [
    'ok',
    'alert.item_not_object:',
    'alert.item_bad_field:rule.level',
    'alert.item_missing_field:rule.level',
    'alert.item_missing_field:rule.id',
    'alert.item_bad_field:agent',
    'alert.item_bad_field:rule.level',
    'alert.item_bad_field:timestamp',
    'alert.item_too_large:',
  ]);
  for (const item of body.items)
    if (!item.ok)
      assert.ok(ALERT_ERRORS[item.error.code].status >= 400 && ALERT_ERRORS[item.error.code].status < 500);
  const eve = parseAlertBody('suricata', [
    { event_type: 'alert', alert: { signature_id: 'x' } },
    { event_type: 'alert' },
    { event_type: 'quic_magic' },
    { timestamp: 1 },
    { event_type: 'alert', alert: { signature_id: 1, severity: 0 } },
  ]);
  assert.ok(eve.ok);
  assert.deepEqual(
    eve.items.map((i) => (i.ok ? 'ok' : i.error.code)),
    [
      'alert.item_bad_field',
      'alert.item_missing_field',
      'alert.item_unsupported',
      'alert.item_missing_field',
      'alert.item_bad_field',
    ],
  );
  const am = parseAlertBody('alertmanager', {
    version: '4',
    alerts: [{ labels: { alertname: 5 } }, { status: 'firing' }],
  });
  assert.ok(am.ok);
  assert.ok(am.items.every((i) => !i.ok));
});

test('whole bodies refused: wrong shape, empty, too many items, wrong Alertmanager version', () => {
  assert.deepEqual(parseAlertBody('generic', 42).ok, false);
  assert.deepEqual(parseAlertBody('generic', { alerts: [] }), {
    ok: false,
    code: 'alert.body_invalid',
    params: { reason: 'no items' },
  });
  const many = parseAlertBody('generic', {
    alerts: Array.from({ length: MAX_BATCH_ITEMS + 1 }, () => ({ title: 'x' })),
  });
  assert.equal(many.ok || many.code, 'alert.batch_too_large');
  assert.equal(parseAlertBody('alertmanager', { version: '3', alerts: [{}] }).ok, false);
  assert.equal(parseAlertBody('alertmanager', [{}]).ok, false);
});

test('nesting depth is measured without recursion; NDJSON bad lines become bad items', () => {
  const deep = `${'['.repeat(200_000)}${']'.repeat(200_000)}`;
  assert.equal(jsonDepth(deep), 200_000);
  assert.equal(jsonDepth('{"a":"[[[[[[[[[[[[","b":[1,{"c":2}]}'), 3);
  const lines = parseNdjson(`{"event_type":"http"}\nnot json\n${'['.repeat(MAX_JSON_DEPTH + 1)}\n\n`);
  assert.ok(lines.ok);
  assert.equal(lines.values.length, 3);
  assert.equal(lines.values[1], NOT_JSON);
  const body = parseAlertBody('suricata', lines.values);
  assert.ok(body.ok);
  assert.deepEqual(
    body.items.map((i) => (i.ok ? 'ok' : i.error.code)),
    ['ok', 'alert.item_not_object', 'alert.item_not_object'],
  );
});

test('fingerprints: the default fields of a kind group the same rule on the same asset', () => {
  const a = ok(parseWazuhItem(json('wazuh-sshd-bruteforce.json')));
  const b = ok(
    parseWazuhItem({ ...json('wazuh-sshd-bruteforce.json'), id: 'other', data: { srcip: '198.51.100.1' } }),
  );
  const c = ok(parseWazuhItem({ ...json('wazuh-sshd-bruteforce.json'), agent: { name: 'other-host' } }));
  const fields = DEFAULT_FINGERPRINT_FIELDS.wazuh;
  assert.equal(fingerprintKey(a, fields), fingerprintKey(b, fields));
  assert.notEqual(fingerprintKey(a, fields), fingerprintKey(c, fields));
});
