import type { NotificationRow } from '../db/schema-preparedness.ts';
import type { Executor } from '../shared/context.ts';

/** Whose bell a notice rings: the person it names, or everyone of its unit when it names nobody. */
export interface NoticeReader {
  userId: string;
  unitId: string;
}

function visibleTo(db: Executor, reader: NoticeReader) {
  return db
    .selectFrom('notifications')
    .where((eb) =>
      eb.or([
        eb('user_id', '=', reader.userId),
        eb.and([eb('user_id', 'is', null), eb('unit_id', '=', reader.unitId)]),
      ]),
    );
}

/** One page of a reader's notices, newest first. */
export function listVisible(
  db: Executor,
  reader: NoticeReader,
  page: { limit: number; offset: number; unreadOnly: boolean },
): Promise<NotificationRow[]> {
  let q = visibleTo(db, reader);
  if (page.unreadOnly) q = q.where('read_at', 'is', null);
  return q
    .selectAll()
    .orderBy('created_at', 'desc')
    .orderBy('id')
    .limit(page.limit)
    .offset(page.offset)
    .execute();
}

/** How many notices a reader has, and how many of them are unread. */
export async function countVisible(
  db: Executor,
  reader: NoticeReader,
): Promise<{ all: number; unread: number }> {
  const row = await visibleTo(db, reader)
    .select((eb) => [
      eb.fn.countAll<string>().as('n'),
      eb.fn.count<string>('id').filterWhere('read_at', 'is', null).as('unread'),
    ])
    .executeTakeFirstOrThrow();
  return { all: Number(row.n), unread: Number(row.unread) };
}

export function findNotification(db: Executor, id: string): Promise<NotificationRow | undefined> {
  return db.selectFrom('notifications').selectAll().where('id', '=', id).executeTakeFirst();
}

export function markNotificationRead(db: Executor, id: string, at: Date): Promise<NotificationRow> {
  return db
    .updateTable('notifications')
    .set({ read_at: at })
    .where('id', '=', id)
    .returningAll()
    .executeTakeFirstOrThrow();
}
