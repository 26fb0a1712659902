import { type Insertable, sql, type Updateable } from 'kysely';
import type { WarningTargetRow, WarningTargetsTable } from '../db/schema-warnings.ts';
import type { Executor } from '../shared/context.ts';

// The units a warning was sent to, with each unit's answer: acknowledgement, report, reminders.

/** Units a warning may go to: active, not outside bodies (an outside body is chosen by hand). */
export async function unitsForTargeting(db: Executor, handPicked: readonly string[]) {
  return db
    .selectFrom('units')
    .select(['id', 'name', 'type'])
    .where('archived', '=', false)
    .where((eb) =>
      handPicked.length > 0
        ? eb.or([eb('type', '<>', 'external'), eb('id', 'in', [...handPicked])])
        : eb('type', '<>', 'external'),
    )
    .orderBy('name')
    .orderBy('id')
    .execute();
}

/** Inserts targets in statements of 1,000 rows (a province has thousands of units). */
export async function insertTargets(db: Executor, rows: Insertable<WarningTargetsTable>[]): Promise<number> {
  for (let i = 0; i < rows.length; i += 1000)
    await db
      .insertInto('warning_targets')
      .values(rows.slice(i, i + 1000))
      .execute();
  return rows.length;
}

export async function findTarget(db: Executor, warningId: string, unitId: string) {
  return db
    .selectFrom('warning_targets')
    .selectAll()
    .where('warning_id', '=', warningId)
    .where('unit_id', '=', unitId)
    .executeTakeFirst();
}

export async function lockTarget(db: Executor, warningId: string, unitId: string) {
  return db
    .selectFrom('warning_targets')
    .selectAll()
    .where('warning_id', '=', warningId)
    .where('unit_id', '=', unitId)
    .forUpdate()
    .executeTakeFirst();
}

export async function updateTarget(
  db: Executor,
  id: string,
  patch: Updateable<WarningTargetsTable>,
): Promise<WarningTargetRow> {
  return db
    .updateTable('warning_targets')
    .set(patch)
    .where('id', '=', id)
    .returningAll()
    .executeTakeFirstOrThrow();
}

/** Counts of targets by status, plus the open ones past the deadline, per warning. */
export async function targetCounts(db: Executor, warningIds: readonly string[], today: string) {
  if (warningIds.length === 0) return [];
  return db
    .selectFrom('warning_targets as t')
    .innerJoin('warnings as w', 'w.id', 't.warning_id')
    .select([
      't.warning_id',
      't.status',
      (eb) => eb.fn.countAll<string>().as('n'),
      sql<string>`count(*) filter (where w.deadline < ${today}::date and t.status in ('sent', 'acknowledged'))`.as(
        'overdue',
      ),
    ])
    .where('t.warning_id', 'in', [...warningIds])
    .groupBy(['t.warning_id', 't.status'])
    .execute();
}

/**
 * One page of a warning's targets with unit names (the compliance table). The total comes from
 * targetCounts(), so no second count over the targets; evidence counts are read for the page only.
 */
export async function complianceRows(
  db: Executor,
  warningId: string,
  query: { status?: string | undefined; limit: number; offset: number },
  today: string,
) {
  let q = db
    .selectFrom('warning_targets as t')
    .innerJoin('units as u', 'u.id', 't.unit_id')
    .innerJoin('warnings as w', 'w.id', 't.warning_id')
    .where('t.warning_id', '=', warningId);
  if (query.status === 'overdue')
    q = q.where(sql<boolean>`w.deadline < ${today}::date`).where('t.status', 'in', ['sent', 'acknowledged']);
  else if (query.status) q = q.where('t.status', '=', query.status);
  return q
    .selectAll('t')
    .select([
      'u.name as unit_name',
      sql<boolean>`coalesce(w.deadline < ${today}::date and t.status in ('sent', 'acknowledged'), false)`.as(
        'overdue',
      ),
    ])
    .orderBy(sql`case t.status when 'sent' then 0 when 'acknowledged' then 1 else 2 end`)
    .orderBy('u.name')
    .orderBy('t.id')
    .limit(query.limit)
    .offset(query.offset)
    .execute();
}

