import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import type { DatabaseHandle } from '../db/engine.ts';
import { createTestDatabase } from '../testing/test-db.ts';
import { type Job, startScheduler } from './scheduler.ts';

// Several server processes (UNGCUU_WORKERS) each run a scheduler: a job still runs once per period
// (decision 0028). Two schedulers on one database stand for two processes.

let handle: DatabaseHandle;
before(async () => {
  handle = await createTestDatabase();
});
after(() => handle.close());

test('two schedulers ticking the same job run it once per period, not once each', async () => {
  let runs = 0;
  const job: Job = {
    name: 'test.count',
    lockKey: 7_299_901,
    everyMs: 200,
    run: async () => {
      runs += 1;
      return 1;
    },
  };
  const deps = { db: handle.db, clock: { now: () => new Date() } };
  const a = startScheduler(deps, [job], () => {});
  await new Promise((r) => setTimeout(r, 100)); // the second process ticks half a period later
  const b = startScheduler(deps, [job], () => {});
  await new Promise((r) => setTimeout(r, 2_050));
  await a.stop();
  await b.stop();
  // About 10 periods passed; two processes running it each time would make about 20.
  assert.ok(runs >= 6 && runs <= 12, `${runs} runs`);
});

test('runOnce (tests, the command line) runs whatever the period', async () => {
  let runs = 0;
  const job: Job = {
    name: 'test.once',
    lockKey: 7_299_902,
    everyMs: 3_600_000,
    run: async () => {
      runs += 1;
      return 1;
    },
  };
  const s = startScheduler({ db: handle.db, clock: { now: () => new Date() } }, [job], () => {});
  await s.runOnce();
  await s.runOnce();
  await s.stop();
  assert.equal(runs, 2);
});

test('afterCommit runs once the job transaction has committed, with the database free again', async () => {
  // On PGlite a query outside the job's transaction, made while it is open, waits for the one
  // connection it holds (30 s, then an error): the alert filing sweep did that every minute.
  const seen: string[] = [];
  const job: Job = {
    name: 'test.after',
    lockKey: 7_299_903,
    everyMs: 3_600_000,
    run: async () => 2,
    afterCommit: async (deps) => {
      const row = await deps.db.selectNoFrom((eb) => eb.val('free').as('state')).executeTakeFirstOrThrow();
      seen.push(String(row.state));
    },
  };
  const s = startScheduler({ db: handle.db, clock: { now: () => new Date() } }, [job], () => {});
  const started = Date.now();
  assert.deepEqual(await s.runOnce(), { 'test.after': 2 });
  await s.stop();
  assert.deepEqual(seen, ['free']);
  assert.ok(Date.now() - started < 5_000);
});
