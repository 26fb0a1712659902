// Throughput and footprint (issue 13), every figure in ONE run, each beside its aim and the load
// average of the machine when it was taken (the parts are in bench/throughput/):
//   1. PostgreSQL's own ceiling on this machine: single-row insert transactions/s (16 connections)
//      and multi-row insert rows/s, same database server;
//   2. incident creates/s through the HTTP API at concurrency 16 and 64, with one server process
//      and with N (UNGCUU_WORKERS, one per core); batch intake reports/s (POST /api/incidents:batch);
//   3. search and list p50/p95 through the API at 1,000,000 incidents (seeded once, kept in the
//      database ungcuu_bench_million; BENCH_SKIP_SEED=1 reuses it);
//   4. PGlite: cold and warm start to the first request, RSS after start and under load (empty,
//      demo town, 100,000 incidents), and where the memory goes;
//   5. web: JavaScript bytes before the sign-in page renders, time to interactive of the sign-in
//      page and the public (phone) report form in Chromium.
// Run: DATABASE_URL=postgres://postgres@127.0.0.1:5432/postgres npx tsx bench/throughput.ts
// Knobs: BENCH_SECONDS (per timed run, default 8), BENCH_MILLION (default 1000000),
//        BENCH_PGLITE_INCIDENTS (default 100000), BENCH_SKIP_SEED=1, BENCH_ONLY=ceiling,api,search,pglite,web

import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { availableParallelism } from 'node:os';
import { deriveAuditKey, useAuditKey } from '@ungcuu/core/audit/audit-key.ts';
import { measureApiIntake } from './throughput/api.ts';
import { measureCeiling } from './throughput/ceiling.ts';
import { measurePglite } from './throughput/pglite.ts';
import { loadAverage, printSummary } from './throughput/report.ts';
import { measureSearchAtAMillion } from './throughput/search.ts';
import { root } from './throughput/servers.ts';
import { measureWeb } from './throughput/web.ts';

const baseUrl = process.env.DATABASE_URL;
if (!baseUrl) throw new Error('DATABASE_URL (PostgreSQL) is needed: the aims are on PostgreSQL');
const SECONDS = Number(process.env.BENCH_SECONDS ?? 8);
const MILLION = Number(process.env.BENCH_MILLION ?? 1_000_000);
const PGLITE_INCIDENTS = Number(process.env.BENCH_PGLITE_INCIDENTS ?? 100_000);
const ONLY = new Set((process.env.BENCH_ONLY ?? 'ceiling,api,search,pglite,web').split(','));
const CORES = availableParallelism();
// The town's tokens are made in this process; its audit records need a key.
useAuditKey(deriveAuditKey(randomBytes(32)));

console.log(
  `bench/throughput.ts — node ${process.version}, ${CORES} cores, load average ${loadAverage()}, ${new Date().toISOString()}`,
);
const build = spawnSync(process.execPath, ['scripts/build-server.mjs', '--if-stale'], {
  cwd: root,
  stdio: 'inherit',
});
if (build.status !== 0) throw new Error('server build failed');

let ceiling = 0;
if (ONLY.has('ceiling') || ONLY.has('api')) ceiling = await measureCeiling(baseUrl, SECONDS);
if (ONLY.has('api')) await measureApiIntake(baseUrl, SECONDS, CORES, ceiling);
if (ONLY.has('search'))
  await measureSearchAtAMillion(baseUrl, MILLION, process.env.BENCH_SKIP_SEED === '1', CORES);
if (ONLY.has('pglite')) await measurePglite(PGLITE_INCIDENTS, SECONDS);
if (ONLY.has('web')) await measureWeb(baseUrl);
printSummary();
