// Throughput and footprint (issue 13), every figure in ONE run, each beside its aim and the load
// average of the (shared) machine when it was taken:
//   1. PostgreSQL's own ceiling on this machine: single-row insert transactions/s (16 connections)
//      and multi-row insert rows/s, same database server;
//   2. incident creates/s through the HTTP API at concurrency 16 and 64, with one server process
//      and with N (UNGCUU_WORKERS, one per core); batch intake reports/s (POST /api/incidents:batch);
//   3. search and list p50/p95 through the API at 1,000,000 incidents (seeded once, kept in the
//      database ungcuu_bench_million; BENCH_SKIP_SEED=1 reuses it);
//   4. PGlite: cold and warm start to the first request, RSS after start and under load (empty,
//      demo town, 100,000 incidents), and where the memory goes;
//   5. web: JavaScript bytes before the sign-in page renders, time to interactive of the sign-in
//      page and the public (phone) report form in Chromium.
// Run: DATABASE_URL=postgres://postgres@127.0.0.1:5432/postgres npx tsx bench/throughput.ts
// Knobs: BENCH_SECONDS (per timed run, default 8), BENCH_MILLION (default 1000000),
//        BENCH_PGLITE_INCIDENTS (default 100000), BENCH_SKIP_SEED=1, BENCH_ONLY=ceiling,api,search,pglite,web

import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { deriveAuditKey, useAuditKey } from '@ungcuu/core/audit/audit-key.ts';
import { hashPassword } from '@ungcuu/core/auth/password.ts';
import { openDatabase } from '@ungcuu/core/db/engine.ts';
import { migrate } from '@ungcuu/core/db/migrate.ts';
import type { Database } from '@ungcuu/core/db/schema.ts';
import { loadDemoOrganisation } from '@ungcuu/core/demo/load-demo.ts';
import { createServices } from '@ungcuu/core/services.ts';
import { SYSTEM_ACTOR } from '@ungcuu/core/shared/context.ts';
import { databaseUrlWithName } from '@ungcuu/core/testing/test-db.ts';
import { classifierCorpus } from '@ungcuu/domain/incidents/testdata/classifier-corpus.ts';
import { type Kysely, sql } from 'kysely';
import pg from 'pg';

const root = new URL('..', import.meta.url).pathname;
const baseUrl = process.env.DATABASE_URL;
if (!baseUrl) throw new Error('DATABASE_URL (PostgreSQL) is needed: the aims are on PostgreSQL');
const SECONDS = Number(process.env.BENCH_SECONDS ?? 8);
const MILLION = Number(process.env.BENCH_MILLION ?? 1_000_000);
const PGLITE_INCIDENTS = Number(process.env.BENCH_PGLITE_INCIDENTS ?? 100_000);
const ONLY = new Set((process.env.BENCH_ONLY ?? 'ceiling,api,search,pglite,web').split(','));
const CORES = availableParallelism();
useAuditKey(deriveAuditKey(randomBytes(32)));

// ---------------------------------------------------------------------------------------------
// Reporting

interface Figure {
  name: string;
  value: string;
  aim: string;
  met: boolean | null;
  load: string;
}
const figures: Figure[] = [];
const load = () =>
  loadavg()
    .map((l) => l.toFixed(1))
    .join(' ');
function figure(name: string, value: string, aim: string, met: boolean | null) {
  const f = { name, value, aim, met, load: load() };
  figures.push(f);
  console.log(
    `  ${name}: ${value}   [aim ${aim}: ${met === null ? '—' : met ? 'met' : 'NOT met'}]  (load ${f.load})`,
  );
}
const pct = (sorted: number[], q: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;

// ---------------------------------------------------------------------------------------------
// Helpers: databases, servers

async function admin(text: string, url = baseUrl!): Promise<void> {
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  try {
    await c.query(text);
  } finally {
    await c.end();
  }
}

async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const s = createServer().listen(0, '127.0.0.1', () => {
      const port = (s.address() as { port: number }).port;
      s.close(() => resolve(port));
    });
  });
}

