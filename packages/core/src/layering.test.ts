import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';

// The layering of packages/core (docs/ARCHITECTURE.md): repositories hold the SQL, services hold
// rules, permissions and transactions and call repositories. These checks read the source.

const root = fileURLToPath(new URL('.', import.meta.url));

function sourceFiles(dir: string, out: string[] = []): string[] {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) sourceFiles(path, out);
    else if (entry.name.endsWith('.ts')) out.push(relative(root, path));
  }
  return out.sort();
}

const QUERY_BUILDER = /\b(selectFrom|insertInto|updateTable|deleteFrom)\(|\bsql`/;

test('no service in packages/core writes SQL: queries live in repositories', () => {
  const offenders = sourceFiles(root)
    .filter((file) => file.endsWith('.service.ts'))
    .flatMap((file) =>
      readFileSync(join(root, file), 'utf8')
        .split('\n')
        .map((line, i) => ({ line, at: `${file}:${i + 1}` }))
        .filter(({ line }) => QUERY_BUILDER.test(line))
        .map(({ at, line }) => `${at}: ${line.trim()}`),
    );
  assert.deepEqual(offenders, [], 'move these queries into the module’s *.repository.ts');
});

test('every repository has its SQL snapshot test', () => {
  const files = sourceFiles(root);
  const snapshotTests = files
    .filter((file) => file.endsWith('.sql-snapshot.test.ts'))
    .map((file) => ({ file, text: readFileSync(join(root, file), 'utf8') }));
  const uncovered = files
    .filter((file) => file.endsWith('.repository.ts'))
    .filter((repository) => {
      const name = repository.split('/').pop()!;
      const dir = repository.slice(0, -name.length);
      // A snapshot test imports the repositories of its own folder.
      return !snapshotTests.some((t) => t.file.startsWith(dir) && t.text.includes(`'./${name}'`));
    });
  assert.deepEqual(uncovered, [], 'add these repositories to their module’s *.sql-snapshot.test.ts');
});

test('no `as never` casts in packages/core: insert and update values are typed', () => {
  const casts = sourceFiles(root)
    .filter((file) => file !== 'layering.test.ts')
    .filter((file) => /\bas never\b/.test(readFileSync(join(root, file), 'utf8')));
  assert.deepEqual(casts, [], 'type the values (Insertable<Table>, Updateable<Table>) instead of casting');
});
