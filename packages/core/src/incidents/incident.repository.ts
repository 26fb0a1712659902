import { type Insertable, sql, type Updateable } from 'kysely';
import type { IncidentRow, IncidentsTable } from '../db/schema-incidents.ts';
import type { Executor } from '../shared/context.ts';
import { LOCK_KEYS } from '../shared/lock-keys.ts';

/**
 * Next readable code of a year, e.g. SC-2026-0042, from a per-year sequence: unlike a counter row,
 * a sequence never makes concurrent reports wait for each other. A report that fails after taking
 * its number leaves a gap; the code's job is to be unique and readable, not gapless.
 */
export async function nextIncidentCode(db: Executor, year: number): Promise<string> {
  const name = `incident_code_${year}`;
  let n: number;
  try {
    n = Number((await sql<{ n: string }>`select nextval(${name}) as n`.execute(db)).rows[0]!.n);
  } catch (error) {
    if ((error as { code?: string }).code !== '42P01') throw error;
    await sql`create sequence if not exists ${sql.id(name)}`.execute(db);
    // A database restored or migrated without the sequence continues after the highest code in use.
    await sql`
      select setval(${name}, m) from (
        select max(nullif(regexp_replace(code, '^SC-[0-9]{4}-', ''), '')::bigint) as m from incidents where code like ${`SC-${year}-%`}
      ) t where m > 0`.execute(db);
    n = Number((await sql<{ n: string }>`select nextval(${name}) as n`.execute(db)).rows[0]!.n);
  }
  return `SC-${year}-${String(n).padStart(4, '0')}`;
}

// Years whose code sequence this process has made sure of, per database handle: callers that
// arrive together share one check.
const ensuredCodeYears = new WeakMap<object, Map<number, Promise<void>>>();

/**
 * Makes sure the year's code sequence exists (once per process and year), so that intake can take
 * the next number inside its single insert statement. Creating it is serialised across processes
 * by an advisory lock; a database restored or migrated without the sequence continues after the
 * highest code in use.
 */
export function ensureIncidentCodeSequence(db: Executor, year: number): Promise<void> {
  let years = ensuredCodeYears.get(db);
  if (!years) {
    years = new Map();
    ensuredCodeYears.set(db, years);
  }
  let done = years.get(year);
  if (!done) {
    done = createCodeSequence(db, year).catch((error: unknown) => {
      years.delete(year);
      throw error;
    });
    years.set(year, done);
  }
  return done;
}

async function createCodeSequence(db: Executor, year: number): Promise<void> {
  const name = `incident_code_${year}`;
  const exists = async (ex: Executor) =>
    (
      await sql<{ n: number }>`select 1 as n from pg_class where relname = ${name} and relkind = 'S'`.execute(
        ex,
      )
    ).rows.length > 0;
  if (await exists(db)) return;
  const create = async (trx: Executor) => {
    await sql`select pg_advisory_xact_lock(${LOCK_KEYS.incidentCodeSequence})`.execute(trx);
    if (await exists(trx)) return;
    await sql`create sequence ${sql.id(name)}`.execute(trx);
    await sql`
      select setval(${name}, m) from (
        select max(nullif(regexp_replace(code, '^SC-[0-9]{4}-', ''), '')::bigint) as m from incidents where code like ${`SC-${year}-%`}
      ) t where m > 0`.execute(trx);
  };
  if (db.isTransaction) await create(db);
  else await db.transaction().execute(create);
}

/** Forgets what ensureIncidentCodeSequence learnt (a sequence went missing, e.g. after a restore). */
export function forgetIncidentCodeSequences(db: Executor): void {
  ensuredCodeYears.delete(db);
}

export interface ReportTimelineRow {
  at: string;
  kind: 'auto';
  event: string;
  actor_user_id: string | null;
  actor_label: string | null;
  data: unknown;
}

/**
 * A report in one statement (issue 13): the incident with the next code of the year's sequence,
 * its timeline rows (a `code` key in a row's data is filled with the code given) and the
 * indicators found in its text. The year's sequence must exist
 * (ensureIncidentCodeSequence). A reporting unit that does not exist fails the foreign key (23503).
 */
