import {
  chooseChannels,
  completePrefs,
  type NotificationPrefs,
} from '@ungcuu/domain/notifications/preferences.ts';
import type { Executor } from '../shared/context.ts';
import { writeEventNotices } from './in-app.ts';
import { audienceQuery, endpointsFor, outboxEntriesFor } from './notice-plan.ts';
import type { NotifyEvent } from './notify.ts';
import { enqueue } from './outbox.ts';
import { findRecipientUsers, type RecipientUser } from './recipients.repository.ts';

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
  const audience = audienceQuery(first.to);
  const { unitIds, focalOffice } = audience;
  const [found, endpoints] = await Promise.all([findRecipientUsers(trx, audience), endpointsFor(trx)]);
  const people = found.filter((p) => p.id !== first.exceptUserId);
  const wholeUnit = (p: RecipientUser) => unitIds.includes(p.unitId) || (focalOffice && p.focalOffice);
  const choices = events.map(
    (event) =>
      new Map(
        people.map((p) => [p.id, chooseChannels(completePrefs(p.prefs as NotificationPrefs), event, now)]),
      ),
  );

  // The bell: per event, one notice per focal office / unit addressed whole, one per other person.
  const written = await writeEventNotices(
    trx,
    events.map((event, i) => {
      const personal = people.filter((p) => choices[i]!.get(p.id)!.inapp && !wholeUnit(p));
      return {
        kind: event.kind,
        title: event.title,
        body: event.body ?? null,
        link: event.link,
        dedupeKey: event.dedupeKey ?? null,
        units: [...new Set(unitIds)],
        people: personal.map((p) => ({ id: p.id, unitId: p.unitId })),
      };
    }),
    focalOffice,
  );

  const entries = events.flatMap((event, i) => {
    const mine = written.filter((w) => w.event === i);
    return outboxEntriesFor({
      event,
      people,
      choices: choices[i]!,
      noticeFor: (p) =>
        mine.find((w) => w.userId === p.id)?.id ??
        mine.find((w) => w.userId === null && w.unitId === p.unitId)?.id ??
        null,
      endpoints,
      now,
    });
  });
  await enqueue(trx, entries);
}
