// Runs the test suite with node's built-in runner through tsx.
// Node 20 has no glob support in `node --test`, so the files are listed here.
// Before the files run, one migrated template database is prepared (see test-db-setup.ts)
// so that each test file copies it instead of migrating again.
import { spawnSync } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const args = process.argv.slice(2);
const e2e = args.includes('--e2e');
const filters = args.filter((a) => !a.startsWith('--'));

function findTests(dir, suffixes, out = []) {
  for (const name of readdirSync(dir)) {
    if (name === 'node_modules' || name === 'dist' || name.startsWith('.')) continue;
    const path = join(dir, name);
    if (statSync(path).isDirectory()) findTests(path, suffixes, out);
    else if (suffixes.some((s) => name.endsWith(s))) out.push(relative(root, path));
  }
  return out;
}

const files = e2e
  ? findTests(join(root, 'e2e'), ['.e2e.ts'])
  : // `.test.tsx`: the web app's component tests (React under happy-dom, see apps/web/src/test/).
    ['packages', 'apps'].flatMap((d) => findTests(join(root, d), ['.test.ts', '.test.tsx']));
const selected = filters.length ? files.filter((f) => filters.some((x) => f.includes(x))) : files;
if (selected.length === 0) {
  console.error('no test files found');
  process.exit(1);
}

const env = { ...process.env, NODE_ENV: 'test' };
if (!e2e) {
  const setup = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/test-db-setup.ts'], {
    cwd: root,
    env,
    stdio: ['ignore', 'pipe', 'inherit'],
    encoding: 'utf8',
  });
  if (setup.status !== 0) process.exit(setup.status ?? 1);
  for (const line of setup.stdout.trim().split('\n')) {
    const [key, ...rest] = line.split('=');
    if (key?.startsWith('UNGCUU_TEST_')) env[key] = rest.join('=');
  }
}

const concurrency = e2e ? 1 : Number(process.env.TEST_CONCURRENCY ?? 2);
const result = spawnSync(
  process.execPath,
  ['--import', 'tsx', '--test', `--test-concurrency=${concurrency}`, ...selected],
  { cwd: root, env, stdio: 'inherit' },
);
process.exit(result.status ?? 1);
