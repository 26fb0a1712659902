// Part 4: the embedded server (PGlite): cold and warm start to the first request, RSS after start
// and under load, for an empty folder, the demo town and a folder of many incidents; where the
// memory goes (the server prints `ungcuu-memory {...}` with UNGCUU_MEMORY_REPORT=1).

import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openDatabase } from '@ungcuu/core/db/engine.ts';
import { migrate } from '@ungcuu/core/db/migrate.ts';
import { loadDemoOrganisation } from '@ungcuu/core/demo/load-demo.ts';
import { loadDemoTown } from '@ungcuu/core/demo/load-demo-town.ts';
import { createServices } from '@ungcuu/core/services.ts';
import { SYSTEM_ACTOR } from '@ungcuu/core/shared/context.ts';
import { createsPerSecond, timeGets } from './load.ts';
import { figure } from './report.ts';
import { rssMb, type Server, startServer } from './servers.ts';
import { seedIncidents, type Town, town } from './town.ts';

function memoryOf(out: string) {
  const lines = [...out.matchAll(/ungcuu-memory (\{.*\})/g)];
  const m = lines.length ? (JSON.parse(lines[lines.length - 1]![1]!) as Record<string, number>) : null;
  if (!m) return '';
  const mb = (n: number) => (n / 1048576).toFixed(0);
  return `heap ${mb(m.heapUsed!)}/${mb(m.heapTotal!)} MB, external (PGlite WebAssembly memory, buffers) ${mb(m.external!)} MB, other (code, stacks, allocator) ${mb(m.rss! - m.heapTotal! - m.external!)} MB`;
}

/** A folder with the kind's data; the tokens of its people when it has the bench town. */
async function prepareFolder(kind: 'empty' | 'demo' | 'incidents', incidents: number) {
  const dir = mkdtempSync(join(tmpdir(), 'ungcuu-bench-pglite-'));
  if (kind === 'empty') return { dir, tokens: null };
  const handle = await openDatabase({ dataDir: dir });
  let tokens: Town | null = null;
  try {
    await migrate(handle.db);
    if (kind === 'demo') {
      const services = createServices(handle);
      const actor = { ...SYSTEM_ACTOR, label: 'bench' };
      await loadDemoOrganisation(services.deps, actor);
      await loadDemoTown(services.deps, actor);
    } else {
      tokens = await town(handle.db, handle);
      await seedIncidents(handle.db, tokens.communes, 0, incidents, 10_000);
    }
  } finally {
    await handle.close();
  }
  return { dir, tokens };
}

/** Creates, then searches and lists, sampling the RSS every 100 ms; the peak. */
async function underLoad(server: Server, tokens: Town, seconds: number) {
  let peak = rssMb(server.child.pid!);
  const sample = setInterval(() => {
    peak = Math.max(peak, rssMb(server.child.pid!));
  }, 100);
  const rate = await createsPerSecond(server.url, tokens.officerToken, 8, seconds);
  const [s50, s95] = await timeGets(
    server.url,
    tokens.coordinatorToken,
    [
      '/api/incidents?limit=25&q=tan%20cong',
      '/api/incidents?limit=25&q=mat%20dien',
      '/api/incidents?limit=25&state=new&tier=T3',
    ],
    100,
  );
  clearInterval(sample);
  server.child.kill('SIGUSR2'); // asks for one more memory report
  await new Promise((r) => setTimeout(r, 300));
  return { rate, s50, s95, peak };
}

export async function measurePglite(incidents: number, seconds: number) {
  console.log('\n4. Embedded PGlite: start to first request, memory');
  const kinds = [
    ['empty', 'empty'],
    ['demo', 'demo town'],
    ['incidents', `${incidents.toLocaleString('en')} incidents`],
  ] as const;
  for (const [kind, label] of kinds) {
    const { dir, tokens } = await prepareFolder(kind, incidents);
    try {
      const env = { DATABASE_URL: '', UNGCUU_DATA_DIR: dir, UNGCUU_MEMORY_REPORT: '1' };
      const cold = await startServer(env);
      await new Promise((r) => setTimeout(r, 1000));
      const coldRss = rssMb(cold.child.pid!);
      await cold.stop();
      const warm = await startServer(env);
      await new Promise((r) => setTimeout(r, 1000));
      const warmRss = rssMb(warm.child.pid!);
      figure(
        `PGlite ${label}: first request, first start (migrations${kind === 'empty' ? ', first admin' : ''})`,
        `${cold.firstRequestMs.toFixed(0)} ms, RSS ${coldRss.toFixed(0)} MB`,
        'reference',
        null,
      );
      figure(
        `PGlite ${label}: first request, existing folder`,
        `${warm.firstRequestMs.toFixed(0)} ms`,
        '≤ 2,000 ms',
        warm.firstRequestMs <= 2000,
      );
      figure(
        `PGlite ${label}: RSS after start`,
        `${warmRss.toFixed(0)} MB (${memoryOf(warm.output())})`,
        '≤ 250 MB',
        warmRss <= 250,
      );
      if (tokens) {
        const loaded = await underLoad(warm, tokens, seconds);
        figure(`PGlite ${label}: creates/s (concurrency 8)`, loaded.rate.toFixed(0), 'reference', null);
        figure(
          `PGlite ${label}: search/list p50 / p95`,
          `${loaded.s50.toFixed(1)} / ${loaded.s95.toFixed(1)} ms`,
          'reference (p95 ≤ 50 ms)',
          loaded.s95 <= 50,
        );
        figure(
          `PGlite ${label}: RSS under load (peak)`,
          `${loaded.peak.toFixed(0)} MB (${memoryOf(warm.output())})`,
          '≤ 350 MB',
          loaded.peak <= 350,
        );
      }
      await warm.stop();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }
}