export async function insertReport(
  db: Executor,
  row: Omit<Insertable<IncidentsTable>, 'code'>,
  year: number,
  timeline: readonly ReportTimelineRow[],
  observables: readonly { kind: string; value: string; normalized: string }[],
): Promise<IncidentRow> {
  const seq = `incident_code_${year}`;
  const insert = db
    .insertInto('incidents')
    .values({
      ...row,
      code: sql<string>`(select 'SC-' || ${String(year)} || '-' || lpad(n::text, greatest(4, length(n::text)), '0') from (select nextval(${seq}) as n) s)`,
    })
    .returningAll();
  const result = await sql<IncidentRow>`
    with inc as (${insert}),
    tl as (
      insert into incident_timeline (incident_id, at, kind, event, actor_user_id, actor_label, text, data)
      select inc.id, t.at, t.kind, t.event, t.actor_user_id, t.actor_label, null,
             case when t.data ? 'code' then t.data || jsonb_build_object('code', inc.code) else t.data end
      from inc cross join jsonb_populate_recordset(null::incident_timeline, ${JSON.stringify(timeline)}::jsonb) with ordinality as t
      order by t.ordinality
    ),
    obs as (
      insert into incident_observables (incident_id, kind, value, normalized, source)
      select inc.id, o.kind, o.value, o.normalized, 'extracted'
      from inc cross join jsonb_populate_recordset(null::incident_observables, ${JSON.stringify(observables)}::jsonb) as o
      on conflict (incident_id, kind, normalized) do nothing
    )
    select * from inc`.execute(db);
  return result.rows[0]!;
}

/**
 * Many reports in one statement (batch intake): incidents whose ids the caller chose, each with
 * the next code of the year, their timeline rows (a `code` key in a row's data gets the incident's
 * code) and indicators. Returns the rows inserted, in no particular order (match them by id).
 */
export async function insertReports(
  db: Executor,
  rows: readonly (Omit<Insertable<IncidentsTable>, 'code'> & { id: string })[],
  year: number,
  timeline: readonly (ReportTimelineRow & { incident_id: string })[],
  observables: readonly { incident_id: string; kind: string; value: string; normalized: string }[],
): Promise<IncidentRow[]> {
  if (rows.length === 0) return [];
  const seq = `incident_code_${year}`;
  const insert = db
    .insertInto('incidents')
    .values(
      rows.map((row) => ({
        ...row,
        code: sql<string>`(select 'SC-' || ${String(year)} || '-' || lpad(n::text, greatest(4, length(n::text)), '0') from (select nextval(${seq}) as n) s)`,
      })),
    )
    .returningAll();
  const result = await sql<IncidentRow>`
    with inc as (${insert}),
    tl as (
      insert into incident_timeline (incident_id, at, kind, event, actor_user_id, actor_label, text, data)
      select inc.id, t.at, t.kind, t.event, t.actor_user_id, t.actor_label, null,
             case when t.data ? 'code' then t.data || jsonb_build_object('code', inc.code) else t.data end
      from jsonb_populate_recordset(null::incident_timeline, ${JSON.stringify(timeline)}::jsonb) with ordinality as t
      join inc on inc.id = t.incident_id
      order by t.ordinality
    ),
    obs as (
      insert into incident_observables (incident_id, kind, value, normalized, source)
      select inc.id, o.kind, o.value, o.normalized, 'extracted'
      from jsonb_populate_recordset(null::incident_observables, ${JSON.stringify(observables)}::jsonb) as o
      join inc on inc.id = o.incident_id
      on conflict (incident_id, kind, normalized) do nothing
    )
    select * from inc`.execute(db);
  return result.rows;
}

export async function insertIncident(db: Executor, row: Insertable<IncidentsTable>): Promise<IncidentRow> {
  return db.insertInto('incidents').values(row).returningAll().executeTakeFirstOrThrow();
}

export async function findIncidentById(db: Executor, id: string): Promise<IncidentRow | undefined> {
  return db.selectFrom('incidents').selectAll().where('id', '=', id).executeTakeFirst();
}

/** What a link shows of the incident at its other end, and what decides whether the viewer sees it. */
export async function findLinkSummaries(db: Executor, ids: string[]) {
  if (ids.length === 0) return [];
  return db
    .selectFrom('incidents')
    .select(['id', 'code', 'title', 'state', 'unit_ids', 'escalated_unit_ids'])
    .where('id', 'in', ids)
    .execute();
}

export async function findIncidentByCode(db: Executor, code: string): Promise<IncidentRow | undefined> {
  return db.selectFrom('incidents').selectAll().where('code', '=', code.toUpperCase()).executeTakeFirst();
}

/** Locks the incident row for the rest of the transaction: concurrent edits apply one after the other. */
export async function lockIncident(db: Executor, id: string): Promise<IncidentRow | undefined> {
  return db.selectFrom('incidents').selectAll().where('id', '=', id).forUpdate().executeTakeFirst();
}

export async function updateIncident(
  db: Executor,
  id: string,
  patch: Updateable<IncidentsTable>,
): Promise<IncidentRow> {
  return db
    .updateTable('incidents')
    .set({ ...patch, version: sql`version + 1` })
    .where('id', '=', id)
    .returningAll()
    .executeTakeFirstOrThrow();
}
