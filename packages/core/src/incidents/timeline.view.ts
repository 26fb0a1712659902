import type { TimelineItem } from '@ungcuu/domain/incidents/incident-api.ts';
import type { Executor } from '../shared/context.ts';
import { peopleNames } from './doc-people.ts';
import { listTimeline } from './timeline.repository.ts';

/** The timeline as shown: people by full name (actorLabel keeps the sign-in name for the record). */
export async function timelineForDisplay(db: Executor, incidentId: string): Promise<TimelineItem[]> {
  const entries = await listTimeline(db, incidentId);
  const names = await peopleNames(
    db,
    entries.map((t) => t.actor_user_id),
  );
  return entries.map((t) => ({
    id: t.id,
    at: new Date(t.at).toISOString(),
    kind: t.kind as TimelineItem['kind'],
    event: t.event,
    actorLabel: t.actor_label,
    actorName: t.actor_user_id ? (names.get(t.actor_user_id) ?? null) : null,
    text: t.text,
    data: t.data as TimelineItem['data'],
  }));
}
