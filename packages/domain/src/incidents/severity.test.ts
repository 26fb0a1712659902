import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { REGIME_2017, REGIME_2026 } from '../regimes/builtin-regimes.ts';
import type { ReportingRegime } from '../regimes/regime.ts';
import type { SecurityLevel } from '../systems/system.ts';
import { approvedLevel, computeSeverity, type SeverityRule, type Tier, tierRank } from './severity.ts';
import { TRIGGER_CODES, type TriggerCode, type TriggerFlags } from './triggers.ts';

const flags = (...codes: TriggerCode[]): TriggerFlags => ({
  C1: codes.includes('C1'),
  C2: codes.includes('C2'),
  C3: codes.includes('C3'),
  C4: codes.includes('C4'),
  C5: codes.includes('C5'),
  C6: codes.includes('C6'),
});

const withSeverity = (
  patch: Partial<Record<keyof ReportingRegime['severity'], unknown>>,
): ReportingRegime => {
  const severity = { ...REGIME_2017.severity };
  for (const [key, value] of Object.entries(patch)) {
    const k = key as keyof ReportingRegime['severity'];
    severity[k] = { ...severity[k], value } as never;
  }
  return { ...REGIME_2017, severity };
};

const EITHER_HALF = withSeverity({ seriousRequiresBoth: false });
const STRICTER = withSeverity({ seriousMinLevel: 5, emergencyMinLevel: 4 });

interface Row {
  name: string;
  triggers: TriggerCode[];
  level: SecurityLevel | null;
  ni?: boolean;
  cia?: boolean;
  nsh?: boolean;
  regime?: ReportingRegime;
  tier: Tier;
  rule: SeverityRule;
  serious?: boolean;
}

const rows: Row[] = [
  // T4 serious: (L ≥ 4 or NI) and one of C1–C5 and C6
  { name: 'L4 C1+C6', triggers: ['C1', 'C6'], level: 4, tier: 'T4', rule: 't4.serious', serious: true },
  { name: 'L5 C3+C6', triggers: ['C3', 'C6'], level: 5, tier: 'T4', rule: 't4.serious', serious: true },
  { name: 'L4 C2+C6', triggers: ['C2', 'C6'], level: 4, tier: 'T4', rule: 't4.serious', serious: true },
  {
    name: 'NI L2 C4+C6',
    triggers: ['C4', 'C6'],
    level: 2,
    ni: true,
    tier: 'T4',
    rule: 't4.serious',
    serious: true,
  },
  { name: 'boundary L3 C1+C6', triggers: ['C1', 'C6'], level: 3, tier: 'T3', rule: 't3.beyond_capacity' },
  { name: 'L4 C6 without consequence', triggers: ['C6'], level: 4, tier: 'T3', rule: 't3.beyond_capacity' },
  { name: 'L4 C1 without C6', triggers: ['C1'], level: 4, tier: 'T3', rule: 't3.harm_high_level' },
  {
    name: 'unclassified NI C5+C6',
    triggers: ['C5', 'C6'],
    level: null,
    ni: true,
    tier: 'T4',
    rule: 't4.serious',
    serious: true,
  },
  // T4 national security: only where the regime says so (2026)
  {
    name: '2026 NSH',
    triggers: [],
    level: 1,
    nsh: true,
    regime: REGIME_2026,
    tier: 'T4',
    rule: 't4.national_security',
  },
  { name: '2017 NSH', triggers: [], level: 1, nsh: true, cia: true, tier: 'T1', rule: 't1.cia_affected' },
  {
    name: '2026 serious wins over NSH',
    triggers: ['C1', 'C6'],
    level: 4,
    nsh: true,
    regime: REGIME_2026,
    tier: 'T4',
    rule: 't4.serious',
    serious: true,
  },
  // T3
  { name: 'C6 alone L1', triggers: ['C6'], level: 1, tier: 'T3', rule: 't3.beyond_capacity' },
  { name: 'C2 alone L1', triggers: ['C2'], level: 1, tier: 'T3', rule: 't3.state_secret' },
  { name: 'C6 before C2', triggers: ['C2', 'C6'], level: 1, tier: 'T3', rule: 't3.beyond_capacity' },
  { name: 'boundary L3 C1', triggers: ['C1'], level: 3, tier: 'T3', rule: 't3.harm_high_level' },
  { name: 'L3 C3', triggers: ['C3'], level: 3, tier: 'T3', rule: 't3.harm_high_level' },
  { name: 'L3 C4', triggers: ['C4'], level: 3, tier: 'T3', rule: 't3.harm_high_level' },
  { name: 'L3 C5', triggers: ['C5'], level: 3, tier: 'T3', rule: 't3.harm_high_level' },
  {
    name: 'unclassified C1 → level 3',
    triggers: ['C1'],
    level: null,
    tier: 'T3',
    rule: 't3.harm_high_level',
  },
  // T2
  { name: 'boundary L2 C1', triggers: ['C1'], level: 2, tier: 'T2', rule: 't2.harm' },
  { name: 'L1 C5', triggers: ['C5'], level: 1, tier: 'T2', rule: 't2.harm' },
  { name: 'NI does not lift T2 to T3', triggers: ['C3'], level: 1, ni: true, tier: 'T2', rule: 't2.harm' },
  // T1, T0
  { name: 'CIA only', triggers: [], level: 5, cia: true, tier: 'T1', rule: 't1.cia_affected' },
  { name: 'nothing', triggers: [], level: 5, tier: 'T0', rule: 't0.event' },
  { name: 'unclassified nothing', triggers: [], level: null, tier: 'T0', rule: 't0.event' },
  // The regime's data moves the thresholds
  {
    name: 'either half: L4 C1',
    triggers: ['C1'],
    level: 4,
    regime: EITHER_HALF,
    tier: 'T4',
    rule: 't4.serious',
    serious: true,
  },
  {
    name: 'either half: L1 C6',
    triggers: ['C6'],
    level: 1,
    regime: EITHER_HALF,
    tier: 'T4',
    rule: 't4.serious',
    serious: true,
  },
  {
    name: 'either half: L3 C1',
    triggers: ['C1'],
    level: 3,
    regime: EITHER_HALF,
    tier: 'T3',
    rule: 't3.harm_high_level',
  },
  {
    name: 'stricter: L4 C1+C6',
    triggers: ['C1', 'C6'],
    level: 4,
    regime: STRICTER,
    tier: 'T3',
    rule: 't3.beyond_capacity',
  },
  {
    name: 'stricter: L5 C1+C6',
    triggers: ['C1', 'C6'],
    level: 5,
    regime: STRICTER,
    tier: 'T4',
    rule: 't4.serious',
    serious: true,
  },
  { name: 'stricter: L3 C1', triggers: ['C1'], level: 3, regime: STRICTER, tier: 'T2', rule: 't2.harm' },
  {
    name: 'stricter: L4 C1',
    triggers: ['C1'],
    level: 4,
    regime: STRICTER,
    tier: 'T3',
    rule: 't3.harm_high_level',
  },
];

