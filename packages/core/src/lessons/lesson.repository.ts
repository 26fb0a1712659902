import type { LessonListQuery } from '@ungcuu/domain/lessons/lessons-api.ts';
import { type Insertable, sql, type Updateable } from 'kysely';
import type { LessonFollowupRow, LessonFollowupsTable } from '../db/schema-incidents.ts';
import { searchTerms } from '../incidents/incident-list.repository.ts';
import type { Executor } from '../shared/context.ts';

// The lessons library (seed I.2): closed incidents that carry lessons learned, their follow-ups
// and the risks they touch. The search expression is the one the GIN index of migration
// 20261205-1161 is built on, so the planner uses it.

const lessonText = sql`to_tsvector('simple', ungcuu_fold(coalesce(i.lessons_learned, '') || ' ' || coalesce(i.cause_summary, '') || ' ' || coalesce(i.actions_taken, '')))`;

export interface LessonRow {
  id: string;
  code: string;
  title: string;
  unit_ids: string[];
  escalated_unit_ids: string[];
  reporting_unit_id: string;
  reporter_name: string | null;
  cause_group: string | null;
  subtype: string | null;
  tier: string;
  detected_at: Date;
  closed_at: Date | null;
  lessons_learned: string;
  cause_summary: string | null;
  actions_taken: string | null;
  unit_name: string;
  tlp: string;
}

function lessons(db: Executor) {
  return (
    db
      .selectFrom('incidents as i')
      .innerJoin('units as u', 'u.id', 'i.reporting_unit_id')
      .leftJoin('users as r', 'r.id', 'i.reporter_user_id')
      // Literal, not a parameter: the partial indexes of migration 20261205-1161 then apply.
      .where('i.state', '=', sql.lit('closed'))
      .where('i.lessons_learned', 'is not', null)
  );
}

const COLUMNS = [
  'i.id',
  'i.code',
  'i.title',
  'i.unit_ids',
  'i.escalated_unit_ids',
  'i.reporting_unit_id',
  // A signed-in reporter's name, else the name a public or mail report gave.
  sql<string | null>`coalesce(r.full_name, i.reporter_contact->>'name')`.as('reporter_name'),
  'i.cause_group',
  'i.subtype',
  'i.tier',
  'i.detected_at',
  'i.closed_at',
  'i.lessons_learned',
  'i.cause_summary',
  'i.actions_taken',
  'i.tlp',
  'u.name as unit_name',
] as const;

export async function listLessons(
  db: Executor,
  query: LessonListQuery,
): Promise<{ rows: LessonRow[]; total: number }> {
  let q = lessons(db);
  const terms = query.q ? searchTerms(query.q) : null;
  if (terms) q = q.where(sql<boolean>`${lessonText} @@ to_tsquery('simple', ${terms})`);
  if (query.causeGroup) q = q.where('i.cause_group', '=', query.causeGroup);
  if (query.subtype) q = q.where('i.subtype', '=', query.subtype);
  const [rows, count] = await Promise.all([
    q
      .select(COLUMNS)
      .orderBy('i.closed_at', 'desc')
      .orderBy('i.id', 'desc')
      .limit(query.limit)
      .offset(query.offset)
      .execute(),
    q.select((eb) => eb.fn.countAll<string>().as('n')).executeTakeFirstOrThrow(),
  ]);
  return { rows: rows as LessonRow[], total: Number(count.n) };
}

export async function findLesson(db: Executor, id: string): Promise<LessonRow | undefined> {
  return (await lessons(db).select(COLUMNS).where('i.id', '=', id).executeTakeFirst()) as
    | LessonRow
    | undefined;
}

/** The lessons linked to a risk, newest first (the risk page shows them). */
export async function lessonsOfRisk(db: Executor, riskId: string): Promise<LessonRow[]> {
  return (await lessons(db)
    .innerJoin('lesson_risk_links as k', 'k.incident_id', 'i.id')
    .select(COLUMNS)
    .where('k.risk_id', '=', riskId)
    .orderBy('i.closed_at', 'desc')
    .orderBy('i.id', 'desc')
    .limit(100)
    .execute()) as LessonRow[];
}

/** Names of units, to redact them from the text of a lesson another unit reads. */
export async function unitNames(db: Executor, ids: readonly string[]): Promise<Map<string, string>> {
  if (ids.length === 0) return new Map();
  const rows = await db
    .selectFrom('units')
    .select(['id', 'name'])
    .where('id', 'in', [...ids])
    .execute();
  return new Map(rows.map((r) => [r.id, r.name]));
}

/** The risks each lesson touches, with the system's units (the reader's risk scope decides). */
export async function risksOfLessons(db: Executor, lessonIds: readonly string[]) {
  if (lessonIds.length === 0) return [];
  return db
    .selectFrom('lesson_risk_links as k')
    .innerJoin('risks as r', 'r.id', 'k.risk_id')
    .innerJoin('information_systems as s', 's.id', 'r.system_id')
    .select([
      'k.incident_id',
      'r.id',
      'r.subtype',
      'r.score',
      'r.band',
      's.name as system_name',
      's.owner_unit_id',
      's.operating_unit_id',
    ])
    .where('k.incident_id', 'in', [...lessonIds])
    .orderBy('r.score', 'desc')
    .orderBy('r.id')
    .execute();
}

export async function followupsOf(db: Executor, lessonIds: readonly string[]): Promise<LessonFollowupRow[]> {
  if (lessonIds.length === 0) return [];
  return db
    .selectFrom('lesson_followups')
    .selectAll()
    .where('incident_id', 'in', [...lessonIds])
    .orderBy('created_at')
    .orderBy('id')
    .execute();
}

export async function findFollowup(db: Executor, id: string): Promise<LessonFollowupRow | undefined> {
  return db.selectFrom('lesson_followups').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function insertFollowup(
  db: Executor,
  row: Insertable<LessonFollowupsTable>,
): Promise<LessonFollowupRow> {
  return db.insertInto('lesson_followups').values(row).returningAll().executeTakeFirstOrThrow();
}

export async function updateFollowup(
  db: Executor,
  id: string,
  patch: Updateable<LessonFollowupsTable>,
): Promise<LessonFollowupRow> {
  return db
    .updateTable('lesson_followups')
    .set({ ...patch, version: sql`version + 1` })
    .where('id', '=', id)
    .returningAll()
    .executeTakeFirstOrThrow();
}

export async function deleteFollowup(db: Executor, id: string): Promise<void> {
  await db.deleteFrom('lesson_followups').where('id', '=', id).execute();
}

/** Links a lesson to a risk; false when the link was already there. */
export async function insertRiskLink(
  db: Executor,
  row: { incident_id: string; risk_id: string; linked_by: string | null },
): Promise<boolean> {
  const res = await db
    .insertInto('lesson_risk_links')
    .values(row)
    .onConflict((oc) => oc.columns(['incident_id', 'risk_id']).doNothing())
    .returning('risk_id')
    .executeTakeFirst();
  return res !== undefined;
}

export async function deleteRiskLink(db: Executor, incidentId: string, riskId: string): Promise<boolean> {
  const res = await db
    .deleteFrom('lesson_risk_links')
    .where('incident_id', '=', incidentId)
    .where('risk_id', '=', riskId)
    .executeTakeFirst();
  return Number(res.numDeletedRows) > 0;
}
