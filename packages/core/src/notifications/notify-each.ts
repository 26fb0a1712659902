import type { Locale } from '@ungcuu/domain/i18n-text.ts';
import {
  chooseChannels,
  completePrefs,
  type NotificationPrefs,
} from '@ungcuu/domain/notifications/preferences.ts';
import type { NoticeContent } from '@ungcuu/domain/notifications/render.ts';
import type { Role } from '@ungcuu/domain/org/roles.ts';
import { sql } from 'kysely';
import { publishChange } from '../events/change-bus.ts';
import type { Executor } from '../shared/context.ts';
import type { NoticeEventPayload, NoticeMailPayload, NotifyEvent } from './notify.ts';
import { enqueue, type OutboxEntry } from './outbox.ts';
import { enabledEndpoints, findRecipientUsers } from './recipients.repository.ts';

/**
 * What notify() does for one event, for many events addressed alike (the reports filed together by
 * intake's group commit, issue 13): each event still gets its own bell notices, mails and chat
 * messages, but the whole set costs the statements of one event — the recipients and endpoints are
 * read once, every bell notice is written by one statement, every message queued by one more.
 * The events must share their audience (`to`, `exceptUserId`): the audience of the first is used.
 */
export async function notifyEach(trx: Executor, events: readonly NotifyEvent[], now: Date): Promise<void> {
  const first = events[0];
  if (!first) return;
  const userIds: string[] = [];
  const unitIds: string[] = [];
  const unitOfficerUnitIds: string[] = [];
  const roles: Role[] = [];
  let focalOffice = false;
  for (const a of first.to) {
    if ('user' in a) userIds.push(a.user.id);
    else if ('unit' in a) unitIds.push(a.unit);
    else if ('unitOfficers' in a) unitOfficerUnitIds.push(a.unitOfficers);
    else if ('focalOffice' in a) focalOffice = true;
    else roles.push(a.role);
  }
  const [found, endpoints] = await Promise.all([
    findRecipientUsers(trx, { userIds, unitIds, unitOfficerUnitIds, focalOffice, roles }),
    enabledEndpoints(trx),
  ]);
  const people = found.filter((p) => p.id !== first.exceptUserId);
  const wholeUnit = (p: (typeof people)[number]) =>
    unitIds.includes(p.unitId) || (focalOffice && p.focalOffice);
  const choices = events.map(
    (event) =>
      new Map(
        people.map((p) => [p.id, chooseChannels(completePrefs(p.prefs as NotificationPrefs), event, now)]),
      ),
  );

  // The bell: per event, one notice per focal office / unit addressed whole, one per other person.
  const bell = events.map((event, i) => ({
    i,
    kind: event.kind,
    title: event.title,
    body: event.body ?? null,
    link: event.link,
    dedupe: event.dedupeKey ?? null,
    units: [...new Set(unitIds)],
    users: people.filter((p) => choices[i]!.get(p.id)!.inapp && !wholeUnit(p)).map((p) => p.id),
    people: people.filter((p) => choices[i]!.get(p.id)!.inapp && !wholeUnit(p)).map((p) => p.unitId),
  }));
  // The notice ids are drawn in `target` (materialised once: it is read twice) so that each written
  // notice is known to belong to its event; a dedupe key already there writes nothing.
  const { rows: written } = await sql<{
    i: number;
    id: string;
    user_id: string | null;
    unit_id: string | null;
  }>`
    with e as materialized (
      select * from jsonb_to_recordset(${JSON.stringify(bell)}::jsonb)
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
    trx,
  );
  // Every open bell of the recipients' units refreshes (one change notice per kind, 100 units each).
  const kinds = [...new Set(events.map((e) => e.kind))];
  for (const kind of kinds) {
    const units = [
      ...new Set(written.flatMap((w) => (w.unit_id && events[w.i]?.kind === kind ? [w.unit_id] : []))),
    ];
    for (let k = 0; k < units.length; k += 100)
      await publishChange(trx, {
        entity: 'notification',
        id: kind,
        action: 'create',
        unitIds: units.slice(k, k + 100),
      });
  }

  const entries: OutboxEntry[] = [];
  const personalBot = endpoints.find((e) => e.kind === 'telegram');
  for (const [i, event] of events.entries()) {
    const content: NoticeContent = {
      kind: event.kind,
      title: event.title,
      body: event.body ?? null,
      link: event.link,
      tier: event.tier ?? null,
    };
    const key = (suffix: string) => (event.dedupeKey ? `${event.dedupeKey}:${suffix}` : null);
    const mine = written.filter((w) => Number(w.i) === i);
    const noticeFor = (p: (typeof people)[number]) =>
      mine.find((w) => w.user_id === p.id)?.id ??
      mine.find((w) => w.user_id === null && w.unit_id === p.unitId)?.id ??
      null;
    for (const p of people) {
      const choice = choices[i]!.get(p.id)!;
      const locale: Locale = p.locale === 'en' ? 'en' : 'vi';
      const base = { kind: event.kind, userId: p.id, notificationId: noticeFor(p) };
      if (choice.email && p.email) {
        const payload: NoticeMailPayload = { notice: content, locale, thread: event.thread ?? null };
        entries.push({
          ...base,
          channel: 'email',
          recipient: p.email,
          payload,
          dedupeKey: key(`email:${p.id}`),
          notBefore: choice.notBefore,
        });
      }
      const prefs = completePrefs(p.prefs as NotificationPrefs);
      if (choice.chat && personalBot && prefs.chatId) {
        const payload: NoticeEventPayload = {
          notice: content,
          locale,
          chatId: prefs.chatId,
          occurredAt: now.toISOString(),
        };
        entries.push({
          ...base,
          channel: 'telegram',
          recipient: prefs.chatId,
          endpointId: personalBot.id,
          payload,
          dedupeKey: key(`chat:${p.id}`),
          notBefore: choice.notBefore,
        });
      }
    }
    for (const e of endpoints) {
      if (e.kinds.length > 0 && !e.kinds.includes(event.kind)) continue;
      if ((event.tier ?? 0) < e.min_tier) continue;
      const chatId = typeof e.config.chatId === 'string' ? e.config.chatId : null;
      if (e.kind === 'telegram' && !chatId) continue; // a bot for personal messages only
      const payload: NoticeEventPayload = {
        notice: content,
        locale: 'vi',
        chatId,
        occurredAt: now.toISOString(),
      };
      entries.push({
        kind: event.kind,
        channel: e.kind,
        recipient: chatId ?? e.name,
        endpointId: e.id,
        payload,
        dedupeKey: key(`endpoint:${e.id}`),
      });
    }
  }
  await enqueue(trx, entries);
}
