// Cold start: time from spawning the server to its first served request, on PGlite, with an empty
// database (first start: migrations + first admin) and with the demo town loaded; then resident memory.
// Run: npx tsx bench/startup.ts
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const root = new URL('..', import.meta.url).pathname;

async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const s = createServer().listen(0, '127.0.0.1', () => {
      const port = (s.address() as { port: number }).port;
      s.close(() => resolve(port));
    });
  });
}

function rssMb(pid: number): number {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  return Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0) / 1024;
}

async function measure(label: string, dataDir: string): Promise<void> {
  const port = await freePort();
  const started = performance.now();
  const child = spawn(process.execPath, ['--import', 'tsx', 'apps/server/src/server.ts'], {
    cwd: root,
    env: {
      ...process.env,
      PORT: String(port),
      HOST: '127.0.0.1',
      UNGCUU_DATA_DIR: dataDir,
      LOG_LEVEL: 'warn',
      UNGCUU_ADMIN_PASSWORD: 'bench-password-1',
      DATABASE_URL: '',
    },
    stdio: 'ignore',
  });
  let firstMs = -1;
  for (let i = 0; i < 600 && firstMs < 0; i++) {
    try {
      const res = await fetch(`http://127.0.0.1:${port}/readyz`);
      if (res.ok) firstMs = performance.now() - started;
    } catch {
      await new Promise((r) => setTimeout(r, 50));
    }
  }
  await new Promise((r) => setTimeout(r, 1500));
  const rss = rssMb(child.pid!);
  child.kill('SIGTERM');
  await new Promise((r) => child.once('exit', r));
  console.log(
    `${label.padEnd(34)} first request ${firstMs.toFixed(0).padStart(6)} ms   RSS after start ${rss.toFixed(0)} MB`,
  );
}

const empty = mkdtempSync(join(tmpdir(), 'ungcuu-bench-'));
const demo = mkdtempSync(join(tmpdir(), 'ungcuu-bench-demo-'));
try {
  const load = spawnSync(process.execPath, ['--import', 'tsx', 'apps/cli/src/main.ts', 'demo'], {
    cwd: root,
    env: {
      ...process.env,
      UNGCUU_DATA_DIR: demo,
      UNGCUU_ADMIN_PASSWORD: 'bench-password-1',
      DATABASE_URL: '',
    },
    stdio: 'ignore',
  });
  if (load.status !== 0) throw new Error('demo load failed');
  console.log(`node ${process.version}, PGlite, ${new Date().toISOString()}`);
  await measure('empty database (first start)', empty);
  await measure('empty database (second start)', empty);
  await measure('demo database', demo);
} finally {
  rmSync(empty, { recursive: true, force: true });
  rmSync(demo, { recursive: true, force: true });
}
