// Part 3: search and list p50/p95 through the API at a million incidents (PostgreSQL). The data
// is seeded once into the database ungcuu_bench_million and kept; BENCH_SKIP_SEED=1 reuses it
// (the server migrates it at start, so new indexes are built on the first run after a change).

import { openDatabase } from '@ungcuu/core/db/engine.ts';
import { migrate } from '@ungcuu/core/db/migrate.ts';
import { databaseUrlWithName } from '@ungcuu/core/testing/test-db.ts';
import { sql } from 'kysely';
import pg from 'pg';
import { timeGets } from './load.ts';
import { figure } from './report.ts';
import { admin, startServer } from './servers.ts';
import { seedIncidents, type Town, town } from './town.ts';

const NAME = 'ungcuu_bench_million';

async function seededCount(url: string): Promise<number> {
  try {
    const c = new pg.Client({ connectionString: url });
    await c.connect();
    const n = Number((await c.query('select count(*) as n from incidents')).rows[0].n);
    await c.end();
    return n;
  } catch {
    return 0;
  }
}

/** The million database, seeded unless BENCH_SKIP_SEED=1 finds it full; its people's tokens. */
async function millionDatabase(baseUrl: string, million: number, reuse: boolean) {
  const url = databaseUrlWithName(baseUrl, NAME);
  if (!reuse || (await seededCount(url)) < million) {
    await admin(`drop database if exists ${NAME} with (force)`, baseUrl);
    await admin(`create database ${NAME}`, baseUrl);
    const handle = await openDatabase({ databaseUrl: url, poolSize: 4 });
    await migrate(handle.db);
    const t = await town(handle.db, handle);
    await sql`insert into settings (key, value, updated_at) values ('bench.tokens', ${JSON.stringify(t)}::jsonb, now())`.execute(
      handle.db,
    );
    const t0 = performance.now();
    await seedIncidents(handle.db, t.communes, 0, million, 50_000);
    console.log(
      `  seeded ${million.toLocaleString('en')} incidents in ${((performance.now() - t0) / 1000).toFixed(0)} s`,
    );
    await handle.close();
  }
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  const t = (await c.query(`select value from settings where key = 'bench.tokens'`)).rows[0].value as Town;
  await c.end();
  return { url, t };
}

const SEARCHES = [
  '/api/incidents?limit=25&q=tan%20cong',
  '/api/incidents?limit=25&q=m%C3%A3%20%C4%91%E1%BB%99c',
  '/api/incidents?limit=25&q=mat%20dien',
  '/api/incidents?limit=25&q=gi%E1%BA%A3%20m%E1%BA%A1o%20email',
  '/api/incidents?limit=25&q=ddieenj',
  '/api/incidents?limit=25&q=website%20bi%20thay%20doi',
];
const LISTS = [
  '/api/incidents?limit=25',
  '/api/incidents?limit=25&offset=25',
  '/api/incidents?limit=25&state=new&tier=T3',
  '/api/incidents?limit=25&state=responding',
  '/api/incidents?limit=25&tier=T4',
];

export async function measureSearchAtAMillion(
  baseUrl: string,
  million: number,
  reuse: boolean,
  cores: number,
) {
  console.log(
    `\n3. Search and list through the API at ${million.toLocaleString('en')} incidents (PostgreSQL)`,
  );
  const { url, t } = await millionDatabase(baseUrl, million, reuse);
  const started = performance.now();
  const server = await startServer({ DATABASE_URL: url, UNGCUU_WORKERS: String(cores) });
  console.log(`  server up (migrations included) in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  await timeGets(server.url, t.coordinatorToken, SEARCHES, 30); // warm-up
  const [s50, s95] = await timeGets(server.url, t.coordinatorToken, SEARCHES);
  figure(
    'search p50 / p95 (coordinator, accent-insensitive, 6 queries)',
    `${s50.toFixed(1)} / ${s95.toFixed(1)} ms`,
    'p95 ≤ 50 ms',
    s95 <= 50,
  );
  const [o50, o95] = await timeGets(server.url, t.officerToken, [SEARCHES[0]!, SEARCHES[2]!]);
  figure(
    'search p50 / p95 (commune officer, own unit)',
    `${o50.toFixed(1)} / ${o95.toFixed(1)} ms`,
    'p95 ≤ 50 ms',
    o95 <= 50,
  );
  await timeGets(server.url, t.coordinatorToken, LISTS, 30);
  const [l50, l95] = await timeGets(server.url, t.coordinatorToken, LISTS);
  figure(
    'list p50 / p95 (coordinator, filters, capped count)',
    `${l50.toFixed(1)} / ${l95.toFixed(1)} ms`,
    'p95 ≤ 30 ms',
    l95 <= 30,
  );
  const [u50, u95] = await timeGets(server.url, t.officerToken, [
    LISTS[0]!,
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
