import type { LocalizedText } from '@ungcuu/domain/i18n-text.ts';
import { sql } from 'kysely';
import { publishChange } from '../events/change-bus.ts';
import type { Executor } from '../shared/context.ts';

// The bell: rows of `notifications`. Only notify() (notify.ts) calls these; modules call notify().

export interface Notice {
  kind: string;
  title: LocalizedText;
  body?: LocalizedText | null | undefined;
  link: string;
  /** Same key, same notice: a reminder job that runs twice notifies once. */
  dedupeKey?: string | null | undefined;
}

/** A bell notice written: for one person (userId) or for everyone of a unit (userId null). */
export interface WrittenNotice {
  id: string;
  userId: string | null;
  unitId: string | null;
}

function dedupeFor(notice: Notice, recipient: string): string | null {
  return notice.dedupeKey ? `${notice.dedupeKey}:${recipient}` : null;
}

/**
 * Every open bell of the recipients' units refreshes at once: the notice is announced in the same
 * transaction that writes it, so a notice nobody committed is never announced. The event carries
 * no content; each screen refetches only what it may read.
 */
async function announceNotices(db: Executor, written: readonly WrittenNotice[], kind: string): Promise<void> {
  const unitIds = [...new Set(written.flatMap((w) => (w.unitId ? [w.unitId] : [])))];
  // pg_notify takes at most 8,000 bytes: a notice to a thousand units is announced 100 units at a time.
  for (let i = 0; i < unitIds.length; i += 100)
    await publishChange(db, {
      entity: 'notification',
      id: kind,
      action: 'create',
      unitIds: unitIds.slice(i, i + 100),
    });
}

function toWritten(rows: { id: string; user_id: string | null; unit_id: string | null }[]): WrittenNotice[] {
  return rows.map((r) => ({ id: r.id, userId: r.user_id, unitId: r.unit_id }));
}

/** Everyone of each focal office (they receive and handle incidents, seed IV.1). One statement. */
export async function writeFocalOfficeNotices(db: Executor, notice: Notice): Promise<WrittenNotice[]> {
  const { rows } = await sql<{ id: string; user_id: string | null; unit_id: string | null }>`
    insert into notifications (user_id, unit_id, kind, title, body, link, dedupe_key)
    select null, u.id, ${notice.kind}, ${JSON.stringify(notice.title)}::jsonb,
           ${notice.body ? JSON.stringify(notice.body) : null}::jsonb, ${notice.link},
           case when ${notice.dedupeKey ?? null}::text is null then null
                else ${notice.dedupeKey ?? null}::text || ':' || u.id end
    from units u where u.type = 'focal_office' and not u.archived
    on conflict (dedupe_key) do nothing
    returning id, user_id, unit_id`.execute(db);
  const written = toWritten(rows);
  await announceNotices(db, written, notice.kind);
  return written;
}

/** Everyone of each unit (user_id null: the whole unit sees it, one read mark for all). */
export async function writeUnitNotices(
  db: Executor,
  unitIds: string[],
  notice: Notice,
): Promise<WrittenNotice[]> {
  if (unitIds.length === 0) return [];
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
    .returning(['id', 'user_id', 'unit_id'])
    .execute();
  const written = toWritten(rows);
  await announceNotices(db, written, notice.kind);
  return written;
}

/** One notice per person (a mention, a task given to a person, leaders of a T3 incident). */
export async function writeUserNotices(
  db: Executor,
  users: readonly { id: string; unitId: string }[],
  notice: Notice,
): Promise<WrittenNotice[]> {
  if (users.length === 0) return [];
  const rows = await db
    .insertInto('notifications')
    .values(
      users.map((user) => ({
        user_id: user.id,
        unit_id: user.unitId,
        kind: notice.kind,
        title: JSON.stringify(notice.title),
        body: notice.body ? JSON.stringify(notice.body) : null,
        link: notice.link,
        dedupe_key: dedupeFor(notice, user.id),
      })),
    )
    .onConflict((oc) => oc.column('dedupe_key').doNothing())
    .returning(['id', 'user_id', 'unit_id'])
    .execute();
  const written = toWritten(rows);
  await announceNotices(db, written, notice.kind);
  return written;
}
