// Dashboard statistics at scale (issue 12): 1,000 units, 100,000 incidents over three years (with
// their acknowledge/contain/close moments), tasks, monitor day buckets; then p50/p95 of every
// dashboard API through the full app stack (inject, bearer token), for the focal office (whole
// town) and a commune officer (own unit). Seeding is multi-row INSERT … SELECT generate_series.
//
//   DATABASE_URL=postgres://postgres@127.0.0.1:5432/test npx tsx bench/dashboards.ts
//   (without DATABASE_URL: in-memory PGlite; BENCH_INCIDENTS, BENCH_UNITS, BENCH_RUNS to scale)
import { randomBytes } from 'node:crypto';
import { loadavg } from 'node:os';
import { deriveAuditKey, useAuditKey } from '@ungcuu/core/audit/audit-key.ts';
import { loadConfig } from '@ungcuu/core/config.ts';
import { openDatabase } from '@ungcuu/core/db/engine.ts';
import { migrate } from '@ungcuu/core/db/migrate.ts';
import { createServices } from '@ungcuu/core/services.ts';
import { databaseUrlWithName } from '@ungcuu/core/testing/test-db.ts';
import { SUBTYPES } from '@ungcuu/domain/incidents/taxonomy.ts';
import { sql } from 'kysely';
import pg from 'pg';
import { buildApp } from '../apps/server/src/app.ts';

const INCIDENTS = Number(process.env.BENCH_INCIDENTS ?? 100_000);
const UNITS = Number(process.env.BENCH_UNITS ?? 1_000);
const RUNS = Number(process.env.BENCH_RUNS ?? 40);
const baseUrl = process.env.DATABASE_URL;
const DB_NAME = 'ungcuu_bench_dashboards';

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
  baseUrl ? { databaseUrl: databaseUrlWithName(baseUrl, DB_NAME), poolSize: 10 } : {},
);
await migrate(handle.db);
useAuditKey(deriveAuditKey(randomBytes(32)));
const services = createServices(handle);
const db = handle.db;
const seedStarted = performance.now();

await sql`insert into units (code, name, type, updated_at)
  select 'U' || g, case when g = 0 then 'Phòng Văn hoá, Khoa học và Thông tin' else 'UBND xã số ' || g end,
         case when g = 0 then 'focal_office' else 'commune' end, now()
  from generate_series(0, ${UNITS - 1}::int) g`.execute(db);
const units = (await db.selectFrom('units').select(['id', 'type']).orderBy('code').execute()).map(
  (u) => u.id,
);
const focal = (
  await db.selectFrom('units').select('id').where('type', '=', 'focal_office').executeTakeFirstOrThrow()
).id;
const commune = units.find((u) => u !== focal)!;
const unitArray = sql`(select array_agg(id order by code) from units)`;

// One information system per unit (incidents name one in two cases).
await sql`insert into information_systems (name, kind, owner_unit_id, operating_unit_id, data_sensitivity, addresses, software, providers, hosting, contacts, updated_at)
  select 'Cổng thông tin ' || u.name, 'portal', u.id, u.id, 'internal', '[]', '[]', '{}', 'on_premises', '[]', now() from units u`.execute(
  db,
);

