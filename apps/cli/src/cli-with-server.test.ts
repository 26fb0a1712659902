import assert from 'node:assert/strict';
import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { hostname, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { after, describe, test } from 'node:test';

// The kill test of the embedded database (issue 7): real server and CLI processes on one PGlite
// folder, as a newcomer runs them (`npm start`, then `npm run demo` in another terminal).

const root = resolve(import.meta.dirname, '../../..');
const work = mkdtempSync(join(tmpdir(), 'ungcuu-kill-test-'));
const dataDir = join(work, 'data');
const running = new Set<ChildProcess>();
after(() => {
  for (const child of running) child.kill('SIGKILL');
  rmSync(work, { recursive: true, force: true });
});

const env: NodeJS.ProcessEnv = {
  ...process.env,
  NODE_ENV: 'production',
  UNGCUU_DATA_DIR: dataDir,
  PORT: '0',
  HOST: '127.0.0.1',
  LOG_LEVEL: 'warn',
  UNGCUU_WEB_DIST: join(work, 'no-web'),
  UNGCUU_ADMIN_PASSWORD: 'admin-password-2026',
};
delete env.DATABASE_URL;

interface Server {
  child: ChildProcess;
  port: number;
}

function startServer(onOutput: (chunk: string) => void = () => {}): Promise<Server> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'apps/server/src/server.ts'], {
    cwd: root,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  running.add(child);
  child.on('exit', () => running.delete(child));
  return new Promise((resolvePort, reject) => {
    let out = '';
    const onData = (d: Buffer) => {
      out += d.toString();
      onOutput(d.toString());
      const port = /ungcuu: http:\/\/localhost:(\d+)/.exec(out)?.[1];
      if (port) resolvePort({ child, port: Number(port) });
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
    child.on('exit', (code) => reject(new Error(`server exited (${code}) before listening:\n${out}`)));
  });
}

function stop(server: Server, signal: NodeJS.Signals): Promise<number | null> {
  return new Promise((resolveExit) => {
    server.child.once('exit', (code) => resolveExit(code));
    server.child.kill(signal);
  });
}

function run(command: string[], file: string): Promise<{ code: number | null; output: string }> {
  return new Promise((resolveRun) => {
    const child = spawn(process.execPath, ['--import', 'tsx', file, ...command], {
      cwd: root,
      env,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    running.add(child);
    // A process that should have ended (e.g. a second server that was not refused) fails the test.
    const timer = setTimeout(() => child.kill('SIGKILL'), 180_000);
    let output = '';
    child.stdout.on('data', (d: Buffer) => {
      output += d.toString();
    });
    child.stderr.on('data', (d: Buffer) => {
      output += d.toString();
    });
    child.on('exit', (code) => {
      clearTimeout(timer);
      running.delete(child);
      resolveRun({ code, output });
    });
  });
}

const cli = (...args: string[]) => run(args, 'apps/cli/src/main.ts');

async function signIn(server: Server, username: string): Promise<number> {
  const res = await fetch(`http://127.0.0.1:${server.port}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username, password: 'demo-password-2026' }),
  });
  return res.status;
}

/** Whether the coordinator sees the unit imported from the command line. */
async function seesImportedUnit(server: Server): Promise<boolean> {
  const login = await fetch(`http://127.0.0.1:${server.port}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username: 'dieuphoi', password: 'demo-password-2026' }),
  });
  const cookie = login.headers
    .getSetCookie()
    .map((c) => c.split(';')[0])
    .join('; ');
  const res = await fetch(`http://127.0.0.1:${server.port}/api/units?q=KT-CLI`, { headers: { cookie } });
  return JSON.stringify(await res.json()).includes('KT-CLI');
}

function lockPid(): number {
  return (JSON.parse(readFileSync(join(dataDir, 'ungcuu.lock'), 'utf8')) as { pid: number }).pid;
}

describe('CLI beside a running server on one PGlite folder', { concurrency: false }, () => {
  let server: Server;

  test('`demo` while the server runs goes through it; the demo users sign in at once', async () => {
    server = await startServer();
    const demo = await cli('demo');
    assert.equal(demo.code, 0, demo.output);
    assert.match(demo.output, /demo loaded: \d+ units, \d+ users/);
    // The town itself (issue 12): written through the server's control channel.
    const town = /demo town loaded in ([\d.]+) s: .*incidents (\d+)/.exec(demo.output);
    assert.ok(town, demo.output);
    console.log(`# demo town through the control channel: ${town[1]} s, ${town[2]} incidents`);
    // Before the lock, the command wrote a second copy of the folder: success printed, no such user.
    assert.equal(await signIn(server, 'dieuphoi'), 200);
    assert.match(demo.output, /the command runs through it/);
  });

  test('the other commands run through the server as well (import-units, verify-audit, create-admin)', async () => {
    const csv = join(work, 'units.csv');
    writeFileSync(csv, 'code,name,type\nKT-CLI,Đơn vị nhập từ dòng lệnh,commune\n');
    const imported = await cli('import-units', csv, '--commit');
    assert.equal(imported.code, 0, imported.output);
    assert.ok(await seesImportedUnit(server));
    const verify = await cli('verify-audit');
    assert.equal(verify.code, 0, verify.output);
    assert.match(verify.output, /audit trail intact: \d+ records/);
    // create-admin reaches the same database: it finds the users the server already has.
    const admin = await cli('create-admin');
    assert.equal(admin.code, 1, admin.output);
    assert.match(admin.output, /users already exist/);
  });

  test('a second server on the same folder is refused with the PID of the first, in vi and en', async () => {
    const second = await run([], 'apps/server/src/server.ts');
    assert.notEqual(second.code, 0);
    const pid = server.child.pid;
    assert.match(second.output, new RegExp(`đang được tiến trình ${pid}`));
    assert.match(second.output, new RegExp(`in use by process ${pid}`));
    // The first server is unharmed.
    assert.equal(await signIn(server, 'dieuphoi'), 200);
  });

  test('after SIGTERM and a restart the demo users still sign in', async () => {
    assert.equal(await stop(server, 'SIGTERM'), 0);
    assert.ok(!existsSync(join(dataDir, 'ungcuu.lock')), 'a clean stop releases the lock');
    assert.ok(!existsSync(join(dataDir, 'ungcuu-control.json')), 'and removes the control secret');
    server = await startServer();
    assert.equal(await signIn(server, 'dieuphoi'), 200);
    assert.equal(await signIn(server, 'canbo.banyennhan'), 200);
    assert.ok(await seesImportedUnit(server));
  });

  test('after SIGKILL the stale lock is recovered by the next server and the data is there', async () => {
    const killedPid = server.child.pid;
    await stop(server, 'SIGKILL');
    assert.equal(lockPid(), killedPid, 'the killed server leaves its lock behind');
    server = await startServer();
    assert.equal(lockPid(), server.child.pid);
    assert.equal(await signIn(server, 'dieuphoi'), 200);
    assert.ok(await seesImportedUnit(server));
    await stop(server, 'SIGTERM');
  });

  test('a command is refused, naming the PID, while another command holds the folder', async () => {
    const holder = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 120000)'], { stdio: 'ignore' });
    running.add(holder);
    writeFileSync(
      join(dataDir, 'ungcuu.lock'),
      JSON.stringify({
        pid: holder.pid,
        host: hostname(),
        startedAt: new Date().toISOString(),
        purpose: 'cli',
      }),
    );
    const verify = await cli('verify-audit');
    holder.kill('SIGKILL');
    assert.equal(verify.code, 1, verify.output);
    assert.match(verify.output, new RegExp(`tiến trình ${holder.pid}.*process ${holder.pid}`, 's'));
  });
});

describe('a server started while a command holds the folder', () => {
  test('waits for the command to end, then starts', async () => {
    const holder = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 120000)'], { stdio: 'ignore' });
    running.add(holder);
    writeFileSync(
      join(dataDir, 'ungcuu.lock'),
      JSON.stringify({
        pid: holder.pid,
        host: hostname(),
        startedAt: new Date().toISOString(),
        purpose: 'cli',
      }),
    );
    let output = '';
    const starting = startServer((chunk) => {
      output += chunk;
    });
    for (let i = 0; i < 240 && !/waiting for the ungcuu command/.test(output); i++)
      await new Promise((r) => setTimeout(r, 250));
    assert.match(output, new RegExp(`tiến trình ${holder.pid}.*process ${holder.pid}`));
    holder.kill('SIGKILL');
    const server = await starting;
    assert.equal(await signIn(server, 'dieuphoi'), 200);
    await stop(server, 'SIGTERM');
  });
});
