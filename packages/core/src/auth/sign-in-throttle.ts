import {
  KNOWN_ADDRESS_MS,
  SIGN_IN_LIMITS,
  type ThrottleLimit,
  throttleVerdict,
} from '@ungcuu/domain/auth/throttle.ts';
import { DomainError } from '@ungcuu/domain/errors.ts';
import type { Clock, Db } from '../shared/context.ts';
import {
  clearThrottle,
  lastMarked,
  lockThrottleRows,
  markThrottle,
  refundThrottle,
  saveThrottle,
} from './throttle.repository.ts';

/** One attempt to prove who one is: a sign-in, a password change, a second-factor code. */
export interface Attempt {
  username: string;
  ip: string | null;
}

export interface Admission {
  succeeded(): Promise<void>;
}

function keysOf(attempt: Attempt) {
  // By name, not by id: an unknown name is throttled exactly like a real one, so the waits
  // never tell which names exist.
  const name = attempt.username.trim().toLowerCase();
  const ip = attempt.ip ?? 'unknown';
  return {
    address: `ip:${ip}`,
    pair: `pair:${name}|${ip}`,
    account: `acct:${name}`,
    known: `seen:${name}|${ip}`,
  };
}

/**
 * Counts attempts before the secret is checked, so that parallel guesses are decided one after
 * another; a success then takes its own attempt back. See the domain rules for the three counters.
 */
export function createSignInThrottle(db: Db, clock: Clock) {
  return {
    /**
     * Refuses with 429 auth.throttled (and the seconds to wait) or counts the attempt; call
     * succeeded() on the answer once the secret proved right.
     */
    async admit(attempt: Attempt): Promise<Admission> {
      const now = clock.now();
      const keys = keysOf(attempt);
      const seen = await lastMarked(db, keys.known);
      const known = seen !== null && now.getTime() - seen.getTime() < KNOWN_ADDRESS_MS;
      const checks: [string, ThrottleLimit][] = [
        [keys.address, SIGN_IN_LIMITS.address],
        [keys.pair, SIGN_IN_LIMITS.pair],
      ];
      // Failures from elsewhere never slow a person down at the address they usually use.
      if (!known) checks.push([keys.account, SIGN_IN_LIMITS.account]);
      await db.transaction().execute(async (trx) => {
        const states = await lockThrottleRows(
          trx,
          checks.map(([key]) => key),
          now,
        );
        let waitMs = 0;
        const next = checks.map(([key, limit]) => {
          const verdict = throttleVerdict(limit, states.get(key) ?? null, now);
          if (!verdict.allowed) waitMs = Math.max(waitMs, verdict.retryAfterMs);
          return { key, verdict };
        });
        if (waitMs > 0) {
          throw new DomainError('auth.throttled', { retryAfter: Math.ceil(waitMs / 1000) });
        }
        for (const { key, verdict } of next) if (verdict.allowed) await saveThrottle(trx, key, verdict.next);
      });
      return {
        // The secret was right: only this account-and-address counter starts again; the
        // address and the account just take this attempt back.
        async succeeded() {
          await clearThrottle(db, keys.pair);
          await refundThrottle(db, known ? [keys.address] : [keys.address, keys.account]);
          await markThrottle(db, keys.known, clock.now());
        },
      };
    },
  };
}
export type SignInThrottle = ReturnType<typeof createSignInThrottle>;
