import cluster from 'node:cluster';
import { sql } from 'kysely';
import { LOCK_KEYS } from '../shared/lock-keys.ts';
import type { Job } from './scheduler.ts';

/**
 * A job for tests only, through the real scheduler (advisory lock + job_runs claim): with
 * UNGCUU_TEST_HEARTBEAT_MS=N set, every server process schedules it every N ms and each run prints
 * one line `ungcuu-test-heartbeat ran worker=<id> at=<ms>`, `at` being the database time
 * of the claiming transaction (the `now()` the job_runs claim compared). server-workers.test.ts counts the lines
 * of two workers: one per period, not one per process. Unset (always, outside that test): no job.
 */
export function testHeartbeatJobs(setting: string | undefined): Job[] {
  const everyMs = Number(setting);
  if (!setting || !Number.isInteger(everyMs) || everyMs < 100) return [];
  const worker = cluster.worker?.id ?? 0;
  console.log(`ungcuu-test-heartbeat scheduled worker=${worker} every=${everyMs}`);
  return [
    {
      name: 'test-heartbeat',
      lockKey: LOCK_KEYS.jobTestHeartbeat,
      everyMs,
      run: async (trx) => {
        const { rows } = await sql<{ at: Date }>`select now() as at`.execute(trx);
        console.log(`ungcuu-test-heartbeat ran worker=${worker} at=${new Date(rows[0]!.at).getTime()}`);
        return 1;
      },
    },
  ];
}
