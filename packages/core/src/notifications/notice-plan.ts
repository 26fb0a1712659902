import type { Locale } from '@ungcuu/domain/i18n-text.ts';
import {
  type ChannelChoice,
  completePrefs,
  type NotificationPrefs,
} from '@ungcuu/domain/notifications/preferences.ts';
import type { NoticeContent } from '@ungcuu/domain/notifications/render.ts';
import type { Role } from '@ungcuu/domain/org/roles.ts';
import type { EndpointRow } from '../db/schema-notifications.ts';
import type { Executor } from '../shared/context.ts';
import type { NoticeEventPayload, NoticeMailPayload, NotifyEvent } from './notify.ts';
import type { OutboxEntry } from './outbox.ts';
import { enabledEndpoints, type RecipientUser } from './recipients.repository.ts';

// What notify() (one event) and notifyEach() (many events addressed alike) share: who an audience
// names, what a notice says, and which mails, chats and webhook calls an event queues.

/** The recipients query of an event's audience. */
export function audienceQuery(to: NotifyEvent['to']) {
  const userIds: string[] = [];
  const unitIds: string[] = [];
  const unitOfficerUnitIds: string[] = [];
  const roles: Role[] = [];
  let focalOffice = false;
  for (const a of to) {
    if ('user' in a) userIds.push(a.user.id);
    else if ('unit' in a) unitIds.push(a.unit);
    else if ('unitOfficers' in a) unitOfficerUnitIds.push(a.unitOfficers);
    else if ('focalOffice' in a) focalOffice = true;
    else roles.push(a.role);
  }
  return { userIds, unitIds, unitOfficerUnitIds, focalOffice, roles };
}

export function noticeContent(event: NotifyEvent): NoticeContent {
  return {
    kind: event.kind,
    title: event.title,
    body: event.body ?? null,
    link: event.link,
    tier: event.tier ?? null,
  };
}

function endpointWants(endpoint: EndpointRow, event: NotifyEvent): boolean {
  if (endpoint.kinds.length > 0 && !endpoint.kinds.includes(event.kind)) return false;
  return (event.tier ?? 0) >= endpoint.min_tier;
}

// A transaction that notifies several times (a T3 report: the office, then the leaders) reads the
// administrator's endpoints once (decision 0027).
const endpointsOfTransaction = new WeakMap<object, Promise<EndpointRow[]>>();

export function endpointsFor(trx: Executor): Promise<EndpointRow[]> {
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
 * The messages one event queues: per person, email and personal chat as their preferences chose
 * (linked to the bell notice they got, if any); then the administrator's webhooks and group chats
 * that subscribe to the event.
 */
export function outboxEntriesFor(plan: {
  event: NotifyEvent;
  people: readonly RecipientUser[];
  choices: ReadonlyMap<string, ChannelChoice>;
  noticeFor: (person: RecipientUser) => string | null;
  endpoints: readonly EndpointRow[];
  now: Date;
}): OutboxEntry[] {
  const { event, people, choices, noticeFor, endpoints, now } = plan;
  const content = noticeContent(event);
  const entries: OutboxEntry[] = [];
  const key = (suffix: string) => (event.dedupeKey ? `${event.dedupeKey}:${suffix}` : null);
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
  return entries;
}
