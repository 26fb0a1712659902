import assert from 'node:assert/strict';
import { type ChildProcess, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import http from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { databaseUrlWithName } from '@ungcuu/core/testing/test-db.ts';
import pg from 'pg';

// UNGCUU_WORKERS=2 on PostgreSQL (issue 13, decision 0028): the real server entry runs two
// processes sharing one port; a scheduled job runs once per period, not once per process; a session
// made through one works on the other; a change filed through either reaches event streams held by
// both. PGlite is one process per folder: skipped there (by design: the PostgreSQL pass of .ci/run
// sets DATABASE_URL, and then nothing here is skipped).

const baseUrl = process.env.DATABASE_URL;
const skip = baseUrl ? false : 'PostgreSQL only (PGlite runs one process)';
/** The test heartbeat's period (UNGCUU_TEST_HEARTBEAT_MS): short, so a few seconds hold many periods. */
const HEARTBEAT_MS = 1000;
const ROOT = new URL('../../..', import.meta.url).pathname;
const PASSWORD = 'mat-khau-quan-tri-1';
const name = `ungcuu_t_workers_${randomBytes(4).toString('hex')}`;

let server: ChildProcess | null = null;
let dir = '';
let port = 0;
/** Everything the primary and both workers print (the workers share the primary's stdout). */
let out = '';

async function admin(sql: string) {
  const c = new pg.Client({ connectionString: baseUrl });
  await c.connect();
  await c.query(sql).finally(() => c.end());
}

/** One request on its own connection (the cluster hands each new connection to the next worker). */
function request(
  method: string,
  path: string,
  headers: Record<string, string>,
  body?: unknown,
): Promise<{ status: number; worker: string; headers: http.IncomingHttpHeaders; text: string }> {
  return new Promise((resolve, reject) => {
    const payload = body === undefined ? undefined : JSON.stringify(body);
    const req = http.request(
      {
        host: '127.0.0.1',
        port,
        method,
        path,
        agent: false,
        headers: { ...headers, ...(payload ? { 'content-type': 'application/json' } : {}) },
      },
      (res) => {
        let text = '';
        res.setEncoding('utf8');
        res.on('data', (d) => {
          text += d;
        });
        res.on('end', () =>
          resolve({
            status: res.statusCode ?? 0,
            worker: String(res.headers['x-ungcuu-worker'] ?? ''),
            headers: res.headers,
            text,
          }),
        );
      },
    );
    req.on('error', reject);
    req.end(payload);
  });
}

/** An event stream on its own connection: the worker holding it, and the change events heard. */
function openStream(headers: Record<string, string>) {
  return new Promise<{ worker: string; events: { id: string }[]; close(): void }>((resolve, reject) => {
    const req = http.get({ host: '127.0.0.1', port, path: '/api/events', agent: false, headers }, (res) => {
      const events: { id: string }[] = [];
      let buffer = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => {
        buffer += chunk;
        for (let end = buffer.indexOf('\n\n'); end >= 0; end = buffer.indexOf('\n\n')) {
          const block = buffer.slice(0, end);
          buffer = buffer.slice(end + 2);
          const data = /^data: (.*)$/m.exec(block)?.[1];
          if (/^event: change$/m.test(block) && data) events.push(JSON.parse(data));
        }
      });
      resolve({ worker: String(res.headers['x-ungcuu-worker'] ?? ''), events, close: () => req.destroy() });
    });
    req.on('error', reject);
  });
}

before(async () => {
  if (skip) return;
  await admin(`create database ${name}`);
  dir = await mkdtemp(join(tmpdir(), 'ungcuu-workers-'));
  server = spawn(process.execPath, ['--import', 'tsx', 'apps/server/src/server.ts'], {
    cwd: ROOT,
    env: {
      ...process.env,
      NODE_ENV: 'production',
      DATABASE_URL: databaseUrlWithName(baseUrl!, name),
      UNGCUU_WORKERS: '2',
      UNGCUU_TEST_HEARTBEAT_MS: String(HEARTBEAT_MS),
      PORT: '0',
      HOST: '127.0.0.1',
      UNGCUU_DATA_DIR: dir,
      UNGCUU_ADMIN_PASSWORD: PASSWORD,
      UNGCUU_MONITOR_CHECKS: 'false',
      UNGCUU_WEB_DIST: '/nonexistent',
      LOG_LEVEL: 'warn',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  server.stderr?.on('data', (d) => {
    out += d;
  });
  port = await new Promise<number>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`two workers not up in 90 s:\n${out}`)), 90_000);
    const seen = new Set<number>();
    server!.stdout?.on('data', (d) => {
      out += d;
      for (const m of out.matchAll(/ungcuu: http:\/\/localhost:(\d+)/g)) seen.add(Number(m[1]));
      const listening = out.match(/ungcuu: http:\/\/localhost:\d+/g) ?? [];
      if (listening.length >= 2 && seen.size === 1) {
        clearTimeout(timer);
        resolve([...seen][0]!);
      }
    });
    server!.on('exit', (code) => reject(new Error(`server ended (${code}):\n${out}`)));
  });
});

