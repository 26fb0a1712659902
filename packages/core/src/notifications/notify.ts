import type { Locale } from '@ungcuu/domain/i18n-text.ts';
import type { NoticeKind } from '@ungcuu/domain/notifications/notice-kinds.ts';
import {
  chooseChannels,
  completePrefs,
  type NotificationPrefs,
} from '@ungcuu/domain/notifications/preferences.ts';
import type { NoticeContent } from '@ungcuu/domain/notifications/render.ts';
import type { Role } from '@ungcuu/domain/org/roles.ts';
import type { EndpointRow } from '../db/schema-notifications.ts';
import type { Executor } from '../shared/context.ts';
import { type WrittenNotice, writeFocalOfficeNotices, writeUnitNotices, writeUserNotices } from './in-app.ts';
import { enqueue, type OutboxEntry } from './outbox.ts';
import { enabledEndpoints, findRecipientUsers, type RecipientUser } from './recipients.repository.ts';

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

function endpointWants(endpoint: EndpointRow, event: NotifyEvent): boolean {
  if (endpoint.kinds.length > 0 && !endpoint.kinds.includes(event.kind)) return false;
  return (event.tier ?? 0) >= endpoint.min_tier;
}

// A transaction that notifies several times (a T3 report: the office, then the leaders) reads the
// administrator's endpoints once (decision 0027).
const endpointsOfTransaction = new WeakMap<object, Promise<EndpointRow[]>>();

function endpointsFor(trx: Executor): Promise<EndpointRow[]> {
  if (!trx.isTransaction) return enabledEndpoints(trx);
  let found = endpointsOfTransaction.get(trx);
  if (!found) {
    found = enabledEndpoints(trx);
    endpointsOfTransaction.set(trx, found);
  }
  return found;
}

function localeOf(value: string): Locale {
  return value === 'en' ? 'en' : 'vi';
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
  const content: NoticeContent = {
    kind: event.kind,
    title: event.title,
    body: event.body ?? null,
    link: event.link,
    tier: event.tier ?? null,
  };
  const userIds: string[] = [];
  const unitIds: string[] = [];
  const unitOfficerUnitIds: string[] = [];
  const roles: Role[] = [];
  let focalOffice = false;
  for (const a of event.to) {
    if ('user' in a) userIds.push(a.user.id);
    else if ('unit' in a) unitIds.push(a.unit);
    else if ('unitOfficers' in a) unitOfficerUnitIds.push(a.unitOfficers);
    else if ('focalOffice' in a) focalOffice = true;
    else roles.push(a.role);
  }
  const people = (
    await findRecipientUsers(trx, { userIds, unitIds, unitOfficerUnitIds, focalOffice, roles })
  ).filter((p) => p.id !== event.exceptUserId);
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

  const entries: OutboxEntry[] = [];
  const key = (suffix: string) => (event.dedupeKey ? `${event.dedupeKey}:${suffix}` : null);
  const endpoints = await endpointsFor(trx);
  const personalBot = endpoints.find((e) => e.kind === 'telegram');
  for (const p of people) {
    const choice = choices.get(p.id)!;
    const locale = localeOf(p.locale);
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
  // Administrator's endpoints: webhooks and group chats hear every event they subscribe to.
  for (const e of endpoints) {
    if (!endpointWants(e, event)) continue;
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
  const queued = await enqueue(trx, entries);
  return { notices: written.length, messages: queued.length };
}
