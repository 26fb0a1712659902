import { sql } from 'kysely';
import type { Trx } from '../shared/context.ts';
import type { ServiceDeps } from '../shared/deps.ts';

export interface Job {
  name: string;
  /** A fixed number shared by every process: whoever takes it runs the job this time. */
  lockKey: number;
  everyMs: number;
  run(trx: Trx, deps: ServiceDeps): Promise<number>;
}

export interface SchedulerHandle {
  stop(): Promise<void>;
  /** Runs every job once now (tests, the CLI). */
  runOnce(): Promise<Record<string, number>>;
}

/**
 * Postgres-backed schedule: each run takes a transaction-scoped advisory lock, so among many
 * server processes exactly one does the work, and a crash releases the lock with the transaction.
 */
export function startScheduler(
  deps: ServiceDeps,
  jobs: Job[],
  log: (msg: string, err?: unknown) => void,
): SchedulerHandle {
  const timers: NodeJS.Timeout[] = [];
  let running: Promise<unknown> = Promise.resolve();
  let stopped = false;

  async function runJob(job: Job): Promise<number> {
    return deps.db.transaction().execute(async (trx) => {
      const got = await sql<{ ok: boolean }>`select pg_try_advisory_xact_lock(${job.lockKey}) as ok`.execute(
        trx,
      );
      if (!got.rows[0]?.ok) return 0;
      return job.run(trx, deps);
    });
  }

  function schedule(job: Job) {
    const timer = setInterval(() => {
      if (stopped) return;
      running = running.then(() => runJob(job).catch((err) => log(`job ${job.name} failed`, err)));
    }, job.everyMs);
    timer.unref();
    timers.push(timer);
  }
  for (const job of jobs) schedule(job);

  return {
    async stop() {
      stopped = true;
      for (const t of timers) clearInterval(t);
      await running;
    },
    async runOnce() {
      const out: Record<string, number> = {};
      for (const job of jobs) out[job.name] = await runJob(job);
      return out;
    },
  };
}
