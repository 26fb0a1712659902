// Monitors at scale (issue 10): 10,000 HTTP monitors at a 60 s interval against a local test site.
// Prints the check rate, the CPU share of one core used by the checker process (the site runs in
// its own process), and the p50/p95 of GET /api/monitors (full app stack via inject, bearer token)
// measured while the checker runs. PostgreSQL when DATABASE_URL is set, else in-memory PGlite.
//
//   npx tsx bench/monitors.ts                      (BENCH_MONITORS=10000 BENCH_SECONDS=120)
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { deriveAuditKey, useAuditKey } from '@ungcuu/core/audit/audit-key.ts';
import { loadConfig } from '@ungcuu/core/config.ts';
import { openDatabase } from '@ungcuu/core/db/engine.ts';
import { migrate } from '@ungcuu/core/db/migrate.ts';
import { startMonitorRunner } from '@ungcuu/core/monitoring/monitor-runner.ts';
import { startTestSite } from '@ungcuu/core/monitoring/testing/test-site.ts';
import { createServices } from '@ungcuu/core/services.ts';
import { databaseUrlWithName } from '@ungcuu/core/testing/test-db.ts';
import { sql } from 'kysely';
import pg from 'pg';
import { buildApp } from '../apps/server/src/app.ts';

// Child mode: only the test site, so its CPU is not counted as the checker's.
if (process.argv[2] === 'site') {
  const site = await startTestSite();
  console.log(site.httpUrl);
  process.on('SIGTERM', () => void site.close().then(() => process.exit(0)));
} else {
  await main();
}

async function main() {
  const MONITORS = Number(process.env.BENCH_MONITORS ?? 10_000);
  const SECONDS = Number(process.env.BENCH_SECONDS ?? 120);
  const WARMUP_S = 15;
  const baseUrl = process.env.DATABASE_URL;
  const DB_NAME = 'ungcuu_bench_monitors';

  const child = spawn(process.execPath, ['--import', 'tsx', new URL(import.meta.url).pathname, 'site'], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const siteUrl = await new Promise<string>((resolve) =>
    child.stdout.once('data', (d) => resolve(String(d).trim())),
  );

  if (baseUrl) {
    const c = new pg.Client({ connectionString: baseUrl });
    await c.connect();
    await c.query(`drop database if exists ${DB_NAME} with (force)`);
    await c.query(`create database ${DB_NAME}`);
    await c.end();
  }
  const handle = await openDatabase(
    baseUrl ? { databaseUrl: databaseUrlWithName(baseUrl, DB_NAME), poolSize: 20 } : {},
  );
  await migrate(handle.db);
  useAuditKey(deriveAuditKey(randomBytes(32)));
  const services = createServices(handle);
  const db = handle.db;

  await sql`insert into units (code, name, type, updated_at)
            select 'C' || g, 'UBND xã số ' || g, case when g = 0 then 'focal_office' else 'commune' end, now()
            from generate_series(0, 100) g`.execute(db);
  const focal = await db.selectFrom('units').select('id').where('code', '=', 'C0').executeTakeFirstOrThrow();
  // Monitors spread over 100 communes, first runs spread over one interval.
  await sql`insert into monitors (unit_id, name, kind, target, interval_seconds, timeout_ms, fail_threshold, next_run_at, updated_at)
            select u.id, 'Cổng thông tin ' || g, 'http', ${siteUrl} || 'trang/' || g, 60, 10000, 3,
                   now() + make_interval(secs => random() * 60), now()
            from generate_series(1, ${MONITORS}) g
            join units u on u.code = 'C' || (1 + g % 100)`.execute(db);
  const user = await db
    .insertInto('users')
    .values({
      unit_id: focal.id,
      username: 'coordinator',
      full_name: 'Điều phối',
      roles: ['coordinator'],
      updated_at: new Date(),
    } as never)
    .returning(['id'])
    .executeTakeFirstOrThrow();
  const { secret } = await services.tokens.create(
    { userId: user.id, unitId: focal.id, roles: ['coordinator'], label: 'bench' },
    { name: 'bench', scopes: ['read'] },
  );
  const app = await buildApp(loadConfig({ LOG_LEVEL: 'silent', UNGCUU_WEB_DIST: '/nonexistent' }), {
    handle,
    services,
    logger: false,
  });
  await app.ready();

  const runner = startMonitorRunner(services.deps, services.monitorEngine, { concurrency: 64 }, (msg, err) =>
    console.error(msg, err),
  );
  console.log(
    `engine ${handle.engine}; ${MONITORS} monitors at 60 s; observing ${SECONDS} s after ${WARMUP_S} s warm-up`,
  );
  await new Promise((r) => setTimeout(r, WARMUP_S * 1000));

  const latencies: number[] = [];
  const cpu0 = process.cpuUsage();
  const checks0 = runner.stats().checks;
  const t0 = performance.now();
  const statuses = ['', '&status=down', '&status=up', '&kind=http', '&q=trang%2F77'];
  let i = 0;
  // One list request per second, the way a few people with the screen open would ask.
  while (performance.now() - t0 < SECONDS * 1000) {
    const started = performance.now();
    const res = await app.inject({
      method: 'GET',
      url: `/api/monitors?limit=50&offset=${(i * 50) % 2000}${statuses[i % statuses.length]}`,
      headers: { authorization: `Bearer ${secret}` },
    });
    latencies.push(performance.now() - started);
    if (res.statusCode !== 200) throw new Error(`list: ${res.statusCode} ${res.body.slice(0, 200)}`);
    i += 1;
    await new Promise((r) => setTimeout(r, 1000));
  }
  const elapsed = (performance.now() - t0) / 1000;
  const cpu = process.cpuUsage(cpu0);
  const checks = runner.stats().checks - checks0;
  await runner.stop();
  const results = await db
    .selectFrom('monitor_results')
    .select((eb) => eb.fn.countAll<string>().as('n'))
    .executeTakeFirstOrThrow();
  const buckets = await db
    .selectFrom('monitor_buckets')
    .select((eb) => eb.fn.countAll<string>().as('n'))
    .executeTakeFirstOrThrow();
  latencies.sort((a, b) => a - b);
  const pct = (p: number) =>
    latencies[Math.min(latencies.length - 1, Math.floor(p * latencies.length))]!.toFixed(1);
  const cpuShare = ((cpu.user + cpu.system) / 1000 / (elapsed * 1000)) * 100;
  console.log(
    `check rate: ${(checks / elapsed).toFixed(1)} checks/s (one per monitor per interval: ${(MONITORS / 60).toFixed(1)}/s at 60 s, ${(MONITORS / 63).toFixed(1)}/s with the mean 5 % jitter)`,
  );
  console.log(`checker CPU (this process, incl. list requests): ${cpuShare.toFixed(1)} % of one core`);
  console.log(
    `GET /api/monitors (50 per page): p50 ${pct(0.5)} ms, p95 ${pct(0.95)} ms over ${latencies.length} requests`,
  );
  console.log(`raw results stored: ${results.n}; buckets: ${buckets.n}`);
  await app.close();
  await handle.close();
  child.kill('SIGTERM');
}
