import type { Executor } from '../shared/context.ts';

export interface TimelineEntry {
  incidentId: string;
  at: Date;
  kind: 'auto' | 'manual';
  event: string;
  actorUserId: string | null;
  actorLabel: string | null;
  text?: string | null;
  data?: unknown;
}

function toRow(e: TimelineEntry) {
  return {
    incident_id: e.incidentId,
    at: e.at,
    kind: e.kind,
    event: e.event,
    actor_user_id: e.actorUserId,
    actor_label: e.actorLabel,
    text: e.text ?? null,
    data: e.data === undefined ? null : JSON.stringify(e.data),
  };
}

export async function addTimeline(db: Executor, ...entries: TimelineEntry[]): Promise<void> {
  if (entries.length === 0) return;
  await db.insertInto('incident_timeline').values(entries.map(toRow)).execute();
}

export async function listTimeline(db: Executor, incidentId: string, limit = 500) {
  return db
    .selectFrom('incident_timeline')
    .selectAll()
    .where('incident_id', '=', incidentId)
    .orderBy('at', 'asc')
    .orderBy('id', 'asc')
    .limit(limit)
    .execute();
}
