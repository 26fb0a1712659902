// Hostile import: a ~9.5 MB XLSX whose sheet XML is ~180 MB (and the same file with a zip
// directory that lies about the sheet's size) sent to a real server on PGlite, alone and three at
// once. Prints the time to refuse, the server's peak RSS, and /healthz latency (p50/p95/max) while
// the imports run. Run: npx tsx bench/hostile-import.ts
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { hostileXlsx, lyingXlsx } from '../apps/server/src/testing/hostile-xlsx.ts';

const root = new URL('..', import.meta.url).pathname;
const PASSWORD = 'bench-password-1';

async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const s = createServer().listen(0, '127.0.0.1', () => {
      const port = (s.address() as { port: number }).port;
      s.close(() => resolve(port));
    });
  });
}

function rssMb(pid: number): number {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    return Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0) / 1024;
  } catch {
    return 0;
  }
}

const percentile = (sorted: number[], p: number) =>
  sorted.length === 0 ? 0 : sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;

async function signIn(url: string): Promise<Record<string, string>> {
  const res = await fetch(`${url}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username: 'admin', password: PASSWORD }),
  });
  if (!res.ok) throw new Error(`sign-in failed: ${res.status} ${await res.text()}`);
  const cookie = /ungcuu_session=[^;]+/.exec(res.headers.get('set-cookie') ?? '')?.[0] ?? '';
  return { cookie, 'x-csrf-token': ((await res.json()) as { csrfToken: string }).csrfToken };
}

async function importFile(url: string, headers: Record<string, string>, bytes: Buffer, path: string) {
  const form = new FormData();
  form.append('file', new Blob([new Uint8Array(bytes)]), 'hostile.xlsx');
  const started = performance.now();
  const res = await fetch(`${url}${path}`, { method: 'POST', headers, body: form });
  const body = (await res.json()) as { error?: { code: string } };
  return { ms: performance.now() - started, status: res.status, code: body.error?.code ?? 'ok' };
}

async function scenario(
  label: string,
  url: string,
  pid: number,
  headers: Record<string, string>,
  files: { bytes: Buffer; path: string }[],
) {
  const latencies: number[] = [];
  let peak = rssMb(pid);
  const before = peak;
  let running = true;
  const sampler = setInterval(() => {
    peak = Math.max(peak, rssMb(pid));
  }, 20);
  const poller = (async () => {
    while (running) {
      const t = performance.now();
      const res = await fetch(`${url}/healthz`);
      await res.arrayBuffer();
      latencies.push(performance.now() - t);
      await new Promise((r) => setTimeout(r, 20));
    }
  })();
  const results = await Promise.all(files.map((f) => importFile(url, headers, f.bytes, f.path)));
  running = false;
  await poller;
  clearInterval(sampler);
  const sorted = [...latencies].sort((a, b) => a - b);
  const refuse = results.map((r) => `${r.status} ${r.code} in ${r.ms.toFixed(0)} ms`).join('; ');
  console.log(`\n${label}`);
  console.log(`  answers:        ${refuse}`);
  console.log(`  server RSS:     ${before.toFixed(0)} MB before, peak ${peak.toFixed(0)} MB`);
  console.log(
    `  /healthz:       ${latencies.length} requests, p50 ${percentile(sorted, 50).toFixed(1)} ms, p95 ${percentile(sorted, 95).toFixed(1)} ms, max ${Math.max(0, ...sorted).toFixed(1)} ms`,
  );
}

const built = await hostileXlsx(180);
const bomb = built.bytes;
const liar = lyingXlsx(bomb);
console.log(`node ${process.version}, PGlite, ${new Date().toISOString()}`);
console.log(
  `file: ${(bomb.length / 2 ** 20).toFixed(1)} MB XLSX, sheet XML ${(built.sheetXmlBytes / 2 ** 20).toFixed(0)} MB; ` +
    'the "lying" copy declares the sheet at half its compressed size',
);

const dataDir = mkdtempSync(join(tmpdir(), 'ungcuu-bench-hostile-'));
const port = await freePort();
const child = spawn(process.execPath, ['--import', 'tsx', 'apps/server/src/server.ts'], {
  cwd: root,
  env: {
    ...process.env,
    PORT: String(port),
    HOST: '127.0.0.1',
    UNGCUU_DATA_DIR: dataDir,
    LOG_LEVEL: 'warn',
    UNGCUU_ADMIN_PASSWORD: PASSWORD,
    DATABASE_URL: '',
  },
  stdio: ['ignore', 'ignore', 'inherit'],
});
const url = `http://127.0.0.1:${port}`;
try {
  let ready = false;
  // Up to five minutes: a first start migrates the database, slow on a busy machine.
  for (let i = 0; i < 3000 && !ready; i++) {
    try {
      ready = (await fetch(`${url}/readyz`)).ok;
    } catch {
      await new Promise((r) => setTimeout(r, 100));
    }
  }
  if (!ready) throw new Error('server did not start');
  const headers = await signIn(url);
  const units = '/api/import/units';
  const systems = '/api/systems/import';
  await scenario('one import (directory declares 180 MB)', url, child.pid!, headers, [
    { bytes: bomb, path: units },
  ]);
  await scenario('one import (lying directory: bytes counted while inflating)', url, child.pid!, headers, [
    { bytes: liar, path: units },
  ]);
  await scenario('three imports at once (2 declared, 1 lying)', url, child.pid!, headers, [
    { bytes: bomb, path: units },
    { bytes: liar, path: systems },
    { bytes: bomb, path: '/api/import/users' },
  ]);
  await scenario('three lying imports at once', url, child.pid!, headers, [
    { bytes: liar, path: units },
    { bytes: liar, path: systems },
    { bytes: liar, path: '/api/import/users' },
  ]);
} finally {
  child.kill('SIGTERM');
  await new Promise((r) => child.once('exit', r));
  rmSync(dataDir, { recursive: true, force: true });
}
