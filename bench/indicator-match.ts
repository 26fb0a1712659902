// Cost the alert intake adds per batch (issue 11): collecting a batch's IPs/hosts/URLs and one
// `matchIndicators` query against published warnings' indicators. A batch of 500 alerts over 250
// hosts and 250 source IPs (the alert-intake bench's shape) gives 500 distinct observables, the cap.
// PostgreSQL when DATABASE_URL is set, else in-memory PGlite.
//   npx tsx bench/indicator-match.ts
//   DATABASE_URL=postgres://... npx tsx bench/indicator-match.ts
import { loadavg } from 'node:os';
import { openDatabase } from '@ungcuu/core/db/engine.ts';
import { migrate } from '@ungcuu/core/db/migrate.ts';
import { databaseUrlWithName } from '@ungcuu/core/testing/test-db.ts';
import { alertObservables, matchIndicators } from '@ungcuu/core/warnings/indicator-hits.ts';
import { sql } from 'kysely';
import pg from 'pg';

const WARNINGS = Number(process.env.BENCH_WARNINGS ?? 2000);
const INDICATORS = Number(process.env.BENCH_INDICATORS ?? 50);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 200);
const DB_NAME = 'ungcuu_bench_indicator_match';

const baseUrl = process.env.DATABASE_URL;
if (baseUrl) {
  const c = new pg.Client({ connectionString: baseUrl });
  await c.connect();
  await c.query(`drop database if exists ${DB_NAME} with (force)`);
  await c.query(`create database ${DB_NAME}`);
  await c.end();
}
const handle = await openDatabase(baseUrl ? { databaseUrl: databaseUrlWithName(baseUrl, DB_NAME) } : {});
await migrate(handle.db);
const db = handle.db;
console.log(
  `node ${process.version}, ${baseUrl ? 'postgresql' : 'pglite'}, load ${loadavg()[0]!.toFixed(1)}`,
);

await sql`insert into units (code, name, type, updated_at) values ('U0', 'Đầu mối', 'focal_office', now())`.execute(
  db,
);
await sql`insert into users (unit_id, username, full_name, roles, updated_at)
          select id, 'coord', 'Điều phối', array['coordinator'], now() from units`.execute(db);
await sql`insert into warnings (code, title, severity, tlp, status, targeting, created_by, published_at, updated_at)
          select 'CB-' || g, 'Cảnh báo ' || g, 'high', 'GREEN', 'published', '{"mode":"all"}', (select id from users), now(), now()
          from generate_series(1, ${WARNINGS}) g`.execute(db);
// Indicators: IPs in 198.18.0.0/15 (never in the batch) and domains; one warning names 203.0.113.7.
await sql`insert into warning_indicators (warning_id, kind, value, normalized)
          select w.id, case when i % 2 = 0 then 'ip' else 'domain' end,
                 v, v
          from (select id, row_number() over (order by id) n from warnings) w
          cross join generate_series(1, ${INDICATORS}) i
          cross join lateral (select case when i % 2 = 0
            then '198.' || (18 + (w.n * ${INDICATORS} + i) / 65536 % 2) || '.' || ((w.n * ${INDICATORS} + i) / 256 % 256) || '.' || ((w.n * ${INDICATORS} + i) % 256)
            else 'c2-' || w.n || '-' || i || '.example' end as v) x`.execute(db);
await sql`insert into warning_indicators (warning_id, kind, value, normalized)
          select id, 'ip', '203.0.113.7', '203.0.113.7' from warnings order by id limit 1`.execute(db);
await sql`analyze`.execute(db);

const batch = Array.from({ length: 500 }, (_, n) => ({
  host: `host-${n % 250}.bench.local`,
  ip: null,
  srcIp: `203.0.113.${n % 250}`,
  destIp: null,
  url: null,
}));
const timings = { collect: [] as number[], query: [] as number[] };
let hits = 0;
for (let r = 0; r < ROUNDS; r++) {
  let t = performance.now();
  const distinct = new Map<string, { kind: string; normalized: string }>();
  for (const a of batch) for (const o of alertObservables(a)) distinct.set(`${o.kind}|${o.normalized}`, o);
  timings.collect.push(performance.now() - t);
  t = performance.now();
  hits = (await matchIndicators(db, [...distinct.values()])).length;
  timings.query.push(performance.now() - t);
}
const pct = (xs: number[], p: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))]!.toFixed(2);
};
const count = await sql<{ n: string }>`select count(*) as n from warning_indicators`.execute(db);
console.log(
  `${WARNINGS} published warnings, ${count.rows[0]!.n} indicators; batch of 500 alerts → 500 distinct observables, ${hits} hit`,
);
console.log(
  `collect+normalise per batch: p50 ${pct(timings.collect, 50)} ms, p95 ${pct(timings.collect, 95)} ms`,
);
console.log(
  `matchIndicators per batch:   p50 ${pct(timings.query, 50)} ms, p95 ${pct(timings.query, 95)} ms`,
);
await handle.close();
