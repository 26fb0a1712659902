import type { LocalizedText } from '@ungcuu/domain/i18n-text.ts';
import { sql } from 'kysely';
import { publishChange } from '../events/change-bus.ts';
import type { Executor } from '../shared/context.ts';

export interface Notice {
  kind: string;
  title: LocalizedText;
  body?: LocalizedText;
  link: string;
  /** Same key, same notice: a reminder job that runs twice notifies once. */
  dedupeKey?: string;
}

function dedupeFor(notice: Notice, recipient: string): string | null {
  return notice.dedupeKey ? `${notice.dedupeKey}:${recipient}` : null;
}

/**
 * Every open bell of the recipients' units refreshes at once: the notice is announced in the same
 * transaction that writes it, so a notice nobody committed is never announced. The event carries
 * no content; each screen refetches only what it may read.
 */
async function announceNotices(db: Executor, unitIds: readonly string[], id: string): Promise<void> {
  if (unitIds.length === 0) return;
  await publishChange(db, { entity: 'notification', id, action: 'create', unitIds: [...new Set(unitIds)] });
}

/**
 * In-app notice to everyone of each focal office (they receive and handle incidents, seed IV.1).
 * One statement: it runs inside every incident report.
 */
export async function notifyFocalOffices(db: Executor, notice: Notice): Promise<void> {
  const { rows } = await sql<{ unit_id: string }>`
    insert into notifications (user_id, unit_id, kind, title, body, link, dedupe_key)
    select null, u.id, ${notice.kind}, ${JSON.stringify(notice.title)}::jsonb,
           ${notice.body ? JSON.stringify(notice.body) : null}::jsonb, ${notice.link},
           case when ${notice.dedupeKey ?? null}::text is null then null
                else ${notice.dedupeKey ?? null}::text || ':' || u.id end
    from units u where u.type = 'focal_office' and not u.archived
    on conflict (dedupe_key) do nothing
    returning unit_id`.execute(db);
  await announceNotices(
    db,
    rows.map((r) => r.unit_id),
    notice.kind,
  );
}

/** In-app notice to everyone of each unit (user_id null: the whole unit sees it). */
export async function notifyUnits(db: Executor, unitIds: string[], notice: Notice): Promise<void> {
  if (unitIds.length === 0) return;
  const rows = await db
    .insertInto('notifications')
    .values(
      unitIds.map((unitId) => ({
        user_id: null,
        unit_id: unitId,
        kind: notice.kind,
        title: JSON.stringify(notice.title),
        body: notice.body ? JSON.stringify(notice.body) : null,
        link: notice.link,
        dedupe_key: dedupeFor(notice, unitId),
      })),
    )
    .onConflict((oc) => oc.column('dedupe_key').doNothing())
    .returning('unit_id')
    .execute();
  await announceNotices(
    db,
    rows.flatMap((r) => (r.unit_id ? [r.unit_id] : [])),
    notice.kind,
  );
}

/** In-app notice to one person (e.g. an @mention). */
export async function notifyUser(
  db: Executor,
  user: { id: string; unitId: string },
  notice: Notice,
): Promise<void> {
  const rows = await db
    .insertInto('notifications')
    .values({
      user_id: user.id,
      unit_id: user.unitId,
      kind: notice.kind,
      title: JSON.stringify(notice.title),
      body: notice.body ? JSON.stringify(notice.body) : null,
      link: notice.link,
      dedupe_key: dedupeFor(notice, user.id),
    })
    .onConflict((oc) => oc.column('dedupe_key').doNothing())
    .returning('unit_id')
    .execute();
  await announceNotices(
    db,
    rows.flatMap((r) => (r.unit_id ? [r.unit_id] : [])),
    notice.kind,
  );
}

/**
 * A task given to a person tells that person; a task given to a unit tells the whole unit
 * (seed II.1.d: units accept or decline their tasks, so they must hear of them at once).
 */
export async function notifyTaskAssignee(
  db: Executor,
  actor: { userId: string },
  incident: { id: string; code: string },
  task: { id: string; title: unknown; assignee_unit_id: string | null; assignee_user_id: string | null },
  personUnitId: string | null,
): Promise<void> {
  const title = task.title as LocalizedText;
  const notice: Notice = {
    kind: 'task_assigned',
    title: {
      vi: `Nhiệm vụ mới trong sự cố ${incident.code}: ${title.vi}`,
      en: `New task in incident ${incident.code}: ${title.en}`,
    },
    link: `/incidents/${incident.id}`,
  };
  if (task.assignee_user_id && personUnitId) {
    if (task.assignee_user_id !== actor.userId)
      await notifyUser(db, { id: task.assignee_user_id, unitId: personUnitId }, notice);
  } else if (task.assignee_unit_id) {
    await notifyUnits(db, [task.assignee_unit_id], notice);
  }
}
