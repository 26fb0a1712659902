// Footprint of the embedded server (issue 13, docs/footprint.md): for a PGlite folder with N
// incidents, starts the compiled server (dist/server, as `npm start` runs it) several times and
// prints, per start: time to /readyz, time to the first signed-in list, the server's CPU time until
// then, RSS after start; then a list/search p95 and the RSS peak under that load. CPU time is the
// figure to trust on a busy machine.
// Run: npx tsx bench/footprint.ts            (FOOTPRINT_INCIDENTS=100000 FOOTPRINT_STARTS=3
//      FOOTPRINT_DIR=<folder to keep and reuse> UNGCUU_START_TRACE=1 prints the start phases)
import { spawn, spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { deriveAuditKey, useAuditKey } from '@ungcuu/core/audit/audit-key.ts';
import { hashPassword } from '@ungcuu/core/auth/password.ts';
import { openDatabase } from '@ungcuu/core/db/engine.ts';
import { migrate } from '@ungcuu/core/db/migrate.ts';
import { createServices } from '@ungcuu/core/services.ts';
import { classifierCorpus } from '@ungcuu/domain/incidents/testdata/classifier-corpus.ts';
import { sql } from 'kysely';

const root = new URL('..', import.meta.url).pathname;
const N = Number(process.env.FOOTPRINT_INCIDENTS ?? 100_000);
const STARTS = Number(process.env.FOOTPRINT_STARTS ?? 3);
const keep = process.env.FOOTPRINT_DIR;
const dir = keep ?? mkdtempSync(join(tmpdir(), 'ungcuu-footprint-'));
useAuditKey(deriveAuditKey(randomBytes(32)));

async function prepare(): Promise<string> {
  const tokenFile = join(dir, 'footprint-token.txt');
  if (existsSync(tokenFile)) return readFileSync(tokenFile, 'utf8');
  const handle = await openDatabase({ dataDir: dir });
  await migrate(handle.db);
  const db = handle.db;
  const services = createServices(handle);
  await sql`insert into units (code, name, type, updated_at) values ('FOCAL', 'Phòng Văn hoá', 'focal_office', now())`.execute(
    db,
  );
  await sql`insert into units (code, name, type, updated_at) select 'C' || g, 'UBND xã số ' || g, 'commune', now() from generate_series(1, 200) g`.execute(
    db,
  );
  const focal = await db
    .selectFrom('units')
    .select('id')
    .where('code', '=', 'FOCAL')
    .executeTakeFirstOrThrow();
  const communes = (await db.selectFrom('units').select('id').where('type', '=', 'commune').execute()).map(
    (u) => u.id,
  );
  const user = await db
    .insertInto('users')
    .values({
      unit_id: focal.id,
      username: 'coordinator',
      full_name: 'coordinator',
      title: null,
      email: null,
      phone: null,
      roles: ['coordinator'],
      password_hash: await hashPassword('bench-password-1'),
      totp_secret: null,
      locked_until: null,
      last_login_at: null,
      updated_at: new Date(),
    })
    .returning(['id', 'unit_id', 'roles', 'username'])
    .executeTakeFirstOrThrow();
  const corpus = classifierCorpus().map((r) => r.text);
  const titles = corpus.map(
    (t) =>
      t
        .split(/[.!?\n]/)[0]!
        .slice(0, 120)
        .trim() || t.slice(0, 120),
  );
  for (let start = 0; start < N; start += 10_000) {
    const end = Math.min(N, start + 10_000);
    await sql`
      insert into incidents (code, title, description, detected_at, reported_at, reporting_unit_id, channel, triggers,
                             tier, serious, severity, regime_id, state, unit_ids, updated_at, subtype)
      select 'SC-2025-' || lpad(g::text, 7, '0'),
             (${titles}::text[])[(1 + (g::bigint * 7919) % ${titles.length})::int],
             (${corpus}::text[])[(1 + (g::bigint * 104729) % ${corpus.length})::int] || ' Đơn vị số ' || (g % 200) || '.',
             now() - (g || ' minutes')::interval, now() - (g || ' minutes')::interval,
             (${communes}::uuid[])[1 + g % 200], 'web',
             '{"C1":false,"C2":false,"C3":false,"C4":false,"C5":false,"C6":false}'::jsonb,
             (array['T0','T1','T2','T3','T4'])[1 + g % 5], false, '{}'::jsonb, 'vn_2017',
             (array['new','triaged','responding','closed'])[1 + g % 4],
             array[(${communes}::uuid[])[1 + g % 200]], now(), null
      from generate_series(${start + 1}::int, ${end}::int) g`.execute(db);
  }
  await sql`analyze incidents`.execute(db);
  const secret = (
    await services.tokens.create(
      { userId: user.id, unitId: user.unit_id, roles: user.roles as never, label: 'footprint' },
      { name: 'footprint', scopes: ['read'] },
    )
  ).secret;
  await handle.close();
  writeFileSync(tokenFile, secret);
  return secret;
}

const freePort = () =>
  new Promise<number>((resolve) => {
    const s = createServer().listen(0, '127.0.0.1', () => {
      const port = (s.address() as { port: number }).port;
      s.close(() => resolve(port));
    });
  });
const rssMb = (pid: number) =>
  Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? 0) / 1024;
