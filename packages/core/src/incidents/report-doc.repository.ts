import type { Insertable, Selectable, Updateable } from 'kysely';
import type { IncidentReportDocsTable } from '../db/schema-incidents.ts';
import type { Executor } from '../shared/context.ts';

export type ReportDocRow = Selectable<IncidentReportDocsTable>;

/** The forms issued for an incident, oldest first. */
export async function listReportDocsOfIncident(db: Executor, incidentId: string): Promise<ReportDocRow[]> {
  return db
    .selectFrom('incident_report_docs')
    .selectAll()
    .where('incident_id', '=', incidentId)
    .orderBy('generated_at')
    .execute();
}

/** The last issue of a form (Mẫu 03 or 04) for an incident. */
export async function latestReportDoc(
  db: Executor,
  incidentId: string,
  form: string,
): Promise<ReportDocRow | undefined> {
  return db
    .selectFrom('incident_report_docs')
    .selectAll()
    .where('incident_id', '=', incidentId)
    .where('form', '=', form)
    .orderBy('generated_at', 'desc')
    .executeTakeFirst();
}

export async function insertReportDoc(
  db: Executor,
  row: Insertable<IncidentReportDocsTable>,
): Promise<ReportDocRow> {
  return db.insertInto('incident_report_docs').values(row).returningAll().executeTakeFirstOrThrow();
}

export async function updateReportDoc(
  db: Executor,
  id: string,
  patch: Updateable<IncidentReportDocsTable>,
): Promise<ReportDocRow> {
  return db
    .updateTable('incident_report_docs')
    .set(patch)
    .where('id', '=', id)
    .returningAll()
    .executeTakeFirstOrThrow();
}
