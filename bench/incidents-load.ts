// Incidents under load, through the real HTTP API: creates per second at concurrency 16, then
// p50/p95 of the list and search endpoints with 100,000 incidents loaded.
// Run: npx tsx bench/incidents-load.ts                      (embedded PGlite, in memory)
//      DATABASE_URL=postgres://postgres@127.0.0.1:5432/test npx tsx bench/incidents-load.ts
// On PostgreSQL it creates and drops its own database (ungcuu_bench_incidents).

import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { deriveAuditKey, useAuditKey } from '@ungcuu/core/audit/audit-key.ts';
import { hashPassword } from '@ungcuu/core/auth/password.ts';
import { openDatabase } from '@ungcuu/core/db/engine.ts';
import { migrate } from '@ungcuu/core/db/migrate.ts';
import { createServices } from '@ungcuu/core/services.ts';
import { databaseUrlWithName } from '@ungcuu/core/testing/test-db.ts';
import { sql } from 'kysely';
import pg from 'pg';

const TARGET = Number(process.env.BENCH_INCIDENTS ?? 100_000);
const CREATES = Number(process.env.BENCH_CREATES ?? (process.env.DATABASE_URL ? 3000 : 600));
const CONCURRENCY = 16;
const baseUrl = process.env.DATABASE_URL;
const DB_NAME = 'ungcuu_bench_incidents';

async function admin(text: string) {
  const c = new pg.Client({ connectionString: baseUrl });
  await c.connect();
  await c.query(text);
  await c.end();
}

if (baseUrl) {
  await admin(`drop database if exists ${DB_NAME} with (force)`);
  await admin(`create database ${DB_NAME}`);
}
const handle = await openDatabase(
  baseUrl ? { databaseUrl: databaseUrlWithName(baseUrl, DB_NAME), poolSize: 20 } : {},
);
await migrate(handle.db);
// A throwaway audit key for a throwaway database.
useAuditKey(deriveAuditKey(randomBytes(32)));
const services = createServices(handle);
const db = handle.db;

// 200 communes, one officer in the first; a coordinator in the focal office.
const now = new Date();
const focal = await db
  .insertInto('units')
  .values({
    code: 'FOCAL',
    name: 'Phòng Văn hoá, Khoa học và Thông tin',
    type: 'focal_office',
    parent_id: null,
    address: null,
    phone: null,
    email: null,
    website: null,
    leader_name: null,
    leader_title: null,
    intake_email: null,
    focal_main: null,
    focal_backup: null,
    notes: null,
    updated_at: now,
  })
  .returning('id')
  .executeTakeFirstOrThrow();
await sql`insert into units (code, name, type, updated_at) select 'C' || g, 'UBND xã số ' || g, 'commune', now() from generate_series(1, 200) g`.execute(
  db,
);
const communes = (
  await db.selectFrom('units').select('id').where('type', '=', 'commune').orderBy('code').execute()
).map((u) => u.id);
const hash = await hashPassword('bench-password-1');
const mkUser = async (username: string, unitId: string, roles: string[]) =>
  await db
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
const officer = await mkUser('officer', communes[0]!, ['unit_officer']);
const coordinator = await mkUser('coordinator', focal.id, ['coordinator']);
const tokenFor = async (u: typeof officer) =>
  (
    await services.tokens.create(
      { userId: u.id, unitId: u.unit_id, roles: u.roles as never, label: u.username },
      { name: 'bench', scopes: ['write'] },
    )
  ).secret;
const officerToken = await tokenFor(officer);
const coordinatorToken = await tokenFor(coordinator);

// The server under test runs in its own process (as in production); this process only sends load.
// On PGlite the bench's own handle must be closed first: one embedded database, one process.
let dataDir = '';
if (!baseUrl) {
  // PGlite: the populated in-memory database goes to a data directory the server process opens.
  dataDir = mkdtempSync(join(tmpdir(), 'ungcuu-bench-'));
  const dump = await handle.dump!();
  const { PGlite } = await import('@electric-sql/pglite');
  const copy = await PGlite.create({ dataDir, loadDataDir: dump });
  await copy.close();
}
const engine = handle.engine;
await handle.close();
let { url, stop } = await startServer();

const reports = [
  'Máy tính kế toán bị mã hóa, màn hình đòi tiền chuộc',
  'Cổng thông tin bị tấn công thay đổi giao diện',
  'Mất điện toàn bộ phòng máy chủ do sự cố trạm biến áp',
  'Nhân viên nhận email giả mạo yêu cầu đăng nhập hộp thư công vụ',
  'Đường truyền Internet bị gián đoạn cả buổi sáng',
];
async function create(i: number): Promise<void> {
  const res = await fetch(`${url}/api/incidents`, {
    method: 'POST',
    headers: { authorization: `Bearer ${officerToken}`, 'content-type': 'application/json' },
    body: JSON.stringify({
      title: `${reports[i % reports.length]} (#${i})`,
      description: 'Phát hiện lúc đầu giờ làm việc, đã báo lãnh đạo đơn vị.',
      detectedAt: new Date(Date.now() - 3600_000).toISOString(),
      triggers: { C1: i % 2 === 0 },
    }),
  });
  if (res.status !== 201) throw new Error(`create failed ${res.status} ${await res.text()}`);
}

// Warm-up, then the timed run.
for (let i = 0; i < 20; i++) await create(i);
let next = 0;
const t0 = performance.now();
await Promise.all(
  Array.from({ length: CONCURRENCY }, async () => {
    for (let i = next++; i < CREATES; i = next++) await create(i);
  }),
);
const createSeconds = (performance.now() - t0) / 1000;

