import { readFile } from 'node:fs/promises';
import { runCheck } from '@ungcuu/core/monitoring/checkers.ts';
import type { ProbeCheck } from '@ungcuu/domain/monitoring/monitoring-api.ts';

export interface ProbeOptions {
  server: string | undefined;
  token: string | undefined;
  tokenFile: string | undefined;
  once: boolean;
  concurrency: number;
}

interface ProbeResult {
  monitorId: string;
  checkedAt: string;
  ok: boolean;
  responseMs: number | null;
  message: string;
}

const REFRESH_MS = 60_000;

async function call(server: string, secret: string, path: string, body?: unknown) {
  const res = await fetch(new URL(path, server), {
    method: body ? 'POST' : 'GET',
    headers: { authorization: `Probe ${secret}`, ...(body ? { 'content-type': 'application/json' } : {}) },
    ...(body ? { body: JSON.stringify(body) } : {}),
    signal: AbortSignal.timeout(30_000),
  });
  if (!res.ok) throw new Error(`${path}: HTTP ${res.status} ${(await res.text()).slice(0, 300)}`);
  return res.json();
}

async function runAll(checks: ProbeCheck[], concurrency: number): Promise<ProbeResult[]> {
  const out: ProbeResult[] = [];
  let next = 0;
  const worker = async () => {
    while (next < checks.length) {
      const c = checks[next++]!;
      const outcome = await runCheck({
        kind: c.kind,
        target: c.target,
        config: c.config,
        timeoutMs: c.timeoutMs,
        baseline: c.dnsAnswers ? { kind: 'dns', answers: c.dnsAnswers } : null,
      });
      out.push({
        monitorId: c.monitorId,
        checkedAt: new Date().toISOString(),
        ok: outcome.ok,
        responseMs: outcome.responseMs,
        message: outcome.message.slice(0, 500),
      });
    }
  };
  await Promise.all(Array.from({ length: Math.min(concurrency, checks.length) }, worker));
  return out;
}

/**
 * `ungcuu probe`: a remote vantage point (issue 10). It takes its checks from the server with its
 * probe secret, runs each at the monitor's interval and posts the results; with --once it runs
 * every check one time and exits (cron, tests). It needs no database.
 */
export async function runProbeCommand(options: ProbeOptions): Promise<number> {
  const secret = (
    options.token ?? (options.tokenFile ? await readFile(options.tokenFile, 'utf8') : '')
  ).trim();
  if (!options.server || !secret) {
    console.error('ungcuu probe: --server URL and --token-file FILE (or --token) are required');
    return 2;
  }
  const server = options.server;
  if (options.once) {
    const { checks } = (await call(server, secret, '/api/probe/checks')) as { checks: ProbeCheck[] };
    const results = await runAll(checks, options.concurrency);
    const answer = (await call(server, secret, '/api/probe/results', { results })) as {
      accepted: number;
      rejected: number;
    };
    console.log(
      `ungcuu probe: ${results.length} checks, ${answer.accepted} accepted, ${answer.rejected} rejected`,
    );
    return 0;
  }
  let checks: ProbeCheck[] = [];
  let fetchedAt = 0;
  const lastRun = new Map<string, number>();
  let stopping = false;
  process.once('SIGTERM', () => {
    stopping = true;
  });
  process.once('SIGINT', () => {
    stopping = true;
  });
  while (!stopping) {
    try {
      if (Date.now() - fetchedAt > REFRESH_MS) {
        checks = ((await call(server, secret, '/api/probe/checks')) as { checks: ProbeCheck[] }).checks;
        fetchedAt = Date.now();
      }
      const due = checks.filter(
        (c) => Date.now() - (lastRun.get(c.monitorId) ?? 0) >= c.intervalSeconds * 1000,
      );
      for (const c of due) lastRun.set(c.monitorId, Date.now());
      if (due.length > 0) {
        const results = await runAll(due, options.concurrency);
        await call(server, secret, '/api/probe/results', { results });
      }
    } catch (err) {
      // The server unreachable is reported and retried on the next round, never in a tight loop.
      console.error(`ungcuu probe: ${err instanceof Error ? err.message : String(err)}`);
    }
    await new Promise((r) => setTimeout(r, 5_000));
  }
  return 0;
}
