import assert from 'node:assert/strict';
import { test } from 'node:test';
import { chooseChannels, completePrefs, defaultPrefs, quietUntil } from './preferences.ts';
import { fillChatTemplate, renderNoticeMail } from './render.ts';

// 23:30 in Hà Nội is 16:30 UTC.
const lateEvening = new Date('2026-12-05T16:30:00Z');
const noon = new Date('2026-12-05T05:00:00Z');

test('quiet hours across midnight hold messages until they end (Vietnam time)', () => {
  const quiet = { from: '22:00', to: '06:30' };
  assert.equal(quietUntil(quiet, lateEvening)?.toISOString(), '2026-12-05T23:30:00.000Z');
  assert.equal(quietUntil(quiet, noon), null);
  assert.equal(quietUntil({ from: '12:00', to: '13:00' }, noon)?.toISOString(), '2026-12-05T06:00:00.000Z');
});

test('T3/T4 ignore quiet hours, the digest and the tier threshold; others obey them', () => {
  const prefs = completePrefs({
    ...defaultPrefs(),
    quietHours: { from: '22:00', to: '06:00' },
    digest: true,
    chatId: '42',
  });
  prefs.rules.incident_reported = { inapp: false, email: true, chat: true, minTier: 2 };
  const ordinary = chooseChannels(prefs, { kind: 'incident_reported', tier: 1 }, lateEvening);
  assert.deepEqual([ordinary.email, ordinary.chat, ordinary.inapp], [false, false, false]);
  const t2 = chooseChannels(prefs, { kind: 'incident_reported', tier: 2 }, lateEvening);
  assert.equal(t2.email, false, 'the digest takes ordinary mail');
  assert.equal(t2.chat, true);
  assert.ok(t2.notBefore, 'held until the quiet hours end');
  const t3 = chooseChannels(prefs, { kind: 'incident_reported', tier: 3 }, lateEvening);
  assert.deepEqual([t3.email, t3.chat, t3.inapp, t3.notBefore], [true, true, true, null]);
  assert.equal(chooseChannels(prefs, { kind: 'digest' }, noon).email, true, 'the digest itself is mailed');
});

test('no chat without a chat id; defaults mail everything', () => {
  const d = chooseChannels(defaultPrefs(), { kind: 'task_assigned' }, noon);
  assert.deepEqual([d.inapp, d.email, d.chat, d.notBefore], [true, true, false, null]);
});

test('mail rendering escapes HTML and links under the public address; templates stay valid JSON', () => {
  const mail = renderNoticeMail(
    { kind: 'mention', title: { vi: '<b>Chú ý</b>', en: 'x' }, link: '/incidents/1', tier: 3 },
    'vi',
    'https://ungcuu.example.vn/',
  );
  assert.equal(mail.subject, '[T3] <b>Chú ý</b>');
  assert.ok(mail.html.includes('&lt;b&gt;Chú ý&lt;/b&gt;'));
  assert.ok(mail.text.includes('https://ungcuu.example.vn/incidents/1'));
  const body = fillChatTemplate('{"t":"{{title}}"}', { title: 'a "quoted"\nline' });
  assert.deepEqual(JSON.parse(body), { t: 'a "quoted"\nline' });
});
