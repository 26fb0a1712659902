import assert from 'node:assert/strict';
import { test } from 'node:test';
import { safeCellText, unquoteCellText } from './spreadsheet-text.ts';

test('text that a spreadsheet would evaluate gets an apostrophe; other text is unchanged', () => {
  const cases: [string, string][] = [
    ['=HYPERLINK("http://evil.example","bấm")', `'=HYPERLINK("http://evil.example","bấm")`],
    ["+cmd|' /C calc'!A0", "'+cmd|' /C calc'!A0"],
    ['-2+3', "'-2+3"],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['\t=1+1', "'\t=1+1"],
    ['\r=1+1', "'\r=1+1"],
    ['Cổng thông tin = trang chủ', 'Cổng thông tin = trang chủ'],
    ['', ''],
    ["'quoted", "'quoted"],
  ];
  for (const [input, expected] of cases) {
    assert.equal(safeCellText(input), expected, JSON.stringify(input));
    assert.equal(unquoteCellText(safeCellText(input)), input, `round trip ${JSON.stringify(input)}`);
  }
});
