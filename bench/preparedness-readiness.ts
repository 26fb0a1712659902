/**
 * Preparedness screens at town scale, on PostgreSQL: readiness page, whole-town readiness summary,
 * risk heat maps and the inventory search, over 1,000 units × 20 systems.
 *
 *   DATABASE_URL=postgres://postgres@127.0.0.1:5432/postgres npx tsx bench/preparedness-readiness.ts \
 *     [--units=1000] [--systems=20] [--runs=20] [--keep]
 *
 * A fresh database (ungcuu_bench_prep_<pid>) is created, migrated and loaded with set-based inserts
 * (generate_series), analysed, then each screen is timed through its service. The database is
 * dropped at the end unless --keep is given. Target: < 200 ms per screen.
 */
import { randomBytes } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import { sql } from 'kysely';
import pg from 'pg';
import { deriveAuditKey, useAuditKey } from '../packages/core/src/audit/audit-key.ts';
import { openDatabase } from '../packages/core/src/db/engine.ts';
import { migrate } from '../packages/core/src/db/migrate.ts';
import { createServices } from '../packages/core/src/services.ts';
import type { RequestActor } from '../packages/core/src/shared/context.ts';
import { databaseUrlWithName } from '../packages/core/src/testing/test-db.ts';

function option(name: string, fallback: number): number {
  const arg = process.argv.find((a) => a.startsWith(`--${name}=`));
  const value = arg ? Number(arg.slice(name.length + 3)) : fallback;
  if (!Number.isInteger(value) || value < 1) throw new Error(`--${name} must be a positive integer`);
  return value;
}

const UNITS = option('units', 1000);
const SYSTEMS = option('systems', 20);
const RUNS = option('runs', 20);
const KEEP = process.argv.includes('--keep');
const TARGET_MS = 200;

async function admin(url: string, text: string): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(text);
  } finally {
    await client.end();
  }
}