after(async () => {
  if (skip) return;
  if (server && server.exitCode === null) {
    const ended = new Promise((resolve) => server!.once('exit', resolve));
    server.kill('SIGTERM');
    await ended;
  }
  await admin(`drop database if exists ${name} with (force)`);
  await rm(dir, { recursive: true, force: true });
});

/** The heartbeat runs printed so far: which worker, and the database time of its claim. */
function heartbeatRuns(): { worker: string; at: number }[] {
  return [...out.matchAll(/^ungcuu-test-heartbeat ran worker=(\d+) at=(\d+)$/gm)].map((m) => ({
    worker: m[1]!,
    at: Number(m[2]),
  }));
}

test('a scheduled job runs once per period across the two workers, not once per worker', {
  skip,
}, async () => {
  // Both workers scheduled the job (each prints it as its scheduler starts).
  const scheduled = new Set(
    [...out.matchAll(/^ungcuu-test-heartbeat scheduled worker=(\d+)/gm)].map((m) => m[1]),
  );
  assert.equal(scheduled.size, 2, `workers that scheduled the heartbeat: ${[...scheduled]}\n${out}`);

  // Watch eight periods from now.
  const from = heartbeatRuns().length;
  const deadline = Date.now() + 30_000;
  while (heartbeatRuns().length - from < 8 && Date.now() < deadline)
    await new Promise((r) => setTimeout(r, 100));
  const runs = heartbeatRuns().slice(from);
  assert.ok(runs.length >= 8, `only ${runs.length} runs in 30 s:\n${out}`);

  // Both workers were alive through the window: each still answers now.
  const answered = new Set<string>();
  for (let i = 0; i < 6 && answered.size < 2; i++) {
    const health = await request('GET', '/healthz', {});
    assert.equal(health.status, 200, health.text);
    answered.add(health.worker);
  }
  assert.equal(answered.size, 2, `workers answering after the window: ${[...answered]}`);

  // Once per period: two workers ticking every period would put two runs in each one (a gap of
  // the phase between them); a claimed period leaves at least 0.9 × the period between runs (the
  // claim's rule, compared on the database's clock), and no period passes without a run.
  const gaps = runs.slice(1).map((r, i) => r.at - runs[i]!.at);
  for (const gap of gaps) {
    assert.ok(gap >= HEARTBEAT_MS * 0.9 - 1, `two runs ${gap} ms apart: ${JSON.stringify(runs)}`);
    assert.ok(gap < HEARTBEAT_MS * 2, `a period without a run (${gap} ms): ${JSON.stringify(runs)}`);
  }
});

test('two workers share the port, sessions, and the event streams', { skip }, async () => {
  const login = await request('POST', '/api/auth/login', {}, { username: 'admin', password: PASSWORD });
  assert.equal(login.status, 200, login.text);
  const cookie = String(login.headers['set-cookie']?.find((c) => c.startsWith('ungcuu_session=')) ?? '');
  const session = { cookie: cookie.split(';')[0]!, 'x-csrf-token': JSON.parse(login.text).csrfToken };

  // Streams on new connections until both workers hold one.
  const streams: Awaited<ReturnType<typeof openStream>>[] = [];
  for (let i = 0; i < 6 && new Set(streams.map((s) => s.worker)).size < 2; i++)
    streams.push(await openStream(session));
  const workers = new Set(streams.map((s) => s.worker));
  assert.equal(workers.size, 2, `streams held by workers ${[...workers]}`);

  // The session signed in through one worker is good on both.
  const me = [await request('GET', '/api/auth/me', session), await request('GET', '/api/auth/me', session)];
  assert.deepEqual(
    me.map((r) => r.status),
    [200, 200],
  );
  assert.equal(new Set(me.map((r) => r.worker)).size, 2);

  // A report filed through each worker (new connections go round-robin: file until both took
  // one); each must reach the streams held by BOTH workers, so A → B and B → A are both shown.
  const filedOn = new Map<string, string>();
  for (let i = 0; i < 8 && filedOn.size < 2; i++) {
    const filed = await request('POST', '/api/incidents', session, {
      title: `Máy chủ thư điện tử bị dò mật khẩu (${i + 1})`,
      detectedAt: new Date(Date.now() - 600_000).toISOString(),
    });
    assert.equal(filed.status, 201, filed.text);
    if (!filedOn.has(filed.worker)) filedOn.set(filed.worker, JSON.parse(filed.text).incident.id as string);
  }
  assert.deepEqual([...filedOn.keys()].sort(), [...workers].sort(), 'a report filed through each worker');
  const heard = () =>
    [...filedOn.values()].every((id) => streams.every((s) => s.events.some((e) => e.id === id)));
  const deadline = Date.now() + 10_000;
  while (Date.now() < deadline && !heard()) await new Promise((r) => setTimeout(r, 100));
  for (const [filedWorker, id] of filedOn)
    for (const s of streams)
      assert.ok(
        s.events.some((e) => e.id === id),
        `the stream on worker ${s.worker} heard the report filed on worker ${filedWorker}`,
      );
  for (const s of streams) s.close();
});