function rssMb(pid: number): number {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    return Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0) / 1024;
  } catch {
    return 0;
  }
}

interface Server {
  url: string;
  child: ChildProcess;
  output: () => string;
  firstRequestMs: number;
  stop(): Promise<void>;
}

/** The compiled server (dist/server, as `npm start` runs it), started and waited for. */
async function startServer(env: Record<string, string>): Promise<Server> {
  const port = await freePort();
  const started = performance.now();
  const child = spawn(process.execPath, ['dist/server/server.mjs'], {
    cwd: root,
    env: {
      ...process.env,
      UNGCUU_ROOT: root,
      PORT: String(port),
      HOST: '127.0.0.1',
      LOG_LEVEL: 'warn',
      UNGCUU_MONITOR_CHECKS: 'false',
      UNGCUU_ADMIN_PASSWORD: 'bench-password-1',
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  child.stdout?.on('data', (d) => {
    out += d;
  });
  child.stderr?.on('data', (d) => {
    out += d;
  });
  const url = `http://127.0.0.1:${port}`;
  let firstRequestMs = -1;
  for (let i = 0; i < 6000 && firstRequestMs < 0; i++) {
    if (child.exitCode !== null) throw new Error(`server ended: ${out}`);
    try {
      if ((await fetch(`${url}/readyz`)).ok) firstRequestMs = performance.now() - started;
    } catch {
      await new Promise((r) => setTimeout(r, 25));
    }
  }
  if (firstRequestMs < 0) throw new Error(`server not up: ${out}`);
  return {
    url,
    child,
    output: () => out,
    firstRequestMs,
    async stop() {
      if (child.exitCode !== null) return;
      const ended = new Promise((r) => child.once('exit', r));
      child.kill('SIGTERM');
      await ended;
    },
  };
}

/** Units (a focal office, 200 communes), an officer and a coordinator with API tokens. */
async function town(db: Kysely<Database>, handle: Parameters<typeof createServices>[0]) {
  const services = createServices(handle);
  const now = new Date();
  await sql`insert into units (code, name, type, updated_at) values ('FOCAL', 'Phòng Văn hoá, Khoa học và Thông tin', 'focal_office', now())`.execute(
    db,
  );
  await sql`insert into units (code, name, type, updated_at) select 'C' || g, 'UBND xã số ' || g, 'commune', now() from generate_series(1, 200) g`.execute(
    db,
  );
  const focal = await db
    .selectFrom('units')
    .select('id')
    .where('code', '=', 'FOCAL')
    .executeTakeFirstOrThrow();
  const communes = (
    await db.selectFrom('units').select('id').where('type', '=', 'commune').orderBy('code').execute()
  ).map((u) => u.id);
  const hash = await hashPassword('bench-password-1');
  const mk = async (username: string, unitId: string, roles: string[]) =>
    db
      .insertInto('users')
      .values({
        unit_id: unitId,
        username,
        full_name: username,
        title: null,
        email: null,
        phone: null,
        roles,
        password_hash: hash,
        totp_secret: null,
        locked_until: null,
        last_login_at: null,
        updated_at: now,
      })
      .returning(['id', 'unit_id', 'roles', 'username'])
      .executeTakeFirstOrThrow();
  const officer = await mk('officer', communes[0]!, ['unit_officer']);
  const coordinator = await mk('coordinator', focal.id, ['coordinator']);
  await mk('leader', focal.id, ['leader']);
  const token = async (u: typeof officer, scopes: ('write' | 'read' | 'incidents.report')[]) =>
    (
      await services.tokens.create(
        { userId: u.id, unitId: u.unit_id, roles: u.roles as never, label: u.username },
        { name: 'bench', scopes },
      )
    ).secret;
  return {
    communes,
    focalId: focal.id,
    officerToken: await token(officer, ['write']),
    machineToken: await token(officer, ['incidents.report']),
    coordinatorToken: await token(coordinator, ['read']),
  };
}

// Realistic Vietnamese reports: the classifier corpus (hand-written seeds × styles).
const corpus = classifierCorpus().map((r) => r.text);
const titleOf = (text: string) =>
  text
    .split(/[.!?\n]/)[0]!
    .slice(0, 120)
    .trim() || text.slice(0, 120);

/** Bulk incidents by set-based SQL from the corpus texts (the timed creates go through the API). */
async function seedIncidents(
  db: Kysely<Database>,
  communes: string[],
  from: number,
  to: number,
  chunk = 20_000,
) {
  const titles = corpus.map(titleOf);
  for (let start = from; start < to; start += chunk) {
    const end = Math.min(to, start + chunk);
    await sql`
      insert into incidents (code, title, description, detected_at, reported_at, reporting_unit_id, channel, triggers,
                             tier, serious, severity, regime_id, state, unit_ids, updated_at, subtype)
      select 'SC-2025-' || lpad(g::text, 7, '0'),
             (${titles}::text[])[(1 + (g::bigint * 7919) % ${titles.length})::int],
             (${corpus}::text[])[(1 + (g::bigint * 104729) % ${corpus.length})::int] || ' Đơn vị số ' || (g % 200) || '.',
             now() - (g || ' minutes')::interval, now() - (g || ' minutes')::interval,
             (${communes}::uuid[])[1 + g % 200],
             'web', '{"C1":false,"C2":false,"C3":false,"C4":false,"C5":false,"C6":false}'::jsonb,
             (array['T0','T1','T2','T3','T4'])[1 + g % 5], false, '{}'::jsonb, 'vn_2017',
             (array['new','triaged','responding','closed'])[1 + g % 4],
             array[(${communes}::uuid[])[1 + g % 200]],
             now(), null
      from generate_series(${start + 1}::int, ${end}::int) g`.execute(db);
  }
  await sql`analyze incidents`.execute(db);
}

const reportBody = (i: number) => ({
  title: titleOf(corpus[i % corpus.length]!),
  description: corpus[(i * 31) % corpus.length]!,
  detectedAt: new Date(Date.now() - 3600_000).toISOString(),
  triggers: { C1: i % 7 === 0 },
});

/** Creates through the API for SECONDS at the given concurrency; creates per second. */
async function createsPerSecond(url: string, token: string, concurrency: number): Promise<number> {
  const headers = { authorization: `Bearer ${token}`, 'content-type': 'application/json' };
  let i = 0;
  let done = 0;
  const until = performance.now() + SECONDS * 1000;
  const t0 = performance.now();
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (performance.now() < until) {
        const res = await fetch(`${url}/api/incidents`, {
          method: 'POST',
          headers,
          body: JSON.stringify(reportBody(i++)),
        });
        await res.arrayBuffer();
        if (res.status !== 201) throw new Error(`create: ${res.status}`);
        done += 1;
      }
    }),
  );
  return done / ((performance.now() - t0) / 1000);
}

