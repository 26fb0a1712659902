import assert from 'node:assert/strict';
import { test } from 'node:test';
import { dayKey, formatDayVi, monthsBefore, vnDay, withinMonths } from './dates.ts';

test('vnDay reads date-only strings as local days and timestamps in UTC+7', () => {
  assert.deepEqual(vnDay('2025-03-01'), { year: 2025, month: 3, day: 1 });
  assert.deepEqual(vnDay('2025-02-28T17:30:00Z'), { year: 2025, month: 3, day: 1 });
  assert.deepEqual(vnDay('2025-03-01T06:59:00+07:00'), { year: 2025, month: 3, day: 1 });
});

test('formatting', () => {
  assert.equal(formatDayVi({ year: 2025, month: 1, day: 5 }), '05/01/2025');
  assert.equal(dayKey({ year: 2025, month: 1, day: 5 }), '2025-01-05');
});

test('monthsBefore clamps to the end of a shorter month and crosses years', () => {
  assert.deepEqual(monthsBefore({ year: 2025, month: 8, day: 31 }, 6), { year: 2025, month: 2, day: 28 });
  assert.deepEqual(monthsBefore({ year: 2024, month: 8, day: 31 }, 6), { year: 2024, month: 2, day: 29 });
  assert.deepEqual(monthsBefore({ year: 2025, month: 3, day: 15 }, 12), { year: 2024, month: 3, day: 15 });
  assert.deepEqual(monthsBefore({ year: 2025, month: 1, day: 10 }, 1), { year: 2024, month: 12, day: 10 });
});

test('withinMonths includes the boundary day', () => {
  const now = { year: 2025, month: 9, day: 15 };
  assert.ok(withinMonths('2025-03-15', now, 6));
  assert.ok(!withinMonths('2025-03-14', now, 6));
});

test('invalid dates are rejected', () => {
  assert.throws(() => vnDay('2025-02-29'), RangeError);
  assert.throws(() => vnDay('15/09/2025'), RangeError);
});
