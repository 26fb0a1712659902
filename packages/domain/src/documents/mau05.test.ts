import assert from 'node:assert/strict';
import { test } from 'node:test';
import { BUILTIN_REGIMES } from '../regimes/builtin-regimes.ts';
import { MAU05_ATTACK_TYPES, mau05Period, mau05Row, mau05Total, periodInstants } from './mau05.ts';

test('Mẫu 05 rows are the ten attack subtypes; other causes do not count', () => {
  assert.equal(MAU05_ATTACK_TYPES.length, 10);
  assert.equal(mau05Row('attack', 'attack.ransomware'), 'attack.ransomware');
  assert.equal(mau05Row('attack', null), 'attack.other');
  assert.equal(mau05Row('failure', 'failure.power'), null);
  assert.equal(mau05Row(null, null), null);
});

test('2017 regime: six-month and annual periods run from 1/1 to the day before the due day', () => {
  const h1 = mau05Period(BUILTIN_REGIMES, 'six_month', 2025);
  assert.ok(h1);
  assert.equal(h1.regimeId, BUILTIN_REGIMES[0]?.id);
  assert.deepEqual([h1.start, h1.end, h1.dueBefore], ['2025-01-01', '2025-06-19', '2025-06-20']);
  assert.equal(h1.verified, false);
  const year = mau05Period(BUILTIN_REGIMES, 'annual', 2025);
  assert.deepEqual([year?.start, year?.end, year?.dueBefore], ['2025-01-01', '2025-12-14', '2025-12-15']);
  // Six months of 2026 are still under the 2017 regime (the 2026 regime starts on 1/7/2026).
  assert.equal(mau05Period(BUILTIN_REGIMES, 'six_month', 2026)?.end, '2026-06-19');
});

test('2026 regime: the annual period runs from 15/12 of the year before to 14/12; no six-month report', () => {
  const year = mau05Period(BUILTIN_REGIMES, 'annual', 2026);
  assert.ok(year);
  assert.equal(year.regimeId, BUILTIN_REGIMES[1]?.id);
  assert.deepEqual([year.start, year.end, year.dueBefore], ['2025-12-15', '2026-12-14', '2026-12-20']);
  assert.equal(mau05Period(BUILTIN_REGIMES, 'six_month', 2027), undefined);
  const { from, to } = periodInstants(year);
  assert.equal(from.toISOString(), '2025-12-14T17:00:00.000Z');
  assert.equal(to.toISOString(), '2026-12-14T17:00:00.000Z');
});

test('the total row adds the ten rows', () => {
  const total = mau05Total([
    { count: 2, alone: 1, domestic: 1, foreign: 0, coordinator: 1, damage: 1000 },
    { count: 3, alone: 2, domestic: 0, foreign: 1, coordinator: 0, damage: 500 },
  ]);
  assert.deepEqual(total, { count: 5, alone: 3, domestic: 1, foreign: 1, coordinator: 1, damage: 1500 });
});
