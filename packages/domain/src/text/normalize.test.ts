import assert from 'node:assert/strict';
import { test } from 'node:test';
import { CLASSIFICATION_SET } from '../incidents/testdata/classification-set.ts';
import { diacriticKey, foldVietnamese, tokenize, tokenizeWithSpans } from './normalize.ts';

test('foldVietnamese lowercases, strips diacritics, maps đ and collapses whitespace', () => {
  assert.equal(foldVietnamese('  Mất điện   ĐỘT NGỘT\tở trụ sở\n'), 'mat dien dot ngot o tru so');
  assert.equal(foldVietnamese('Đường truyền đứt'), 'duong truyen dut');
  assert.equal(foldVietnamese('Bão, lũ; hỏa hoạn!'), 'bao, lu; hoa hoan!');
  assert.equal(foldVietnamese(''), '');
});

test('foldVietnamese gives the same result for composed and decomposed input', () => {
  const composed = 'Tấn công mã hóa dữ liệu';
  assert.equal(foldVietnamese(composed.normalize('NFD')), foldVietnamese(composed));
  assert.equal(foldVietnamese(composed), 'tan cong ma hoa du lieu');
});

test('tokenize splits on anything that is not a letter or a digit', () => {
  assert.deepEqual(tokenize('Bão số 3: e-office "chết" (từ 8h)'), [
    'bao',
    'so',
    '3',
    'e',
    'office',
    'chet',
    'tu',
    '8h',
  ]);
  assert.deepEqual(tokenize('  ...  '), []);
});

test('every word of the labelled reports folds to plain ASCII', () => {
  for (const report of CLASSIFICATION_SET) {
    for (const word of tokenize(report.text)) assert.match(word, /^[a-z0-9]+$/, report.text);
  }
});

test('token spans point at the words of the original text, even when it is decomposed', () => {
  for (const text of [
    'Cáp quang bị đứt, mất internet.',
    'Cáp quang bị đứt, mất internet.'.normalize('NFD'),
  ]) {
    const tokens = tokenizeWithSpans(text);
    assert.deepEqual(
      tokens.map((t) => foldVietnamese(text.slice(t.start, t.end))),
      ['cap', 'quang', 'bi', 'dut', 'mat', 'internet'],
    );
  }
});

test('clauseStart marks words after punctuation, not after hyphens', () => {
  const tokens = tokenizeWithSpans('Không phải do mất điện, mà do e-office lỗi');
  assert.deepEqual(
    tokens.filter((t) => t.clauseStart).map((t) => t.folded),
    ['khong', 'ma'],
  );
});

test('plain tells words typed without diacritics', () => {
  assert.deepEqual(
    tokenizeWithSpans('mat điện Dien').map((t) => t.plain),
    [true, false, true],
  );
});

test('diacriticKey ignores tone placement but not the tone or vowel marks', () => {
  assert.equal(diacriticKey('hoá'), diacriticKey('hóa'));
  assert.equal(diacriticKey('Thuỷ'), diacriticKey('thủy'));
  assert.equal(diacriticKey('MẤT'), diacriticKey('mất'));
  assert.notEqual(diacriticKey('mất'), diacriticKey('mát'));
  assert.notEqual(diacriticKey('nhiễm'), diacriticKey('nhiệm'));
  assert.notEqual(diacriticKey('đòi'), diacriticKey('đổi'));
});
