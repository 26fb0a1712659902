// Part 1: PostgreSQL's own ceiling on this machine, same server as the API runs on: single-row
// insert transactions/s and multi-row insert rows/s over 16 connections of one client process.

import { databaseUrlWithName } from '@ungcuu/core/testing/test-db.ts';
import pg from 'pg';
import { figure } from './report.ts';
import { admin } from './servers.ts';

/** The single-row insert transactions/s (the API aims are a share of it). */
export async function measureCeiling(baseUrl: string, seconds: number): Promise<number> {
  console.log('\n1. PostgreSQL ceiling (same server, 16 connections)');
  const name = 'ungcuu_bench_ceiling';
  await admin(`drop database if exists ${name} with (force)`, baseUrl);
  await admin(`create database ${name}`, baseUrl);
  const url = databaseUrlWithName(baseUrl, name);
  await admin(
    'create table t (id bigserial primary key, a text not null, at timestamptz not null default now())',
    url,
  );
  const clients = await Promise.all(
    Array.from({ length: 16 }, async () => {
      const c = new pg.Client({ connectionString: url });
      await c.connect();
      return c;
    }),
  );
  const run = async (work: (c: pg.Client) => Promise<number>) => {
    let n = 0;
    const until = performance.now() + seconds * 1000;
    const t0 = performance.now();
    await Promise.all(
      clients.map(async (c) => {
        // Not `n += await work(c)`: that reads n before the await and loses the other clients' counts.
        while (performance.now() < until) {
          const done = await work(c);
          n += done;
        }
      }),
    );
    return n / ((performance.now() - t0) / 1000);
  };
  const ceiling = await run(async (c) => {
    await c.query({
      name: 'one',
      text: 'insert into t (a) values ($1)',
      values: ['Máy tính bị mã hoá dữ liệu'],
    });
    return 1;
  });
  const rows = Array.from({ length: 1000 }, (_, i) => `Báo cáo sự cố số ${i}`);
  const multi = await run(async (c) => {
    await c.query({ name: 'many', text: 'insert into t (a) select unnest($1::text[])', values: [rows] });
    return rows.length;
  });
  await Promise.all(clients.map((c) => c.end()));
  await admin(`drop database if exists ${name} with (force)`, baseUrl);
  figure('single-row insert transactions/s', ceiling.toFixed(0), 'reference', null);
  figure('multi-row insert rows/s (1,000 per statement)', multi.toFixed(0), 'reference', null);
  return ceiling;
}
