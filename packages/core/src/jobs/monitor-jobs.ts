import { deleteExpired } from '../monitoring/monitor-results.repository.ts';
import { LOCK_KEYS } from '../shared/lock-keys.ts';
import type { Job } from './scheduler.ts';

/** Raw check results live `rawDays`; buckets hold the history (issue 10: uptime over a year). */
export function monitorRetentionJob(rawDays: number): Job {
  return {
    name: 'monitor-retention',
    lockKey: LOCK_KEYS.jobMonitorRetention,
    everyMs: 60 * 60_000,
    run: (trx, { clock }) => deleteExpired(trx, clock.now(), rawDays),
  };
}