async function load(db: Awaited<ReturnType<typeof openDatabase>>['db']): Promise<Record<string, number>> {
  const steps: [string, ReturnType<typeof sql>][] = [
    [
      'units',
      sql`insert into units (code, name, type, focal_main, focal_backup, updated_at)
        select 'BENCH-' || g,
          case when g = 1 then 'Phòng Văn hoá, Khoa học và Thông tin' else 'UBND xã Thử Nghiệm ' || g end,
          case when g = 1 then 'focal_office' when g % 10 = 0 then 'agency' else 'commune' end,
          case when g % 4 = 0 then null else jsonb_build_object('name', 'Cán bộ ' || g) end,
          case when g % 3 = 0 then null else jsonb_build_object('name', 'Dự phòng ' || g) end,
          now()
        from generate_series(1, ${UNITS}) g`,
    ],
    [
      'users',
      sql`insert into users (unit_id, username, full_name, roles, updated_at)
        select u.id, 'bench.' || u.code, 'Nguyễn Văn ' || u.code, array['unit_officer'], now()
        from units u where u.code like 'BENCH-%' and right(u.code, 1) <> '7'`,
    ],
    [
      'information_systems',
      sql`insert into information_systems (name, kind, owner_unit_id, operating_unit_id, security_level,
          level_approval_status, data_sensitivity, hosting, backup_status, last_restore_test_at, updated_at)
        select
          (array['Cổng thông tin điện tử', 'Một cửa điện tử', 'Thư điện tử', 'Quản lý văn bản',
                 'Cơ sở dữ liệu hộ tịch', 'Mạng nội bộ'])[1 + (s % 6)] || ' ' || u.code || '-' || s,
          (array['portal', 'shared', 'email', 'specialised_app', 'database', 'network'])[1 + (s % 6)],
          u.id, u.id,
          case when s % 7 = 0 then null else 1 + (s % 4) end,
          'draft', 'internal', 'on_premises', 'regular',
          case when s % 5 = 0 then null else current_date - (abs(hashtext(u.code || s)) % 300) end,
          now() - make_interval(days => (s * 7) % 500)
        from units u cross join generate_series(1, ${SYSTEMS}) s
        where u.code like 'BENCH-%'`,
    ],
    [
      'system_dependencies',
      sql`insert into system_dependencies (from_system_id, to_system_id)
        select a.id, b.id from information_systems a
        join information_systems b on b.operating_unit_id = a.operating_unit_id
          and b.kind = 'database' and a.kind = 'portal'`,
    ],
    [
      'readiness_licences',
      sql`insert into readiness_licences (unit_id, kind, product, seats, expires_on, updated_at)
        select u.id, k.kind, k.product, 20, current_date + (abs(hashtext(u.code || k.kind)) % 420) - 60, now()
        from units u cross join (values ('antivirus', 'BKAV Pro', 1), ('firewall', 'FortiGate', 2)) k(kind, product, n)
        where u.code like 'BENCH-%'`,
    ],
    [
      'readiness_trainings',
      sql`insert into readiness_trainings (unit_id, title, held_on, updated_at)
        select u.id, 'Tập huấn an toàn thông tin', current_date - (abs(hashtext(u.code)) % 400), now()
        from units u where u.code like 'BENCH-%' and right(u.code, 1) in ('1', '2', '3', '4', '5')`,
    ],
    [
      'readiness_training_attendees',
      sql`insert into readiness_training_attendees (training_id, user_id)
        select t.id, us.id from readiness_trainings t join users us on us.unit_id = t.unit_id`,
    ],
    [
      'readiness_drills',
      sql`insert into readiness_drills (unit_id, kind, title, held_on, updated_at)
        select u.id, k.kind, 'Diễn tập / rà quét', current_date - (abs(hashtext(u.code || k.kind)) % 365), now()
        from units u cross join (values ('drill', 1), ('scan', 2)) k(kind, n)
        where u.code like 'BENCH-%' and right(u.code, 1) <> '9'`,
    ],
    [
      'readiness_drill_systems',
      sql`insert into readiness_drill_systems (drill_id, system_id)
        select d.id, s.id from readiness_drills d
        join information_systems s on s.operating_unit_id = d.unit_id
        where s.security_level is null or s.security_level >= 3`,
    ],
    [
      'risks',
      sql`insert into risks (system_id, subtype, likelihood, impact, score, band, updated_at)
        select s.id, r.subtype, r.l, r.i, r.l * r.i,
          case when r.l * r.i <= 4 then 'low' when r.l * r.i <= 9 then 'medium'
               when r.l * r.i <= 16 then 'high' else 'critical' end,
          now()
        from information_systems s cross join lateral (values
          ('attack.phishing', 1 + abs(hashtext(s.id::text)) % 5, 1 + (coalesce(s.security_level, 3) % 5)),
          ('attack.malware', 1 + abs(hashtext(s.name)) % 5, 2),
          ('failure.power', 3, 1 + abs(hashtext(s.id::text || 'p')) % 5)) r(subtype, l, i)`,
    ],
  ];
  const counts: Record<string, number> = {};
  for (const [table, statement] of steps) {
    const started = performance.now();
    const result = await statement.execute(db);
    counts[table] = Number(result.numAffectedRows ?? 0);
    console.log(
      `  ${table.padEnd(30)} ${String(counts[table]).padStart(8)} rows  ${(performance.now() - started).toFixed(0)} ms`,
    );
  }
  await sql`analyze`.execute(db);
  return counts;
}

interface Figure {
  name: string;
  median: number;
  p95: number;
  max: number;
  detail: string;
}

async function time(name: string, run: () => Promise<string>): Promise<Figure> {
  let detail = '';
  for (let i = 0; i < 3; i++) detail = await run();
  const samples: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const started = performance.now();
    detail = await run();
    samples.push(performance.now() - started);
  }
  samples.sort((a, b) => a - b);
  const at = (q: number) => samples[Math.min(samples.length - 1, Math.floor(q * samples.length))]!;
  return { name, median: at(0.5), p95: at(0.95), max: samples[samples.length - 1]!, detail };
}

