import type { BudgetListQuery } from '@ungcuu/domain/budget/budget-api.ts';
import { type Insertable, sql, type Updateable } from 'kysely';
import type { BudgetLineRow, BudgetLinesTable, BudgetSpendingRow } from '../db/schema-preparedness.ts';
import type { Executor } from '../shared/context.ts';
import type { ReadReach } from '../shared/read-reach.ts';

export type BudgetLineWithTotals = BudgetLineRow & { unit_name: string; spent: string | number };

const spentSql = sql<string>`coalesce((select sum(s.amount) from budget_spending s where s.line_id = l.id), 0)`;

function withUnit(db: Executor) {
  return db
    .selectFrom('budget_lines as l')
    .innerJoin('units as u', 'u.id', 'l.unit_id')
    .selectAll('l')
    .select(['u.name as unit_name', spentSql.as('spent')]);
}

export async function findLine(db: Executor, id: string): Promise<BudgetLineWithTotals | undefined> {
  return withUnit(db).where('l.id', '=', id).executeTakeFirst();
}

function scoped(db: Executor, filter: Omit<BudgetListQuery, 'limit' | 'offset'>, reach: ReadReach) {
  let q = db.selectFrom('budget_lines as l');
  if (!reach.all) q = q.where('l.unit_id', '=', reach.unitId);
  if (filter.year) q = q.where('l.fiscal_year', '=', filter.year);
  if (filter.unitId) q = q.where('l.unit_id', '=', filter.unitId);
  if (filter.status) q = q.where('l.status', '=', filter.status);
  if (filter.category) q = q.where('l.category', '=', filter.category);
  return q;
}

export async function listLines(
  db: Executor,
  query: BudgetListQuery,
  reach: ReadReach,
): Promise<{ rows: BudgetLineWithTotals[]; total: number }> {
  const q = scoped(db, query, reach);
  const [rows, count] = await Promise.all([
    withUnit(db)
      .where('l.id', 'in', q.select('l.id'))
      .orderBy('l.fiscal_year', 'desc')
      .orderBy('l.category')
      .orderBy('l.title')
      .orderBy('l.id')
      .limit(query.limit)
      .offset(query.offset)
      .execute(),
    q.select((eb) => eb.fn.countAll<string>().as('n')).executeTakeFirstOrThrow(),
  ]);
  return { rows, total: Number(count.n) };
}

/** Every line of a year the reader reaches, for the spreadsheet (a budget has tens of lines, not thousands). */
export async function linesOfYear(
  db: Executor,
  year: number,
  reach: ReadReach,
  unitId?: string,
): Promise<BudgetLineWithTotals[]> {
  return withUnit(db)
    .where('l.id', 'in', scoped(db, { year, unitId }, reach).select('l.id'))
    .orderBy('l.category')
    .orderBy('l.title')
    .orderBy('l.id')
    .execute();
}

/** Sums per (category, status), for lines and for spending: aggregated by the database. */
export async function sumsByCategoryAndStatus(db: Executor, year: number, reach: ReadReach, unitId?: string) {
  const lineIds = scoped(db, { year, unitId }, reach).select('l.id');
  const [lines, spending] = await Promise.all([
    db
      .selectFrom('budget_lines')
      .select(['category', 'status', sql<string>`sum(amount)`.as('amount')])
      .where('id', 'in', lineIds)
      .groupBy(['category', 'status'])
      .execute(),
    db
      .selectFrom('budget_spending as s')
      .innerJoin('budget_lines as l', 'l.id', 's.line_id')
      .select(['l.category', 'l.status', sql<string>`sum(s.amount)`.as('amount')])
      .where('l.id', 'in', lineIds)
      .groupBy(['l.category', 'l.status'])
      .execute(),
  ]);
  return { lines, spending };
}

export async function insertLine(db: Executor, row: Insertable<BudgetLinesTable>): Promise<BudgetLineRow> {
  return db.insertInto('budget_lines').values(row).returningAll().executeTakeFirstOrThrow();
}

export async function updateLine(
  db: Executor,
  id: string,
  patch: Updateable<BudgetLinesTable>,
): Promise<BudgetLineRow> {
  return db
    .updateTable('budget_lines')
    .set({ ...patch, version: sql`version + 1` })
    .where('id', '=', id)
    .returningAll()
    .executeTakeFirstOrThrow();
}

export async function deleteLine(db: Executor, id: string): Promise<void> {
  await db.deleteFrom('budget_lines').where('id', '=', id).execute();
}

export async function spendingOf(db: Executor, lineId: string): Promise<BudgetSpendingRow[]> {
  return db
    .selectFrom('budget_spending')
    .selectAll()
    .where('line_id', '=', lineId)
    .orderBy('spent_on')
    .orderBy('created_at')
    .execute();
}

export async function findSpending(db: Executor, id: string): Promise<BudgetSpendingRow | undefined> {
  return db.selectFrom('budget_spending').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function insertSpending(
  db: Executor,
  row: { line_id: string; amount: number; spent_on: string; note: string | null; created_by: string },
): Promise<BudgetSpendingRow> {
  return db.insertInto('budget_spending').values(row).returningAll().executeTakeFirstOrThrow();
}

export async function deleteSpending(db: Executor, id: string): Promise<void> {
  await db.deleteFrom('budget_spending').where('id', '=', id).execute();
}

/** Whether the record a line points at exists; readiness items live in five tables. */
export async function linkTargetExists(db: Executor, kind: string, id: string): Promise<boolean> {
  const tables =
    kind === 'inspection_finding'
      ? ['remediation_tasks']
      : kind === 'risk_treatment'
        ? ['risks']
        : [
            'readiness_equipment',
            'readiness_licences',
            'readiness_contracts',
            'readiness_trainings',
            'readiness_drills',
          ];
  const union = sql.join(
    tables.map((t) => sql`select id from ${sql.table(t)} where id = ${id}`),
    sql` union all `,
  );
  const result = await sql<{ found: boolean }>`select exists (${union}) as found`.execute(db);
  return result.rows[0]?.found === true;
}

export async function focalOfficeName(db: Executor): Promise<string | undefined> {
  const row = await db
    .selectFrom('units')
    .select('name')
    .where('type', '=', 'focal_office')
    .where('archived', '=', false)
    .orderBy('created_at')
    .limit(1)
    .executeTakeFirst();
  return row?.name;
}
