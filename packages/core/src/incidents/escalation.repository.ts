import type { Insertable } from 'kysely';
import type { IncidentEscalationsTable } from '../db/schema-incidents.ts';
import type { Executor } from '../shared/context.ts';

/** An incident's escalations, oldest first, with the receiving unit's name. */
export async function listEscalationsOfIncident(db: Executor, incidentId: string) {
  return db
    .selectFrom('incident_escalations as e')
    .innerJoin('units as u', 'u.id', 'e.to_unit_id')
    .select([
      'e.id',
      'e.to_unit_id',
      'u.name as to_unit_name',
      'e.sent_by',
      'e.sent_at',
      'e.channel',
      'e.summary',
      'e.shared',
    ])
    .where('e.incident_id', '=', incidentId)
    .orderBy('e.sent_at')
    .execute();
}

/** The names of the units an incident was escalated to (for the printed report). */
export async function escalatedUnitNames(db: Executor, incidentId: string): Promise<{ name: string }[]> {
  return db
    .selectFrom('incident_escalations as e')
    .innerJoin('units as u', 'u.id', 'e.to_unit_id')
    .select('u.name')
    .where('e.incident_id', '=', incidentId)
    .execute();
}

/** What each escalation of the incident to this unit shared with it (`shared` flags). */
export async function sharesWithUnit(db: Executor, incidentId: string, unitId: string) {
  return db
    .selectFrom('incident_escalations')
    .select('shared')
    .where('incident_id', '=', incidentId)
    .where('to_unit_id', '=', unitId)
    .execute();
}

/** The latest escalation of the incident to this unit: what it shares is what the unit reads. */
export async function latestShareWithUnit(db: Executor, incidentId: string, unitId: string) {
  return db
    .selectFrom('incident_escalations')
    .select('shared')
    .where('incident_id', '=', incidentId)
    .where('to_unit_id', '=', unitId)
    .orderBy('sent_at', 'desc')
    .executeTakeFirst();
}

export async function insertEscalation(db: Executor, row: Insertable<IncidentEscalationsTable>) {
  return db.insertInto('incident_escalations').values(row).returningAll().executeTakeFirstOrThrow();
}
