// The load the bench puts on the API. It runs on the same 2-core machine as the server and the
// database, so it uses node:http with keep-alive connections (one per concurrent caller) rather
// than fetch, which costs the machine several times more CPU per request.

import http from 'node:http';
import { percentile } from './report.ts';
import { reportBody } from './town.ts';

interface Answer {
  status: number;
  text: string;
}

function request(agent: http.Agent, url: URL, method: string, token: string, body?: string): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const req = http.request(
      {
        agent,
        host: url.hostname,
        port: url.port,
        path: `${url.pathname}${url.search}`,
        method,
        headers: {
          authorization: `Bearer ${token}`,
          ...(body === undefined
            ? {}
            : { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) }),
        },
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, text: Buffer.concat(chunks).toString() }));
        res.on('error', reject);
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}

/** `concurrency` callers, each repeating `call` until `seconds` have passed; units done per second. */
async function sustained(
  concurrency: number,
  seconds: number,
  call: (agent: http.Agent, i: number) => Promise<number>,
): Promise<number> {
  const agent = new http.Agent({ keepAlive: true, maxSockets: concurrency });
  let i = 0;
  let done = 0;
  const until = performance.now() + seconds * 1000;
  const t0 = performance.now();
  try {
    await Promise.all(
      Array.from({ length: concurrency }, async () => {
        while (performance.now() < until) {
          const units = await call(agent, i++);
          done += units;
        }
      }),
    );
  } finally {
    agent.destroy();
  }
  return done / ((performance.now() - t0) / 1000);
}

/** Incident creates per second through `POST /api/incidents`. */
export function createsPerSecond(base: string, token: string, concurrency: number, seconds: number) {
  const url = new URL('/api/incidents', base);
  return sustained(concurrency, seconds, async (agent, i) => {
    const res = await request(agent, url, 'POST', token, JSON.stringify(reportBody(i)));
    if (res.status !== 201) throw new Error(`create: ${res.status} ${res.text.slice(0, 300)}`);
    return 1;
  });
}

/** Reports per second through `POST /api/incidents:batch`, 500 per request. */
export function batchPerSecond(base: string, token: string, concurrency: number, seconds: number) {
  const url = new URL('/api/incidents:batch', base);
  const body = JSON.stringify({ reports: Array.from({ length: 500 }, (_, i) => reportBody(i)) });
  return sustained(concurrency, seconds, async (agent) => {
    const res = await request(agent, url, 'POST', token, body);
    if (res.status !== 200) throw new Error(`batch: ${res.status} ${res.text.slice(0, 300)}`);
    return (JSON.parse(res.text) as { created: number }).created;
  });
}

/** p50 and p95 in ms of `n` GETs in turn (one at a time: latency, not throughput). */
export async function timeGets(
  base: string,
  token: string,
  paths: string[],
  n = 200,
): Promise<[number, number]> {
  const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
  const times: number[] = [];
  try {
    for (let i = 0; i < n; i++) {
      const path = paths[i % paths.length]!;
      const t = performance.now();
      const res = await request(agent, new URL(path, base), 'GET', token);
      if (res.status !== 200) throw new Error(`${path}: ${res.status} ${res.text.slice(0, 300)}`);
      times.push(performance.now() - t);
    }
  } finally {
    agent.destroy();
  }
  times.sort((a, b) => a - b);
  return [percentile(times, 0.5), percentile(times, 0.95)];
}
