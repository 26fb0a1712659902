// Warnings at scale (issue 11): 1,000 units × 20 systems, one product entry per system (a fifth of
// them Apache HTTP Server at versions around the fix), two people per unit. Prints the time to
// target and notify a warning (publish: inventory match, 1,000 targets, bell notices and mail
// queued, one transaction) by product and to all units, and the p50/p95 of the compliance view
// GET /api/warnings/:id/compliance (full app stack via inject, bearer token).
// PostgreSQL when DATABASE_URL is set, else in-memory PGlite.
//
//   npx tsx bench/warnings.ts              (BENCH_UNITS=1000 BENCH_SYSTEMS=20 BENCH_REQUESTS=200)
import { randomBytes } from 'node:crypto';
import { deriveAuditKey, useAuditKey } from '@ungcuu/core/audit/audit-key.ts';
import { loadConfig } from '@ungcuu/core/config.ts';
import { openDatabase } from '@ungcuu/core/db/engine.ts';
import { migrate } from '@ungcuu/core/db/migrate.ts';
import { createServices } from '@ungcuu/core/services.ts';
import type { RequestActor } from '@ungcuu/core/shared/context.ts';
import { databaseUrlWithName } from '@ungcuu/core/testing/test-db.ts';
import { sql } from 'kysely';
import pg from 'pg';
import { buildApp } from '../apps/server/src/app.ts';

const UNITS = Number(process.env.BENCH_UNITS ?? 1000);
const SYSTEMS = Number(process.env.BENCH_SYSTEMS ?? 20);
const REQUESTS = Number(process.env.BENCH_REQUESTS ?? 200);
const DB_NAME = 'ungcuu_bench_warnings';

const baseUrl = process.env.DATABASE_URL;
if (baseUrl) {
  const c = new pg.Client({ connectionString: baseUrl });
  await c.connect();
  await c.query(`drop database if exists ${DB_NAME} with (force)`);
  await c.query(`create database ${DB_NAME}`);
  await c.end();
}
const handle = await openDatabase(
  baseUrl ? { databaseUrl: databaseUrlWithName(baseUrl, DB_NAME), poolSize: 10 } : {},
);
await migrate(handle.db);
useAuditKey(deriveAuditKey(randomBytes(32)));
const services = createServices(handle);
const db = handle.db;

// Seed with set-based inserts: units, two people each, systems, one product entry per system.
let t = performance.now();
await sql`insert into units (code, name, type, updated_at)
          select 'U' || g, 'Đơn vị số ' || g, case when g = 0 then 'focal_office' when g % 3 = 0 then 'agency' else 'commune' end, now()
          from generate_series(0, ${UNITS}) g`.execute(db);
await sql`insert into users (unit_id, username, full_name, roles, email, updated_at)
          select u.id, 'officer.' || u.code, 'Cán bộ ' || u.code, array['unit_officer'], lower(u.code) || '@example.vn', now()
          from units u where u.code <> 'U0'
          union all
          select u.id, 'staff.' || u.code, 'Nhân viên ' || u.code, array['responder'], null, now()
          from units u where u.code <> 'U0'`.execute(db);
await sql`insert into information_systems (name, kind, owner_unit_id, operating_unit_id, level_approval_status,
            data_sensitivity, hosting, backup_status, updated_at)
          select 'Hệ thống ' || s || ' của ' || u.code, 'portal', u.id, u.id, 'draft', 'public', 'on_premises', 'regular', now()
          from units u cross join generate_series(1, ${SYSTEMS}) s where u.code <> 'U0'`.execute(db);
// Every fifth system runs Apache 2.4.<50..59>; the rest nginx, IIS, PostgreSQL, WordPress.
await sql`insert into system_products (system_id, vendor, product, version, product_key, updated_at)
          select s.id,
                 (array['Apache','F5','Microsoft','PostgreSQL','WordPress'])[1 + (row_number() over (order by s.id)) % 5],
                 (array['HTTP Server','nginx','IIS','PostgreSQL','WordPress'])[1 + (row_number() over (order by s.id)) % 5],
                 case when (row_number() over (order by s.id)) % 5 = 0 then '2.4.' || (50 + (row_number() over (order by s.id)) % 10)
                      else '10.' || ((row_number() over (order by s.id)) % 7) end,
                 (array['http_server','nginx','iis','postgresql','wordpress'])[1 + (row_number() over (order by s.id)) % 5],
                 now()
          from information_systems s`.execute(db);
