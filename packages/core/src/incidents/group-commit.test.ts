import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createGroupCommit } from './group-commit.ts';

// Decision 0029: what the group commit promises, checked without a database.

function gate() {
  let open!: () => void;
  let fail!: (error: unknown) => void;
  const promise = new Promise<void>((resolve, reject) => {
    open = resolve;
    fail = reject;
  });
  return { promise, open, fail };
}

test('items submitted while a group is written go together in the next group, in order', async () => {
  const groups: number[][] = [];
  const first = gate();
  const gc = createGroupCommit<number, string>({
    async writeGroup(items) {
      groups.push([...items]);
      if (groups.length === 1) await first.promise;
      return items.map((i) => `r${i}`);
    },
    writeOne: async (i) => `one${i}`,
    maxGroup: 100,
    maxInFlight: 1,
  });
  const a = gc.submit(1);
  await new Promise((r) => setImmediate(r));
  const rest = [2, 3, 4, 5].map((i) => gc.submit(i));
  await new Promise((r) => setImmediate(r));
  assert.deepEqual(groups, [[1]], 'the second group waits for the first');
  first.open();
  assert.deepEqual(await Promise.all([a, ...rest]), ['r1', 'r2', 'r3', 'r4', 'r5']);
  assert.deepEqual(groups, [[1], [2, 3, 4, 5]]);
  assert.equal(gc.pending, 0);
});

test('a group is never larger than maxGroup', async () => {
  const sizes: number[] = [];
  const gc = createGroupCommit<number, number>({
    writeGroup: async (items) => {
      sizes.push(items.length);
      return [...items];
    },
    writeOne: async (i) => i,
    maxGroup: 3,
    maxInFlight: 1,
  });
  const results = await Promise.all(Array.from({ length: 8 }, (_, i) => gc.submit(i)));
  assert.deepEqual(results, [0, 1, 2, 3, 4, 5, 6, 7]);
  assert.deepEqual(sizes, [3, 3, 2]);
});

test('a group that fails as a whole is written one by one: one bad item fails only itself', async () => {
  const alone: number[] = [];
  const gc = createGroupCommit<number, number>({
    async writeGroup(items) {
      if (items.includes(13)) throw new Error('unlucky item in the group');
      return items.map((i) => i * 10);
    },
    async writeOne(i) {
      alone.push(i);
      if (i === 13) throw new Error('unlucky');
      return i * 10;
    },
    maxGroup: 100,
    maxInFlight: 1,
  });
  const settled = await Promise.allSettled([12, 13, 14].map((i) => gc.submit(i)));
  assert.deepEqual(
    settled.map((s) => (s.status === 'fulfilled' ? s.value : (s.reason as Error).message)),
    [120, 'unlucky', 140],
  );
  assert.deepEqual(alone, [12, 13, 14], 'retried in the order submitted');
});

test('a lone item whose write fails gets that error, without a second try', async () => {
  let tries = 0;
  const gc = createGroupCommit<number, number>({
    async writeGroup() {
      tries += 1;
      throw new Error('refused');
    },
    writeOne: async () => {
      tries += 1;
      return 0;
    },
    maxGroup: 100,
    maxInFlight: 1,
  });
  await assert.rejects(gc.submit(1), /refused/);
  assert.equal(tries, 1);
});

test('nothing is answered before its group commits; a group killed mid-write answers no success', async () => {
  const commit = gate();
  let answered = 0;
  const gc = createGroupCommit<number, number>({
    async writeGroup(items) {
      await commit.promise; // the transaction, up to its COMMIT
      return [...items];
    },
    // The process lost its database (killed connection): the retries fail too.
    writeOne: async () => {
      throw new Error('connection terminated');
    },
    maxGroup: 100,
    maxInFlight: 1,
  });
  const items = [1, 2, 3].map((i) =>
    gc.submit(i).then((r) => {
      answered += 1;
      return r;
    }),
  );
  await new Promise((r) => setTimeout(r, 20));
  assert.equal(answered, 0, 'no answer while the transaction is in flight');
  assert.equal(gc.pending, 3);
  commit.fail(new Error('connection terminated'));
  const settled = await Promise.allSettled(items);
  assert.deepEqual(
    settled.map((s) => s.status),
    ['rejected', 'rejected', 'rejected'],
  );
  assert.equal(answered, 0);
});

test('up to maxInFlight groups are written at the same time', async () => {
  let running = 0;
  let most = 0;
  const gc = createGroupCommit<number, number>({
    async writeGroup(items) {
      running += 1;
      most = Math.max(most, running);
      await new Promise((r) => setTimeout(r, 5));
      running -= 1;
      return [...items];
    },
    writeOne: async (i) => i,
    maxGroup: 2,
    maxInFlight: 2,
  });
  await Promise.all(Array.from({ length: 10 }, (_, i) => gc.submit(i)));
  assert.equal(most, 2);
});
