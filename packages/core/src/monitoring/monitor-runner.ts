import type { MonitorConfig, MonitorKind } from '@ungcuu/domain/monitoring/monitor.ts';
import type { MonitorBaseline } from '../db/schema-monitoring.ts';
import type { ServiceDeps } from '../shared/deps.ts';
import { runCheck } from './checkers.ts';
import type { MonitorEngine } from './monitor-engine.ts';
import { claimDue, type ResultRecord } from './monitor-results.repository.ts';

export interface RunnerOptions {
  /** Checks in flight at once in this process. */
  concurrency: number;
  /** How often the runner looks for due monitors. */
  tickMs: number;
  /** Results are written in batches: at most this many, at least this often. */
  flushMs: number;
  batchSize: number;
  /** Each next run is pushed by up to this share of the interval, so monitors spread out. */
  jitterRatio: number;
}

export const DEFAULT_RUNNER_OPTIONS: RunnerOptions = {
  concurrency: 64,
  tickMs: 1_000,
  flushMs: 500,
  batchSize: 200,
  jitterRatio: 0.1,
};

export interface MonitorRunner {
  stop(): Promise<void>;
  /** Claims and checks what is due now, then writes the results (tests, the bench). */
  runDueOnce(): Promise<number>;
  stats(): { checks: number; inFlight: number };
}

/**
 * The checker of one server process. Every process may run one: due monitors are claimed with
 * FOR UPDATE SKIP LOCKED and their next run moved ahead in the same statement, so each check runs
 * once cluster-wide, and the schedule lives in the database (a restart loses nothing).
 */
export function startMonitorRunner(
  deps: ServiceDeps,
  engine: MonitorEngine,
  options: Partial<RunnerOptions> = {},
  log: (msg: string, err?: unknown) => void = () => {},
  autoStart = true,
): MonitorRunner {
  const opts = { ...DEFAULT_RUNNER_OPTIONS, ...options };
  let inFlight = 0;
  let checks = 0;
  let stopped = false;
  let pending: ResultRecord[] = [];
  let flushing: Promise<void> = Promise.resolve();
  const running = new Set<Promise<void>>();

  function flush(): Promise<void> {
    if (pending.length === 0) return flushing;
    const batch = pending;
    pending = [];
    flushing = flushing.then(() =>
      engine.record(batch, deps.clock.now()).then(
        () => undefined,
        (err) => log('monitor results not recorded', err),
      ),
    );
    return flushing;
  }

  function launch(row: Awaited<ReturnType<typeof claimDue>>[number]) {
    inFlight += 1;
    const task = runCheck(
      {
        kind: row.kind as MonitorKind,
        target: row.target,
        config: (row.config ?? {}) as MonitorConfig,
        timeoutMs: row.timeout_ms,
        baseline: (row.baseline ?? null) as MonitorBaseline | null,
      },
      deps.clock.now(),
    )
      .then((outcome) => {
        checks += 1;
        pending.push({
          monitorId: row.id,
          probeId: null,
          checkedAt: deps.clock.now(),
          ok: outcome.ok,
          responseMs: outcome.responseMs,
          message: outcome.message,
          detail: outcome.detail,
          snapshot: outcome.snapshot,
        });
        if (pending.length >= opts.batchSize) void flush();
      })
      .finally(() => {
        inFlight -= 1;
        running.delete(task);
        // Refill as checks finish (a quarter of the slots at a time), not only once per tick:
        // otherwise one process could never run more than `concurrency` checks a second.
        if (autoStart && !stopped && opts.concurrency - inFlight >= Math.max(1, opts.concurrency / 4))
          refill();
      });
    running.add(task);
  }

  async function claimAndLaunch(): Promise<number> {
    const free = opts.concurrency - inFlight;
    // Back-pressure: nothing is claimed while results wait to be written.
    if (free <= 0 || pending.length >= opts.batchSize) return 0;
    const rows = await claimDue(deps.db, deps.clock.now(), free, opts.jitterRatio);
    for (const row of rows) launch(row);
    return rows.length;
  }

  let refillQueued = false;
  function refill() {
    if (refillQueued) return;
    refillQueued = true;
    setImmediate(() => {
      refillQueued = false;
      void tick();
    });
  }

  let tickTimer: NodeJS.Timeout | null = null;
  let flushTimer: NodeJS.Timeout | null = null;
  let ticking = false;
  async function tick() {
    if (stopped || ticking) return;
    ticking = true;
    try {
      // Keep claiming while slots free up, so a backlog drains at the concurrency limit.
      while (!stopped && (await claimAndLaunch()) > 0 && inFlight < opts.concurrency);
    } catch (err) {
      log('monitor claim failed', err);
    } finally {
      ticking = false;
    }
  }
  let sweepTimer: NodeJS.Timeout | null = null;
  if (autoStart) {
    tickTimer = setInterval(() => void tick(), opts.tickMs);
    flushTimer = setInterval(() => void flush(), opts.flushMs);
    // An outage whose incident was not filed (a stop between commit and filing) is caught up.
    sweepTimer = setInterval(
      () =>
        void engine
          .fileMissingIncidents(deps.clock.now())
          .catch((err) => log('monitor incident sweep failed', err)),
      60_000,
    );
    for (const t of [tickTimer, flushTimer, sweepTimer]) t.unref();
  }

  return {
    async stop() {
      stopped = true;
      if (tickTimer) clearInterval(tickTimer);
      if (flushTimer) clearInterval(flushTimer);
      if (sweepTimer) clearInterval(sweepTimer);
      await Promise.allSettled([...running]);
      await flush();
    },
    async runDueOnce() {
      let total = 0;
      for (;;) {
        const n = await claimAndLaunch();
        total += n;
        await Promise.allSettled([...running]);
        await flush();
        if (n === 0) break;
      }
      return total;
    },
    stats: () => ({ checks, inFlight }),
  };
}
