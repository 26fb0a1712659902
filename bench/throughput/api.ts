// Part 2: incident creates/s through the HTTP API at concurrency 16 and 64, with one server
// process and with one per core (UNGCUU_WORKERS); batch intake reports/s.

import { openDatabase } from '@ungcuu/core/db/engine.ts';
import { migrate } from '@ungcuu/core/db/migrate.ts';
import { databaseUrlWithName } from '@ungcuu/core/testing/test-db.ts';
import { batchPerSecond, createsPerSecond } from './load.ts';
import { figure } from './report.ts';
import { admin, startServer } from './servers.ts';
import { town } from './town.ts';

export async function measureApiIntake(baseUrl: string, seconds: number, cores: number, ceiling: number) {
  console.log('\n2. Intake through the HTTP API (PostgreSQL)');
  const name = 'ungcuu_bench_tp';
  await admin(`drop database if exists ${name} with (force)`, baseUrl);
  await admin(`create database ${name}`, baseUrl);
  const url = databaseUrlWithName(baseUrl, name);
  const handle = await openDatabase({ databaseUrl: url, poolSize: 4 });
  await migrate(handle.db);
  const t = await town(handle.db, handle);
  await handle.close();
  const aim = Math.max(2000, ceiling * 0.25);
  for (const workers of [1, cores]) {
    const server = await startServer({
      DATABASE_URL: url,
      UNGCUU_WORKERS: String(workers),
      DB_POOL_SIZE: '20',
    });
    await createsPerSecond(server.url, t.officerToken, 4, Math.min(seconds, 3)); // warm-up
    for (const c of [16, 64]) {
      const rate = await createsPerSecond(server.url, t.officerToken, c, seconds);
      figure(
        `creates/s through the API, ${workers} process${workers > 1 ? 'es' : ''}, concurrency ${c}`,
        `${rate.toFixed(0)} (${((rate / ceiling) * 100).toFixed(1)} % of the single-row ceiling)`,
        `≥ ${aim.toFixed(0)}/s (2,000 and 25 % of the ceiling)`,
        rate >= aim,
      );
    }
    if (workers === cores) {
      const rate = await batchPerSecond(server.url, t.machineToken, 4, seconds);
      figure(
        `batch intake reports/s (500 per batch, ${workers} processes, 4 at a time)`,
        rate.toFixed(0),
        '≥ 20,000/s',
        rate >= 20_000,
      );
    }
    await server.stop();
  }
  await admin(`drop database if exists ${name} with (force)`, baseUrl);
}
