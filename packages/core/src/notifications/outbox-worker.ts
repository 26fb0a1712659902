import type { OutboxChannel, OutboxRow } from '../db/schema-notifications.ts';
import type { Clock, Db } from '../shared/context.ts';
import { claimDue, markFailed, markSent } from './outbox.repository.ts';
import { OUTBOX_CHANNEL } from './outbox.ts';

/** Sends one outbox row; throws when the channel refused or could not be reached. */
export type ChannelSender = (row: OutboxRow) => Promise<void>;
export type ChannelSenders = Partial<Record<OutboxChannel, ChannelSender>>;

export interface RetryPolicy {
  /** Delay after the first failure; doubled after each further one. */
  baseMs: number;
  maxMs: number;
}

export const DEFAULT_RETRY: RetryPolicy = { baseMs: 30_000, maxMs: 6 * 60 * 60_000 };

/** Exponential back-off: base, 2·base, 4·base … capped. */
export function retryDelay(policy: RetryPolicy, attempts: number): number {
  return Math.min(policy.maxMs, policy.baseMs * 2 ** Math.max(0, attempts - 1));
}

export interface OutboxWorkerOptions {
  db: Db;
  clock: Clock;
  senders: ChannelSenders;
  /** LISTEN support of the database handle: a committed row wakes the worker at once. */
  listen?: (channel: string, listener: (payload: string) => void) => Promise<() => Promise<void>>;
  batch?: number;
  pollMs?: number;
  /** How long a taken row stays this worker's before another may take it over. */
  leaseMs?: number;
  retry?: RetryPolicy;
  log?: (msg: string, err?: unknown) => void;
}

export interface OutboxWorker {
  /** Delivers every row due now, repeatedly, until none is left; returns how many were tried. */
  drain(): Promise<number>;
  kick(): void;
  stop(): Promise<void>;
}

/**
 * The delivery worker. Any number may run (one per server process): claims are disjoint, a row
 * is marked sent once delivered, and a row whose channel is down waits and is tried again.
 */
export async function startOutboxWorker(options: OutboxWorkerOptions): Promise<OutboxWorker> {
  const { db, clock, senders } = options;
  const batch = options.batch ?? 20;
  const leaseMs = options.leaseMs ?? 5 * 60_000;
  const retry = options.retry ?? DEFAULT_RETRY;
  const log = options.log ?? (() => {});
  let stopped = false;
  let running: Promise<number> | null = null;
  let again = false;

  async function deliver(row: OutboxRow): Promise<void> {
    const started = performance.now();
    const sender = senders[row.channel];
    try {
      if (!sender) throw new Error(`channel ${row.channel} is not configured`);
      await sender(row);
      const took = performance.now() - started;
      await db.transaction().execute((trx) => markSent(trx, row, clock.now(), took));
    } catch (err) {
      const message = err instanceof Error ? err.message : String(err);
      const retryAt =
        row.attempts < row.max_attempts
          ? new Date(clock.now().getTime() + retryDelay(retry, row.attempts))
          : null;
      const took = performance.now() - started;
      await db
        .transaction()
        .execute((trx) => markFailed(trx, row, clock.now(), message, retryAt, took))
        .catch((e) => log('outbox: could not record a failed delivery', e));
    }
  }

  async function drainOnce(): Promise<number> {
    let total = 0;
    for (;;) {
      again = false;
      const rows = await claimDue(db, clock.now(), leaseMs, batch);
      total += rows.length;
      await Promise.all(rows.map(deliver));
      if (rows.length < batch && !again) return total;
      if (stopped) return total;
    }
  }

  function tick(): Promise<number> {
    if (running) {
      again = true;
      return running;
    }
    running = drainOnce()
      .catch((err) => {
        log('outbox: delivery round failed', err);
        return 0;
      })
      .finally(() => {
        running = null;
      });
    return running;
  }

  const timer = setInterval(() => {
    if (!stopped) void tick();
  }, options.pollMs ?? 5_000);
  timer.unref();
  const unlisten = options.listen
    ? await options.listen(OUTBOX_CHANNEL, () => void (stopped || tick()))
    : null;
  void tick();

  return {
    async drain() {
      let n = 0;
      while (running) n += await running;
      return n + (await tick());
    },
    kick() {
      void tick();
    },
    async stop() {
      stopped = true;
      clearInterval(timer);
      await unlisten?.();
      while (running) await running;
    },
  };
}
