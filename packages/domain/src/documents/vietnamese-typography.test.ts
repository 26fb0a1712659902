import assert from 'node:assert/strict';
import { test } from 'node:test';
import {
  amountInWordsVi,
  dateLineVi,
  formatDateTimeVi,
  formatDayVi,
  formatDongVi,
  formatNumberVi,
  numberInWordsVi,
  placeDateLineVi,
} from './vietnamese-typography.ts';

test('numbers in words follow the linh, mốt, tư, lăm rules', () => {
  const cases: [number, string][] = [
    [0, 'không'],
    [5, 'năm'],
    [10, 'mười'],
    [11, 'mười một'],
    [14, 'mười bốn'],
    [15, 'mười lăm'],
    [20, 'hai mươi'],
    [21, 'hai mươi mốt'],
    [24, 'hai mươi tư'],
    [25, 'hai mươi lăm'],
    [31, 'ba mươi mốt'],
    [54, 'năm mươi tư'],
    [55, 'năm mươi lăm'],
    [100, 'một trăm'],
    [101, 'một trăm linh một'],
    [104, 'một trăm linh bốn'],
    [105, 'một trăm linh năm'],
    [110, 'một trăm mười'],
    [115, 'một trăm mười lăm'],
    [121, 'một trăm hai mươi mốt'],
    [999, 'chín trăm chín mươi chín'],
    [1000, 'một nghìn'],
    [1005, 'một nghìn không trăm linh năm'],
    [1010, 'một nghìn không trăm mười'],
    [1234, 'một nghìn hai trăm ba mươi tư'],
    [15_000, 'mười lăm nghìn'],
    [21_000, 'hai mươi mốt nghìn'],
    [105_000, 'một trăm linh năm nghìn'],
    [1_000_000, 'một triệu'],
    [1_000_005, 'một triệu không trăm linh năm'],
    [1_050_000, 'một triệu không trăm năm mươi nghìn'],
    [120_000_000, 'một trăm hai mươi triệu'],
    [1_000_000_000, 'một tỷ'],
    [1_500_000_000, 'một tỷ năm trăm triệu'],
    [2_000_000_000_000, 'hai nghìn tỷ'],
    [2_300_000_000_000, 'hai nghìn ba trăm tỷ'],
    [1_000_000_001, 'một tỷ không trăm linh một'],
  ];
  for (const [n, words] of cases) assert.equal(numberInWordsVi(n), words, String(n));
  assert.throws(() => numberInWordsVi(-1), RangeError);
  assert.throws(() => numberInWordsVi(1.5), RangeError);
});

test('amounts in words start with a capital and end in đồng', () => {
  assert.equal(amountInWordsVi(120_000_000), 'Một trăm hai mươi triệu đồng');
  assert.equal(amountInWordsVi(45_500_000), 'Bốn mươi lăm triệu năm trăm nghìn đồng');
  assert.equal(amountInWordsVi(0), 'Không đồng');
});

test('numbers and đồng group thousands with dots and decimals with a comma', () => {
  assert.equal(formatNumberVi(1_234_567), '1.234.567');
  assert.equal(formatNumberVi(999), '999');
  assert.equal(formatNumberVi(-1500), '-1.500');
  assert.equal(formatNumberVi(12.5, 1), '12,5');
  assert.equal(formatNumberVi(Number.NaN), '—');
  assert.equal(formatDongVi(120_000_000), '120.000.000 đồng');
});

test('dates print as dd/mm/yyyy and the date line in Vietnam time', () => {
  assert.equal(formatDayVi('2026-03-05T01:30:00Z'), '05/03/2026');
  assert.equal(formatDayVi('2026-12-31T17:30:00Z'), '01/01/2027');
  assert.equal(formatDayVi('2026-06-19'), '19/06/2026');
  assert.equal(formatDayVi(null), '—');
  assert.equal(formatDateTimeVi('2026-03-05T01:30:00Z'), '05/03/2026 08:30');
  assert.equal(dateLineVi('2026-02-03T03:00:00Z'), 'ngày 03 tháng 02 năm 2026');
  assert.equal(dateLineVi('2026-12-05'), 'ngày 05 tháng 12 năm 2026');
  assert.equal(dateLineVi('bad'), 'ngày … tháng … năm …');
  assert.equal(placeDateLineVi('Mỹ Hào', '2026-12-05'), 'Mỹ Hào, ngày 05 tháng 12 năm 2026');
});

test('the area and place of a People’s Committee come from its name', async () => {
  const { areaOfCommittee, placeOfCommittee } = await import('./vietnamese-typography.ts');
  assert.equal(areaOfCommittee('UBND thị xã Mỹ Hào'), 'thị xã Mỹ Hào');
  assert.equal(placeOfCommittee('UBND thị xã Mỹ Hào'), 'Mỹ Hào');
  assert.equal(placeOfCommittee('Ủy ban nhân dân phường Bần Yên Nhân'), 'Bần Yên Nhân');
});
