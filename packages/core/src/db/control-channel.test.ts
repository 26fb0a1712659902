import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { networkInterfaces, tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { setTimeout as sleep } from 'node:timers/promises';
import { sql } from 'kysely';
import { createTestDatabase } from '../testing/test-db.ts';
import { type ControlChannel, controlPath, readControlInfo, startControlChannel } from './control-channel.ts';
import type { DatabaseHandle } from './engine.ts';
import { controlRequest, openThroughServer } from './remote-dialect.ts';

// The channel through which a CLI command reaches the running server's database.

const dir = mkdtempSync(join(tmpdir(), 'ungcuu-control-test-'));
let server: DatabaseHandle;
let channel: ControlChannel;

before(async () => {
  server = await createTestDatabase();
  await sql`create table control_probe (v text)`.execute(server.db);
  channel = await startControlChannel(server, dir, { leaseIdleMs: 2_000 });
});
after(async () => {
  await channel.close();
  await server.close();
  rmSync(dir, { recursive: true, force: true });
});

async function probe(): Promise<string[]> {
  const r = await sql<{ v: string }>`select v from control_probe order by v`.execute(server.db);
  return r.rows.map((x) => x.v);
}

test('the secret is readable by the owner only and the channel listens on loopback only', () => {
  const info = readControlInfo(dir);
  assert.ok(info);
  assert.equal(statSync(controlPath(dir)).mode & 0o777, 0o600);
  assert.equal(info.pid, process.pid);
  assert.equal(info.port, channel.port);
  assert.ok(info.secret.length >= 64);
});

test('the channel cannot be reached on any network address of the machine', async () => {
  const external = Object.values(networkInterfaces())
    .flat()
    .filter((a) => a && !a.internal && a.family === 'IPv4');
  for (const a of external) {
    await assert.rejects(
      fetch(`http://${a?.address}:${channel.port}/acquire`, { method: 'POST' }),
      `reachable on ${a?.address}`,
    );
  }
});

test('a request without the secret, with a wrong one, or not a POST is refused', async () => {
  const url = `http://127.0.0.1:${channel.port}/acquire`;
  assert.equal((await fetch(url, { method: 'POST' })).status, 403);
  assert.equal(
    (await fetch(url, { method: 'POST', headers: { 'x-ungcuu-control': 'x'.repeat(64) } })).status,
    403,
  );
  const info = readControlInfo(dir);
  assert.equal((await fetch(url, { headers: { 'x-ungcuu-control': info?.secret ?? '' } })).status, 403);
  const wrong = { pid: 1, port: channel.port, secret: 'guess' };
  await assert.rejects(controlRequest(wrong, '/acquire'), /refused/);
});

test('a command writes into the server database: committed work stays, rolled back work does not', async () => {
  const info = readControlInfo(dir);
  assert.ok(info);
  const remote = openThroughServer(info);
  await remote.db.transaction().execute(async (trx) => {
    await sql`insert into control_probe values ('committed')`.execute(trx);
  });
  await assert.rejects(
    remote.db.transaction().execute(async (trx) => {
      await sql`insert into control_probe values ('rolled back')`.execute(trx);
      throw new Error('stop');
    }),
    /stop/,
  );
  // Database errors come back with their message.
  await assert.rejects(sql`select * from no_such_table`.execute(remote.db), /no_such_table/);
  await remote.close();
  assert.deepEqual(await probe(), ['committed']);
});

test('a command that vanishes mid-transaction does not keep the database: its work is rolled back', async () => {
  const info = readControlInfo(dir);
  assert.ok(info);
  const { id } = await controlRequest<{ id: string }>(info, '/acquire');
  await controlRequest(info, '/query', { id, sql: 'begin', parameters: [] });
  await controlRequest(info, '/query', {
    id,
    sql: "insert into control_probe values ('abandoned')",
    parameters: [],
  });
  await sleep(3_000);
  // The server answers again (the connection was released) and the half-done work is gone.
  assert.deepEqual(await probe(), ['committed']);
  await assert.rejects(controlRequest(info, '/query', { id, sql: 'select 1', parameters: [] }), /expired/);
});