for (const row of rows) {
  test(`severity: ${row.name} → ${row.tier} ${row.rule}`, () => {
    const result = computeSeverity({
      triggers: flags(...row.triggers),
      systemLevel: row.level,
      nationalCritical: row.ni ?? false,
      ciaAffected: row.cia ?? false,
      nationalSecurityHarm: row.nsh,
      regime: row.regime ?? REGIME_2017,
    });
    assert.equal(result.tier, row.tier);
    assert.equal(result.rule, row.rule);
    assert.equal(result.serious, row.serious ?? false);
    assert.equal(result.unclassifiedLevel, row.level === null);
    assert.equal(result.effectiveLevel, row.level ?? 3);
    assert.ok(result.reasons.length >= 2);
    for (const r of result.reasons) assert.ok(r.vi.length > 0 && r.en.length > 0);
  });
}

test('severity: an unclassified level is explained', () => {
  const result = computeSeverity({
    triggers: flags('C1'),
    systemLevel: null,
    nationalCritical: false,
    ciaAffected: true,
    regime: REGIME_2017,
  });
  assert.ok(result.reasons.some((r) => r.en.includes('no approved security level')));
});

test('severity: only an approved level counts; a draft or submitted level leaves the system unclassified', () => {
  assert.equal(approvedLevel({ securityLevel: 4, approvalStatus: 'approved' }), 4);
  assert.equal(approvedLevel({ securityLevel: 1, approvalStatus: 'draft' }), null);
  assert.equal(approvedLevel({ securityLevel: 5, approvalStatus: 'submitted' }), null);
  assert.equal(approvedLevel({ securityLevel: null, approvalStatus: 'approved' }), null);
  // A draft level 1 must not lower an availability loss below the level-3 emergency threshold.
  const result = computeSeverity({
    triggers: flags('C1'),
    systemLevel: approvedLevel({ securityLevel: 1, approvalStatus: 'draft' }),
    proposedLevel: 1,
    nationalCritical: false,
    ciaAffected: true,
    regime: REGIME_2017,
  });
  assert.equal(result.tier, 'T3');
  assert.equal(result.unclassifiedLevel, true);
  assert.equal(result.effectiveLevel, 3);
  assert.ok(result.reasons.some((r) => r.en.includes('level 1 proposed, not approved')));
});

const levelArb = fc.constantFrom<SecurityLevel | null>(null, 1, 2, 3, 4, 5);
const flagsArb = fc.record<TriggerFlags>({
  C1: fc.boolean(),
  C2: fc.boolean(),
  C3: fc.boolean(),
  C4: fc.boolean(),
  C5: fc.boolean(),
  C6: fc.boolean(),
});
const inputArb = fc.record({
  triggers: flagsArb,
  systemLevel: levelArb,
  nationalCritical: fc.boolean(),
  ciaAffected: fc.boolean(),
  nationalSecurityHarm: fc.boolean(),
  regime: fc.constantFrom(REGIME_2017, REGIME_2026, EITHER_HALF, STRICTER),
});

test('severity property: adding a trigger never lowers the tier', () => {
  fc.assert(
    fc.property(inputArb, fc.constantFrom(...TRIGGER_CODES), (input, code) => {
      const before = computeSeverity(input);
      const after = computeSeverity({ ...input, triggers: { ...input.triggers, [code]: true } });
      return tierRank(after.tier) >= tierRank(before.tier) && (!before.serious || after.serious);
    }),
    { numRuns: 2000 },
  );
});

test('severity property: a higher level, the national list or CIA harm never lowers the tier', () => {
  fc.assert(
    fc.property(inputArb, fc.constantFrom<SecurityLevel>(1, 2, 3, 4, 5), (input, level) => {
      const before = computeSeverity({ ...input, systemLevel: level });
      const higher = Math.min(5, level + 1) as SecurityLevel;
      const variants = [
        { ...input, systemLevel: higher },
        { ...input, systemLevel: level, nationalCritical: true },
        { ...input, systemLevel: level, ciaAffected: true },
      ];
      return variants.every((v) => tierRank(computeSeverity(v).tier) >= tierRank(before.tier));
    }),
    { numRuns: 1000 },
  );
});