async function batchPerSecond(url: string, token: string, concurrency: number): Promise<number> {
  const headers = { authorization: `Bearer ${token}`, 'content-type': 'application/json' };
  const body = JSON.stringify({ reports: Array.from({ length: 500 }, (_, i) => reportBody(i)) });
  let done = 0;
  const until = performance.now() + SECONDS * 1000;
  const t0 = performance.now();
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (performance.now() < until) {
        const res = await fetch(`${url}/api/incidents:batch`, { method: 'POST', headers, body });
        const json = (await res.json()) as { created: number };
        if (res.status !== 200) throw new Error(`batch: ${res.status} ${JSON.stringify(json)}`);
        done += json.created;
      }
    }),
  );
  return done / ((performance.now() - t0) / 1000);
}

async function timeGets(url: string, token: string, paths: string[], n = 200): Promise<[number, number]> {
  const times: number[] = [];
  for (let i = 0; i < n; i++) {
    const t = performance.now();
    const res = await fetch(`${url}${paths[i % paths.length]}`, {
      headers: { authorization: `Bearer ${token}` },
    });
    await res.arrayBuffer();
    if (res.status !== 200) throw new Error(`${paths[i % paths.length]}: ${res.status}`);
    times.push(performance.now() - t);
  }
  times.sort((a, b) => a - b);
  return [pct(times, 0.5), pct(times, 0.95)];
}

