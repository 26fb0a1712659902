import assert from 'node:assert/strict';
import { test } from 'node:test';
import { REGIME_2017, REGIME_2026 } from '../regimes/builtin-regimes.ts';
import { computeDeadlines, type DeadlineInput, deadlineStatus } from './deadlines.ts';
import { noTriggers } from './triggers.ts';

const HOUR = 60 * 60 * 1000;
const DETECTED = '2025-04-10T02:00:00.000Z';
const plus = (hours: number, from = DETECTED) => new Date(Date.parse(from) + hours * HOUR).toISOString();

const base = (patch: Partial<DeadlineInput> = {}): DeadlineInput => ({
  regime: REGIME_2017,
  detectedAt: DETECTED,
  tier: 'T2',
  triggers: noTriggers(),
  personalData: false,
  ...patch,
});

test('deadlines 2017: every confirmed incident is notified within 5 days (TT 20 Điều 9)', () => {
  const list = computeDeadlines(base());
  assert.deepEqual(
    list.map((d) => d.code),
    ['notification'],
  );
  const [notification] = list;
  assert.equal(notification?.dueAt, plus(120));
  assert.equal(notification?.startsAt, DETECTED);
  assert.equal(notification?.formCode, 'mau_03');
  assert.equal(notification?.unverified, false);
  assert.match(notification?.basis ?? '', /TT 20\/2017/);
  assert.ok(notification?.recipients.includes('national_coordinator'));
});

test('deadlines: a T0 event has no reporting deadline', () => {
  assert.deepEqual(computeDeadlines(base({ tier: 'T0' })), []);
});

test('deadlines 2017: C6 adds an immediate emergency report (QĐ 05 Điều 11.1a)', () => {
  const list = computeDeadlines(base({ tier: 'T3', triggers: { ...noTriggers(), C6: true } }));
  assert.deepEqual(
    list.map((d) => d.code),
    ['emergency', 'notification'],
  );
  assert.equal(list[0]?.dueAt, DETECTED);
  assert.equal(list[0]?.immediate, true);
});

test('deadlines: an emergency clock starts when C6 became known, never before detection', () => {
  const later = plus(30);
  const list = computeDeadlines(
    base({
      tier: 'T3',
      triggers: { ...noTriggers(), C6: true },
      conditionKnownAt: { beyond_capacity: later },
    }),
  );
  const emergency = list.find((d) => d.code === 'emergency');
  assert.equal(emergency?.dueAt, later);
  // the notification keeps its detection anchor
  assert.equal(list.find((d) => d.code === 'notification')?.dueAt, plus(120));
  const early = computeDeadlines(
    base({ triggers: { ...noTriggers(), C6: true }, conditionKnownAt: { beyond_capacity: plus(-5) } }),
  );
  assert.equal(early.find((d) => d.code === 'emergency')?.dueAt, DETECTED);
});

test('deadlines 2017: personal data breach 72 h only from 1/7/2023 (Vietnam date), unverified', () => {
  const before = computeDeadlines(base({ detectedAt: '2023-06-30T16:59:00Z', personalData: true }));
  assert.ok(!before.some((d) => d.code === 'personal_data'));
  const after = computeDeadlines(base({ detectedAt: '2023-06-30T17:00:00Z', personalData: true }));
  const pd = after.find((d) => d.code === 'personal_data');
  assert.equal(pd?.dueAt, '2023-07-03T17:00:00.000Z');
  assert.equal(pd?.unverified, true);
  assert.deepEqual(pd?.recipients, ['data_protection_authority']);
});

test('deadlines 2026: serious incident 24 h and 72 h, flagged unverified [3P]', () => {
  const detected = '2026-08-01T00:00:00.000Z';
  const list = computeDeadlines(
    base({ regime: REGIME_2026, detectedAt: detected, tier: 'T4', serious: true }),
  );
  const byCode = new Map(list.map((d) => [d.code, d]));
  assert.equal(byCode.get('serious_initial')?.dueAt, plus(24, detected));
  assert.equal(byCode.get('serious_report')?.dueAt, plus(72, detected));
  assert.equal(byCode.get('notification')?.dueAt, plus(120, detected));
  assert.ok(list.every((d) => d.unverified));
  assert.deepEqual(
    list.map((d) => d.code),
    ['serious_initial', 'serious_report', 'notification'],
  );
});

