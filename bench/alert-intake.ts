// Alert intake throughput and latency (issue 10) through the real HTTP server, on PostgreSQL
// (DATABASE_URL set) or PGlite: webhook batches of 500 at concurrency 8; IN THE SAME RUN the
// ceiling (a plain multi-row INSERT of the same rows into the same database); and p50/p95 from
// POST to the grouped incident visible on the /api/events stream, measured under that load.
//   npx tsx bench/alert-intake.ts            (PGlite)
//   DATABASE_URL=postgres://... npx tsx bench/alert-intake.ts
import { randomUUID } from 'node:crypto';
import { loadavg } from 'node:os';
import { openDatabase } from '@ungcuu/core/db/engine.ts';
import { adminToken, serverProcess } from '../apps/server/src/testing/server-process.ts';

const BATCH = 500;
const CONCURRENCY = 8;
const BATCHES = Number(process.env.ALERT_BENCH_BATCHES ?? 96);
const percentile = (sorted: number[], p: number) =>
  sorted.length === 0 ? 0 : sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;

/** Wazuh-like alerts: 40 rules over 250 hosts, info to medium (so the flood opens no incidents). */
function batchOf(b: number) {
  return {
    alerts: Array.from({ length: BATCH }, (_, i) => {
      const n = b * BATCH + i;
      return {
        externalId: `bench-${b}-${i}`,
        title: `Rule ${n % 40}: suspicious traffic`,
        ruleId: `R${n % 40}`,
        severity: ['info', 'low', 'medium'][n % 3],
        host: `host-${n % 250}.bench.local`,
        srcIp: `203.0.113.${n % 250}`,
        message: `event ${n} seen by the sensor`,
        category: 'network',
      };
    }),
  };
}