console.log(
  `bench/throughput.ts — node ${process.version}, ${CORES} cores, load average ${load()}, ${new Date().toISOString()}`,
);
const build = spawnSync(process.execPath, ['scripts/build-server.mjs', '--if-stale'], {
  cwd: root,
  stdio: 'inherit',
});
if (build.status !== 0) throw new Error('server build failed');

// ---------------------------------------------------------------------------------------------
// 1. PostgreSQL's own ceiling
let ceiling = 0;
if (ONLY.has('ceiling') || ONLY.has('api')) {
  console.log('\n1. PostgreSQL ceiling (same server, 16 connections)');
  const name = 'ungcuu_bench_ceiling';
  await admin(`drop database if exists ${name} with (force)`);
  await admin(`create database ${name}`);
  const url = databaseUrlWithName(baseUrl, name);
  await admin(
    'create table t (id bigserial primary key, a text not null, at timestamptz not null default now())',
    url,
  );
  const clients = await Promise.all(
    Array.from({ length: 16 }, async () => {
      const c = new pg.Client({ connectionString: url });
      await c.connect();
      return c;
    }),
  );
  const run = async (work: (c: pg.Client) => Promise<number>) => {
    let n = 0;
    const until = performance.now() + SECONDS * 1000;
    const t0 = performance.now();
    await Promise.all(
      clients.map(async (c) => {
        // Not `n += await work(c)`: that reads n before the await and loses the other clients' counts.
        while (performance.now() < until) {
          const done = await work(c);
          n += done;
        }
      }),
    );
    return n / ((performance.now() - t0) / 1000);
  };
  ceiling = await run(async (c) => {
    await c.query({
      name: 'one',
      text: 'insert into t (a) values ($1)',
      values: ['Máy tính bị mã hoá dữ liệu'],
    });
    return 1;
  });
  const rows = Array.from({ length: 1000 }, (_, i) => `Báo cáo sự cố số ${i}`);
  const multi = await run(async (c) => {
    await c.query({ name: 'many', text: 'insert into t (a) select unnest($1::text[])', values: [rows] });
    return rows.length;
  });
  await Promise.all(clients.map((c) => c.end()));
  await admin(`drop database if exists ${name} with (force)`);
  figure('single-row insert transactions/s', ceiling.toFixed(0), 'reference', null);
  figure('multi-row insert rows/s (1,000 per statement)', multi.toFixed(0), 'reference', null);
}

// ---------------------------------------------------------------------------------------------
// 2. Creates through the API, batch intake
if (ONLY.has('api')) {
  console.log('\n2. Intake through the HTTP API (PostgreSQL)');
  const name = 'ungcuu_bench_tp';
  await admin(`drop database if exists ${name} with (force)`);
  await admin(`create database ${name}`);
  const url = databaseUrlWithName(baseUrl, name);
  const handle = await openDatabase({ databaseUrl: url, poolSize: 4 });
  await migrate(handle.db);
  const t = await town(handle.db, handle);
  await handle.close();
  const aim = Math.max(2000, ceiling * 0.25);
  for (const workers of [1, CORES]) {
    const server = await startServer({
      DATABASE_URL: url,
      UNGCUU_WORKERS: String(workers),
      DB_POOL_SIZE: '20',
    });
    await createsPerSecond(server.url, t.officerToken, 4); // warm-up
    for (const c of [16, 64]) {
      const rate = await createsPerSecond(server.url, t.officerToken, c);
      figure(
        `creates/s through the API, ${workers} process${workers > 1 ? 'es' : ''}, concurrency ${c}`,
        `${rate.toFixed(0)} (${((rate / ceiling) * 100).toFixed(1)} % of the single-row ceiling)`,
        `≥ ${aim.toFixed(0)}/s (2,000 and 25 % of the ceiling)`,
        rate >= aim,
      );
    }
    if (workers === CORES) {
      const rate = await batchPerSecond(server.url, t.machineToken, 4);
      figure(
        `batch intake reports/s (500 per batch, ${workers} processes, 4 at a time)`,
        rate.toFixed(0),
        '≥ 20,000/s',
        rate >= 20_000,
      );
    }
    await server.stop();
  }
  await admin(`drop database if exists ${name} with (force)`);
}

