// CPU per incident create and per batched report (issue 13), robust to a loaded machine: the
// compiled server runs as one process (UNGCUU_WORKERS=1) and its user+system CPU time is read from
// /proc before and after a fixed amount of work, as is that of the PostgreSQL backends serving its
// database. Wall-clock rates are printed too, but only the CPU figures compare across runs.
// Run: DATABASE_URL=postgres://postgres@127.0.0.1:5432/postgres npx tsx bench/intake-cpu.ts
// Knobs: BENCH_CREATES (default 3000), BENCH_BATCHES (default 20, 500 reports each),
//        BENCH_CONCURRENCY (default 16), BENCH_CPU_PROF=<dir> (the server writes a --cpu-prof there).

import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { loadavg } from 'node:os';
import { deriveAuditKey, useAuditKey } from '@ungcuu/core/audit/audit-key.ts';
import { openDatabase } from '@ungcuu/core/db/engine.ts';
import { migrate } from '@ungcuu/core/db/migrate.ts';
import { createServices } from '@ungcuu/core/services.ts';
import { databaseUrlWithName } from '@ungcuu/core/testing/test-db.ts';
import { classifierCorpus } from '@ungcuu/domain/incidents/testdata/classifier-corpus.ts';
import { sql } from 'kysely';
import pg from 'pg';

const root = new URL('..', import.meta.url).pathname;
const baseUrl = process.env.DATABASE_URL;
if (!baseUrl) throw new Error('DATABASE_URL (PostgreSQL) is needed');
const CREATES = Number(process.env.BENCH_CREATES ?? 3000);
const BATCHES = Number(process.env.BENCH_BATCHES ?? 20);
const CONCURRENCY = Number(process.env.BENCH_CONCURRENCY ?? 16);
const PROF = process.env.BENCH_CPU_PROF;
const NAME = 'intake_cpu_bench';
useAuditKey(deriveAuditKey(randomBytes(32)));

const TICK_US = 1_000_000 / Number(spawnSync('getconf', ['CLK_TCK']).stdout.toString().trim() || 100);
/** utime + stime of a process, µs. */
function cpuUs(pid: number): number {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(fields[11]) + Number(fields[12])) * TICK_US;
  } catch {
    return 0;
  }
}

async function admin(text: string, url = baseUrl!) {
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  try {
    return await c.query(text);
  } finally {
    await c.end();
  }
}

/** CPU of each backend serving the bench's database, by pid (a backend that ends is lost: undercount). */
async function backendsCpu(): Promise<Map<number, number>> {
  const r = await admin(`select pid from pg_stat_activity where datname = '${NAME}'`);
  return new Map(r.rows.map((row: { pid: number }) => [row.pid, cpuUs(row.pid)]));
}
function backendsSpent(before: Map<number, number>, after: Map<number, number>): number {
  let spent = 0;
  for (const [pid, cpu] of after) spent += cpu - (before.get(pid) ?? 0);
  return spent;
}

const freePort = () =>
  new Promise<number>((resolve) => {
    const s = createServer().listen(0, '127.0.0.1', () => {
      const port = (s.address() as { port: number }).port;
      s.close(() => resolve(port));
    });
  });

const build = spawnSync(process.execPath, ['scripts/build-server.mjs', '--if-stale'], {
  cwd: root,
  stdio: 'inherit',
});
if (build.status !== 0) throw new Error('server build failed');

await admin(`drop database if exists ${NAME} with (force)`);
await admin(`create database ${NAME}`);
const url = databaseUrlWithName(baseUrl, NAME);
const handle = await openDatabase({ databaseUrl: url, poolSize: 2 });
await migrate(handle.db);
await sql`insert into units (code, name, type, updated_at) values ('FOCAL', 'Phòng VHKHTT', 'focal_office', now()), ('C1', 'UBND xã 1', 'commune', now())`.execute(
  handle.db,
);
const commune = await handle.db
  .selectFrom('units')
  .select('id')
  .where('code', '=', 'C1')
  .executeTakeFirstOrThrow();
const officer = await handle.db
  .insertInto('users')
  .values({
    unit_id: commune.id,
    username: 'officer',
    full_name: 'officer',
    title: null,
    email: null,
    phone: null,
    roles: ['unit_officer'],
    password_hash: 'x',
    totp_secret: null,
    locked_until: null,
    last_login_at: null,
    updated_at: new Date(),
  })
  .returning(['id', 'unit_id'])
  .executeTakeFirstOrThrow();
