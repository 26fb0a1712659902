import { type Insertable, sql, type Updateable } from 'kysely';
import type {
  NewWarningRow,
  WarningFilesTable,
  WarningIndicatorsTable,
  WarningProductRow,
  WarningProductsTable,
  WarningRow,
  WarningsTable,
} from '../db/schema-warnings.ts';
import type { Executor } from '../shared/context.ts';
import { containsPattern } from '../shared/db-errors.ts';

// Warnings, their affected products and indicators, the timeline, attachments and linked incidents.
// The per-unit targets are in warning-target.repository.ts.

export async function nextWarningNumber(db: Executor): Promise<number> {
  const r = await sql<{ n: string }>`select nextval('warning_code_seq') as n`.execute(db);
  return Number(r.rows[0]!.n);
}

export async function insertWarning(db: Executor, row: NewWarningRow): Promise<WarningRow> {
  return db.insertInto('warnings').values(row).returningAll().executeTakeFirstOrThrow();
}

export async function updateWarning(
  db: Executor,
  id: string,
  patch: Updateable<WarningsTable>,
): Promise<WarningRow> {
  return db
    .updateTable('warnings')
    .set({ ...patch, version: sql`version + 1` })
    .where('id', '=', id)
    .returningAll()
    .executeTakeFirstOrThrow();
}

export async function deleteWarning(db: Executor, id: string): Promise<void> {
  await db.deleteFrom('warnings').where('id', '=', id).execute();
}

export async function findWarning(db: Executor, id: string): Promise<WarningRow | undefined> {
  return db.selectFrom('warnings').selectAll().where('id', '=', id).executeTakeFirst();
}

/** A warning by where it came from (the demo loader finds its own by it). */
export async function findWarningBySourceRef(
  db: Executor,
  sourceRef: string,
): Promise<WarningRow | undefined> {
  return db.selectFrom('warnings').selectAll().where('source_ref', '=', sourceRef).executeTakeFirst();
}

export async function lockWarning(db: Executor, id: string): Promise<WarningRow | undefined> {
  return db.selectFrom('warnings').selectAll().where('id', '=', id).forUpdate().executeTakeFirst();
}

export async function replaceWarningProducts(
  db: Executor,
  warningId: string,
  rows: Insertable<WarningProductsTable>[],
): Promise<void> {
  await db.deleteFrom('warning_products').where('warning_id', '=', warningId).execute();
  if (rows.length > 0) await db.insertInto('warning_products').values(rows).execute();
}

export async function replaceWarningIndicators(
  db: Executor,
  warningId: string,
  rows: Insertable<WarningIndicatorsTable>[],
): Promise<void> {
  await db.deleteFrom('warning_indicators').where('warning_id', '=', warningId).execute();
  if (rows.length > 0)
    await db
      .insertInto('warning_indicators')
      .values(rows)
      .onConflict((oc) => oc.columns(['warning_id', 'kind', 'normalized']).doNothing())
      .execute();
}

export async function productsOfWarning(db: Executor, warningId: string): Promise<WarningProductRow[]> {
  return db
    .selectFrom('warning_products')
    .selectAll()
    .where('warning_id', '=', warningId)
    .orderBy('position')
    .execute();
}

export async function indicatorsOfWarning(db: Executor, warningId: string) {
  return db
    .selectFrom('warning_indicators')
    .select(['kind', 'value', 'normalized'])
    .where('warning_id', '=', warningId)
    .orderBy('kind')
    .orderBy('normalized')
    .execute();
}

/** Who may list what: the focal office every warning, a unit the published ones sent to it. */
export type WarningReach = { all: true } | { all: false; unitId: string };

export async function listWarnings(
  db: Executor,
  query: { status?: string | undefined; q?: string | undefined; limit: number; offset: number },
  reach: WarningReach,
) {
  let q = db.selectFrom('warnings as w');
  if (!reach.all) {
    const unitId = reach.unitId;
    q = q
      .where('w.status', '<>', 'draft')
      .where((eb) =>
        eb.exists(
          eb
            .selectFrom('warning_targets as t')
            .select(sql`1`.as('one'))
            .whereRef('t.warning_id', '=', 'w.id')
            .where('t.unit_id', '=', unitId),
        ),
      );
  }
  if (query.status) q = q.where('w.status', '=', query.status);
  if (query.q) {
    const pattern = containsPattern(query.q.trim());
    q = q.where((eb) =>
      eb.or([
        eb(sql`ungcuu_fold(w.title)`, 'like', sql`ungcuu_fold(${pattern})`),
        eb('w.code', 'ilike', pattern),
        eb(sql`array_to_string(w.cves, ' ')`, 'ilike', pattern),
      ]),
    );
  }
  const [rows, count] = await Promise.all([
    q
      .selectAll('w')
      .orderBy('w.created_at', 'desc')
      .orderBy('w.id')
      .limit(query.limit)
      .offset(query.offset)
      .execute(),
    q.select((eb) => eb.fn.countAll<string>().as('n')).executeTakeFirstOrThrow(),
  ]);
  return { rows, total: Number(count.n) };
}

