import assert from 'node:assert/strict';
import { test } from 'node:test';
import { FormatRegistry } from '@sinclair/typebox';
import { Value } from '@sinclair/typebox/value';
import {
  effectiveLevel,
  type InformationSystemInput,
  InformationSystemInputSchema,
  isDomain,
  isIPv4,
  isIPv6,
  isUrl,
  SECURITY_LEVEL_CHOICES,
  SECURITY_LEVEL_INFO,
  SYSTEM_KIND_LABELS,
  SYSTEM_KINDS,
  systemInputIssues,
} from './system.ts';

// The server registers formats through its validator; tests register the two the schema uses.
FormatRegistry.Set('uuid', (v) => /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(v));
FormatRegistry.Set('date', (v) => /^\d{4}-\d{2}-\d{2}$/.test(v));

function buildSystem(overrides: Partial<InformationSystemInput> = {}): InformationSystemInput {
  return {
    name: 'Cổng thông tin điện tử thị xã',
    kind: 'portal',
    ownerUnitId: '6f1c0a52-3a3e-4a4e-9d55-1d1b3c7f6a01',
    operatingUnitId: '6f1c0a52-3a3e-4a4e-9d55-1d1b3c7f6a02',
    securityLevel: 2,
    levelApproval: { status: 'approved', decisionRef: '123/QĐ-UBND', decisionDate: '2024-05-10' },
    nationalCritical: false,
    dataSensitivity: 'public',
    hosting: { kind: 'provincial_datacenter' },
    providers: { security: 'VNPT', connectivity: 'Viettel' },
    addresses: [
      { kind: 'url', value: 'https://myhao.hungyen.gov.vn' },
      { kind: 'ip', value: '203.0.113.10' },
    ],
    software: [{ product: 'Liferay', version: '7.4' }],
    backup: { status: 'regular', lastRestoreTestAt: '2025-03-01' },
    contacts: [{ name: 'Nguyễn Văn A', phone: '0912345678' }],
    ...overrides,
  };
}

test('every kind and level has vi/en labels', () => {
  for (const kind of SYSTEM_KINDS) assert.ok(SYSTEM_KIND_LABELS[kind].vi && SYSTEM_KIND_LABELS[kind].en);
  for (const level of SECURITY_LEVEL_CHOICES) {
    const info = SECURITY_LEVEL_INFO[level];
    assert.ok(info.harm.vi && info.harm.en && info.approvalAuthority.vi && info.approvalAuthority.en);
  }
  assert.match(SECURITY_LEVEL_INFO[5].approvalAuthority.vi, /Thủ tướng/);
  assert.match(SECURITY_LEVEL_INFO[3].approvalAuthority.vi, /Chủ quản/);
});

test('unclassified is treated as level 3', () => {
  assert.equal(effectiveLevel('unclassified'), 3);
  assert.equal(effectiveLevel(5), 5);
});

test('schema accepts a complete system and rejects unknown kinds and levels', () => {
  assert.ok(Value.Check(InformationSystemInputSchema, buildSystem()));
  assert.ok(Value.Check(InformationSystemInputSchema, buildSystem({ securityLevel: 'unclassified' })));
  assert.ok(!Value.Check(InformationSystemInputSchema, { ...buildSystem(), kind: 'mainframe' }));
  assert.ok(!Value.Check(InformationSystemInputSchema, { ...buildSystem(), securityLevel: 6 }));
  assert.ok(!Value.Check(InformationSystemInputSchema, { ...buildSystem(), ownerUnitId: 'unit-1' }));
});

test('IPv4', () => {
  for (const ok of ['0.0.0.0', '10.0.0.1', '255.255.255.255', '203.0.113.10']) assert.ok(isIPv4(ok), ok);
  for (const bad of ['256.1.1.1', '1.2.3', '01.2.3.4', '1.2.3.4.5', '', 'a.b.c.d'])
    assert.ok(!isIPv4(bad), bad);
});

test('IPv6', () => {
  for (const ok of ['::', '::1', '2001:db8::1', 'fe80::1%eth0', '::ffff:192.0.2.1', '1:2:3:4:5:6:7:8']) {
    assert.ok(isIPv6(ok), ok);
  }
  for (const bad of [
    '1:2:3:4:5:6:7',
    '1::2::3',
    '12345::',
    'g::1',
    '1:2:3:4:5:6:7:8:9',
    '::ffff:999.0.0.1',
  ]) {
    assert.ok(!isIPv6(bad), bad);
  }
});

test('domain names', () => {
  for (const ok of ['myhao.hungyen.gov.vn', 'example.com.', 'xn--bcher-kva.example', 'a-b.vn']) {
    assert.ok(isDomain(ok), ok);
  }
  for (const bad of [
    'localhost',
    '-a.vn',
    'a-.vn',
    'a..vn',
    '1.2.3.4',
    'mỹ hào.vn',
    `${'a'.repeat(64)}.vn`,
  ]) {
    assert.ok(!isDomain(bad), bad);
  }
});

test('URLs', () => {
  for (const ok of [
    'https://myhao.gov.vn',
    'http://10.0.0.5:8080/login?x=1',
    'https://[2001:db8::1]/',
    'http://localhost:3000',
  ]) {
    assert.ok(isUrl(ok), ok);
  }
  for (const bad of [
    'ftp://a.vn',
    'https://',
    'https://a.vn:99999',
    'myhao.gov.vn',
    'https://a b.vn',
    'https://[zz]/',
  ]) {
    assert.ok(!isUrl(bad), bad);
  }
});

test('systemInputIssues flags addresses that do not match their kind', () => {
  const input = buildSystem({
    addresses: [
      { kind: 'ip', value: 'myhao.gov.vn' },
      { kind: 'domain', value: 'myhao.gov.vn' },
    ],
  });
  assert.deepEqual(systemInputIssues(input), [
    { code: 'address.invalid', path: '/addresses/0/value', params: { kind: 'ip', value: 'myhao.gov.vn' } },
  ]);
});

test('an approved level needs a decision and cannot be unclassified', () => {
  const missing = buildSystem({
    levelApproval: { status: 'approved', decisionRef: null, decisionDate: null },
  });
  assert.deepEqual(
    systemInputIssues(missing).map((i) => i.code),
    ['level_approval.missing_decision'],
  );
  const unclassified = buildSystem({ securityLevel: 'unclassified' });
  assert.deepEqual(
    systemInputIssues(unclassified).map((i) => i.code),
    ['level_approval.unclassified_approved'],
  );
  const draft = buildSystem({ levelApproval: { status: 'draft', decisionRef: null, decisionDate: null } });
  assert.deepEqual(systemInputIssues(draft), []);
});
