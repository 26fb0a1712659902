import assert from 'node:assert/strict';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import {
  type CompiledQuery,
  type DatabaseConnection,
  type Driver,
  Kysely,
  PostgresAdapter,
  PostgresIntrospector,
  PostgresQueryCompiler,
  type QueryResult,
} from 'kysely';
import type { Database } from '../db/schema.ts';
import type { Trx } from '../shared/context.ts';

// SQL snapshots (as immich does): each repository function runs against a Kysely whose driver
// records the compiled PostgreSQL text instead of executing it, and the text is compared with a
// file checked in beside the test, so a change to a query shows in review. No database is needed.
// `UPDATE_SNAPSHOTS=1 npm test -- sql-snapshot` rewrites the files.

/** Rows a recorded query answers with; most cases need none. */
export type CannedRows = (sql: string) => Record<string, unknown>[];

class RecordingConnection implements DatabaseConnection {
  constructor(
    private readonly log: CompiledQuery[],
    private readonly rows: () => CannedRows,
  ) {}
  async executeQuery<R>(query: CompiledQuery): Promise<QueryResult<R>> {
    this.log.push(query);
    return { rows: this.rows()(query.sql) as R[] };
  }
  // biome-ignore lint/correctness/useYield: a recorded query never streams rows
  async *streamQuery<R>(): AsyncIterableIterator<QueryResult<R>> {
    throw new Error('streaming is not recorded');
  }
}

class RecordingDriver implements Driver {
  readonly connection: RecordingConnection;
  constructor(log: CompiledQuery[], rows: () => CannedRows) {
    this.connection = new RecordingConnection(log, rows);
  }
  async init() {}
  async acquireConnection() {
    return this.connection;
  }
  async beginTransaction() {}
  async commitTransaction() {}
  async rollbackTransaction() {}
  async releaseConnection() {}
  async destroy() {}
}

/** A PostgreSQL Kysely that records instead of executing. */
export function createSqlRecorder() {
  const log: CompiledQuery[] = [];
  let canned: CannedRows = () => [];
  const db = new Kysely<Database>({
    dialect: {
      createAdapter: () => new PostgresAdapter(),
      createDriver: () => new RecordingDriver(log, () => canned),
      createIntrospector: (k) => new PostgresIntrospector(k),
      createQueryCompiler: () => new PostgresQueryCompiler(),
    },
  });
  /** Runs one case in a (recorded, never opened) transaction and returns the statements it sent. */
  async function record(run: (trx: Trx) => Promise<unknown>, rows?: CannedRows): Promise<CompiledQuery[]> {
    log.length = 0;
    canned = rows ?? (() => []);
    try {
      await db.transaction().execute(run);
    } catch (error) {
      // A function that insists on a row (executeTakeFirstOrThrow) fails on the empty answer
      // after its statement was recorded; that statement is what the snapshot is about.
      if (log.length === 0) throw error;
    }
    return [...log];
  }
  return { db, record };
}

/** Keywords that start a line in a snapshot, so that a diff points at the clause that changed. */
const CLAUSES =
  /(?<!delete)\s(from|inner join|left join|where|group by|order by|limit|offset|returning|on conflict|values|set|union all|for update)\s/g;

function layout(query: CompiledQuery): string {
  const text = query.sql.replace(CLAUSES, (_m, clause: string) => `\n  ${clause} `);
  const params = query.parameters.length ? `\n  -- params: ${JSON.stringify(query.parameters)}` : '';
  return `${text};${params}`;
}

export interface SqlCase {
  /** What runs: a call of the repository function with representative arguments. */
  run: (trx: Trx) => Promise<unknown>;
  rows?: CannedRows;
}

/**
 * Every exported function of each repository module must have a case (or be named in `pure`, for
 * helpers that send no SQL): a new query cannot slip in without a snapshot.
 */
export async function checkSqlSnapshot(
  snapshotFile: URL,
  modules: Record<
    string,
    { exports: Record<string, unknown>; cases: Record<string, SqlCase>; pure?: string[] }
  >,
): Promise<void> {
  const { db, record } = createSqlRecorder();
  const sections: string[] = [];
  for (const [moduleName, { exports, cases, pure = [] }] of Object.entries(modules).sort()) {
    const functions = Object.entries(exports)
      .filter(([, value]) => typeof value === 'function')
      .map(([name]) => name)
      .filter((name) => !pure.includes(name))
      .sort();
    assert.deepEqual(
      Object.keys(cases).sort(),
      functions,
      `${moduleName}: every exported repository function needs a case in the SQL snapshot test`,
    );
    for (const name of functions) {
      const queries = await record(cases[name]!.run, cases[name]!.rows);
      assert.ok(queries.length > 0, `${moduleName}.${name} sent no SQL`);
      sections.push(`-- ${moduleName}.${name}\n${queries.map(layout).join('\n')}\n`);
    }
  }
  await db.destroy();
  const actual = sections.join('\n');
  const path = snapshotFile.pathname;
  if (process.env.UPDATE_SNAPSHOTS === '1' || !existsSync(path)) {
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, actual);
    if (process.env.UPDATE_SNAPSHOTS !== '1')
      assert.fail(`${path} was missing and has been written; commit it`);
    return;
  }
  const expected = readFileSync(path, 'utf8');
  if (actual !== expected)
    assert.fail(
      `SQL differs from ${path.slice(path.indexOf('packages/'))} (- snapshot, + now):\n${sectionDiff(expected, actual)}\n` +
        'If the change is intended: UPDATE_SNAPSHOTS=1 npm test -- sql-snapshot, and commit the file.',
    );
}

/** The sections (one per repository function) that changed, as a line diff. */
function sectionDiff(expected: string, actual: string): string {
  const split = (text: string) =>
    new Map(text.split(/\n(?=-- )/).map((section) => [section.split('\n', 1)[0]!, section.trim()]));
  const [before, after] = [split(expected), split(actual)];
  const out: string[] = [];
  for (const name of new Set([...before.keys(), ...after.keys()])) {
    const [a, b] = [before.get(name) ?? '', after.get(name) ?? ''];
    if (a !== b) out.push(...lineDiff(a ? a.split('\n') : [], b ? b.split('\n') : []));
  }
  return out.join('\n');
}

/** Longest-common-subsequence diff of two short line lists. */
function lineDiff(a: string[], b: string[]): string[] {
  const lcs = a.map(() => new Array<number>(b.length + 1).fill(0));
  lcs.push(new Array<number>(b.length + 1).fill(0));
  for (let i = a.length - 1; i >= 0; i--)
    for (let j = b.length - 1; j >= 0; j--)
      lcs[i]![j] = a[i] === b[j] ? lcs[i + 1]![j + 1]! + 1 : Math.max(lcs[i + 1]![j]!, lcs[i]![j + 1]!);
  const out: string[] = [];
  let [i, j] = [0, 0];
  while (i < a.length || j < b.length) {
    if (i < a.length && j < b.length && a[i] === b[j]) {
      out.push(`  ${a[i]}`);
      i++;
      j++;
    } else if (j < b.length && (i === a.length || lcs[i]![j + 1]! >= lcs[i + 1]![j]!))
      out.push(`+ ${b[j++]}`);
    else out.push(`- ${a[i++]}`);
  }
  return out;
}
