import { can } from '@ungcuu/domain/auth/permissions.ts';
import { DomainError } from '@ungcuu/domain/errors.ts';
import { NOTICE_KINDS } from '@ungcuu/domain/notifications/notice-kinds.ts';
import { completePrefs, type NotificationPrefs } from '@ungcuu/domain/notifications/preferences.ts';
import { getSetting, putSetting } from '../auth/settings.repository.ts';
import type { EndpointRow } from '../db/schema-notifications.ts';
import type { RequestActor } from '../shared/context.ts';
import type { ServiceDeps } from '../shared/deps.ts';
import { mutate } from '../shared/mutation.ts';
import { toIso } from '../shared/row-values.ts';
import type { SmtpSettings } from './channels/email.channel.ts';
import { SMTP_SETTING_KEY } from './delivery.ts';
import { ESCALATION_SETTING_KEY, escalationMinutes } from './notification-jobs.ts';
import * as repo from './notification-settings.repository.ts';
import { enqueue } from './outbox.ts';

export interface SmtpInput {
  host: string;
  port: number;
  tls: SmtpSettings['tls'];
  user: string | null;
  /** undefined: keep the stored password; null: remove it. */
  password?: string | null | undefined;
  from: string;
}

export interface EndpointInput {
  kind: EndpointRow['kind'];
  name: string;
  url: string;
  /** undefined: keep the stored secret (updates); null: none. */
  secret?: string | null | undefined;
  chatId?: string | null | undefined;
  template?: string | null | undefined;
  kinds: string[];
  minTier: number;
  enabled: boolean;
}

/** Secrets leave the server only as "set / not set". */
function endpointView(e: EndpointRow) {
  return {
    id: e.id,
    kind: e.kind,
    name: e.name,
    url: e.url,
    secretSet: !!e.secret,
    chatId: typeof e.config.chatId === 'string' ? e.config.chatId : null,
    template: typeof e.config.template === 'string' ? e.config.template : null,
    kinds: e.kinds,
    minTier: e.min_tier,
    enabled: e.enabled,
    updatedAt: toIso(e.updated_at)!,
  };
}

function smtpView(s: SmtpSettings | undefined) {
  if (!s)
    return {
      configured: false,
      host: '',
      port: 587,
      tls: 'starttls' as const,
      user: null,
      from: '',
      passwordSet: false,
    };
  return {
    configured: true,
    host: s.host,
    port: s.port,
    tls: s.tls,
    user: s.user,
    from: s.from,
    passwordSet: !!s.password,
  };
}

function outboxView(r: NonNullable<Awaited<ReturnType<typeof repo.findOutbox>>>) {
  return {
    id: r.id,
    channel: r.channel,
    recipient: r.recipient,
    status: r.status,
    attempts: r.attempts,
    lastError: r.last_error,
    sentAt: toIso(r.sent_at),
    createdAt: toIso(r.created_at)!,
  };
}

function checkUrl(url: string): void {
  if (!/^https?:\/\/[^\s]+$/i.test(url)) throw new DomainError('notification.endpoint_url');
}

