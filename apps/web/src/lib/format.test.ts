import assert from 'node:assert/strict';
import { test } from 'node:test';
import { formatDay, nullableText, optionalText, todayVn, yearOptions } from './format.ts';

test('calendar days show dd/mm/yyyy; a timestamp shows its day in Vietnam', () => {
  assert.equal(formatDay('2026-03-09'), '09/03/2026');
  // 20:30 UTC on 9 March is already 10 March in Vietnam (UTC+7).
  assert.equal(formatDay('2026-03-09T20:30:00Z'), '10/03/2026');
  assert.equal(formatDay(null), '');
  assert.equal(formatDay(''), '');
});

test('today is a YYYY-MM-DD day on the Vietnamese calendar', () => {
  assert.match(todayVn(), /^\d{4}-\d{2}-\d{2}$/);
});

test('optional text: undefined when blank (left out); nullable text: null when blank (cleared)', () => {
  assert.equal(optionalText('  '), undefined);
  assert.equal(optionalText(' VNCERT '), 'VNCERT');
  assert.equal(nullableText(''), null);
  assert.equal(nullableText(' Kho 2 '), 'Kho 2');
});

test('the year pickers offer next year, this year and the two before, newest first', () => {
  assert.deepEqual(
    yearOptions(2026).map((o) => o.value),
    ['2027', '2026', '2025', '2024'],
  );
  assert.equal(yearOptions(2026)[1]?.label, '2026');
});