/** Evidence files per unit among these units' answers to a warning. */
export async function evidenceCounts(db: Executor, warningId: string, unitIds: readonly string[]) {
  if (unitIds.length === 0) return [];
  return db
    .selectFrom('warning_files')
    .select(['unit_id', (eb) => eb.fn.countAll<string>().as('n')])
    .where('warning_id', '=', warningId)
    .where('unit_id', 'in', [...unitIds])
    .groupBy('unit_id')
    .execute();
}

/** Every published warning sent to one unit with the unit's answer (per-unit compliance). */
export async function warningsOfUnit(
  db: Executor,
  unitId: string,
  page: { limit: number; offset: number },
  today: string,
) {
  const q = db
    .selectFrom('warning_targets as t')
    .innerJoin('warnings as w', 'w.id', 't.warning_id')
    .where('t.unit_id', '=', unitId)
    .where('w.status', '<>', 'draft');
  const [rows, count] = await Promise.all([
    q
      .select([
        'w.id',
        'w.code',
        'w.title',
        'w.severity',
        'w.deadline',
        'w.published_at',
        't.status',
        't.responded_at',
        sql<boolean>`coalesce(w.deadline < ${today}::date and t.status in ('sent', 'acknowledged'), false)`.as(
          'overdue',
        ),
      ])
      .orderBy('t.created_at', 'desc')
      .orderBy('t.id')
      .limit(page.limit)
      .offset(page.offset)
      .execute(),
    q.select((eb) => eb.fn.countAll<string>().as('n')).executeTakeFirstOrThrow(),
  ]);
  return { rows, total: Number(count.n) };
}

/** The targets of these warnings sent to one unit (a unit's list shows its own answer). */
export async function targetsOfUnit(db: Executor, warningIds: readonly string[], unitId: string) {
  if (warningIds.length === 0) return [];
  return db
    .selectFrom('warning_targets')
    .selectAll()
    .where('warning_id', 'in', [...warningIds])
    .where('unit_id', '=', unitId)
    .execute();
}

/**
 * Open targets of published warnings that the reminder job has to act on: not yet reminded and
 * due within `remindUntil`, or past the deadline and not yet escalated.
 */
export async function targetsToRemindOrEscalate(db: Executor, today: string, remindUntil: string) {
  return db
    .selectFrom('warning_targets as t')
    .innerJoin('warnings as w', 'w.id', 't.warning_id')
    .innerJoin('units as u', 'u.id', 't.unit_id')
    .select([
      't.id',
      't.warning_id',
      't.unit_id',
      'u.name as unit_name',
      'w.code',
      'w.title',
      'w.deadline',
      't.reminded_at',
      't.escalated_at',
    ])
    .where('w.status', '=', 'published')
    .where('t.status', 'in', ['sent', 'acknowledged'])
    .where('w.deadline', 'is not', null)
    .where((eb) =>
      eb.or([
        eb.and([
          eb('t.reminded_at', 'is', null),
          eb('w.deadline', '<=', sql<string>`${remindUntil}::date`),
          eb('w.deadline', '>=', sql<string>`${today}::date`),
        ]),
        eb.and([eb('t.escalated_at', 'is', null), eb('w.deadline', '<', sql<string>`${today}::date`)]),
      ]),
    )
    .orderBy('w.deadline')
    .orderBy('t.id')
    .limit(5000)
    .execute();
}

export async function markTargets(
  db: Executor,
  ids: readonly string[],
  column: 'reminded_at' | 'escalated_at',
  at: Date,
): Promise<void> {
  if (ids.length === 0) return;
  await db
    .updateTable('warning_targets')
    .set({ [column]: at })
    .where('id', 'in', [...ids])
    .execute();
}

/** The unit's leader as a person: users with the leader role in that unit (maybe none). */
export async function leaderUsersOfUnits(db: Executor, unitIds: readonly string[]) {
  if (unitIds.length === 0) return [];
  return db
    .selectFrom('users')
    .select(['id', 'unit_id'])
    .where('unit_id', 'in', [...unitIds])
    .where('disabled', '=', false)
    .where(sql<boolean>`'leader' = any(roles)`)
    .execute();
}
