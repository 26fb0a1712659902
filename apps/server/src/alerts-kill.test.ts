import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { adminToken, type ServerProcess, serverProcess } from './testing/server-process.ts';

// Issue 10: "a server killed mid-batch loses no acknowledged alert". The real server process takes
// batches from four concurrent senders, is killed with SIGKILL mid-way and started again on the
// same database; the senders retry what was not acknowledged (and some of what was). Afterwards
// every acknowledged alert is stored exactly once, and nothing is stored twice.

const BATCHES = 24;
const PER_BATCH = 100;
let server: ServerProcess;
let bearer: string;

before(async () => {
  server = await serverProcess();
  bearer = (await adminToken(server.url, ['alerts.write', 'read'])).bearer;
});
after(() => server?.dispose());

const batch = (b: number) => ({
  alerts: Array.from({ length: PER_BATCH }, (_, i) => ({
    externalId: `kill-${b}-${i}`,
    title: `Kill test ${b % 3}`,
    severity: 'low',
    host: `kill-host-${b % 5}`,
  })),
});

async function postBatch(b: number): Promise<boolean> {
  try {
    const res = await fetch(`${server.url}/api/alerts/generic`, {
      method: 'POST',
      headers: { authorization: bearer, 'content-type': 'application/json' },
      body: JSON.stringify(batch(b)),
    });
    if (res.status !== 200) return false;
    const body = (await res.json()) as { accepted: number; duplicate: number };
    return body.accepted + body.duplicate === PER_BATCH;
  } catch {
    return false; // connection reset by the kill: not acknowledged
  }
}

test('SIGKILL mid-way: every acknowledged alert is present exactly once after restart', {
  timeout: 600_000,
}, async () => {
  const acked = new Set<number>();
  let next = 0;
  let killed = false;
  const sender = async () => {
    while (next < BATCHES && !killed) {
      const b = next++;
      if (await postBatch(b)) acked.add(b);
    }
  };
  const senders = Promise.all([sender(), sender(), sender(), sender()]);
  // Kill once some batches are acknowledged and others are in flight.
  while (acked.size < 4) await new Promise((r) => setTimeout(r, 20));
  killed = true;
  await server.kill('SIGKILL');
  await senders;
  const ackedBeforeKill = new Set(acked);
  assert.ok(
    ackedBeforeKill.size >= 4 && ackedBeforeKill.size < BATCHES,
    `acknowledged ${ackedBeforeKill.size}`,
  );

  await server.start();
  // The senders retry every batch not acknowledged, and re-send two that were (a lost answer).
  const retry = [...Array(BATCHES).keys()].filter((b) => !ackedBeforeKill.has(b));
  retry.push(...[...ackedBeforeKill].slice(0, 2));
  for (const b of retry) assert.ok(await postBatch(b), `batch ${b} after restart`);

  // Read everything back through the API.
  const seen = new Map<string, number>();
  for (let offset = 0; ; offset += 200) {
    const res = await fetch(`${server.url}/api/alerts?limit=200&offset=${offset}&q=Kill`, {
      headers: { authorization: bearer },
    });
    assert.equal(res.status, 200, await res.clone().text());
    const page = (await res.json()) as { items: { externalId: string }[] };
    for (const a of page.items) seen.set(a.externalId, (seen.get(a.externalId) ?? 0) + 1);
    if (page.items.length < 200) break;
  }
  const twice = [...seen].filter(([, n]) => n > 1);
  assert.deepEqual(twice, [], 'no alert stored twice');
  for (const b of ackedBeforeKill)
    for (let i = 0; i < PER_BATCH; i++)
      assert.ok(seen.has(`kill-${b}-${i}`), `acknowledged kill-${b}-${i} present`);
  assert.equal(seen.size, BATCHES * PER_BATCH);
});