const focal = await db.selectFrom('units').select('id').where('code', '=', 'U0').executeTakeFirstOrThrow();
await sql`insert into users (unit_id, username, full_name, roles, updated_at)
          values (${focal.id}, 'dieuphoi', 'Điều phối', array['coordinator'], now())`.execute(db);
const coordinator = await db
  .selectFrom('users')
  .select('id')
  .where('username', '=', 'dieuphoi')
  .executeTakeFirstOrThrow();
console.log(
  `engine ${handle.engine}; seeded ${UNITS} units × ${SYSTEMS} systems (${UNITS * SYSTEMS} product entries), ${UNITS * 2} people in ${((performance.now() - t) / 1000).toFixed(1)} s`,
);

const actor: RequestActor = {
  userId: coordinator.id,
  unitId: focal.id,
  roles: ['coordinator'],
  label: 'bench',
};
const draft = (targeting: { mode: 'products' | 'all' }) => ({
  title: `Lỗ hổng Apache HTTP Server (${targeting.mode})`,
  tlp: 'GREEN' as const,
  severity: 'high' as const,
  products: [
    { vendor: 'Apache Software Foundation', product: 'Apache HTTP Server', versionRange: '< 2.4.58' },
  ],
  deadline: new Date(Date.now() - 86_400_000).toISOString().slice(0, 10),
  targeting,
});

async function publishTimed(mode: 'products' | 'all') {
  const w = await services.warnings.create(actor, draft({ mode }));
  const before = await db
    .selectFrom('notification_outbox')
    .select((eb) => eb.fn.countAll<string>().as('n'))
    .executeTakeFirstOrThrow();
  t = performance.now();
  const published = await services.warnings.publish(actor, w.id);
  const ms = performance.now() - t;
  const after = await db
    .selectFrom('notification_outbox')
    .select((eb) => eb.fn.countAll<string>().as('n'))
    .executeTakeFirstOrThrow();
  console.log(
    `publish by ${mode}: ${published.counts!.total} units targeted and notified (${Number(after.n) - Number(before.n)} mails queued) in ${ms.toFixed(0)} ms`,
  );
  return published.id;
}

const byProduct = await publishTimed('products');
const toAll = await publishTimed('all');

// Half of the units answered something; a few acknowledged only.
await sql`update warning_targets set status = (array['done','acknowledged','not_applicable','cannot_do'])[1 + abs(hashtext(unit_id::text)) % 4],
            responded_at = now(), note = 'Đã xử lý'
          where abs(hashtext(unit_id::text)) % 2 = 0`.execute(db);

const { secret } = await services.tokens.create(actor, { name: 'bench', scopes: ['read'] });
const app = await buildApp(loadConfig({ LOG_LEVEL: 'silent', UNGCUU_WEB_DIST: '/nonexistent' }), {
  handle,
  services,
  logger: false,
});
await app.ready();
const filters = ['', '&status=overdue', '&status=done', '&status=sent', '&offset=400'];
const latencies: number[] = [];
for (let i = 0; i < REQUESTS; i++) {
  const id = i % 2 === 0 ? toAll : byProduct;
  const started = performance.now();
  const res = await app.inject({
    method: 'GET',
    url: `/api/warnings/${id}/compliance?limit=100${filters[i % filters.length]}`,
    headers: { authorization: `Bearer ${secret}` },
  });
  latencies.push(performance.now() - started);
  if (res.statusCode !== 200) throw new Error(`compliance: ${res.statusCode} ${res.body.slice(0, 200)}`);
}
latencies.sort((a, b) => a - b);
const pct = (p: number) =>
  latencies[Math.min(latencies.length - 1, Math.floor(p * latencies.length))]!.toFixed(1);
console.log(
  `GET /api/warnings/:id/compliance (100 per page, 1,000 targets): p50 ${pct(0.5)} ms, p95 ${pct(0.95)} ms over ${latencies.length} requests (aim p95 ≤ 200 ms)`,
);
await app.close();
await handle.close();
