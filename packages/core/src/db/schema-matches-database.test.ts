import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { sql } from 'kysely';
import ts from 'typescript';
import { createTestDatabase } from '../testing/test-db.ts';
import type { DatabaseHandle } from './engine.ts';

// The Kysely types in schema*.ts are written by hand beside the migrations; this test reads them
// with the TypeScript compiler and compares every table and column (name, nullability, kind) with
// what the migrated database reports in information_schema, on whichever engine the suite runs.

type Kind = 'string' | 'number' | 'boolean' | 'date' | 'json' | 'array';

interface Column {
  nullable: boolean;
  kinds: Set<Kind>;
}

const DB_KIND: Record<string, Kind> = {
  text: 'string',
  'character varying': 'string',
  uuid: 'string',
  inet: 'string',
  citext: 'string',
  integer: 'number',
  smallint: 'number',
  real: 'number',
  'double precision': 'number',
  numeric: 'string',
  bigint: 'string',
  boolean: 'boolean',
  'timestamp with time zone': 'date',
  date: 'date',
  jsonb: 'json',
  json: 'json',
  ARRAY: 'array',
  bytea: 'json',
  tsvector: 'string',
};

function declaredTables(): Map<string, Map<string, Column>> {
  const file = fileURLToPath(new URL('./schema.ts', import.meta.url));
  const program = ts.createProgram([file], {
    strict: true,
    target: ts.ScriptTarget.ES2022,
    module: ts.ModuleKind.ESNext,
    moduleResolution: ts.ModuleResolutionKind.Bundler,
    allowImportingTsExtensions: true,
    noEmit: true,
  });
  const checker = program.getTypeChecker();
  const source = program.getSourceFile(file);
  assert.ok(source);
  const database = source.statements.find(
    (s): s is ts.InterfaceDeclaration => ts.isInterfaceDeclaration(s) && s.name.text === 'Database',
  );
  assert.ok(database, 'schema.ts declares Database');
  const tables = new Map<string, Map<string, Column>>();
  for (const table of checker.getPropertiesOfType(checker.getTypeAtLocation(database))) {
    const columns = new Map<string, Column>();
    const tableType = checker.getTypeOfSymbolAtLocation(table, database);
    for (const column of checker.getPropertiesOfType(tableType)) {
      columns.set(column.name, describe(checker, checker.getTypeOfSymbolAtLocation(column, database)));
    }
    tables.set(table.name, columns);
  }
  return tables;
}

/** Kysely's ColumnType<S, I, U> carries the selected type in a phantom `__select__` property. */
function selectedMembers(checker: ts.TypeChecker, type: ts.Type): ts.Type[] {
  const members = type.isUnion() ? type.types : [type];
  return members.flatMap((member) => {
    const select = member.getProperty('__select__');
    if (!select?.valueDeclaration) return [member];
    return selectedMembers(checker, checker.getTypeOfSymbolAtLocation(select, select.valueDeclaration));
  });
}

function describe(checker: ts.TypeChecker, type: ts.Type): Column {
  const column: Column = { nullable: false, kinds: new Set() };
  for (const member of selectedMembers(checker, type)) {
    const flags = member.getFlags();
    if (flags & ts.TypeFlags.Null) column.nullable = true;
    else if (flags & (ts.TypeFlags.StringLike | ts.TypeFlags.TemplateLiteral)) column.kinds.add('string');
    else if (flags & ts.TypeFlags.NumberLike) column.kinds.add('number');
    else if (flags & ts.TypeFlags.BooleanLike) column.kinds.add('boolean');
    else if (checker.isArrayType(member)) column.kinds.add('array');
    else if (member.getSymbol()?.getName() === 'Date') column.kinds.add('date');
    else column.kinds.add('json');
  }
  return column;
}

let handle: DatabaseHandle;
before(async () => {
  handle = await createTestDatabase();
});
after(() => handle.close());

test('the Kysely schema declares exactly the tables and columns the migrations create', async () => {
  const declared = declaredTables();
  const rows = await sql<{ table_name: string; column_name: string; is_nullable: string; data_type: string }>`
    select table_name, column_name, is_nullable, data_type from information_schema.columns
    where table_schema = 'public' order by table_name, ordinal_position`.execute(handle.db);
  const actual = new Map<string, Map<string, { nullable: boolean; kind: Kind | undefined; type: string }>>();
  for (const row of rows.rows) {
    if (!actual.has(row.table_name)) actual.set(row.table_name, new Map());
    actual.get(row.table_name)!.set(row.column_name, {
      nullable: row.is_nullable === 'YES',
      kind: DB_KIND[row.data_type],
      type: row.data_type,
    });
  }
  const problems: string[] = [];
  for (const [table, columns] of declared) {
    const real = actual.get(table);
    if (!real) {
      problems.push(`${table}: declared but not in the database`);
      continue;
    }
    for (const [name, column] of columns) {
      const found = real.get(name);
      if (!found) problems.push(`${table}.${name}: declared but not in the database`);
      else {
        if (found.nullable !== column.nullable)
          problems.push(
            `${table}.${name}: nullable is ${found.nullable} in the database, ${column.nullable} in schema.ts`,
          );
        if (!found.kind)
          problems.push(`${table}.${name}: database type ${found.type} has no mapping in this test`);
        else if (found.kind !== 'json' && !column.kinds.has(found.kind))
          problems.push(`${table}.${name}: database ${found.type}, schema.ts ${[...column.kinds].join('|')}`);
      }
    }
    for (const name of real.keys())
      if (!columns.has(name)) problems.push(`${table}.${name}: in the database, not in schema.ts`);
  }
  for (const table of actual.keys())
    if (!declared.has(table)) problems.push(`${table}: in the database, not in schema.ts`);
  assert.deepEqual(problems, []);
});
