/**
 * Sign-in throttling rules (pure). Three counters are kept independently:
 *
 * - per address: a hard cap on attempts in a fixed window. Only whoever shares that address is
 *   refused, so it cannot be used to keep a person out from elsewhere.
 * - per account and address: a few free failures, then a growing wait between attempts. A
 *   success clears only this counter, so one valid account does not reset anything else.
 * - per account, across addresses: the same growing wait, but applied only to addresses the
 *   account has not signed in from before. Guessing from many addresses is slowed, while the
 *   coordinator, signing in from their usual place during an incident, is never held back by
 *   an attacker's failures.
 *
 * No counter locks an account outright: an attacker can only slow themselves down.
 */

export interface FixedWindowLimit {
  kind: 'window';
  windowMs: number;
  max: number;
}

export interface BackoffLimit {
  kind: 'backoff';
  /** Attempts allowed before any wait. */
  free: number;
  /** Wait after the first attempt beyond the free ones; doubles with each further attempt. */
  baseMs: number;
  maxMs: number;
  /** The counter starts again after this long without an attempt. */
  memoryMs: number;
}

export type ThrottleLimit = FixedWindowLimit | BackoffLimit;

/** What is stored per counter. */
export interface ThrottleState {
  count: number;
  firstAt: Date;
  lastAt: Date;
}

export type ThrottleVerdict =
  | { allowed: true; next: ThrottleState }
  | { allowed: false; retryAfterMs: number };

export const SIGN_IN_LIMITS = {
  address: { kind: 'window', windowMs: 15 * 60_000, max: 30 },
  pair: { kind: 'backoff', free: 5, baseMs: 30_000, maxMs: 15 * 60_000, memoryMs: 24 * 60 * 60_000 },
  account: { kind: 'backoff', free: 10, baseMs: 30_000, maxMs: 15 * 60_000, memoryMs: 24 * 60 * 60_000 },
} as const satisfies Record<string, ThrottleLimit>;

/** An address the account signed in from within this long counts as its usual place. */
export const KNOWN_ADDRESS_MS = 90 * 24 * 60 * 60_000;

/** The wait a backoff counter imposes after `count` attempts (0 while within the free ones). */
export function backoffWaitMs(limit: BackoffLimit, count: number): number {
  if (count < limit.free) return 0;
  return Math.min(limit.maxMs, limit.baseMs * 2 ** Math.min(count - limit.free, 30));
}

/** Whether one more attempt may go ahead now, and the counter as it stands if it does. */
export function throttleVerdict(
  limit: ThrottleLimit,
  state: ThrottleState | null,
  now: Date,
): ThrottleVerdict {
  const t = now.getTime();
  const fresh: ThrottleState = { count: 1, firstAt: now, lastAt: now };
  if (!state || state.count <= 0) return { allowed: true, next: fresh };
  if (limit.kind === 'window') {
    const ends = state.firstAt.getTime() + limit.windowMs;
    if (t >= ends) return { allowed: true, next: fresh };
    if (state.count >= limit.max) return { allowed: false, retryAfterMs: ends - t };
    return { allowed: true, next: { ...state, count: state.count + 1, lastAt: now } };
  }
  if (t - state.lastAt.getTime() >= limit.memoryMs) return { allowed: true, next: fresh };
  const allowedAt = state.lastAt.getTime() + backoffWaitMs(limit, state.count);
  if (t < allowedAt) return { allowed: false, retryAfterMs: allowedAt - t };
  return { allowed: true, next: { ...state, count: state.count + 1, lastAt: now } };
}
