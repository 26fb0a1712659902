import assert from 'node:assert/strict';
import { test } from 'node:test';
import { BUILTIN_REGIMES, REGIME_2017, REGIME_2026 } from './builtin-regimes.ts';
import {
  type ReportingRegime,
  regimeInForce,
  unverifiedPaths,
  validateRegime,
  vietnamDate,
} from './regime.ts';

const clone = (r: ReportingRegime): ReportingRegime => structuredClone(r);

test('regimes: the built-in regimes are valid', () => {
  for (const regime of BUILTIN_REGIMES) {
    const result = validateRegime(regime);
    assert.ok(result.ok, JSON.stringify(!result.ok && result.issues));
  }
});

test('regimes: 2017 values match domain README §4', () => {
  const notification = REGIME_2017.deadlines.find((d) => d.code === 'notification');
  assert.equal(notification?.withinHours, 120);
  assert.equal(REGIME_2017.emailSubjectPrefix.value, '[TBSC]');
  assert.deepEqual(
    REGIME_2017.periodicReports.map((p) => [p.code, p.dueBefore]),
    [
      ['six_month', '06-20'],
      ['annual', '12-15'],
    ],
  );
  assert.equal(REGIME_2017.severity.seriousMinLevel.value, 4);
  assert.equal(REGIME_2017.severity.emergencyMinLevel.value, 3);
});

test('regimes: [3P] values of 2026 are flagged unverified', () => {
  const serious = REGIME_2026.deadlines.filter((d) => d.when === 'serious');
  assert.deepEqual(
    serious.map((d) => d.withinHours),
    [24, 72],
  );
  assert.ok(serious.every((d) => !d.verified));
  const paths = unverifiedPaths(REGIME_2026);
  assert.ok(paths.includes('/severity/nationalSecurityHarmIsT4'));
  assert.ok(paths.includes('/emailSubjectPrefix'));
  assert.ok(unverifiedPaths(REGIME_2017).includes('/severity/seriousRequiresBoth'));
  assert.ok(!unverifiedPaths(REGIME_2017).includes('/emailSubjectPrefix'));
});

test('regimes: regimeInForce picks the latest effectiveFrom on or before the Vietnam date', () => {
  assert.equal(regimeInForce(BUILTIN_REGIMES, '2016-12-31T16:59:59Z'), undefined);
  assert.equal(regimeInForce(BUILTIN_REGIMES, '2016-12-31T17:00:00Z'), REGIME_2017);
  assert.equal(regimeInForce(BUILTIN_REGIMES, '2026-06-30T16:59:59Z'), REGIME_2017);
  // 1/7/2026 00:00 in Vietnam (UTC+7) is still 30/6 in UTC
  assert.equal(regimeInForce(BUILTIN_REGIMES, '2026-06-30T17:00:00Z'), REGIME_2026);
  assert.equal(regimeInForce([REGIME_2026, REGIME_2017], new Date('2030-01-01T00:00:00Z')), REGIME_2026);
  const extra = { ...clone(REGIME_2026), id: 'vn_2027', effectiveFrom: '2027-03-01' };
  assert.equal(regimeInForce([extra, ...BUILTIN_REGIMES], '2027-02-28T12:00:00Z'), REGIME_2026);
  assert.equal(regimeInForce([extra, ...BUILTIN_REGIMES], '2027-03-01T12:00:00Z'), extra);
  assert.throws(() => regimeInForce(BUILTIN_REGIMES, 'yesterday'), RangeError);
});

test('regimes: vietnamDate converts to UTC+7', () => {
  assert.equal(vietnamDate('2025-01-01T16:59:59Z'), '2025-01-01');
  assert.equal(vietnamDate('2025-01-01T17:00:00Z'), '2025-01-02');
});

test('regimes: validation rejects schema errors with paths', () => {
  const bad = clone(REGIME_2017) as unknown as Record<string, unknown>;
  bad.effectiveFrom = '1/7/2026';
  const result = validateRegime(bad);
  assert.equal(result.ok, false);
  assert.ok(!result.ok && result.issues.some((i) => i.code === 'schema' && i.path === '/effectiveFrom'));
  assert.equal(validateRegime({ ...REGIME_2017, extra: 1 }).ok, false);
  assert.equal(validateRegime(null).ok, false);
});

test('regimes: validation rejects impossible dates, duplicate codes and undeclared references', () => {
  const r = clone(REGIME_2017);
  r.effectiveFrom = '2026-02-30';
  r.deadlines.push({ ...r.deadlines[0]!, recipients: ['ministry'], formCode: 'mau_99' });
  const result = validateRegime(r);
  assert.equal(result.ok, false);
  const codes = !result.ok ? result.issues.map((i) => `${i.code} ${i.path}`) : [];
  assert.ok(codes.includes('date.invalid /effectiveFrom'));
  assert.ok(codes.includes('duplicate_code /deadlines/0/code'));
  assert.ok(codes.includes('recipient.undeclared /deadlines/3'));
  assert.ok(codes.includes('form.undeclared /deadlines/3/formCode'));
});

test('regimes: an administrator can add a regime with other thresholds', () => {
  const r = clone(REGIME_2026);
  r.id = 'vn_2026_rev';
  r.severity.seriousMinLevel = { value: 3, verified: true, basis: 'NĐ 331/2026 Điều 5 (đã đối chiếu)' };
  assert.ok(validateRegime(r).ok);
  r.severity.seriousMinLevel.value = 6;
  assert.equal(validateRegime(r).ok, false);
});