// ---- Timeline ----------------------------------------------------------------------------------

export interface WarningTimelineEntry {
  warningId: string;
  at: Date;
  /** The step (WARNING_TIMELINE_LABELS in the domain). */
  step: string;
  unitId?: string | null;
  actorUserId: string | null;
  actorLabel: string | null;
  data?: Record<string, unknown> | null;
}

export async function addWarningTimeline(db: Executor, ...entries: WarningTimelineEntry[]): Promise<void> {
  if (entries.length === 0) return;
  await db
    .insertInto('warning_timeline')
    .values(
      entries.map((e) => ({
        warning_id: e.warningId,
        at: e.at,
        event: e.step,
        unit_id: e.unitId ?? null,
        actor_user_id: e.actorUserId,
        actor_label: e.actorLabel,
        data: e.data ? JSON.stringify(e.data) : null,
      })),
    )
    .execute();
}

/** The record of a warning; `unitId` limits it to the entries of the warning itself and of that unit. */
export async function listWarningTimeline(db: Executor, warningId: string, unitId: string | null) {
  let q = db
    .selectFrom('warning_timeline as e')
    .leftJoin('units as u', 'u.id', 'e.unit_id')
    .select(['e.id', 'e.at', 'e.event', 'e.actor_label', 'e.unit_id', 'u.name as unit_name', 'e.data'])
    .where('e.warning_id', '=', warningId);
  if (unitId) q = q.where((eb) => eb.or([eb('e.unit_id', 'is', null), eb('e.unit_id', '=', unitId)]));
  return q.orderBy('e.at').orderBy('e.id').limit(2000).execute();
}

// ---- Files -------------------------------------------------------------------------------------

const FILE_FIELDS = [
  'id',
  'warning_id',
  'unit_id',
  'filename',
  'content_type',
  'size',
  'sha256',
  'uploaded_at',
] as const;

export async function insertWarningFile(db: Executor, row: Insertable<WarningFilesTable>) {
  return db.insertInto('warning_files').values(row).returning(FILE_FIELDS).executeTakeFirstOrThrow();
}

/** Attachments of the warning and, when `unitId` is given, that unit's evidence; all when null. */
export async function filesOfWarning(db: Executor, warningId: string, unitId: string | null | 'all') {
  let q = db.selectFrom('warning_files').select(FILE_FIELDS).where('warning_id', '=', warningId);
  if (unitId !== 'all')
    q = q.where((eb) =>
      unitId === null
        ? eb('unit_id', 'is', null)
        : eb.or([eb('unit_id', 'is', null), eb('unit_id', '=', unitId)]),
    );
  return q.orderBy('uploaded_at').orderBy('id').limit(500).execute();
}

export async function findWarningFile(db: Executor, warningId: string, fileId: string) {
  return db
    .selectFrom('warning_files')
    .selectAll()
    .where('warning_id', '=', warningId)
    .where('id', '=', fileId)
    .executeTakeFirst();
}

// ---- Indicator hits ----------------------------------------------------------------------------

/** Published warnings having any of these (kind, normalized) indicators. */
export async function publishedWarningsWithIndicators(
  db: Executor,
  pairs: readonly { kind: string; normalized: string }[],
) {
  if (pairs.length === 0) return [];
  return (
    db
      .selectFrom('warning_indicators as i')
      .innerJoin('warnings as w', 'w.id', 'i.warning_id')
      .select(['w.id', 'w.code', 'w.title', 'i.kind', 'i.normalized'])
      .where('w.status', '=', 'published')
      // Two array conditions on the (kind, normalized) index instead of one OR per pair: one index scan
      // for a whole alert batch; a value found under another kind is dropped below.
      .where('i.kind', 'in', [...new Set(pairs.map((p) => p.kind))])
      .where('i.normalized', 'in', [...new Set(pairs.map((p) => p.normalized))])
      .orderBy('w.id')
      .limit(500)
      .execute()
  );
}

/** Links a warning to an incident; false when it was linked already. */
export async function linkWarningIncident(
  db: Executor,
  row: { warning_id: string; incident_id: string; kind: string; normalized: string; matched_at: Date },
): Promise<boolean> {
  const r = await db
    .insertInto('warning_incidents')
    .values(row)
    .onConflict((oc) => oc.columns(['warning_id', 'incident_id']).doNothing())
    .returning('warning_id')
    .executeTakeFirst();
  return r !== undefined;
}

export async function incidentsOfWarning(db: Executor, warningId: string) {
  return db
    .selectFrom('warning_incidents as l')
    .innerJoin('incidents as i', 'i.id', 'l.incident_id')
    .select(['i.id', 'i.code', 'i.title', 'l.matched_at'])
    .where('l.warning_id', '=', warningId)
    .orderBy('l.matched_at', 'desc')
    .limit(200)
    .execute();
}
