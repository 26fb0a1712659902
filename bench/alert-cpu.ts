// CPU per 500-alert batch of the alert intake, in-process (issue 13): process.cpuUsage() around
// ingestAlerts, no HTTP, on PostgreSQL (DATABASE_URL set; the figure is this process's CPU, the
// server's is apart) or PGlite (in memory; the figure includes the database, which runs in-process).
// Also the statements per batch (a Kysely plugin counts them): a fixed number whatever the size.
//   npx tsx bench/alert-cpu.ts
//   DATABASE_URL=postgres://postgres@127.0.0.1:5432/postgres npx tsx bench/alert-cpu.ts
// ALERT_CPU_BATCHES (default 20) batches of each shape are measured after 3 of warm-up.
import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { ingestAlerts, syslogSource } from '@ungcuu/core/alerts/alert-intake.ts';
import { type DatabaseHandle, openDatabase } from '@ungcuu/core/db/engine.ts';
import { migrate } from '@ungcuu/core/db/migrate.ts';
import { createServices } from '@ungcuu/core/services.ts';
import { databaseUrlWithName, useTestAuditKey } from '@ungcuu/core/testing/test-db.ts';
import { parseAlertBody } from '@ungcuu/domain/alerts/alert-parsers.ts';
import type { KyselyPlugin } from 'kysely';
import pg from 'pg';

const BATCH = 500;
const BATCHES = Number(process.env.ALERT_CPU_BATCHES ?? 20);
const baseUrl = process.env.DATABASE_URL;
const dbName = `workers_alert_cpu_${randomBytes(4).toString('hex')}`;

async function admin(text: string) {
  const c = new pg.Client({ connectionString: baseUrl });
  await c.connect();
  await c.query(text).finally(() => c.end());
}

/** Wazuh-like generic alerts as bench/alert-intake.ts posts them: 40 rules over 250 hosts. */
function genericBatch(b: number, size = BATCH) {
  return parseAlertBody('generic', {
    alerts: Array.from({ length: size }, (_, i) => {
      const n = b * size + i;
      return {
        externalId: `cpu-${b}-${i}`,
        title: `Rule ${n % 40}: suspicious traffic`,
        ruleId: `R${n % 40}`,
        severity: ['info', 'low', 'medium'][n % 3],
        host: `host-${n % 250}.bench.local`,
        srcIp: `203.0.113.${n % 250}`,
        message: `event ${n} seen by the sensor`,
        category: 'network',
      };
    }),
  });
}

/** The Wazuh fixture (sshd brute force), varied: agents, ids, source addresses. */
const wazuhFixture = JSON.parse(
  readFileSync(
    new URL('../packages/domain/src/alerts/testdata/wazuh-sshd-bruteforce.json', import.meta.url),
    'utf8',
  ),
);
function wazuhBatch(b: number, size = BATCH) {
  return parseAlertBody(
    'wazuh',
    Array.from({ length: size }, (_, i) => {
      const n = b * size + i;
      return {
        ...wazuhFixture,
        id: `w-${b}-${i}`,
        rule: { ...wazuhFixture.rule, level: 3 + (n % 5), id: String(5700 + (n % 30)) },
        agent: { ...wazuhFixture.agent, id: String(n % 200), name: `agent-${n % 200}` },
        data: { ...wazuhFixture.data, srcip: `198.51.100.${n % 250}` },
      };
    }),
  );
}

let handle: DatabaseHandle;
if (baseUrl) {
  await admin(`create database ${dbName}`);
  handle = await openDatabase({ databaseUrl: databaseUrlWithName(baseUrl, dbName), poolSize: 5 });
} else handle = await openDatabase({});
useTestAuditKey();
await migrate(handle.db);

let statements = 0;
const counter: KyselyPlugin = {
  transformQuery: (args) => {
    statements++;
    return args.node;
  },
  transformResult: async (args) => args.result,
};
const services = createServices({ ...handle, db: handle.db.withPlugin(counter) });
const deps = services.deps;
const unit = await handle.db
  .insertInto('units')
  .values({ code: 'BENCH', name: 'Bench unit', type: 'focal_office', updated_at: new Date() })
  .returning('id')
  .executeTakeFirstOrThrow();
const source = { ...(await syslogSource(deps, 'bench-cpu', unit.id)), ratePerMinute: 0 };

console.log(
  `node ${process.version}, ${handle.engine}, ${new Date().toISOString()}, load ${loadavg()
    .map((l) => l.toFixed(2))
    .join(' ')}`,
);
try {
  for (const [shape, make] of [
    ['generic', genericBatch],
    ['wazuh', wazuhBatch],
  ] as const) {
    // Statements per batch for 1, 50 and 500 alerts (new external ids, the groups already live).
    const perSize: string[] = [];
    for (const size of [1, 50, BATCH]) {
      const body = make(10_000 + size, size);
      if (!body.ok) throw new Error('bench batch did not parse');
      statements = 0;
      await ingestAlerts(deps, source, body.items);
      await new Promise((r) => setTimeout(r, 50)); // after-commit statistics
      perSize.push(`${size}: ${statements}`);
    }
    const bodies = Array.from({ length: BATCHES + 3 }, (_, b) => make(b));
    const cpu: number[] = [];
    const wall: number[] = [];
    statements = 0;
    for (const [b, body] of bodies.entries()) {
      if (!body.ok) throw new Error('bench batch did not parse');
      const c0 = process.cpuUsage();
      const t0 = performance.now();
      const result = await ingestAlerts(deps, source, body.items);
      const c = process.cpuUsage(c0);
      if (result.accepted + result.suppressed !== BATCH)
        throw new Error(JSON.stringify(result).slice(0, 300));
      if (b < 3) {
        statements = 0;
        continue;
      }
      cpu.push((c.user + c.system) / 1000);
      wall.push(performance.now() - t0);
    }
    const sorted = [...cpu].sort((x, y) => x - y);
    const mean = (xs: number[]) => xs.reduce((s, x) => s + x, 0) / xs.length;
    console.log(
      `${shape.padEnd(8)} CPU ms per ${BATCH}-alert batch: mean ${mean(cpu).toFixed(1)}, median ${sorted[
        Math.floor(sorted.length / 2)
      ]!.toFixed(
        1,
      )}, min ${sorted[0]!.toFixed(1)}; wall ms mean ${mean(wall).toFixed(1)}; statements per batch ${(
        statements / BATCHES
      ).toFixed(1)} (by size ${perSize.join(', ')})`,
    );
  }
} finally {
  await handle.close();
  if (baseUrl) await admin(`drop database if exists ${dbName} with (force)`);
}
