// Incident search and list at a million (issue 13), in process: the list service timed per query
// kind, for a coordinator (every unit) and a commune officer (own unit), with the database's own
// execution time of each statement (EXPLAIN ANALYZE of the exact SQL the service ran).
// Needs the database the throughput bench seeds (ungcuu_bench_million, 1,000,000 incidents):
//   DATABASE_URL=postgres://postgres@127.0.0.1:5432/postgres BENCH_ONLY=search npx tsx bench/throughput.ts
// Run: DATABASE_URL=postgres://postgres@127.0.0.1:5432/postgres npx tsx bench/incident-search.ts
// Knobs: BENCH_DB (default ungcuu_bench_million), BENCH_RUNS (timed runs per query, default 20),
//        BENCH_EXPLAIN=1 (print the plan of every statement once), BENCH_MIGRATE=0 (skip migrating),
//        BENCH_PGLITE=100000 (instead: a PGlite database of that many incidents, seeded in memory).

import { randomBytes } from 'node:crypto';
import { loadavg } from 'node:os';
import { deriveAuditKey, useAuditKey } from '@ungcuu/core/audit/audit-key.ts';
import { type DatabaseHandle, openDatabase } from '@ungcuu/core/db/engine.ts';
import { migrate } from '@ungcuu/core/db/migrate.ts';
import type { Database } from '@ungcuu/core/db/schema.ts';
import { createServices } from '@ungcuu/core/services.ts';
import type { RequestActor } from '@ungcuu/core/shared/context.ts';
import { databaseUrlWithName } from '@ungcuu/core/testing/test-db.ts';
import type { IncidentListQuery } from '@ungcuu/domain/incidents/schemas.ts';
import { classifierCorpus } from '@ungcuu/domain/incidents/testdata/classifier-corpus.ts';
import { type CompiledQuery, Kysely, PostgresDialect, sql } from 'kysely';
import pg from 'pg';

useAuditKey(deriveAuditKey(randomBytes(32)));
const RUNS = Number(process.env.BENCH_RUNS ?? 20);
const EXPLAIN = process.env.BENCH_EXPLAIN === '1';
const PGLITE = Number(process.env.BENCH_PGLITE ?? 0);
const load = () =>
  loadavg()
    .map((l) => l.toFixed(2))
    .join(' ');

// Every statement the services run is recorded, so that its plan can be shown and timed.
const ran: CompiledQuery[] = [];
let handle: DatabaseHandle;
let explainer: (q: CompiledQuery) => Promise<string[]>;

