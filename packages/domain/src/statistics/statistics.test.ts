import assert from 'node:assert/strict';
import { test } from 'node:test';
import { breakdownRowLabel, monthRange } from './statistics.ts';

test('a month bar covers the whole Vietnam calendar month, leap years included', () => {
  assert.deepEqual(monthRange('2024-02'), { from: '2024-02-01', to: '2024-02-29' });
  assert.deepEqual(monthRange('2026-12'), { from: '2026-12-01', to: '2026-12-31' });
  assert.equal(monthRange('2026-13x'), null);
});

test('breakdown rows are named in the reader language; unclassified rows say so', () => {
  assert.equal(breakdownRowLabel('cause_group', 'attack', null, 'vi'), 'Tấn công mạng');
  assert.equal(breakdownRowLabel('cause_group', '', null, 'en'), 'Not classified');
  assert.equal(breakdownRowLabel('month', '2026-03', null, 'vi'), '03/2026');
  assert.equal(breakdownRowLabel('unit', 'x', 'UBND phường Bần Yên Nhân', 'vi'), 'UBND phường Bần Yên Nhân');
  assert.equal(breakdownRowLabel('system', '', null, 'vi'), 'Không gắn hệ thống');
});
