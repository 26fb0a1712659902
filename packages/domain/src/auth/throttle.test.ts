import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { backoffWaitMs, SIGN_IN_LIMITS, type ThrottleState, throttleVerdict } from './throttle.ts';

const t0 = new Date('2026-12-05T08:00:00Z');
const at = (ms: number) => new Date(t0.getTime() + ms);
const state = (count: number, firstMs: number, lastMs: number): ThrottleState => ({
  count,
  firstAt: at(firstMs),
  lastAt: at(lastMs),
});

describe('fixed window (per address)', () => {
  const limit = SIGN_IN_LIMITS.address;
  test('allows up to the cap, then refuses until the window ends, then starts again', () => {
    assert.equal(throttleVerdict(limit, state(limit.max - 1, 0, 0), at(1000)).allowed, true);
    const refused = throttleVerdict(limit, state(limit.max, 0, 0), at(60_000));
    assert.deepEqual(refused, { allowed: false, retryAfterMs: limit.windowMs - 60_000 });
    const after = throttleVerdict(limit, state(limit.max, 0, 0), at(limit.windowMs));
    assert.deepEqual(after, {
      allowed: true,
      next: { count: 1, firstAt: at(limit.windowMs), lastAt: at(limit.windowMs) },
    });
  });
});

describe('backoff (per account and address, per account)', () => {
  const limit = SIGN_IN_LIMITS.pair;
  test('the wait doubles after the free attempts and is capped', () => {
    const waits = [0, 4, 5, 6, 7, 20].map((n) => backoffWaitMs(limit, n));
    assert.deepEqual(waits, [0, 0, 30_000, 60_000, 120_000, limit.maxMs]);
    assert.equal(backoffWaitMs(limit, 10_000), limit.maxMs);
  });
  test('refuses within the wait, counted from the latest attempt; forgets after the memory', () => {
    assert.deepEqual(throttleVerdict(limit, state(6, 0, 10_000), at(20_000)), {
      allowed: false,
      retryAfterMs: 50_000,
    });
    assert.equal(throttleVerdict(limit, state(6, 0, 10_000), at(70_000)).allowed, true);
    const forgotten = throttleVerdict(limit, state(50, 0, 0), at(limit.memoryMs));
    assert.ok(forgotten.allowed && forgotten.next.count === 1);
  });
  test('no counter yet, or a refunded one, lets the attempt through', () => {
    assert.ok(throttleVerdict(limit, null, t0).allowed);
    assert.ok(throttleVerdict(limit, state(0, 0, 0), t0).allowed);
  });
});
