import assert from 'node:assert/strict';
import { test } from 'node:test';
import { foldVietnamese } from './normalize.ts';
import { isVietnameseSyllable, repairTypingSlip } from './typing-slips.ts';

test('Telex keystrokes left in the text are read as the folded word', () => {
  const cases: [string, string][] = [
    ['ddieenj', 'dien'],
    ['maxs', 'ma'],
    ['ddocj', 'doc'],
    ['khoong', 'khong'],
    ['truwowngf', 'truong'],
    ['nguwowif', 'nguoi'],
    ['dduwowcj', 'duoc'],
    ['bij', 'bi'],
    ['tasn', 'tan'],
    ['lowj', 'lo'],
  ];
  for (const [typed, meant] of cases) assert.equal(repairTypingSlip(typed), meant, typed);
});

test('VNI digits are read too; words with digits that are not VNI stay', () => {
  assert.equal(repairTypingSlip('d9ie65n'), 'dien');
  assert.equal(repairTypingSlip('ma4'), 'ma');
  for (const word of ['md5', 'win10', 'sha256', 'ipv4', 'log4j', 'x86'])
    assert.equal(repairTypingSlip(word), word);
});

test('English and technical words are left alone', () => {
  for (const word of [
    'ddos',
    'dos',
    'dns',
    'now',
    'this',
    'virus',
    'logs',
    'files',
    'was',
    'down',
    'password',
  ])
    assert.equal(repairTypingSlip(word), word);
});

test('plain folded Vietnamese is unchanged, so repair never hurts text typed without marks', () => {
  const text = foldVietnamese(
    'Máy chủ cổng thông tin điện tử bị tấn công từ chối dịch vụ, người dân không truy cập được',
  );
  for (const word of text.split(/\W+/).filter(Boolean)) {
    assert.ok(isVietnameseSyllable(word), word);
    assert.equal(repairTypingSlip(word), word);
  }
});
