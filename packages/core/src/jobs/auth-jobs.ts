import { KNOWN_ADDRESS_MS, SIGN_IN_LIMITS } from '@ungcuu/domain/auth/throttle.ts';
import { deleteExpiredSessions } from '../auth/session.repository.ts';
import { deleteStaleThrottles } from '../auth/throttle.repository.ts';
import type { Job } from './scheduler.ts';

/** Ended sessions and throttle counters no rule remembers any more (sprayed names leave many). */
export const authCleanup: Job = {
  name: 'auth-cleanup',
  lockKey: 728_200_4,
  everyMs: 60 * 60_000,
  async run(trx, { clock }) {
    const now = clock.now().getTime();
    const remembered = Math.max(
      SIGN_IN_LIMITS.address.windowMs,
      SIGN_IN_LIMITS.pair.memoryMs,
      SIGN_IN_LIMITS.account.memoryMs,
    );
    const sessions = await deleteExpiredSessions(trx, new Date(now));
    const counters = await deleteStaleThrottles(
      trx,
      new Date(now - remembered),
      new Date(now - KNOWN_ADDRESS_MS),
    );
    return sessions + counters;
  },
};

export const AUTH_JOBS: Job[] = [authCleanup];