/** Preferences (everyone, their own), SMTP and endpoints (administrators), tests and delivery status. */
export function createNotificationSettingsService(deps: ServiceDeps) {
  const { db, clock } = deps;
  function requireAdmin(actor: RequestActor) {
    if (!can(actor, 'notification.settings')) throw new DomainError('forbidden');
  }
  function requireSelf(actor: RequestActor) {
    if (!can(actor, 'notification.read', { userId: actor.userId })) throw new DomainError('forbidden');
  }

  return {
    async preferences(actor: RequestActor) {
      requireSelf(actor);
      return {
        prefs: completePrefs((await repo.findPrefs(db, actor.userId)) as NotificationPrefs | null),
        kinds: [...NOTICE_KINDS],
      };
    },

    async savePreferences(actor: RequestActor, prefs: NotificationPrefs) {
      requireSelf(actor);
      const complete = completePrefs(prefs);
      await mutate(deps, actor, async ({ trx, audit }) => {
        await repo.savePrefs(trx, actor.userId, complete, clock.now());
        await audit({
          action: 'notification.preferences',
          entityType: 'user',
          entityId: actor.userId,
          unitId: actor.unitId,
          after: complete,
        });
      });
      return { prefs: complete, kinds: [...NOTICE_KINDS] };
    },

    async smtp(actor: RequestActor) {
      requireAdmin(actor);
      return smtpView(await getSetting<SmtpSettings>(db, SMTP_SETTING_KEY));
    },

    /** Whether outgoing mail can leave at all (no secret: a yes/no for status pages). */
    async smtpConfigured(): Promise<boolean> {
      return (await getSetting<SmtpSettings>(db, SMTP_SETTING_KEY)) !== undefined;
    },

    async saveSmtp(actor: RequestActor, input: SmtpInput) {
      requireAdmin(actor);
      return mutate(deps, actor, async ({ trx, audit }) => {
        const before = await getSetting<SmtpSettings>(trx, SMTP_SETTING_KEY);
        const password = input.password === undefined ? (before?.password ?? null) : input.password;
        const value: SmtpSettings = {
          host: input.host,
          port: input.port,
          tls: input.tls,
          user: input.user,
          password,
          from: input.from,
        };
        await putSetting(trx, SMTP_SETTING_KEY, value, clock.now());
        // The audit trail records that the password changed, never the password.
        await audit({
          action: 'notification.smtp',
          entityType: 'setting',
          entityId: null,
          before: before ? { ...smtpView(before) } : null,
          after: smtpView(value),
        });
        return smtpView(value);
      });
    },

    async escalation(actor: RequestActor) {
      requireAdmin(actor);
      return { minutes: await escalationMinutes(db) };
    },

    async saveEscalation(actor: RequestActor, minutes: number) {
      requireAdmin(actor);
      return mutate(deps, actor, async ({ trx, audit }) => {
        const before = await escalationMinutes(trx);
        await putSetting(trx, ESCALATION_SETTING_KEY, { minutes }, clock.now());
        await audit({
          action: 'notification.escalation',
          entityType: 'setting',
          entityId: null,
          before: { minutes: before },
          after: { minutes },
        });
        return { minutes };
      });
    },

    async endpoints(actor: RequestActor) {
      requireAdmin(actor);
      return { items: (await repo.listEndpoints(db)).map(endpointView) };
    },

    async saveEndpoint(actor: RequestActor, id: string | null, input: EndpointInput) {
      requireAdmin(actor);
      if (input.kind !== 'telegram' || input.url) checkUrl(input.url);
      return mutate(deps, actor, async ({ trx, audit }) => {
        const before = id ? await repo.findEndpoint(trx, id) : undefined;
        if (id && !before) throw new DomainError('not_found', { entity: 'notification_endpoint' });
        const config: Record<string, unknown> = {};
        if (input.chatId) config.chatId = input.chatId;
        if (input.template) config.template = input.template;
        const values: repo.EndpointValues = {
          kind: input.kind,
          name: input.name,
          url: input.url,
          secret: input.secret === undefined ? (before?.secret ?? null) : input.secret,
          config,
          kinds: input.kinds,
          min_tier: input.minTier,
          enabled: input.enabled,
        };
        const row = id
          ? (await repo.updateEndpoint(trx, id, values, clock.now()))!
          : await repo.insertEndpoint(trx, values, clock.now());
        await audit({
          action: id ? 'notification.endpoint_update' : 'notification.endpoint_create',
          entityType: 'notification_endpoint',
          entityId: row.id,
          before: before ? endpointView(before) : null,
          after: endpointView(row),
        });
        return endpointView(row);
      });
    },

    async removeEndpoint(actor: RequestActor, id: string) {
      requireAdmin(actor);
      return mutate(deps, actor, async ({ trx, audit }) => {
        const before = await repo.findEndpoint(trx, id);
        if (!before) throw new DomainError('not_found', { entity: 'notification_endpoint' });
        await repo.deleteEndpoint(trx, id);
        await audit({
          action: 'notification.endpoint_delete',
          entityType: 'notification_endpoint',
          entityId: id,
          before: endpointView(before),
        });
        return { ok: true };
      });
    },

    async endpointDeliveries(actor: RequestActor, id: string) {
      requireAdmin(actor);
      if (!(await repo.findEndpoint(db, id)))
        throw new DomainError('not_found', { entity: 'notification_endpoint' });
      const rows = await repo.deliveriesOfEndpoint(db, id, 50);
      return {
        items: rows.map((r) => ({
          id: r.id,
          outboxId: r.outbox_id,
          attempt: r.attempt,
          at: toIso(r.at)!,
          ok: r.ok,
          error: r.error,
          durationMs: r.duration_ms,
          kind: r.kind,
          status: r.status,
        })),
      };
    },

    /** "Send a test": queued like any message, so it proves the worker and the channel together. */
    async sendTest(
      actor: RequestActor,
      target: { endpointId?: string | undefined; email?: string | undefined },
    ) {
      requireAdmin(actor);
      const notice = {
        kind: 'test',
        title: {
          vi: 'Thông báo thử từ hệ thống ứng cứu sự cố',
          en: 'Test notice from the incident response system',
        },
        body: {
          vi: 'Nếu bạn nhận được tin này, kênh gửi đã hoạt động.',
          en: 'If you received this, the channel works.',
        },
        link: '/',
        tier: null,
      };
      return mutate(deps, actor, async ({ trx, audit }) => {
        let id: string | null;
        if (target.endpointId) {
          const e = await repo.findEndpoint(trx, target.endpointId);
          if (!e) throw new DomainError('not_found', { entity: 'notification_endpoint' });
          const chatId = typeof e.config.chatId === 'string' ? e.config.chatId : null;
          [id = null] = await enqueue(trx, [
            {
              channel: e.kind,
              recipient: chatId ?? e.name,
              endpointId: e.id,
              kind: 'test',
              payload: { notice, locale: 'vi', chatId, occurredAt: clock.now().toISOString() },
              maxAttempts: 1,
            },
          ]);
        } else {
          if (!(await getSetting(trx, SMTP_SETTING_KEY))) throw new DomainError('notification.smtp_missing');
          const to = target.email ?? (await repo.emailOfUser(trx, actor.userId));
          if (!to) throw new DomainError('notification.no_email');
          [id = null] = await enqueue(trx, [
            {
              channel: 'email',
              recipient: to,
              userId: actor.userId,
              kind: 'test',
              payload: { notice, locale: 'vi', thread: null },
              maxAttempts: 1,
            },
          ]);
        }
        await audit({
          action: 'notification.test',
          entityType: 'notification_endpoint',
          entityId: target.endpointId ?? null,
          after: { outboxId: id },
        });
        return { outboxId: id! };
      });
    },

    /** Status of one queued message (the test button polls it). Administrators only. */
    async outboxStatus(actor: RequestActor, id: string) {
      requireAdmin(actor);
      const row = await repo.findOutbox(db, id);
      if (!row) throw new DomainError('not_found', { entity: 'notification_outbox' });
      return outboxView(row);
    },

    /** Delivery status of one of the caller's bell notices: their own messages only. */
    async noticeDeliveries(actor: RequestActor, notificationId: string) {
      requireSelf(actor);
      const notice = await repo.noticeAddressee(db, notificationId);
      const mine =
        notice &&
        (notice.user_id === actor.userId || (notice.user_id === null && notice.unit_id === actor.unitId));
      if (!mine) throw new DomainError('not_found', { entity: 'notification' });
      const rows = await repo.outboxOfNotice(db, notificationId, actor.userId);
      return { items: rows.map(outboxView) };
    },
  };
}
export type NotificationSettingsService = ReturnType<typeof createNotificationSettingsService>;
