// `npm start`: builds the web app when it has not been built yet, compiles the server to
// dist/server when its sources changed (scripts/build-server.mjs, cached by source hash), then
// runs the compiled JavaScript: no TypeScript transpiling at start (issue 13, decision 0028).
// UNGCUU_TSX=1 runs the TypeScript sources through tsx instead (development).
import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { serverNodeArgs } from './server-node-args.mjs';

const root = new URL('..', import.meta.url).pathname;
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
if (!existsSync(join(root, 'apps/web/dist/index.html')) || process.env.UNGCUU_REBUILD_WEB === '1') {
  console.log('ungcuu: building the web app (first start)…');
  const build = spawnSync(npm, ['run', 'build', '-w', 'apps/web'], { cwd: root, stdio: 'inherit' });
  if (build.status !== 0) process.exit(build.status ?? 1);
}
let args = ['--import', 'tsx', 'apps/server/src/server.ts'];
if (process.env.UNGCUU_TSX !== '1') {
  const { buildServer, isStale } = await import('./build-server.mjs');
  try {
    if (isStale()) {
      console.log('ungcuu: compiling the server (sources changed)…');
      await buildServer();
    }
    args = ['dist/server/server.mjs'];
  } catch (error) {
    console.error('ungcuu: compiling failed, running the sources through tsx instead:', error);
  }
}
const server = spawn(process.execPath, [...serverNodeArgs(process.env), ...args], {
  cwd: root,
  stdio: 'inherit',
  env: { ...process.env, UNGCUU_ROOT: root },
});
// A stop sent to this wrapper alone (systemd, a process manager, `kill`) must reach the server, or
// it would run on orphaned, holding the data folder's lock.
for (const signal of ['SIGTERM', 'SIGINT', 'SIGHUP']) process.on(signal, () => server.kill(signal));
server.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