/** utime + stime of a process, in ms (clock ticks of 10 ms). */
const cpuMs = (pid: number) => {
  const f = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
  return (Number(f[11]) + Number(f[12])) * 10;
};
const pct = (xs: number[], p: number) =>
  [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(xs.length * p))]!;

async function start(token: string, load: boolean) {
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const t0 = performance.now();
  const child = spawn(process.execPath, ['dist/server/server.mjs'], {
    cwd: root,
    env: {
      ...process.env,
      UNGCUU_ROOT: root,
      PORT: String(port),
      HOST: '127.0.0.1',
      LOG_LEVEL: 'warn',
      UNGCUU_MONITOR_CHECKS: 'false',
      UNGCUU_ADMIN_PASSWORD: 'bench-password-1',
      DATABASE_URL: '',
      UNGCUU_DATA_DIR: dir,
      UNGCUU_MEMORY_REPORT: '1',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  child.stdout.on('data', (d) => (out += d));
  child.stderr.on('data', (d) => (out += d));
  let readyMs = -1;
  while (readyMs < 0) {
    if (child.exitCode !== null) throw new Error(`server ended: ${out}`);
    try {
      if ((await fetch(`${url}/readyz`)).ok) readyMs = performance.now() - t0;
    } catch {
      await new Promise((r) => setTimeout(r, 20));
    }
  }
  const get = async (path: string) => {
    const t = performance.now();
    const res = await fetch(`${url}${path}`, { headers: { authorization: `Bearer ${token}` } });
    await res.arrayBuffer();
    if (res.status !== 200) throw new Error(`${path}: ${res.status}`);
    return performance.now() - t;
  };
  await get('/api/incidents?limit=25');
  const listMs = performance.now() - t0;
  const cpu = cpuMs(child.pid!);
  await new Promise((r) => setTimeout(r, 1000));
  const rss = rssMb(child.pid!);
  let result = `ready ${readyMs.toFixed(0)} ms, first list ${listMs.toFixed(0)} ms, server CPU until then ${cpu} ms, RSS after start ${rss.toFixed(0)} MB`;
  if (load) {
    let peak = rss;
    const sample = setInterval(() => (peak = Math.max(peak, rssMb(child.pid!))), 100);
    const paths = [
      '/api/incidents?limit=25&q=tan%20cong',
      '/api/incidents?limit=25&q=mat%20dien',
      '/api/incidents?limit=25&state=new&tier=T3',
    ];
    const cpu0 = cpuMs(child.pid!);
    const times: number[] = [];
    for (let i = 0; i < 150; i++) times.push(await get(paths[i % 3]!));
    clearInterval(sample);
    result += `\n    list/search x150: p50 ${pct(times, 0.5).toFixed(1)} / p95 ${pct(times, 0.95).toFixed(1)} ms, server CPU ${(cpuMs(child.pid!) - cpu0) / 150} ms/request, RSS peak ${peak.toFixed(0)} MB`;
  }
  child.kill('SIGUSR2');
  await new Promise((r) => setTimeout(r, 300));
  const mem = [...out.matchAll(/ungcuu-memory (\{.*\})/g)].pop()?.[1];
  if (mem) {
    const m = JSON.parse(mem) as Record<string, number>;
    const mb = (n: number) => (n / 1048576).toFixed(0);
    result += `\n    heap ${mb(m.heapUsed!)}/${mb(m.heapTotal!)} MB, external ${mb(m.external!)} MB (PGlite's WebAssembly memory counted whole; resident part: docs/footprint.md)`;
  }
  const trace = out.split('\n').filter((l) => l.startsWith('ungcuu-start'));
  if (trace.length) result += `\n    ${trace.join('\n    ')}`;
  const ended = new Promise((r) => child.once('exit', r));
  child.kill('SIGTERM');
  await ended;
  return result;
}

spawnSync(process.execPath, ['scripts/build-server.mjs', '--if-stale'], { cwd: root, stdio: 'inherit' });
const token = await prepare();
console.log(
  `bench/footprint.ts: ${N} incidents in ${dir}, load average ${loadavg()
    .map((l) => l.toFixed(1))
    .join(' ')}`,
);
for (let i = 0; i < STARTS; i++) console.log(`start ${i + 1}: ${await start(token, i === STARTS - 1)}`);
console.log(
  `load average at the end ${loadavg()
    .map((l) => l.toFixed(1))
    .join(' ')}`,
);
if (!keep) rmSync(dir, { recursive: true, force: true });