if (PGLITE) {
  handle = await openDatabase({});
  await migrate(handle.db);
  await seedPGlite(handle, PGLITE);
  // PGlite: timings only (its statements are not recorded).
  explainer = async () => [];
} else {
  const base = process.env.DATABASE_URL;
  if (!base) throw new Error('DATABASE_URL (PostgreSQL) is needed, or BENCH_PGLITE=<incidents>');
  const url = databaseUrlWithName(base, process.env.BENCH_DB ?? 'ungcuu_bench_million');
  const pool = new pg.Pool({ connectionString: url, max: 4 });
  const db = new Kysely<Database>({
    dialect: new PostgresDialect({ pool }),
    log: (event) => {
      if (event.level === 'query') ran.push(event.query);
    },
  });
  handle = { db, engine: 'postgres', listen: async () => async () => {}, close: () => db.destroy() };
  if (process.env.BENCH_MIGRATE !== '0') {
    const t0 = performance.now();
    await migrate(db);
    console.log(`migrated in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
  }
  explainer = async (q) =>
    (
      await pool.query<{ 'QUERY PLAN': string }>(
        `explain (analyze, buffers) ${q.sql}`,
        q.parameters as unknown[],
      )
    ).rows.map((r) => r['QUERY PLAN']);
}

const services = createServices(handle);
const db = handle.db;
const focal = await db.selectFrom('units').select('id').where('code', '=', 'FOCAL').executeTakeFirstOrThrow();
const commune = await db.selectFrom('units').select('id').where('code', '=', 'C1').executeTakeFirstOrThrow();
const incidents = Number(
  (await sql<{ n: string }>`select count(*) as n from incidents`.execute(db)).rows[0]!.n,
);
const coordinator: RequestActor = {
  userId: '00000000-0000-0000-0000-000000000001',
  unitId: focal.id,
  roles: ['coordinator'],
  label: 'coordinator',
};
const officer: RequestActor = {
  userId: '00000000-0000-0000-0000-000000000002',
  unitId: commune.id,
  roles: ['unit_officer'],
  label: 'officer',
};

const page = { limit: 25, offset: 0 } as IncidentListQuery;
const searches: [string, Partial<IncidentListQuery>][] = [
  ['tan cong', { q: 'tan cong' }],
  ['mã độc', { q: 'mã độc' }],
  ['mat dien', { q: 'mat dien' }],
  ['giả mạo email', { q: 'giả mạo email' }],
  ['ddieenj', { q: 'ddieenj' }],
  ['website bi thay doi', { q: 'website bi thay doi' }],
  ['SC-2025-0000123', { q: 'SC-2025-0000123' }],
  ['xyzzy (nothing)', { q: 'xyzzy' }],
];
const lists: [string, Partial<IncidentListQuery>][] = [
  ['no filter', {}],
  ['offset 25', { offset: 25 }],
  ['state new + tier T3', { state: ['new'], tier: ['T3'] }],
  ['state responding', { state: ['responding'] }],
  ['tier T4', { tier: ['T4'] }],
];

const pct = (sorted: number[], q: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;

async function time(actor: RequestActor, name: string, extra: Partial<IncidentListQuery>) {
  const query = { ...page, ...extra } as IncidentListQuery;
  ran.length = 0;
  const first = await services.incidents.list(actor, query); // warm-up, and the statements
  const statements = [...ran];
  const times: number[] = [];
  const cpu0 = process.cpuUsage();
  for (let i = 0; i < RUNS; i++) {
    const t = performance.now();
    await services.incidents.list(actor, query);
    times.push(performance.now() - t);
  }
  const cpu = process.cpuUsage(cpu0);
  times.sort((a, b) => a - b);
  // The database's own time for each statement, from one EXPLAIN ANALYZE each.
  const dbMs: string[] = [];
  for (const q of statements) {
    if (PGLITE && !EXPLAIN) break;
    const plan = await explainer(q);
    const exec = plan.find((l) => l.startsWith('Execution Time'));
    dbMs.push(exec ? exec.replace(/Execution Time: ([\d.]+) ms/, '$1') : '?');
    if (EXPLAIN) console.log(`\n--- ${name}\n${q.sql}\n${JSON.stringify(q.parameters)}\n${plan.join('\n')}`);
  }
  console.log(
    `  ${name.padEnd(24)} p50 ${pct(times, 0.5).toFixed(1).padStart(7)} ms  p95 ${pct(times, 0.95)
      .toFixed(1)
      .padStart(7)} ms  node cpu ${((cpu.user + cpu.system) / 1000 / RUNS).toFixed(1)} ms/op  ` +
      `total ${first.totalCapped ? `>${first.total}` : first.total}${dbMs.length ? `  db ms [${dbMs.join(', ')}]` : ''}`,
  );
  return times;
}

console.log(
  `bench/incident-search.ts — ${PGLITE ? 'PGlite' : 'PostgreSQL'}, ${incidents.toLocaleString('en')} incidents, ${RUNS} runs per query, load ${load()}`,
);
for (const [who, actor] of [
  ['coordinator', coordinator],
  ['commune officer', officer],
] as const) {
  for (const [kind, cases] of [
    ['search', searches],
    ['list', lists],
  ] as const) {
    console.log(`${kind} (${who}):`);
    const all: number[] = [];
    for (const [name, extra] of cases) all.push(...(await time(actor, name, extra)));
    all.sort((a, b) => a - b);
    console.log(
      `  ALL ${kind} ${who}: p50 ${pct(all, 0.5).toFixed(1)} ms, p95 ${pct(all, 0.95).toFixed(1)} ms (load ${load()})`,
    );
  }
}
await handle.close();

/** The throughput bench's seed (same corpus, same spread over 200 communes), on PGlite. */
async function seedPGlite(h: DatabaseHandle, n: number) {
  const d = h.db;
  await sql`insert into units (code, name, type, updated_at) values ('FOCAL', 'Phòng Văn hoá', 'focal_office', now())`.execute(
    d,
  );
  await sql`insert into units (code, name, type, updated_at) select 'C' || g, 'UBND xã số ' || g, 'commune', now() from generate_series(1, 200) g`.execute(
    d,
  );
  const communes = (
    await d.selectFrom('units').select('id').where('type', '=', 'commune').orderBy('code').execute()
  ).map((u) => u.id);
  const corpus = classifierCorpus().map((r) => r.text);
  const titles = corpus.map(
    (text) =>
      text
        .split(/[.!?\n]/)[0]!
        .slice(0, 120)
        .trim() || text.slice(0, 120),
  );
  const t0 = performance.now();
  for (let start = 0; start < n; start += 10_000) {
    const end = Math.min(n, start + 10_000);
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
      from generate_series(${start + 1}::int, ${end}::int) g`.execute(d);
  }
  await sql`analyze incidents`.execute(d);
  console.log(
    `PGlite: seeded ${n.toLocaleString('en')} incidents in ${((performance.now() - t0) / 1000).toFixed(0)} s`,
  );
}