// ---------------------------------------------------------------------------------------------
// 3. Search and list at a million
let webServerEnv: Record<string, string> | null = null;
if (ONLY.has('search') || ONLY.has('web')) {
  console.log(
    `\n3. Search and list through the API at ${MILLION.toLocaleString('en')} incidents (PostgreSQL)`,
  );
  const name = 'ungcuu_bench_million';
  const url = databaseUrlWithName(baseUrl, name);
  let seeded = false;
  if (process.env.BENCH_SKIP_SEED === '1') {
    try {
      const c = new pg.Client({ connectionString: url });
      await c.connect();
      const n = Number((await c.query('select count(*) as n from incidents')).rows[0].n);
      await c.end();
      seeded = n >= MILLION;
    } catch {
      seeded = false;
    }
  }
  if (!seeded) {
    await admin(`drop database if exists ${name} with (force)`);
    await admin(`create database ${name}`);
    const handle = await openDatabase({ databaseUrl: url, poolSize: 4 });
    await migrate(handle.db);
    const t = await town(handle.db, handle);
    await sql`insert into settings (key, value, updated_at) values ('bench.tokens', ${JSON.stringify(t)}::jsonb, now())`.execute(
      handle.db,
    );
    const t0 = performance.now();
    await seedIncidents(handle.db, t.communes, 0, MILLION, 50_000);
    console.log(
      `  seeded ${MILLION.toLocaleString('en')} incidents in ${((performance.now() - t0) / 1000).toFixed(0)} s`,
    );
    await handle.close();
  }
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  const t = (await c.query(`select value from settings where key = 'bench.tokens'`)).rows[0].value as Awaited<
    ReturnType<typeof town>
  >;
  // The public form open, for the web part below.
  await c.query(
    `insert into settings (key, value, updated_at) values ('intake.public', $1::jsonb, now()) on conflict (key) do update set value = excluded.value`,
    [JSON.stringify({ enabled: true, defaultUnitId: t.focalId })],
  );
  await c.end();
  webServerEnv = { DATABASE_URL: url, UNGCUU_WORKERS: '1' };
  if (ONLY.has('search')) {
    const server = await startServer({ DATABASE_URL: url, UNGCUU_WORKERS: String(CORES) });
    const searches = [
      '/api/incidents?limit=25&q=tan%20cong',
      '/api/incidents?limit=25&q=m%C3%A3%20%C4%91%E1%BB%99c',
      '/api/incidents?limit=25&q=mat%20dien',
      '/api/incidents?limit=25&q=gi%E1%BA%A3%20m%E1%BA%A1o%20email',
      '/api/incidents?limit=25&q=ddieenj',
      '/api/incidents?limit=25&q=website%20bi%20thay%20doi',
    ];
    await timeGets(server.url, t.coordinatorToken, searches, 30); // warm-up
    const [s50, s95] = await timeGets(server.url, t.coordinatorToken, searches);
    figure(
      'search p50 / p95 (coordinator, accent-insensitive, 6 queries)',
      `${s50.toFixed(1)} / ${s95.toFixed(1)} ms`,
      'p95 ≤ 50 ms',
      s95 <= 50,
    );
    const [o50, o95] = await timeGets(server.url, t.officerToken, [
      '/api/incidents?limit=25&q=tan%20cong',
      '/api/incidents?limit=25&q=mat%20dien',
    ]);
    figure(
      'search p50 / p95 (commune officer, own unit)',
      `${o50.toFixed(1)} / ${o95.toFixed(1)} ms`,
      'p95 ≤ 50 ms',
      o95 <= 50,
    );
    const lists = [
      '/api/incidents?limit=25',
      '/api/incidents?limit=25&offset=25',
      '/api/incidents?limit=25&state=new&tier=T3',
      '/api/incidents?limit=25&state=responding',
      '/api/incidents?limit=25&tier=T4',
    ];
    await timeGets(server.url, t.coordinatorToken, lists, 30);
    const [l50, l95] = await timeGets(server.url, t.coordinatorToken, lists);
    figure(
      'list p50 / p95 (coordinator, filters, capped count)',
      `${l50.toFixed(1)} / ${l95.toFixed(1)} ms`,
      'p95 ≤ 30 ms',
      l95 <= 30,
    );
    const [u50, u95] = await timeGets(server.url, t.officerToken, [
      '/api/incidents?limit=25',
      '/api/incidents?limit=25&state=new',
    ]);
    figure(
      'list p50 / p95 (commune officer, own unit)',
      `${u50.toFixed(1)} / ${u95.toFixed(1)} ms`,
      'p95 ≤ 30 ms',
      u95 <= 30,
    );
    await server.stop();
  }
}

