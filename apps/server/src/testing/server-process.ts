import { type ChildProcess, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';

// The real server as a child process on loopback (kill test, alert bench): its own PGlite folder
// or its own PostgreSQL database (created from DATABASE_URL, dropped by dispose()).

const ROOT = fileURLToPath(new URL('../../../../', import.meta.url));
export const ADMIN_PASSWORD = 'kill-test-password-2026';

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

async function adminQuery(url: string, text: string): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(text);
  } finally {
    await client.end();
  }
}

export interface ServerProcess {
  url: string;
  /** The PGlite folder, or '' on PostgreSQL. */
  dataDir: string;
  /** The PostgreSQL database of this server, or ''. */
  databaseUrl: string;
  engine: 'postgres' | 'pglite';
  pid(): number;
  log(): string;
  /** Starts (again) on the same data: after a kill, the same database. */
  start(): Promise<void>;
  kill(signal?: NodeJS.Signals): Promise<void>;
  stop(): Promise<void>;
  dispose(): Promise<void>;
}

export async function serverProcess(extraEnv: Record<string, string> = {}): Promise<ServerProcess> {
  const dataDir = mkdtempSync(join(tmpdir(), 'ungcuu-proc-'));
  const port = await freePort();
  const base = process.env.DATABASE_URL;
  let databaseUrl = '';
  let dbName = '';
  if (base) {
    dbName = `ungcuu_p_${randomBytes(6).toString('hex')}`;
    await adminQuery(base, `create database ${dbName}`);
    const u = new URL(base);
    u.pathname = `/${dbName}`;
    databaseUrl = u.toString();
  }
  const url = `http://127.0.0.1:${port}`;
  let child: ChildProcess | null = null;
  let output = '';

  async function start() {
    child = spawn(process.execPath, ['--import', 'tsx', 'apps/server/src/server.ts'], {
      cwd: ROOT,
      env: {
        PATH: process.env.PATH,
        HOME: process.env.HOME,
        PORT: String(port),
        HOST: '127.0.0.1',
        UNGCUU_DATA_DIR: dataDir,
        UNGCUU_ADMIN_PASSWORD: ADMIN_PASSWORD,
        LOG_LEVEL: 'warn',
        DATABASE_URL: databaseUrl,
        ...extraEnv,
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const keep = (chunk: Buffer) => {
      output = (output + chunk.toString()).slice(-20_000);
    };
    child.stdout?.on('data', keep);
    child.stderr?.on('data', keep);
    const deadline = Date.now() + 300_000;
    while (Date.now() < deadline) {
      if (child.exitCode !== null) throw new Error(`server exited with ${child.exitCode}:\n${output}`);
      try {
        if ((await fetch(`${url}/readyz`)).ok) return;
      } catch {
        // not listening yet
      }
      await new Promise((r) => setTimeout(r, 200));
    }
    throw new Error(`server not ready:\n${output}`);
  }

  async function kill(signal: NodeJS.Signals = 'SIGKILL') {
    const c = child;
    if (!c || c.exitCode !== null || c.signalCode !== null) return;
    const exited = new Promise<void>((r) => c.once('exit', () => r()));
    c.kill(signal);
    await exited;
  }

  await start();
  return {
    url,
    dataDir: base ? '' : dataDir,
    databaseUrl,
    engine: base ? 'postgres' : 'pglite',
    pid: () => child?.pid ?? 0,
    log: () => output,
    start,
    kill,
    stop: () => kill('SIGTERM'),
    async dispose() {
      await kill('SIGTERM');
      rmSync(dataDir, { recursive: true, force: true });
      if (base && dbName) await adminQuery(base, `drop database if exists ${dbName} with (force)`);
    },
  };
}

/** Signs the first administrator in and makes an API token with the given scopes. */
export async function adminToken(
  url: string,
  scopes: string[],
): Promise<{ bearer: string; session: Record<string, string> }> {
  const res = await fetch(`${url}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username: 'admin', password: ADMIN_PASSWORD }),
  });
  if (!res.ok) throw new Error(`sign-in failed: ${res.status} ${await res.text()}`);
  const cookie = /ungcuu_session=[^;]+/.exec(res.headers.get('set-cookie') ?? '')?.[0] ?? '';
  const session = { cookie, 'x-csrf-token': ((await res.json()) as { csrfToken: string }).csrfToken };
  const made = await fetch(`${url}/api/tokens`, {
    method: 'POST',
    headers: { ...session, 'content-type': 'application/json' },
    body: JSON.stringify({ name: `bench ${Date.now()}`, scopes }),
  });
  if (!made.ok) throw new Error(`token: ${made.status} ${await made.text()}`);
  return { bearer: `Bearer ${((await made.json()) as { secret: string }).secret}`, session };
}
