import type { LocalizedText } from '@ungcuu/domain/i18n-text.ts';
import { sql } from 'kysely';
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
 * In-app notice to everyone of each focal office (they receive and handle incidents, seed IV.1).
 * One statement: it runs inside every incident report.
 */
export async function notifyFocalOffices(db: Executor, notice: Notice): Promise<void> {
  await sql`
    insert into notifications (user_id, unit_id, kind, title, body, link, dedupe_key)
    select null, u.id, ${notice.kind}, ${JSON.stringify(notice.title)}::jsonb,
           ${notice.body ? JSON.stringify(notice.body) : null}::jsonb, ${notice.link},
           case when ${notice.dedupeKey ?? null}::text is null then null
                else ${notice.dedupeKey ?? null}::text || ':' || u.id end
    from units u where u.type = 'focal_office' and not u.archived
    on conflict (dedupe_key) do nothing`.execute(db);
}

/** In-app notice to everyone of each unit (user_id null: the whole unit sees it). */
export async function notifyUnits(db: Executor, unitIds: string[], notice: Notice): Promise<void> {
  if (unitIds.length === 0) return;
  await db
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
    .execute();
}

/** In-app notice to one person (e.g. an @mention). */
export async function notifyUser(
  db: Executor,
  user: { id: string; unitId: string },
  notice: Notice,
): Promise<void> {
  await db
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
    .execute();
}
