// Prepares one migrated template database per test run and prints its location as
// UNGCUU_TEST_* lines that scripts/run-tests.mjs passes on to every test file.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import pg from 'pg';
import { openDatabase } from '../packages/core/src/db/engine.ts';
import { migrate } from '../packages/core/src/db/migrate.ts';
import { databaseUrlWithName } from '../packages/core/src/testing/test-db.ts';

const url = process.env.DATABASE_URL;

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

if (url) {
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  // Leftovers of earlier runs (killed mid-way) are dropped first, but never those of a run still
  // going on the same server (several people may run the suite at once): a template is named after
  // the run's process (run-tests.mjs, our parent) and kept while it lives; a test database in use
  // refuses a plain drop and is skipped.
  const old = await admin.query<{ datname: string }>(
    "select datname from pg_database where datname like 'ungcuu\\_t\\_%' or datname like 'ungcuu\\_tpl\\_%'",
  );
  for (const { datname } of old.rows) {
    const runPid = /^ungcuu_tpl_(\d+)$/.exec(datname)?.[1];
    if (runPid && isAlive(Number(runPid))) continue;
    await admin.query(`drop database if exists ${datname}`).catch(() => {});
  }
  const name = `ungcuu_tpl_${process.ppid}`;
  await admin.query(`drop database if exists ${name}`);
  await admin.query(`create database ${name}`);
  await admin.end();
  const handle = await openDatabase({ databaseUrl: databaseUrlWithName(url, name), poolSize: 1 });
  await migrate(handle.db);
  await handle.close();
  console.log(`UNGCUU_TEST_PG_TEMPLATE=${name}`);
} else {
  const dir = join(import.meta.dirname, '..', '.tmp');
  mkdirSync(dir, { recursive: true });
  const handle = await openDatabase({});
  await migrate(handle.db);
  const dump = await handle.dump!();
  const path = join(dir, `pglite-template-${process.pid}.tar`);
  writeFileSync(path, Buffer.from(await dump.arrayBuffer()));
  await handle.close();
  console.log(`UNGCUU_TEST_PGLITE_TEMPLATE=${path}`);
}
