// `npm start`: builds the web app when it has not been built yet, then runs the server
// (TypeScript run directly through tsx; no separate compile step).
import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
if (!existsSync(join(root, 'apps/web/dist/index.html')) || process.env.UNGCUU_REBUILD_WEB === '1') {
  console.log('ungcuu: building the web app (first start)…');
  const build = spawnSync(npm, ['run', 'build', '-w', 'apps/web'], { cwd: root, stdio: 'inherit' });
  if (build.status !== 0) process.exit(build.status ?? 1);
}
const server = spawn(process.execPath, ['--import', 'tsx', 'apps/server/src/server.ts'], {
  cwd: root,
  stdio: 'inherit',
});
// A stop sent to this wrapper alone (systemd, a process manager, `kill`) must reach the server, or
// it would run on orphaned, holding the data folder's lock.
for (const signal of ['SIGTERM', 'SIGINT', 'SIGHUP']) process.on(signal, () => server.kill(signal));
server.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