async function main(): Promise<number> {
  const url = process.env.DATABASE_URL;
  if (!url?.startsWith('postgres')) {
    console.error('DATABASE_URL must point at a PostgreSQL server (the bench creates its own database)');
    return 2;
  }
  const name = process.env.BENCH_DB_NAME ?? `ungcuu_bench_prep_${process.pid}`;
  await admin(url, `create database ${name}`);
  const handle = await openDatabase({ databaseUrl: databaseUrlWithName(url, name), poolSize: 10 });
  try {
    console.log(`database ${name}: migrating and loading ${UNITS} units × ${SYSTEMS} systems`);
    await migrate(handle.db);
    const counts = await load(handle.db);
    const focal = await handle.db
      .selectFrom('units')
      .select('id')
      .where('code', '=', 'BENCH-1')
      .executeTakeFirstOrThrow();
    const someUnit = await handle.db
      .selectFrom('units')
      .select('id')
      .where('code', '=', `BENCH-${Math.ceil(UNITS / 2)}`)
      .executeTakeFirstOrThrow();
    useAuditKey(deriveAuditKey(randomBytes(32)));
    const services = createServices(handle);
    const coordinator: RequestActor = {
      userId: '00000000-0000-4000-8000-00000000b001',
      unitId: focal.id,
      roles: ['coordinator'],
      label: 'bench',
    };
    const officer: RequestActor = { ...coordinator, unitId: someUnit.id, roles: ['unit_officer'] };
    const pages = Math.max(1, Math.floor(UNITS / 50));
    let page = 0;
    const figures: Figure[] = [
      await time('readiness page (50 units, any offset)', async () => {
        const offset = 50 * (page++ % pages);
        const r = await services.readiness.page(coordinator, { limit: 50, offset });
        return `${r.items.length} of ${r.total} units, offset ${offset}`;
      }),
      await time('readiness, one unit', async () => {
        const r = await services.readiness.unit(officer, someUnit.id);
        return `score ${r.score}`;
      }),
      await time('readiness summary (whole town)', async () => {
        const s = await services.readiness.summary(coordinator);
        return `${s.units} units, average ${s.averageScore}`;
      }),
      await time('risk heat map (town)', async () => {
        const h = await services.risks.heatMap(coordinator, {});
        return `${h.total} risks`;
      }),
      await time('risk heat map (one unit)', async () => {
        const h = await services.risks.heatMap(officer, {});
        return `${h.total} risks`;
      }),
      await time('systems list, accent-insensitive search', async () => {
        const r = await services.systems.list(coordinator, { q: 'cong thong tin', limit: 50, offset: 0 });
        return `${r.items.length} of ${r.total}`;
      }),
      await time('risk register page (town, by score)', async () => {
        const r = await services.risks.list(coordinator, { limit: 50, offset: 0 });
        return `${r.items.length} of ${r.total}`;
      }),
      await time('licences due in 30 days (town)', async () => {
        const r = await services.readiness.dueLicences(coordinator, 30);
        return `${r.items.length} licences`;
      }),
    ];
    console.log(
      `\nrows: ${Object.entries(counts)
        .map(([t, n]) => `${t} ${n}`)
        .join(', ')}`,
    );
    console.log(`\n${RUNS} timed runs each after 3 warm-up runs (ms):`);
    console.log(
      `${'screen'.padEnd(42)}${'median'.padStart(8)}${'p95'.padStart(8)}${'max'.padStart(8)}  result`,
    );
    for (const f of figures) {
      const flag = f.p95 > TARGET_MS ? '  ⚠ over target' : '';
      console.log(
        `${f.name.padEnd(42)}${f.median.toFixed(1).padStart(8)}${f.p95.toFixed(1).padStart(8)}${f.max.toFixed(1).padStart(8)}  ${f.detail}${flag}`,
      );
    }
    const over = figures.filter((f) => f.p95 > TARGET_MS);
    console.log(
      over.length === 0
        ? `\nall screens under ${TARGET_MS} ms (p95)`
        : `\n${over.length} over ${TARGET_MS} ms`,
    );
    return 0;
  } finally {
    await handle.close();
    if (!KEEP) await admin(url, `drop database if exists ${name} with (force)`);
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