// ---------------------------------------------------------------------------------------------
// 4. PGlite footprint
if (ONLY.has('pglite')) {
  console.log('\n4. Embedded PGlite: start to first request, memory');
  const memoryOf = (out: string) => {
    const lines = [...out.matchAll(/ungcuu-memory (\{.*\})/g)];
    const m = lines.length ? (JSON.parse(lines[lines.length - 1]![1]!) as Record<string, number>) : null;
    if (!m) return '';
    const mb = (n: number) => (n / 1048576).toFixed(0);
    return `heap ${mb(m.heapUsed!)}/${mb(m.heapTotal!)} MB, external (PGlite WebAssembly memory, buffers) ${mb(m.external!)} MB, other (code, stacks, allocator) ${mb(m.rss! - m.heapTotal! - m.external!)} MB`;
  };
  const dirs: Record<string, string> = {};
  let savedTokens: Awaited<ReturnType<typeof town>> | null = null;
  for (const kind of ['empty', 'demo', `${PGLITE_INCIDENTS.toLocaleString('en')} incidents`]) {
    const dir = mkdtempSync(join(tmpdir(), 'ungcuu-bench-pglite-'));
    dirs[kind] = dir;
    if (kind !== 'empty') {
      const handle = await openDatabase({ dataDir: dir });
      await migrate(handle.db);
      if (kind === 'demo') {
        const services = createServices(handle);
        await loadDemoOrganisation(services.deps, { ...SYSTEM_ACTOR, label: 'bench' });
      } else {
        const t = await town(handle.db, handle);
        await seedIncidents(handle.db, t.communes, 0, PGLITE_INCIDENTS, 10_000);
        savedTokens = t;
      }
      await handle.close();
    }
    const env = { DATABASE_URL: '', UNGCUU_DATA_DIR: dir, UNGCUU_MEMORY_REPORT: '1' };
    const cold = await startServer(env);
    await new Promise((r) => setTimeout(r, 1000));
    const coldRss = rssMb(cold.child.pid!);
    await cold.stop();
    const warm = await startServer(env);
    await new Promise((r) => setTimeout(r, 1000));
    const warmRss = rssMb(warm.child.pid!);
    figure(
      `PGlite ${kind}: first request, first start (migrations${kind === 'empty' ? ', first admin' : ''})`,
      `${cold.firstRequestMs.toFixed(0)} ms, RSS ${coldRss.toFixed(0)} MB`,
      'reference',
      null,
    );
    figure(
      `PGlite ${kind}: first request, existing folder`,
      `${warm.firstRequestMs.toFixed(0)} ms`,
      '≤ 2,000 ms',
      warm.firstRequestMs <= 2000,
    );
    figure(
      `PGlite ${kind}: RSS after start`,
      `${warmRss.toFixed(0)} MB (${memoryOf(warm.output())})`,
      '≤ 250 MB',
      warmRss <= 250,
    );
    if (kind !== 'empty' && kind !== 'demo') {
      // Under load: creates, then searches and lists, the highest RSS seen.
      await warm.stop();
      const saved = savedTokens!;
      const loaded = await startServer(env);
      let max = rssMb(loaded.child.pid!);
      const sample = setInterval(() => {
        max = Math.max(max, rssMb(loaded.child.pid!));
      }, 100);
      const rate = await createsPerSecond(loaded.url, saved.officerToken, 8);
      const [s50, s95] = await timeGets(
        loaded.url,
        saved.coordinatorToken,
        [
          '/api/incidents?limit=25&q=tan%20cong',
          '/api/incidents?limit=25&q=mat%20dien',
          '/api/incidents?limit=25&state=new&tier=T3',
        ],
        100,
      );
      clearInterval(sample);
      loaded.child.kill('SIGUSR2');
      await new Promise((r) => setTimeout(r, 300));
      figure(`PGlite ${kind}: creates/s (concurrency 8)`, rate.toFixed(0), 'reference', null);
      figure(
        `PGlite ${kind}: search/list p50 / p95`,
        `${s50.toFixed(1)} / ${s95.toFixed(1)} ms`,
        'reference (p95 ≤ 50 ms)',
        s95 <= 50,
      );
      figure(
        `PGlite ${kind}: RSS under load (peak)`,
        `${max.toFixed(0)} MB (${memoryOf(loaded.output())})`,
        '≤ 350 MB',
        max <= 350,
      );
      await loaded.stop();
    } else {
      await warm.stop();
    }
  }
  for (const dir of Object.values(dirs)) rmSync(dir, { recursive: true, force: true });
}

