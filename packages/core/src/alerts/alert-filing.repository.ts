import { sql } from 'kysely';
import type { Executor } from '../shared/context.ts';

// Incidents of alert groups: claiming a group's filing (the intake after its commit, a person by
// hand, the sweep after a crash), linking the incident, and the rate-limited timeline entries.

/** Takes the right to file the incident of these groups (only groups nobody took yet). */
export async function claimIncidentFiling(db: Executor, groupIds: string[], now: Date): Promise<string[]> {
  if (groupIds.length === 0) return [];
  const rows = await db
    .updateTable('alert_groups')
    .set({ incident_filing_at: now })
    .where('id', 'in', groupIds)
    .where('incident_id', 'is', null)
    .where('incident_filing_at', 'is', null)
    .returning('id')
    .execute();
  return rows.map((r) => r.id);
}

/** A person opens the incident: taken unless it has one or an automatic filing is under way. */
export async function claimForManualFiling(db: Executor, id: string, now: Date, staleBefore: Date) {
  const row = await db
    .updateTable('alert_groups')
    .set({ incident_filing_at: now })
    .where('id', '=', id)
    .where('incident_id', 'is', null)
    .where((eb) => eb.or([eb('incident_filing_at', 'is', null), eb('incident_filing_at', '<', staleBefore)]))
    .returning('id')
    .executeTakeFirst();
  return !!row;
}

/** Groups whose filing was claimed long ago and never finished (the process stopped): claimed anew. */
export async function reclaimStaleFilings(db: Executor, staleBefore: Date, now: Date): Promise<string[]> {
  const rows = await db
    .updateTable('alert_groups')
    .set({ incident_filing_at: now })
    .where('incident_id', 'is', null)
    .where('incident_filing_at', '<', staleBefore)
    .where('status', '=', 'open')
    .returning('id')
    .execute();
  return rows.map((r) => r.id);
}

export async function setGroupIncident(db: Executor, groupId: string, incidentId: string, now: Date) {
  return db
    .updateTable('alert_groups')
    .set({ incident_id: incidentId, last_timeline_at: now, updated_at: now })
    .where('id', '=', groupId)
    .where('incident_id', 'is', null)
    .returning(['id', 'count'])
    .executeTakeFirst();
}

export async function markTimelineWritten(db: Executor, ids: { id: string; count: number }[], now: Date) {
  if (ids.length === 0) return;
  await sql`
    update alert_groups g set last_timeline_at = ${now}::timestamptz, timeline_count = x.count
    from jsonb_to_recordset(${JSON.stringify(ids)}::jsonb) as x(id uuid, count integer)
    where g.id = x.id`.execute(db);
}
