import type { Insertable, Updateable } from 'kysely';
import type { PeriodicReportRow, PeriodicReportsTable } from '../db/schema-documents.ts';
import type { Executor } from '../shared/context.ts';

/** States that are not incidents at all (refused, duplicates, merged into another). */
const NOT_INCIDENTS = ['rejected', 'duplicate', 'merged'];

/**
 * Mẫu 05 figures per attack subtype for incidents detected in [from, to): count, handled alone,
 * with domestic help, with foreign help, support asked of the national coordinator, damage (đồng).
 * Events (tier T0) are not incidents and do not count.
 */
export async function mau05Figures(db: Executor, from: Date, to: Date) {
  return db
    .selectFrom('incidents')
    .select((eb) => [
      'subtype',
      eb.fn.countAll<string | number>().as('count'),
      eb.fn
        .countAll<string | number>()
        .filterWhere((w) => w.and([w('help_domestic', '=', false), w('help_foreign', '=', false)]))
        .as('alone'),
      eb.fn.countAll<string | number>().filterWhere('help_domestic', '=', true).as('domestic'),
      eb.fn.countAll<string | number>().filterWhere('help_foreign', '=', true).as('foreign'),
      eb.fn
        .countAll<string | number>()
        .filterWhere('coordinator_support_requested', '=', true)
        .as('coordinator'),
      eb.fn.coalesce(eb.fn.sum<string | number | null>('damage_estimate'), eb.lit(0)).as('damage'),
    ])
    .where('cause_group', '=', 'attack')
    .where('detected_at', '>=', from)
    .where('detected_at', '<', to)
    .where('state', 'not in', NOT_INCIDENTS)
    .where('tier', '!=', 'T0')
    .groupBy('subtype')
    .execute();
}

/** The helping organisations named on the attacks of the period, with the kind of help. */
export async function mau05Helpers(db: Executor, from: Date, to: Date) {
  return db
    .selectFrom('incidents')
    .select(['helping_organisations', 'help_domestic', 'help_foreign'])
    .where('cause_group', '=', 'attack')
    .where('detected_at', '>=', from)
    .where('detected_at', '<', to)
    .where('state', 'not in', NOT_INCIDENTS)
    .where('tier', '!=', 'T0')
    .where('helping_organisations', 'is not', null)
    .orderBy('detected_at')
    .limit(500)
    .execute();
}

export async function findPeriodicReport(
  db: Executor,
  kind: string,
  year: number,
): Promise<PeriodicReportRow | undefined> {
  return db
    .selectFrom('periodic_reports')
    .selectAll()
    .where('kind', '=', kind)
    .where('year', '=', year)
    .executeTakeFirst();
}

export async function insertPeriodicReport(
  db: Executor,
  row: Insertable<PeriodicReportsTable>,
): Promise<PeriodicReportRow> {
  return db.insertInto('periodic_reports').values(row).returningAll().executeTakeFirstOrThrow();
}

export async function updatePeriodicReport(
  db: Executor,
  id: string,
  patch: Updateable<PeriodicReportsTable>,
): Promise<PeriodicReportRow> {
  return db
    .updateTable('periodic_reports')
    .set((eb) => ({ ...patch, version: eb('version', '+', 1) }))
    .where('id', '=', id)
    .returningAll()
    .executeTakeFirstOrThrow();
}