// ---------------------------------------------------------------------------------------------
// 5. Web
if (ONLY.has('web') && webServerEnv) {
  console.log('\n5. Web app in Chromium');
  const web = spawnSync('npm', ['run', 'build', '-w', 'apps/web'], { cwd: root, stdio: 'ignore' });
  if (web.status !== 0) throw new Error('web build failed');
  const server = await startServer(webServerEnv);
  const { chromium } = await import('playwright-core');
  const browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
  async function measurePage(path: string, ready: string) {
    const context = await browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true });
    const page = await context.newPage();
    const scripts: Promise<{ raw: number; gz: number }>[] = [];
    page.on('response', (res) => {
      if (res.request().resourceType() === 'script')
        scripts.push(
          res
            .body()
            .then((b) => ({ raw: b.length, gz: gzipSync(b).length }))
            .catch(() => ({ raw: 0, gz: 0 })),
        );
    });
    const t0 = Date.now();
    await page.goto(`${server.url}${path}`, { waitUntil: 'domcontentloaded' });
    await page.waitForSelector(ready, { state: 'visible', timeout: 60_000 });
    // Interactive: the control is there and the main thread is idle.
    await page.evaluate(() => new Promise((r) => requestIdleCallback(() => r(null), { timeout: 5000 })));
    const tti = Date.now() - t0;
    const sizes = await Promise.all(scripts);
    await context.close();
    return { tti, raw: sizes.reduce((n, s) => n + s.raw, 0), gz: sizes.reduce((n, s) => n + s.gz, 0) };
  }
  // First load of each warms nothing: a fresh context each time (no cache).
  const signIn = await measurePage('/sign-in', 'input[type="password"]');
  figure(
    'sign-in page: JavaScript loaded before it renders',
    `${(signIn.gz / 1024).toFixed(0)} KB gzip (${(signIn.raw / 1024).toFixed(0)} KB raw)`,
    '≤ 150 KB gzip',
    signIn.gz <= 150 * 1024,
  );
  figure(
    'sign-in page: time to interactive (Chromium, phone viewport)',
    `${signIn.tti} ms`,
    'reference',
    null,
  );
  const form = await measurePage('/bao-cao-su-co', 'textarea');
  figure(
    'public report form: time to interactive',
    `${form.tti} ms, ${(form.gz / 1024).toFixed(0)} KB JS gzip`,
    'reference',
    null,
  );
  await browser.close();
  await server.stop();
}

console.log(`\nSummary (load average at the end ${load()}):`);
for (const f of figures)
  console.log(
    `${f.met === null ? '   ' : f.met ? 'met' : 'NOT'}  ${f.name}: ${f.value}  [aim ${f.aim}]  load ${f.load}`,
  );