const server = await serverProcess({ UNGCUU_MONITOR_CHECKS: 'false' });
const engine = server.engine;
console.log(
  `node ${process.version}, ${engine}, ${new Date().toISOString()}, load ${loadavg()
    .map((l) => l.toFixed(2))
    .join(' ')}`,
);
try {
  const { bearer, session } = await adminToken(server.url, ['alerts.write', 'read']);
  const headers = { authorization: bearer, 'content-type': 'application/json' };
  // Unlimited rate for the bench source (created by its first post).
  const first = await fetch(`${server.url}/api/alerts/generic`, {
    method: 'POST',
    headers,
    body: JSON.stringify({ title: 'warm-up', severity: 'info', host: 'warm.bench.local' }),
  });
  const sourceId = ((await first.json()) as { sourceId: string }).sourceId;
  await fetch(`${server.url}/api/alert-sources/${sourceId}`, {
    method: 'PATCH',
    headers: { ...session, 'content-type': 'application/json' },
    body: JSON.stringify({ ratePerMinute: 0 }),
  });

  // The event stream: group ids announced with action "incident".
  const seen = new Map<string, number>();
  const stream = await fetch(`${server.url}/api/events`, { headers: { authorization: bearer } });
  const reader = stream.body!.getReader();
  const decoder = new TextDecoder();
  let streaming = true;
  const listening = (async () => {
    let buffer = '';
    while (streaming) {
      const { value, done } = await reader.read().catch(() => ({ value: undefined, done: true }));
      if (done) break;
      buffer += decoder.decode(value, { stream: true });
      let cut = buffer.indexOf('\n\n');
      while (cut >= 0) {
        const data = /^data: (.*)$/m.exec(buffer.slice(0, cut))?.[1];
        buffer = buffer.slice(cut + 2);
        cut = buffer.indexOf('\n\n');
        if (!data) continue;
        try {
          const event = JSON.parse(data) as { entity: string; id: string; action: string };
          if (event.entity === 'alert_group' && event.action === 'incident')
            seen.set(event.id, performance.now());
        } catch {
          // not a change notice
        }
      }
    }
  })();

  // Latency probes during the load: one critical alert on a new host → a new group → an incident.
  const latencies: number[] = [];
  let loading = true;
  const probes = (async () => {
    while (loading) {
      const started = performance.now();
      const res = await fetch(`${server.url}/api/alerts/generic`, {
        method: 'POST',
        headers,
        body: JSON.stringify({
          title: 'Probe: ransomware',
          severity: 'critical',
          host: `probe-${randomUUID()}`,
        }),
      });
      const groupId = ((await res.json()) as { items: { groupId: string }[] }).items[0]!.groupId;
      const until = performance.now() + 10_000;
      while (!seen.has(groupId) && performance.now() < until) await new Promise((r) => setTimeout(r, 2));
      if (seen.has(groupId)) latencies.push(seen.get(groupId)! - started);
      await new Promise((r) => setTimeout(r, 250));
    }
  })();

  // Throughput through HTTP.
  const bodies = Array.from({ length: BATCHES }, (_, b) => JSON.stringify(batchOf(b)));
  let next = 0;
  let failed = 0;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: CONCURRENCY }, async () => {
      while (next < BATCHES) {
        const b = next++;
        const res = await fetch(`${server.url}/api/alerts/generic`, {
          method: 'POST',
          headers,
          body: bodies[b],
        });
        const out = (await res.json()) as { accepted?: number };
        if (res.status !== 200 || out.accepted !== BATCH) failed++;
      }
    }),
  );
  const httpSeconds = (performance.now() - started) / 1000;
  loading = false;
  await probes;
  streaming = false;
  await reader.cancel().catch(() => {});
  await listening;
  const httpRate = (BATCHES * BATCH) / httpSeconds;

  // The ceiling: the same rows, plain multi-row INSERT into the same database's alerts table.
  await server.stop();
  const handle = await openDatabase(
    engine === 'postgres'
      ? { databaseUrl: server.databaseUrl, poolSize: CONCURRENCY }
      : { dataDir: server.dataDir },
  );
  const now = new Date();
  const rowsOf = (b: number) =>
    batchOf(b).alerts.map((a) => ({
      received_at: now,
      occurred_at: null,
      source_id: sourceId,
      external_id: `ceiling-${a.externalId}`,
      fingerprint: `${a.ruleId}:${a.host}`,
      status: 'accepted',
      severity: 1,
      rule_id: a.ruleId,
      rule_name: a.title,
      category: a.category,
      host: a.host,
      ip: null,
      src_ip: a.srcIp,
      dest_ip: null,
      url: null,
      agent: null,
      message: a.message,
      host_key: a.host,
      system_id: null,
      unit_id: null,
      group_id: null,
      raw: JSON.stringify(a),
    }));
  const ceilingRows = Array.from({ length: BATCHES }, (_, b) => rowsOf(b));
  let cnext = 0;
  const cstarted = performance.now();
  await Promise.all(
    Array.from({ length: engine === 'postgres' ? CONCURRENCY : 1 }, async () => {
      while (cnext < BATCHES) {
        const b = cnext++;
        await handle.db.insertInto('alerts').values(ceilingRows[b]!).execute();
      }
    }),
  );
  const ceilingRate = (BATCHES * BATCH) / ((performance.now() - cstarted) / 1000);
  await handle.close();

  const sorted = [...latencies].sort((a, b) => a - b);
  console.log(
    `alerts: ${BATCHES} batches of ${BATCH} at concurrency ${CONCURRENCY} (${BATCHES * BATCH} alerts), ${failed} failed`,
  );
  console.log(
    `  through HTTP (parse, map, dedup, group, audit, commit): ${httpRate.toFixed(0)} alerts/s (${httpSeconds.toFixed(1)} s)`,
  );
  console.log(`  ceiling, plain multi-row INSERT of the same rows:       ${ceilingRate.toFixed(0)} alerts/s`);
  console.log(
    `  share of the ceiling:                                   ${((100 * httpRate) / ceilingRate).toFixed(0)} %`,
  );
  console.log(
    `  POST → grouped incident on /api/events (under that load): n=${sorted.length}, p50 ${percentile(sorted, 50).toFixed(0)} ms, p95 ${percentile(sorted, 95).toFixed(0)} ms, max ${Math.max(0, ...sorted).toFixed(0)} ms`,
  );
  console.log(
    `  load after: ${loadavg()
      .map((l) => l.toFixed(2))
      .join(' ')}`,
  );
} finally {
  await server.dispose();
}
