import type { IncidentListQuery } from '@ungcuu/domain/incidents/schemas.ts';
import { repairTypingSlip } from '@ungcuu/domain/text/typing-slips.ts';
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

/**
 * Turns the user's words into a prefix full-text query on the folded text: "tan cong" and
 * "tấn công" both become 'tan':* & 'cong':*, matched against the stored tsvector. A word that
 * carries Telex/VNI keystrokes ("ddieenj", "maxs") also matches what it was meant to be
 * ('ddieenj':* | 'dien':*), so a search typed with the input method off still finds (issue 14).
 */
export function searchTerms(q: string): string | null {
  const words = q
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w.length > 0)
    .slice(0, 8);
  if (words.length === 0) return null;
  return words
    .map((w) => {
      const meant = repairTypingSlip(w);
      return meant === w ? `${w}:*` : `(${w}:* | ${meant}:*)`;
    })
    .join(' & ');
}

const SORTS = {
  detected_desc: [
    ['detected_at', 'desc'],
    ['id', 'desc'],
  ],
  detected_asc: [
    ['detected_at', 'asc'],
    ['id', 'asc'],
  ],
  tier_desc: [
    ['tier', 'desc'],
    ['detected_at', 'desc'],
  ],
  updated_desc: [
    ['updated_at', 'desc'],
    ['id', 'desc'],
  ],
  code_desc: [['code', 'desc']],
} as const;

export interface ListScope {
  /** null: every unit; otherwise incidents involving this unit only. */
  unitId: string | null;
  now: Date;
}

export async function listIncidents(
  db: Executor,
  query: IncidentListQuery,
  scope: ListScope,
): Promise<{ rows: IncidentRow[]; total: number; totalCapped: boolean }> {
  let q = db.selectFrom('incidents');
  if (scope.unitId) q = q.where(sql<boolean>`unit_ids @> array[${scope.unitId}]::uuid[]`);
  if (query.unitId) q = q.where(sql<boolean>`unit_ids @> array[${query.unitId}]::uuid[]`);
  if (query.state?.length) q = q.where('state', 'in', query.state);
  if (query.tier?.length) q = q.where('tier', 'in', query.tier);
  if (query.subtype?.length) q = q.where('subtype', 'in', query.subtype);
  if (query.causeGroup) q = q.where('cause_group', '=', query.causeGroup);
  if (query.systemId) q = q.where('system_id', '=', query.systemId);
  if (query.leadUserId) q = q.where('lead_user_id', '=', query.leadUserId);
  if (query.from) q = q.where('detected_at', '>=', new Date(query.from));
  if (query.to) q = q.where('detected_at', '<', new Date(query.to));
  if (query.overdue) {
    q = q.where((eb) =>
      eb.exists(
        eb
          .selectFrom('incident_tasks as t')
          .select(sql`1`.as('x'))
          .whereRef('t.incident_id', '=', 'incidents.id')
          .where('t.status', 'in', ['open', 'accepted', 'in_progress'])
          .where('t.due_at', '<', scope.now),
      ),
    );
  }
  const terms = query.q ? searchTerms(query.q) : null;
  if (terms) q = q.where(sql<boolean>`search @@ to_tsquery('simple', ${terms})`);
  let rowsQuery = q.selectAll();
  for (const [column, direction] of SORTS[(query.sort ?? 'detected_desc') as keyof typeof SORTS])
    rowsQuery = rowsQuery.orderBy(column, direction);
  // Counting every match of a broad search costs more than the page itself; past COUNT_CAP the
  // list says "more than" instead of an exact number (nobody pages through 10,000 incidents).
  const [rows, count] = await Promise.all([
    rowsQuery.limit(query.limit).offset(query.offset).execute(),
    db
      .selectFrom(
        q
          .select(sql`1`.as('x'))
          .limit(COUNT_CAP + 1)
          .as('capped'),
      )
      .select((eb) => eb.fn.countAll<string>().as('n'))
      .executeTakeFirstOrThrow(),
  ]);
  const n = Number(count.n);
  return { rows, total: Math.min(n, COUNT_CAP), totalCapped: n > COUNT_CAP };
}

export const COUNT_CAP = 10_000;
