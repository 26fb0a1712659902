import type { Locale } from '@ungcuu/domain/i18n-text.ts';
import type { NoticeKind } from '@ungcuu/domain/notifications/notice-kinds.ts';
import {
  chooseChannels,
  completePrefs,
  type NotificationPrefs,
} from '@ungcuu/domain/notifications/preferences.ts';
import type { NoticeContent } from '@ungcuu/domain/notifications/render.ts';
import type { Role } from '@ungcuu/domain/org/roles.ts';
import type { Executor } from '../shared/context.ts';
import { type WrittenNotice, writeFocalOfficeNotices, writeUnitNotices, writeUserNotices } from './in-app.ts';
import { audienceQuery, endpointsFor, outboxEntriesFor } from './notice-plan.ts';
import { enqueue } from './outbox.ts';
import { findRecipientUsers, type RecipientUser } from './recipients.repository.ts';

/** Who hears of an event. Units and focal offices get one bell notice for the whole unit. */
export type Audience =
  | { user: { id: string; unitId: string } }
  | { unit: string }
  | { unitOfficers: string }
  | { focalOffice: true }
  | { role: Role };

export interface NotifyEvent {
  kind: NoticeKind;
  to: Audience[];
  title: NoticeContent['title'];
  body?: NoticeContent['body'];
  /** Path in the web app; mails and chats link to it under the public address. */
  link: string;
  /** Incident tier 0–4 when the event is about an incident: T3/T4 are urgent. */
  tier?: number | null;
  /** Incident id: every mail of one incident is one thread (Message-ID/References). */
  thread?: string | null;
  /** Same key, same notice: a job that runs twice notifies once. */
  dedupeKey?: string | null;
  /** The person who caused the event hears nothing of it. */
  exceptUserId?: string | null;
}

/** What an email row of notify() carries; the worker renders it at send time (recipient's language). */
export interface NoticeMailPayload {
  notice: NoticeContent;
  locale: Locale;
  thread: string | null;
}

/** What a chat/webhook row carries. */
export interface NoticeEventPayload {
  notice: NoticeContent;
  locale: Locale;
  chatId: string | null;
  occurredAt: string;
}

/**
 * The one way a module tells people something: the bell notices and, per person and their
 * preferences, the email and chat messages, plus the administrator's webhooks and group chats —
 * all written in the caller's transaction, so they exist exactly when the change commits.
 */
export async function notify(
  trx: Executor,
  event: NotifyEvent,
  now: Date = new Date(),
): Promise<{ notices: number; messages: number }> {
  const notice = {
    kind: event.kind,
    title: event.title,
    body: event.body ?? null,
    link: event.link,
    dedupeKey: event.dedupeKey,
  };
  const audience = audienceQuery(event.to);
  const { unitIds, focalOffice } = audience;
  const people = (await findRecipientUsers(trx, audience)).filter((p) => p.id !== event.exceptUserId);
  const choices = new Map(
    people.map((p) => [p.id, chooseChannels(completePrefs(p.prefs as NotificationPrefs), event, now)]),
  );

  // The bell: one notice per unit addressed as a whole, one per other person who keeps the bell on.
  const written: WrittenNotice[] = [];
  if (focalOffice) written.push(...(await writeFocalOfficeNotices(trx, notice)));
  written.push(...(await writeUnitNotices(trx, [...new Set(unitIds)], notice)));
  const wholeUnit = (p: RecipientUser) => unitIds.includes(p.unitId) || (focalOffice && p.focalOffice);
  const personal = people.filter((p) => choices.get(p.id)!.inapp && !wholeUnit(p));
  written.push(...(await writeUserNotices(trx, personal, notice)));
  const noticeFor = (p: RecipientUser) =>
    written.find((w) => w.userId === p.id)?.id ??
    written.find((w) => w.userId === null && w.unitId === p.unitId)?.id ??
    null;

  const entries = outboxEntriesFor({
    event,
    people,
    choices,
    noticeFor,
    endpoints: await endpointsFor(trx),
    now,
  });
  const queued = await enqueue(trx, entries);
  return { notices: written.length, messages: queued.length };
}