// Incidents over three years: cause group from the subtype, tiers and states spread, the
// moments of the response a few hours to days after detection; ~3% still open.
const subtypes = sql.join(SUBTYPES.map((s) => sql.lit(s)));
const CHUNK = 25_000;
for (let start = 0; start < INCIDENTS; start += CHUNK) {
  const end = Math.min(INCIDENTS, start + CHUNK);
  await sql`
    with u as (select ${unitArray} as ids),
         s as (select array_agg(id order by owner_unit_id) as ids from information_systems),
    g as (
      select g, now() - ((g * 1051 % (3 * 365 * 24 * 60)) || ' minutes')::interval as detected,
             (array[${subtypes}])[1 + (g * 7) % ${SUBTYPES.length}] as subtype,
             1 + (g * 13) % ${UNITS - 1} as ui
      from generate_series(${start + 1}::int, ${end}::int) g)
    insert into incidents (code, title, description, detected_at, reported_at, reporting_unit_id, channel,
      system_id, triggers, tier, serious, severity, regime_id, state, unit_ids, cause_group, subtype,
      classification_confirmed, acknowledged_at, contained_at, closed_at, updated_at)
    select 'SC-B-' || lpad(g::text, 7, '0'), 'Sự cố số ' || g, 'Mô tả sự cố số ' || g,
           detected, detected + interval '20 minutes', u.ids[ui], 'web',
           case when g % 2 = 0 then s.ids[ui] end,
           '{"C1":true,"C2":false,"C3":false,"C4":false,"C5":false,"C6":false}'::jsonb,
           (array['T1','T1','T2','T2','T2','T3','T1','T4','T0','T2'])[1 + g % 10], false, '{}'::jsonb, 'vn_2017',
           case when g % 33 = 0 then (array['new','triaged','responding','contained'])[1 + g % 4]
                when g % 41 = 0 then 'rejected' else 'closed' end,
           array[u.ids[ui]], split_part(subtype, '.', 1), subtype, true,
           detected + ((30 + g % 300) || ' minutes')::interval,
           detected + ((2 + g % 40) || ' hours')::interval,
           case when g % 33 <> 0 then detected + ((24 + g % 400) || ' hours')::interval end, now()
    from g, u, s`.execute(db);
}
// Tasks: two per incident of the last year, some open and past due.
await sql`insert into incident_tasks (incident_id, title, assignee_unit_id, due_at, status, updated_at)
  select i.id, '{"vi":"Nhiệm vụ","en":"Task"}'::jsonb, i.reporting_unit_id, i.detected_at + interval '2 days',
         case when i.state <> 'closed' then 'open' else 'done' end, now()
  from incidents i, generate_series(1, 2) k where i.detected_at > now() - interval '1 year'`.execute(db);
// Monitors: one per tenth unit, a day bucket per day for a year.
await sql`insert into monitors (unit_id, name, kind, target, config, interval_seconds, timeout_ms, updated_at)
  select id, 'Cổng ' || code, 'http', 'https://' || lower(code) || '.example.gov.vn/', '{}', 300, 10000, now()
  from units where code::text ~ '0$'`.execute(db);
await sql`insert into monitor_buckets (monitor_id, period, bucket_start, checks, ok, response_ms_sum, response_ms_max)
  select m.id, 'day', date_trunc('day', now()) - (d || ' days')::interval, 288, 288 - (d * 7 + length(m.name)) % 9, 288 * 120, 900
  from monitors m, generate_series(0, 364) d`.execute(db);
// As autovacuum would by now: statistics, and the visibility map that lets index-only scans skip the table.
await sql`vacuum analyze`.execute(db);
const seedSeconds = (performance.now() - seedStarted) / 1000;

const mkUser = async (username: string, unitId: string, roles: string[]) => {
  const user = await db
    .insertInto('users')
    .values({ unit_id: unitId, username, full_name: username, roles, updated_at: new Date() } as never)
    .returning(['id'])
    .executeTakeFirstOrThrow();
  return (
    await services.tokens.create(
      { userId: user.id, unitId, roles: roles as never, label: 'bench' },
      { name: 'bench', scopes: ['read'] },
    )
  ).secret;
};
const coordinator = await mkUser('coordinator', focal, ['coordinator']);
const officer = await mkUser('officer', commune, ['unit_officer']);

const app = await buildApp(loadConfig({ LOG_LEVEL: 'silent', UNGCUU_WEB_DIST: '/nonexistent' }), {
  handle,
  services,
  logger: false,
});
await app.ready();