const services = createServices(handle);
const token = (
  await services.tokens.create(
    { userId: officer.id, unitId: officer.unit_id, roles: ['unit_officer'], label: 'officer' },
    { name: 'bench', scopes: ['write'] },
  )
).secret;
await handle.close();

const port = await freePort();
const child: ChildProcess = spawn(
  process.execPath,
  [...(PROF ? ['--cpu-prof', `--cpu-prof-dir=${PROF}`] : []), 'dist/server/server.mjs'],
  {
    cwd: root,
    env: {
      ...process.env,
      UNGCUU_ROOT: root,
      PORT: String(port),
      HOST: '127.0.0.1',
      LOG_LEVEL: 'warn',
      UNGCUU_MONITOR_CHECKS: 'false',
      UNGCUU_ADMIN_PASSWORD: 'bench-password-1',
      DATABASE_URL: url,
      UNGCUU_WORKERS: '1',
      DB_POOL_SIZE: '20',
    },
    stdio: ['ignore', 'inherit', 'inherit'],
  },
);
const base = `http://127.0.0.1:${port}`;
for (let up = false; !up; ) {
  if (child.exitCode !== null) throw new Error('server ended');
  up = await fetch(`${base}/readyz`).then(
    (r) => r.ok,
    () => false,
  );
  if (!up) await new Promise((r) => setTimeout(r, 50));
}

const corpus = classifierCorpus().map((r) => r.text);
const reportBody = (i: number) => ({
  title: (corpus[i % corpus.length]!.split(/[.!?\n]/)[0] ?? 'Sự cố').slice(0, 120).trim() || 'Sự cố',
  description: corpus[(i * 31) % corpus.length]!,
  detectedAt: new Date(Date.now() - 3600_000).toISOString(),
  triggers: { C1: i % 7 === 0 },
});
const headers = { authorization: `Bearer ${token}`, 'content-type': 'application/json' };

async function creates(n: number, concurrency: number) {
  let i = 0;
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (i < n) {
        const body = JSON.stringify(reportBody(i++));
        const res = await fetch(`${base}/api/incidents`, { method: 'POST', headers, body });
        await res.arrayBuffer();
        if (res.status !== 201) throw new Error(`create: ${res.status}`);
      }
    }),
  );
}

async function batches(n: number, concurrency: number) {
  const body = JSON.stringify({ reports: Array.from({ length: 500 }, (_, i) => reportBody(i)) });
  let i = 0;
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (i++ < n) {
        const res = await fetch(`${base}/api/incidents:batch`, { method: 'POST', headers, body });
        const json = (await res.json()) as { created: number };
        if (res.status !== 200 || json.created !== 500) throw new Error(`batch: ${res.status}`);
      }
    }),
  );
}

async function measure(label: string, ops: number, work: () => Promise<void>) {
  const server0 = cpuUs(child.pid!);
  const pg0 = await backendsCpu();
  const t0 = performance.now();
  await work();
  const seconds = (performance.now() - t0) / 1000;
  const server = (cpuUs(child.pid!) - server0) / ops;
  const backends = backendsSpent(pg0, await backendsCpu()) / ops;
  console.log(
    `  ${label}: server ${server.toFixed(0)} µs CPU/op, PostgreSQL backends ${backends.toFixed(0)} µs CPU/op; ` +
      `${(ops / seconds).toFixed(0)}/s wall (load ${loadavg()
        .map((l) => l.toFixed(1))
        .join(' ')})`,
  );
}

try {
  console.log(`bench/intake-cpu.ts — ${new Date().toISOString()}`);
  await creates(400, 4); // warm-up: JIT, code sequence, pool
  await measure(`creates, concurrency ${CONCURRENCY}`, CREATES, () => creates(CREATES, CONCURRENCY));
  await measure('creates, concurrency 64', CREATES, () => creates(CREATES, 64));
  await batches(2, 1);
  await measure('batched reports (500 per request, 4 at a time)', BATCHES * 500, () => batches(BATCHES, 4));
} finally {
  const ended = new Promise((r) => child.once('exit', r));
  child.kill('SIGTERM');
  await ended;
  await admin(`drop database if exists ${NAME} with (force)`);
}
