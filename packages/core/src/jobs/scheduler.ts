import { sql } from 'kysely';
import type { Trx } from '../shared/context.ts';
import type { ServiceDeps } from '../shared/deps.ts';

export interface Job {
  name: string;
  /** A fixed number shared by every process: whoever takes it runs the job this time. */
  lockKey: number;
  everyMs: number;
  run(trx: Trx, deps: ServiceDeps): Promise<number>;
  /**
   * Work that opens its own transactions (filing incidents through the intake), run after `run`'s
   * transaction commits. It must not run inside it: on PGlite the one connection is held by that
   * transaction, so a query outside it would wait for itself.
   */
  afterCommit?(deps: ServiceDeps): Promise<void>;
}

export interface SchedulerHandle {
  stop(): Promise<void>;
  /** Runs every job once now (tests, the CLI). */
  runOnce(): Promise<Record<string, number>>;
}

/**
 * Postgres-backed schedule: each run takes a transaction-scoped advisory lock, so among many
 * server processes exactly one does the work, and a crash releases the lock with the transaction.
 * A timed run also claims its period in job_runs: with several processes ticking, a job runs once
 * per period, not once per process (decision 0028).
 */
export function startScheduler(
  deps: ServiceDeps,
  jobs: Job[],
  log: (msg: string, err?: unknown) => void,
): SchedulerHandle {
  const timers: NodeJS.Timeout[] = [];
  let running: Promise<unknown> = Promise.resolve();
  let stopped = false;

  async function runJob(job: Job, timed: boolean): Promise<number> {
    const done = await runInTransaction(job, timed);
    if (done > 0 && job.afterCommit) await job.afterCommit(deps);
    return done;
  }

  async function runInTransaction(job: Job, timed: boolean): Promise<number> {
    return deps.db.transaction().execute(async (trx) => {
      const got = await sql<{ ok: boolean }>`select pg_try_advisory_xact_lock(${job.lockKey}) as ok`.execute(
        trx,
      );
      if (!got.rows[0]?.ok) return 0;
      if (timed) {
        // Another process ran it within this period: this tick is not needed.
        const claimed = await sql<{ name: string }>`
          insert into job_runs (name, last_run_at) values (${job.name}, now())
          on conflict (name) do update set last_run_at = now()
          where job_runs.last_run_at < now() - make_interval(secs => ${(job.everyMs * 0.9) / 1000})
          returning name`.execute(trx);
        if (claimed.rows.length === 0) return 0;
      }
      return job.run(trx, deps);
    });
  }

  function schedule(job: Job) {
    const timer = setInterval(() => {
      if (stopped) return;
      running = running.then(() => runJob(job, true).catch((err) => log(`job ${job.name} failed`, err)));
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
      for (const job of jobs) out[job.name] = await runJob(job, false);
      return out;
    },
  };
}