const count = async (q: ReturnType<typeof sql<{ n: string }>>) => Number((await q.execute(db)).rows[0]!.n);
const open = await count(
  sql<{
    n: string;
  }>`select count(*) as n from incidents where state in ('new','triaged','responding','contained','recovered')`,
);
const tasks = await count(sql<{ n: string }>`select count(*) as n from incident_tasks`);
const buckets = await count(sql<{ n: string }>`select count(*) as n from monitor_buckets`);
console.log(
  `engine ${handle.engine}, node ${process.version}; ${INCIDENTS} incidents, ${UNITS} units, three years; seeded in ${seedSeconds.toFixed(1)} s`,
);
console.log(`open incidents ${open}, incident tasks ${tasks}, monitor day buckets ${buckets}`);

const year = new Date().getUTCFullYear();
const from = `${year - 2}-01-01`;
const to = new Date(Date.now() + 7 * 3_600_000).toISOString().slice(0, 10);
const yearAgo = new Date(Date.now() + 7 * 3_600_000 - 365 * 86_400_000).toISOString().slice(0, 10);
const tiles = (P: string): [string, string][] => [
  ['incidents by month (3 years)', `/api/statistics/incidents?by=month&${P}`],
  ['incidents by cause group', `/api/statistics/incidents?by=cause_group&${P}`],
  ['incidents by subtype', `/api/statistics/incidents?by=subtype&${P}`],
  ['incidents by tier', `/api/statistics/incidents?by=tier&${P}`],
  ['incidents by unit (top 200 of 1,000)', `/api/statistics/incidents?by=unit&${P}`],
  ['incidents by system', `/api/statistics/incidents?by=system&${P}`],
  ['response times (median, p90 per month)', `/api/statistics/response-times?${P}`],
  ['overdue tasks and legal deadlines', '/api/statistics/overdue'],
  ['uptime (day buckets)', `/api/statistics/uptime?${P}`],
  ['inspections', `/api/statistics/inspections?year=${year}`],
  ['needs a decision (the leader page)', '/api/statistics/decisions'],
  ['export: incidents by unit, XLSX', `/api/statistics/export?tile=breakdown&by=unit&format=xlsx&${P}`],
];

async function time(label: string, token: string, url: string) {
  const times: number[] = [];
  for (let i = 0; i < RUNS + 3; i++) {
    const t = performance.now();
    const res = await app.inject({ method: 'GET', url, headers: { authorization: `Bearer ${token}` } });
    if (res.statusCode !== 200) throw new Error(`${url}: ${res.statusCode} ${res.body.slice(0, 300)}`);
    if (i >= 3) times.push(performance.now() - t); // three warm-up requests
  }
  times.sort((a, b) => a - b);
  const p = (q: number) => times[Math.min(times.length - 1, Math.floor(q * times.length))]!;
  const p95 = p(0.95);
  console.log(
    `${label.padEnd(52)} p50 ${p(0.5).toFixed(1).padStart(7)} ms   p95 ${p95.toFixed(1).padStart(7)} ms${p95 > 200 ? '   > 200 ms' : ''}`,
  );
}

console.log(`\nfocal office (whole town), three years (${from} – ${to}), ${RUNS} requests each:`);
for (const [label, url] of tiles(`from=${from}&to=${to}`)) await time(label, coordinator, url);
console.log(`\nfocal office, the twelve months a dashboard opens on (${yearAgo} – ${to}):`);
for (const [label, url] of tiles(`from=${yearAgo}&to=${to}`).slice(0, 9)) await time(label, coordinator, url);
console.log('\ncommune officer (own unit), three years:');
for (const [label, url] of tiles(`from=${from}&to=${to}`).slice(0, 8)) await time(label, officer, url);
console.log(
  `\nload average (1, 5, 15 min): ${loadavg()
    .map((l) => l.toFixed(2))
    .join(', ')} on ${(await import('node:os')).cpus().length} cores`,
);

await app.close();
await handle.close();
// BENCH_KEEP=1 leaves the database for EXPLAIN.
if (baseUrl && !process.env.BENCH_KEEP) await admin(`drop database if exists ${DB_NAME} with (force)`);
