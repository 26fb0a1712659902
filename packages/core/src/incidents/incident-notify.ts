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

/** In-app notice to everyone of each focal office (they receive and handle incidents, seed IV.1). */
export async function notifyFocalOffices(db: Executor, notice: Notice): Promise<void> {
  const focal = await db
    .selectFrom('units')
    .select('id')
    .where('type', '=', 'focal_office')
    .where('archived', '=', false)
    .execute();
  await notifyUnits(
    db,
    focal.map((f) => f.id),
    notice,
  );
}

export async function notifyUnits(db: Executor, unitIds: string[], notice: Notice): Promise<void> {
  if (unitIds.length === 0) return;
  await db
    .insertInto('notifications' as never)
    .values(
      unitIds.map((unitId) => ({
        user_id: null,
        unit_id: unitId,
        kind: notice.kind,
        title: JSON.stringify(notice.title),
        body: notice.body ? JSON.stringify(notice.body) : null,
        link: notice.link,
        dedupe_key: notice.dedupeKey ? `${notice.dedupeKey}:${unitId}` : null,
      })) as never,
    )
    .onConflict(
      (oc) =>
        (oc as unknown as { column(c: string): { doNothing(): unknown } })
          .column('dedupe_key')
          .doNothing() as never,
    )
    .execute();
}