test('deadlines 2026: serious defaults to tier T4 and can be overridden', () => {
  const t4 = computeDeadlines(base({ regime: REGIME_2026, tier: 'T4' }));
  assert.ok(t4.some((d) => d.code === 'serious_initial'));
  const notSerious = computeDeadlines(base({ regime: REGIME_2026, tier: 'T4', serious: false }));
  assert.ok(!notSerious.some((d) => d.code === 'serious_initial'));
  const t3 = computeDeadlines(base({ regime: REGIME_2026, tier: 'T3' }));
  assert.ok(!t3.some((d) => d.code.startsWith('serious')));
});

test('deadlines 2026: signs of harm to national security are reported immediately', () => {
  const list = computeDeadlines(
    base({ regime: REGIME_2026, tier: 'T4', nationalSecurityHarm: true, serious: false }),
  );
  assert.equal(list[0]?.code, 'national_security');
  assert.equal(list[0]?.dueAt, DETECTED);
  assert.deepEqual(list[0]?.recipients, ['police']);
});

test('deadlines 2026: personal data breach within 72 h (Luật 91/2025 Điều 23)', () => {
  const list = computeDeadlines(base({ regime: REGIME_2026, tier: 'T1', personalData: true }));
  assert.equal(list.find((d) => d.code === 'personal_data')?.dueAt, plus(72));
});

test('deadlines: an invalid detection time is rejected', () => {
  assert.throws(() => computeDeadlines(base({ detectedAt: 'not a date' })), RangeError);
});

test('deadline status: done, with the margin at completion', () => {
  const d = { startsAt: DETECTED, dueAt: plus(120) };
  assert.deepEqual(deadlineStatus(d, plus(200), plus(100)), { status: 'done', remainingMs: 20 * HOUR });
  assert.deepEqual(deadlineStatus(d, plus(200), plus(130)), { status: 'done', remainingMs: -10 * HOUR });
});

test('deadline status: ok, due soon in the last quarter, overdue after the due time', () => {
  const d = { startsAt: DETECTED, dueAt: plus(120) };
  assert.equal(deadlineStatus(d, plus(1)).status, 'ok');
  assert.equal(deadlineStatus(d, plus(89)).status, 'ok');
  assert.equal(deadlineStatus(d, plus(90)).status, 'due_soon');
  assert.deepEqual(deadlineStatus(d, plus(120), null), { status: 'due_soon', remainingMs: 0 });
  assert.deepEqual(deadlineStatus(d, plus(121)), { status: 'overdue', remainingMs: -HOUR });
});

test('deadline status: short or immediate deadlines are due soon within the last hour', () => {
  const short = { startsAt: DETECTED, dueAt: plus(2) };
  assert.equal(deadlineStatus(short, plus(0.5)).status, 'ok');
  assert.equal(deadlineStatus(short, plus(1)).status, 'due_soon');
  const immediate = { startsAt: DETECTED, dueAt: DETECTED };
  assert.equal(deadlineStatus(immediate, DETECTED).status, 'due_soon');
  assert.equal(deadlineStatus(immediate, plus(0.01)).status, 'overdue');
  assert.equal(deadlineStatus({ dueAt: plus(3) }, DETECTED).status, 'ok');
});

test('deadline status: an "immediately" duty is due now from its start, never "overdue by 0 minutes"', () => {
  const immediate = { startsAt: DETECTED, dueAt: DETECTED, immediate: true };
  assert.deepEqual(deadlineStatus(immediate, DETECTED), { status: 'due_now', remainingMs: 0 });
  // It keeps counting how long it has been due, from the start of its clock.
  assert.deepEqual(deadlineStatus(immediate, plus(2)), { status: 'due_now', remainingMs: -2 * HOUR });
  assert.equal(deadlineStatus(immediate, plus(2), plus(1)).status, 'done');
});