// Bulk-load the rest with set-based SQL (the timed creates above went through the API). PGlite is
// one process's database: the server stops while the bench writes, then starts again.
await stop();
const bulk = await openDatabase(
  baseUrl ? { databaseUrl: databaseUrlWithName(baseUrl, DB_NAME) } : { dataDir },
);
const db2 = bulk.db;
const have = Number((await sql<{ n: string }>`select count(*) as n from incidents`.execute(db2)).rows[0]!.n);
const words = [
  'tấn công',
  'mã độc',
  'mất điện',
  'giả mạo',
  'từ chối dịch vụ',
  'lỗi phần mềm',
  'quá tải',
  'lũ lụt',
  'hỏa hoạn',
  'truy cập trái phép',
];
const chunk = 20_000;
for (let start = have; start < TARGET; start += chunk) {
  const end = Math.min(TARGET, start + chunk);
  await sql`
    insert into incidents (code, title, description, detected_at, reported_at, reporting_unit_id, channel, triggers, tier, serious, severity, regime_id, state, unit_ids, updated_at)
    select 'SC-2025-' || lpad(g::text, 6, '0'),
           (array[${sql.join(words)}])[1 + g % 10] || ' tại đơn vị số ' || (g % 200),
           'Mô tả sự cố số ' || g || ': ' || (array[${sql.join(words)}])[1 + (g * 7) % 10],
           now() - (g || ' minutes')::interval, now() - (g || ' minutes')::interval,
           (array[${sql.join(communes.map((c) => sql`${c}::uuid`))}])[1 + g % 200],
           'web', '{"C1":false,"C2":false,"C3":false,"C4":false,"C5":false,"C6":false}'::jsonb,
           (array['T0','T1','T2','T3','T4'])[1 + g % 5], false, '{}'::jsonb, 'vn_2017',
           (array['new','triaged','responding','closed'])[1 + g % 4],
           array[(array[${sql.join(communes.map((c) => sql`${c}::uuid`))}])[1 + g % 200]],
           now()
    from generate_series(${start + 1}::int, ${end}::int) g`.execute(db2);
}
await sql`analyze incidents`.execute(db2);
const total = Number((await sql<{ n: string }>`select count(*) as n from incidents`.execute(db2)).rows[0]!.n);
await bulk.close();
({ url, stop } = await startServer());

async function timeGets(label: string, token: string, paths: string[], n = 200) {
  const times: number[] = [];
  for (let i = 0; i < n; i++) {
    const t = performance.now();
    const res = await fetch(`${url}${paths[i % paths.length]}`, {
      headers: { authorization: `Bearer ${token}` },
    });
    await res.arrayBuffer();
    if (res.status !== 200) throw new Error(`${label}: ${res.status}`);
    times.push(performance.now() - t);
  }
  times.sort((a, b) => a - b);
  const p = (q: number) => times[Math.min(times.length - 1, Math.floor(q * times.length))]!.toFixed(1);
  console.log(`${label.padEnd(46)} p50 ${p(0.5).padStart(6)} ms   p95 ${p(0.95).padStart(6)} ms`);
}

console.log(`engine ${engine}, node ${process.version}, ${total} incidents`);
console.log(
  `creates through the API (concurrency ${CONCURRENCY}): ${(CREATES / createSeconds).toFixed(0)} /s (${CREATES} in ${createSeconds.toFixed(2)} s)`,
);
await timeGets('list, coordinator (all units), page 1', coordinatorToken, [
  '/api/incidents?limit=25',
  '/api/incidents?limit=25&offset=25',
  '/api/incidents?limit=25&sort=tier_desc',
]);
await timeGets('list, coordinator, filtered (state+tier)', coordinatorToken, [
  '/api/incidents?limit=25&state=new&tier=T3',
  '/api/incidents?limit=25&state=responding&tier=T4',
]);
await timeGets('list, commune officer (own unit)', officerToken, ['/api/incidents?limit=25']);
await timeGets('search, coordinator ("tan cong", "ma doc", …)', coordinatorToken, [
  '/api/incidents?limit=25&q=tan%20cong',
  '/api/incidents?limit=25&q=ma%20doc',
  '/api/incidents?limit=25&q=m%E1%BA%A5t%20%C4%91i%E1%BB%87n',
  '/api/incidents?limit=25&q=lu%20lut',
]);
await timeGets('search, commune officer ("tan cong")', officerToken, [
  '/api/incidents?limit=25&q=tan%20cong',
]);

await stop();
if (baseUrl) await admin(`drop database if exists ${DB_NAME} with (force)`);

async function startServer(): Promise<{ url: string; stop(): Promise<void> }> {
  const port = 20_000 + Math.floor(Math.random() * 20_000);
  const child = spawn(
    process.execPath,
    [
      ...(process.env.BENCH_CPU_PROF ? ['--cpu-prof', `--cpu-prof-dir=${process.env.BENCH_CPU_PROF}`] : []),
      '--import',
      'tsx',
      'apps/server/src/server.ts',
    ],
    {
      cwd: new URL('..', import.meta.url).pathname,
      env: {
        ...process.env,
        PORT: String(port),
        HOST: '127.0.0.1',
        LOG_LEVEL: 'warn',
        DB_POOL_SIZE: '20',
        DATABASE_URL: baseUrl ? databaseUrlWithName(baseUrl, DB_NAME) : '',
        UNGCUU_DATA_DIR: dataDir || '/nonexistent',
      },
      stdio: ['ignore', 'ignore', 'inherit'],
    },
  );
  const url = `http://127.0.0.1:${port}`;
  for (let i = 0; i < 300; i++) {
    try {
      if ((await fetch(`${url}/readyz`)).ok) break;
    } catch {
      await new Promise((r) => setTimeout(r, 100));
    }
  }
  return {
    url,
    async stop() {
      child.kill('SIGTERM');
      await new Promise((r) => child.once('exit', r));
    },
  };
}
