// Compiles the server (apps/server + the workspace packages it imports) to dist/server/ with
// esbuild, so that `npm start` runs JavaScript instead of transpiling TypeScript at every start
// (issue 13, decision 0028). npm packages stay external (node_modules). The result is kept with
// the hash of its sources and rebuilt only when they change.
// Run: node scripts/build-server.mjs [--if-stale]   (npm start calls it with --if-stale)
import { createHash } from 'node:crypto';
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { join, relative } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const out = join(root, 'dist/server');
const hashFile = join(out, '.source-hash');
const SOURCES = ['apps/server/src', 'packages/core/src', 'packages/domain/src'];

function walk(dir, files = []) {
  for (const name of readdirSync(dir)) {
    if (name === 'node_modules' || name.startsWith('.')) continue;
    const path = join(dir, name);
    if (statSync(path).isDirectory()) walk(path, files);
    else if (!/\.test\.tsx?$/.test(name)) files.push(path);
  }
  return files;
}

/** Hash of every source file the server is built from, plus the lock file and this script. */
export function sourceHash() {
  const hash = createHash('sha256');
  const files = SOURCES.flatMap((d) => walk(join(root, d))).sort();
  files.push(join(root, 'package-lock.json'), new URL(import.meta.url).pathname);
  for (const file of files) {
    if (!existsSync(file)) continue;
    hash.update(relative(root, file)).update('\0').update(readFileSync(file)).update('\0');
  }
  return hash.digest('hex');
}

function externals() {
  const names = new Set();
  for (const dir of ['.', 'apps/server', 'packages/core', 'packages/domain']) {
    const pkg = JSON.parse(readFileSync(join(root, dir, 'package.json'), 'utf8'));
    for (const field of ['dependencies', 'devDependencies', 'optionalDependencies'])
      for (const name of Object.keys(pkg[field] ?? {})) if (!name.startsWith('@ungcuu/')) names.add(name);
  }
  return [...names].flatMap((n) => [n, `${n}/*`]);
}

export async function buildServer() {
  const { build } = await import('esbuild');
  rmSync(out, { recursive: true, force: true });
  mkdirSync(out, { recursive: true });
  await build({
    absWorkingDir: root,
    entryPoints: {
      server: 'apps/server/src/server.ts',
      'tabular.worker': 'packages/core/src/import/tabular.worker.ts',
    },
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    outdir: out,
    outExtension: { '.js': '.mjs' },
    external: externals(),
    sourcemap: 'linked',
    legalComments: 'none',
    charset: 'ascii',
    logLevel: 'warning',
    banner: {
      js: "import { createRequire as __ungcuuRequire } from 'node:module'; const require = __ungcuuRequire(import.meta.url);",
    },
  });
  // Applied migrations are checksummed from their source text: it travels beside the bundle.
  const migrations = join(root, 'packages/core/src/db/migrations');
  for (const name of readdirSync(migrations))
    if (/^\d{8}-\d{4}-.*\.ts$/.test(name)) copyFileSync(join(migrations, name), join(out, name));
  writeFileSync(hashFile, sourceHash());
}

export function isStale() {
  if (!existsSync(join(out, 'server.mjs')) || !existsSync(hashFile)) return true;
  return readFileSync(hashFile, 'utf8') !== sourceHash();
}

if (process.argv[1] && new URL(import.meta.url).pathname === process.argv[1]) {
  const ifStale = process.argv.includes('--if-stale');
  if (!ifStale || isStale()) {
    const t0 = performance.now();
    await buildServer();
    console.log(`ungcuu: server compiled to dist/server in ${Math.round(performance.now() - t0)} ms`);
  }
}
