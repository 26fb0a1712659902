import type { BudgetListQuery } from '@ungcuu/domain/budget/budget-api.ts';
import { type Insertable, sql, type Updateable } from 'kysely';
import type { BudgetLineRow, BudgetLinesTable, BudgetSpendingRow } from '../db/schema-preparedness.ts';
import type { Executor } from '../shared/context.ts';
import type { ReadReach } from '../shared/read-reach.ts';

export type BudgetLineWithTotals = BudgetLineRow & {
  unit_name: string;
  spent: string | number;
  appraised_by_name: string | null;
  decided_by_name: string | null;
};

const spentSql = sql<string>`coalesce((select sum(s.amount) from budget_spending s where s.line_id = l.id), 0)`;

function withUnit(db: Executor) {
  return db
    .selectFrom('budget_lines as l')
    .innerJoin('units as u', 'u.id', 'l.unit_id')
    .leftJoin('users as ua', 'ua.id', 'l.appraised_by')
    .leftJoin('users as ud', 'ud.id', 'l.decided_by')
    .selectAll('l')
    .select([
      'u.name as unit_name',
      spentSql.as('spent'),
      'ua.full_name as appraised_by_name',
      'ud.full_name as decided_by_name',
    ]);
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
      .select([
        'category',
        'status',
        sql<string>`sum(amount)`.as('amount'),
        sql<string>`sum(coalesce(approved_amount, amount))`.as('approved'),
      ])
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

/** The line's steps as its audit trail holds them (who, when, what was written), oldest first. */
export async function lineHistory(db: Executor, lineId: string) {
  return db
    .selectFrom('audit_log as a')
    .leftJoin('users as u', 'u.id', 'a.actor_user_id')
    .select(['a.action', 'a.at', 'a.after', 'a.actor_label', 'u.full_name as actor_name'])
    .where('a.entity_type', '=', 'budget_line')
    .where('a.entity_id', '=', lineId)
    .orderBy('a.at')
    .orderBy('a.id')
    .limit(200)
    .execute();
}

/** Staff of the estimate: the active response team, with their unit (seed III: people, not only money). */
export async function teamForEstimate(db: Executor, unitId?: string) {
  let q = db
    .selectFrom('team_members as t')
    .innerJoin('units as u', 'u.id', 't.unit_id')
    .select(['t.full_name', 't.team_role', 'u.name as unit_name'])
    .where('t.active', '=', true);
  if (unitId) q = q.where('t.unit_id', '=', unitId);
  return q.orderBy('u.name').orderBy('t.full_name').limit(500).execute();
}

/** Materials of the estimate: equipment in service (ready or in maintenance) of the reached units. */
export async function equipmentForEstimate(db: Executor, reach: ReadReach, unitId?: string) {
  let q = db
    .selectFrom('readiness_equipment as e')
    .innerJoin('units as u', 'u.id', 'e.unit_id')
    .select(['e.name', 'e.category', 'e.quantity', 'e.location', 'u.name as unit_name'])
    .where('e.status', 'in', ['ready', 'maintenance']);
  if (!reach.all) q = q.where('e.unit_id', '=', reach.unitId);
  if (unitId) q = q.where('e.unit_id', '=', unitId);
  return q.orderBy('u.name').orderBy('e.name').limit(1000).execute();
}

/** Who last submitted the line (the audit trail says), to hear of the decision. */
export async function lastSubmitter(db: Executor, lineId: string) {
  return db
    .selectFrom('audit_log as a')
    .innerJoin('users as u', 'u.id', 'a.actor_user_id')
    .select(['u.id', 'u.unit_id'])
    .where('a.entity_type', '=', 'budget_line')
    .where('a.entity_id', '=', lineId)
    .where('a.action', '=', 'budget.submitted')
    .orderBy('a.at', 'desc')
    .limit(1)
    .executeTakeFirst();
}
