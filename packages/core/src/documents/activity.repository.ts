import { sql } from 'kysely';
import type { Executor } from '../shared/context.ts';

// The activity report for leadership (month, quarter, year): what happened in [from, to).

const NOT_INCIDENTS = ['rejected', 'duplicate', 'merged'];

/** Incidents detected in the period by cause group and tier. */
export async function activityIncidents(db: Executor, from: Date, to: Date) {
  return db
    .selectFrom('incidents')
    .select(['cause_group', 'tier', (eb) => eb.fn.countAll<string | number>().as('count')])
    .where('detected_at', '>=', from)
    .where('detected_at', '<', to)
    .where('state', 'not in', NOT_INCIDENTS)
    .groupBy(['cause_group', 'tier'])
    .execute();
}

/** Hours from detection to closing of the incidents closed in the period: median and 90th percentile. */
export async function activityResponseTimes(db: Executor, from: Date, to: Date) {
  return db
    .selectFrom('incidents')
    .select([
      (eb) => eb.fn.countAll<string | number>().as('closed'),
      sql<
        number | null
      >`percentile_cont(0.5) within group (order by extract(epoch from closed_at - detected_at) / 3600)`.as(
        'median_hours',
      ),
      sql<
        number | null
      >`percentile_cont(0.9) within group (order by extract(epoch from closed_at - detected_at) / 3600)`.as(
        'p90_hours',
      ),
    ])
    .where('closed_at', '>=', from)
    .where('closed_at', '<', to)
    .where('state', '=', 'closed')
    .executeTakeFirst();
}

/** Inspections of the period's year by status. */
export async function activityInspections(db: Executor, year: number) {
  return db
    .selectFrom('inspections')
    .select(['status', (eb) => eb.fn.countAll<string | number>().as('count')])
    .where('year', '=', year)
    .groupBy('status')
    .execute();
}

/** Budget of the year: approved amount, and what was spent within the period. */
export async function activityBudget(db: Executor, year: number, from: string, to: string) {
  const approved = await db
    .selectFrom('budget_lines')
    .select((eb) => eb.fn.coalesce(eb.fn.sum<string | number | null>('amount'), eb.lit(0)).as('amount'))
    .where('fiscal_year', '=', year)
    .where('status', '=', 'approved')
    .executeTakeFirst();
  const spent = await db
    .selectFrom('budget_spending as s')
    .innerJoin('budget_lines as b', 'b.id', 's.line_id')
    .select((eb) => eb.fn.coalesce(eb.fn.sum<string | number | null>('s.amount'), eb.lit(0)).as('amount'))
    .where('b.fiscal_year', '=', year)
    .where('s.spent_on', '>=', from)
    .where('s.spent_on', '<', to)
    .executeTakeFirst();
  return { approved: approved?.amount ?? 0, spent: spent?.amount ?? 0 };
}

/**
 * Warnings published in the period: how many, how many units they reached, how many of those
 * units answered (acknowledged, done, not applicable or cannot do), and how many warnings every
 * targeted unit has answered.
 */
export async function activityWarnings(db: Executor, from: Date, to: Date) {
  return db
    .with('issued', (qb) =>
      qb
        .selectFrom('warnings')
        .select('id')
        .where('published_at', '>=', from)
        .where('published_at', '<', to)
        .where('status', 'in', ['published', 'closed']),
    )
    .with('per_warning', (qb) =>
      qb
        .selectFrom('issued')
        .leftJoin('warning_targets', 'warning_targets.warning_id', 'issued.id')
        .select([
          'issued.id',
          (eb) => eb.fn.count<string | number>('warning_targets.id').as('targets'),
          sql<string | number>`count(warning_targets.id) filter (where warning_targets.status <> 'sent')`.as(
            'answered',
          ),
        ])
        .groupBy('issued.id'),
    )
    .selectFrom('per_warning')
    .select([
      (eb) => eb.fn.countAll<string | number>().as('issued'),
      sql<string | number>`coalesce(sum(targets), 0)`.as('targets'),
      sql<string | number>`coalesce(sum(answered), 0)`.as('answered'),
      sql<string | number>`count(*) filter (where targets > 0 and answered = targets)`.as('fully_answered'),
    ])
    .executeTakeFirstOrThrow();
}
