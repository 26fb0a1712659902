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

/** The bell notices of one event among many filed together (notifyEach): its units and people. */
export interface EventNotices extends Notice {
  units: string[];
  people: { id: string; unitId: string }[];
}

/**
 * The bell notices of many events in one statement (intake's group commit, issue 13): per event,
 * one per focal office (when `focalOffice`) and unit addressed whole, one per person. The notice
 * ids are drawn in `target` (materialised once: it is read twice) so that each written notice is
 * known to belong to its event (`event`, the index in `events`); a dedupe key already there writes
 * nothing. Every open bell of the recipients' units refreshes, one change notice per kind.
 */
export async function writeEventNotices(
  db: Executor,
  events: readonly EventNotices[],
  focalOffice: boolean,
): Promise<(WrittenNotice & { event: number })[]> {
  const rowsOf = events.map((e, i) => ({
    i,
    kind: e.kind,
    title: e.title,
    body: e.body ?? null,
    link: e.link,
    dedupe: e.dedupeKey ?? null,
    units: e.units,
    users: e.people.map((p) => p.id),
    people: e.people.map((p) => p.unitId),
  }));
  const { rows } = await sql<{ i: number; id: string; user_id: string | null; unit_id: string | null }>`
    with e as materialized (
      select * from jsonb_to_recordset(${JSON.stringify(rowsOf)}::jsonb)
        as e(i int, kind text, title jsonb, body jsonb, link text, dedupe text, units uuid[], users uuid[], people uuid[])
    ), target as materialized (
      select gen_random_uuid() as id, t.* from (
        select e.i, null::uuid as user_id, u.id as unit_id, u.id::text as recipient
        from e join units u on ${focalOffice}::boolean and u.type = 'focal_office' and not u.archived
        union all
        select e.i, null, x.unit_id, x.unit_id::text from e cross join unnest(e.units) as x(unit_id)
        union all
        select e.i, x.user_id, x.unit_id, x.user_id::text from e cross join unnest(e.users, e.people) as x(user_id, unit_id)
      ) t
    ), ins as (
      insert into notifications (id, user_id, unit_id, kind, title, body, link, dedupe_key)
      select t.id, t.user_id, t.unit_id, e.kind, e.title, e.body, e.link,
             case when e.dedupe is null then null else e.dedupe || ':' || t.recipient end
      from target t join e on e.i = t.i
      order by t.i
      on conflict (dedupe_key) do nothing
      returning id
    )
    select t.i, t.id, t.user_id, t.unit_id from target t where t.id in (select id from ins) order by t.i`.execute(
    db,
  );
  const written = rows.map((r) => ({ ...toWritten([r])[0]!, event: Number(r.i) }));
  for (const kind of new Set(events.map((e) => e.kind)))
    await announceNotices(
      db,
      written.filter((w) => events[w.event]?.kind === kind),
      kind,
    );
  return written;
}
