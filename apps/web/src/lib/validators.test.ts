import assert from 'node:assert/strict';
import { test } from 'node:test';
import { blankToNull, isEmail, isPhone, optionalEmail, optionalPhone } from './validators.ts';

test('emails: one @, a dot in the domain, no spaces inside; surrounding spaces are forgiven', () => {
  for (const ok of ['hoa@example.gov.vn', ' an.nguyen@ubnd.hanoi.gov.vn ', 'a+b@x.io'])
    assert.ok(isEmail(ok), ok);
  for (const bad of ['', 'hoa', 'hoa@', 'hoa@example', 'h oa@example.vn', '@example.vn', 'a@b@c.vn']) {
    assert.ok(!isEmail(bad), bad);
  }
});

test('phones: 6 to 20 digits and + ( ) . - or spaces, as Vietnamese numbers are written', () => {
  for (const ok of ['0912345678', '0912 345 678', '+84 (24) 3822.1234', '024-3822-1234', '113114']) {
    assert.ok(isPhone(ok), ok);
  }
  for (const bad of ['', '12345', 'gọi tôi', '0912x45678', '+84 24 3822 1234 5678 90'])
    assert.ok(!isPhone(bad), bad);
});

test('optional checks accept blank and answer the given message otherwise', () => {
  const email = optionalEmail('sai thư');
  assert.equal(email(''), null);
  assert.equal(email('   '), null);
  assert.equal(email('hoa@example.vn'), null);
  assert.equal(email('hoa'), 'sai thư');
  const phone = optionalPhone('sai số');
  assert.equal(phone(''), null);
  assert.equal(phone('abc'), 'sai số');
});

test('blank text travels as null, other text trimmed', () => {
  assert.equal(blankToNull('  '), null);
  assert.equal(blankToNull(' Phòng CNTT '), 'Phòng CNTT');
});
