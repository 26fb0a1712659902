// Weight of the first paint (issue 13, decision 0033): the JavaScript (gzip) a phone downloads
// before the sign-in page and the public report form can be used, and the time until they are
// interactive, measured as the lead's bench does (bench/throughput.ts, part 5): Chromium, phone
// viewport 390×844, a fresh context per page, every script response summed until the control is
// visible and the main thread idle. Also lists the chunks each page loaded.
// Run: npx tsx bench/web-weight.ts            (builds the web app and the server first)
//      SKIP_BUILD=1 npx tsx bench/web-weight.ts   (uses the existing builds)
//      RUNS=5 …                                 (median TTI of several fresh loads)
// Also the signed-in report form (/incidents/new), signed in as the first administrator.
import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

const root = new URL('..', import.meta.url).pathname;
const RUNS = Number(process.env.RUNS ?? 3);

async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const s = createServer().listen(0, '127.0.0.1', () => {
      const port = (s.address() as { port: number }).port;
      s.close(() => resolve(port));
    });
  });
}

if (process.env.SKIP_BUILD !== '1') {
  const web = spawnSync('npm', ['run', 'build', '-w', 'apps/web'], { cwd: root, stdio: 'inherit' });
  if (web.status !== 0) throw new Error('web build failed');
  const { buildServer, isStale } = await import(join(root, 'scripts/build-server.mjs'));
  if (isStale()) await buildServer();
}

const dataDir = mkdtempSync(join(tmpdir(), 'ungcuu-web-weight-'));
const port = await freePort();
const child: ChildProcess = spawn(process.execPath, ['dist/server/server.mjs'], {
  cwd: root,
  env: {
    ...process.env,
    UNGCUU_ROOT: root,
    UNGCUU_DATA_DIR: dataDir,
    PORT: String(port),
    HOST: '127.0.0.1',
    LOG_LEVEL: 'warn',
    UNGCUU_MONITOR_CHECKS: 'false',
    UNGCUU_ADMIN_PASSWORD: 'bench-password-1',
  },
  stdio: ['ignore', 'pipe', 'pipe'],
});
let out = '';
child.stdout?.on('data', (d) => {
  out += d;
});
child.stderr?.on('data', (d) => {
  out += d;
});
const url = `http://127.0.0.1:${port}`;
for (let up = false; !up; ) {
  if (child.exitCode !== null) throw new Error(`server ended: ${out}`);
  try {
    up = (await fetch(`${url}/readyz`)).ok;
  } catch {
    await new Promise((r) => setTimeout(r, 50));
  }
}

const { chromium } = await import('playwright-core');
const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  args: [
    '--headless',
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
  ],
});

interface Load {
  tti: number;
  gz: number;
  raw: number;
  chunks: { name: string; gz: number }[];
}

async function measurePage(path: string, ready: string, signedIn = false): Promise<Load> {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true });
  // Signed in through the API (the session cookie), so that only the page itself is measured.
  if (signedIn) {
    const res = await context.request.post(`${url}/api/auth/login`, {
      data: { username: 'admin', password: 'bench-password-1' },
    });
    if (!res.ok()) throw new Error(`sign-in failed: ${res.status()} ${await res.text()}`);
  }
  const page = await context.newPage();
  const scripts: Promise<{ name: string; raw: number; gz: number }>[] = [];
  page.on('response', (res) => {
    if (res.request().resourceType() === 'script') {
      const name = new URL(res.url()).pathname.replace(/^\/assets\//, '');
      scripts.push(
        res
          .body()
          .then((b) => ({ name, raw: b.length, gz: gzipSync(b).length }))
          .catch(() => ({ name, raw: 0, gz: 0 })),
      );
    }
  });
  const t0 = Date.now();
  await page.goto(`${url}${path}`, { waitUntil: 'domcontentloaded' });
  await page.waitForSelector(ready, { state: 'visible', timeout: 60_000 });
  await page.evaluate(() => new Promise((r) => requestIdleCallback(() => r(null), { timeout: 5000 })));
  const tti = Date.now() - t0;
  const sizes = await Promise.all(scripts);
  await context.close();
  return {
    tti,
    raw: sizes.reduce((n, s) => n + s.raw, 0),
    gz: sizes.reduce((n, s) => n + s.gz, 0),
    chunks: sizes.map((s) => ({ name: s.name, gz: s.gz })),
  };
}

const kb = (n: number) => (n / 1024).toFixed(1);
for (const [path, ready, signedIn] of [
  ['/sign-in', 'input[type="password"]', false],
  ['/bao-cao-su-co', 'textarea', false],
  // The signed-in report form (a unit officer's phone): the app shell plus the report page.
  ['/incidents/new', '[data-testid="report-title"]', true],
] as const) {
  const loads: Load[] = [];
  for (let i = 0; i < RUNS; i++) loads.push(await measurePage(path, ready, signedIn));
  const ttis = loads.map((l) => l.tti).sort((a, b) => a - b);
  const first = loads[0]!;
  console.log(
    `${path}${signedIn ? ' (signed in)' : ''}: ${kb(first.gz)} KB JS gzip (${kb(first.raw)} KB raw); TTI median ${ttis[Math.floor(ttis.length / 2)]} ms (runs: ${ttis.join(', ')})`,
  );
  for (const c of first.chunks) console.log(`    ${kb(c.gz).padStart(6)} KB  ${c.name}`);
}
console.log(
  `load average: ${loadavg()
    .map((n) => n.toFixed(2))
    .join(' ')}`,
);

await browser.close();
const ended = new Promise((r) => child.once('exit', r));
child.kill('SIGTERM');
await ended;
rmSync(dataDir, { recursive: true, force: true });
