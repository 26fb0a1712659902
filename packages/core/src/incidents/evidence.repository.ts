import type { Insertable } from 'kysely';
import type { IncidentEvidenceTable } from '../db/schema-incidents.ts';
import type { Executor } from '../shared/context.ts';

const EVIDENCE_FIELDS = [
  'id',
  'filename',
  'content_type',
  'size',
  'sha256',
  'description',
  'uploaded_by',
  'uploaded_at',
] as const;

/** An incident's files without their content, oldest first. */
export async function listEvidenceOfIncident(db: Executor, incidentId: string) {
  return db
    .selectFrom('incident_evidence')
    .select(EVIDENCE_FIELDS)
    .where('incident_id', '=', incidentId)
    .orderBy('uploaded_at')
    .limit(500)
    .execute();
}

/** Stores a file; returns its description, not its content. */
export async function insertEvidence(db: Executor, row: Insertable<IncidentEvidenceTable>) {
  return db.insertInto('incident_evidence').values(row).returning(EVIDENCE_FIELDS).executeTakeFirstOrThrow();
}

/** A file with its content, only under the incident it belongs to. */
export async function findEvidenceOfIncident(db: Executor, incidentId: string, evidenceId: string) {
  return db
    .selectFrom('incident_evidence')
    .selectAll()
    .where('id', '=', evidenceId)
    .where('incident_id', '=', incidentId)
    .executeTakeFirst();
}
