import assert from 'node:assert/strict';
import { test } from 'node:test';
import {
  bareMessageId,
  incidentCodeIn,
  normaliseSenderPattern,
  senderPatterns,
  threadIds,
  titleFromSubject,
} from './mail-intake.ts';

test('sender patterns: a full address or a whole domain, never a free-mail domain', () => {
  assert.equal(normaliseSenderPattern(' VanThu@Xa-A.gov.vn '), 'vanthu@xa-a.gov.vn');
  assert.equal(normaliseSenderPattern('@Xa-A.gov.vn'), '@xa-a.gov.vn');
  assert.equal(normaliseSenderPattern('@gmail.com'), null);
  assert.equal(normaliseSenderPattern('someone@gmail.com'), 'someone@gmail.com');
  for (const bad of ['', 'xa.gov.vn', '@', 'a@b', 'a b@c.vn', `${'a'.repeat(65)}@x.vn`, '@x..vn'])
    assert.equal(normaliseSenderPattern(bad), null, bad);
  assert.deepEqual(senderPatterns('VanThu@Xa.gov.vn'), ['vanthu@xa.gov.vn', '@xa.gov.vn']);
  assert.deepEqual(senderPatterns('no-at-sign'), []);
});

test('an incident code in a reply subject', () => {
  assert.equal(incidentCodeIn('Re: [SC-2026-0007] Trang web'), 'SC-2026-0007');
  assert.equal(incidentCodeIn('tl: sc-2026-12 bổ sung'), 'SC-2026-12');
  assert.equal(incidentCodeIn('Mã XSC-2026-0007Y'), null);
  assert.equal(incidentCodeIn(undefined), null);
});

test('thread ids from In-Reply-To and References', () => {
  assert.deepEqual(threadIds('<a@x>', ['<b@y>', '<a@x>']), ['a@x', 'b@y']);
  assert.deepEqual(threadIds(undefined, '<c@z> <d@z>'), ['c@z', 'd@z']);
  assert.equal(bareMessageId('<m.1@host>'), 'm.1@host');
  assert.equal(bareMessageId('garbage'), null);
});

test('the title drops reply prefixes and is never empty', () => {
  assert.equal(titleFromSubject('Re: FW: TL: Máy chủ bị tấn công', 'a@b.vn'), 'Máy chủ bị tấn công');
  assert.match(titleFromSubject('', 'a@b.vn'), /a@b\.vn/);
  assert.equal([...titleFromSubject('ê'.repeat(400), 'a@b.vn')].length, 300);
});
