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

// A JSON file this big (the classifier's shipped model, 1.6 MB) is not inlined in the bundle: it
// would be parsed as JavaScript at every start and its source kept in memory. It is copied beside
// the bundle and read on first use, by a stand-in object that parses it when first touched.
const LAZY_JSON_BYTES = 256 * 1024;
const lazyJson = {
  name: 'lazy-json',
  setup(build) {
    build.onLoad({ filter: /\.json$/ }, (args) => {
      if (statSync(args.path).size < LAZY_JSON_BYTES) return undefined;
      const name = args.path.split('/').pop();
      copyFileSync(args.path, join(out, name));
      return {
        loader: 'js',
        contents: `import { readFileSync } from 'node:fs';
let data;
const load = () => (data ??= JSON.parse(readFileSync(new URL('./${name}', import.meta.url), 'utf8')));
export default new Proxy({}, {
  get: (_, key) => load()[key],
  has: (_, key) => key in load(),
  ownKeys: () => Reflect.ownKeys(load()),
  getOwnPropertyDescriptor: (_, key) => Reflect.getOwnPropertyDescriptor(load(), key),
});
`,
      };
    });
  },
};

/**
 * V8 keeps each module's source in memory, as one byte per character only when every character
 * is ASCII: one Vietnamese letter in a comment doubles it (server.mjs: 3.4 MB → 6.6 MB of heap).
 * esbuild escapes strings (charset 'ascii') but not comments, regular expressions or tagged
 * templates; \uXXXX means the same character in all three (the tagged templates are Kysely's
 * sql, which reads the cooked text, and String.raw sources of regular expressions).
 */
function asciiOnly(file) {
  const text = readFileSync(file, 'utf8');
  const ascii = text.replace(
    /[\u0080-\uffff]/g,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
  if (ascii !== text) writeFileSync(file, ascii);
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
    plugins: [lazyJson],
    banner: {
      js: "import { createRequire as __ungcuuRequire } from 'node:module'; const require = __ungcuuRequire(import.meta.url);",
    },
  });
  for (const name of readdirSync(out)) if (name.endsWith('.mjs')) asciiOnly(join(out, name));
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
