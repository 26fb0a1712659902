import { type Static, Type } from '@sinclair/typebox';
import { RefId } from '../refs.ts';
import { NOTICE_KINDS } from './notice-kinds.ts';
import { NotificationPrefsSchema } from './preferences.ts';

const NoticeKind = Type.Union(NOTICE_KINDS.map((k) => Type.Literal(k)));
const Iso = Type.String({ format: 'date-time' });

export const PrefsResponseSchema = Type.Object({
  prefs: NotificationPrefsSchema,
  kinds: Type.Array(NoticeKind),
});

export const SmtpViewSchema = Type.Object({
  configured: Type.Boolean(),
  host: Type.String(),
  port: Type.Integer(),
  tls: Type.Union([Type.Literal('none'), Type.Literal('starttls'), Type.Literal('tls')]),
  user: Type.Union([Type.String(), Type.Null()]),
  from: Type.String(),
  passwordSet: Type.Boolean(),
});

export const SmtpInputSchema = Type.Object(
  {
    host: Type.String({ minLength: 1, maxLength: 253, pattern: '^[A-Za-z0-9.:\\[\\]-]+$' }),
    port: Type.Integer({ minimum: 1, maximum: 65535 }),
    tls: Type.Union([Type.Literal('none'), Type.Literal('starttls'), Type.Literal('tls')]),
    user: Type.Union([Type.String({ minLength: 1, maxLength: 200 }), Type.Null()]),
    /** Absent: keep the stored password. */
    password: Type.Optional(Type.Union([Type.String({ minLength: 1, maxLength: 500 }), Type.Null()])),
    from: Type.String({ minLength: 3, maxLength: 300 }),
  },
  { additionalProperties: false },
);

const EndpointKind = Type.Union([Type.Literal('webhook'), Type.Literal('telegram'), Type.Literal('chat')]);

export const EndpointInputSchema = Type.Object(
  {
    kind: EndpointKind,
    name: Type.String({ minLength: 1, maxLength: 120 }),
    /** Webhook/gateway address; for a Telegram bot the API base (empty: the public Telegram API). */
    url: Type.String({ maxLength: 2000 }),
    secret: Type.Optional(Type.Union([Type.String({ minLength: 1, maxLength: 500 }), Type.Null()])),
    chatId: Type.Optional(Type.Union([Type.String({ minLength: 1, maxLength: 64 }), Type.Null()])),
    template: Type.Optional(Type.Union([Type.String({ minLength: 1, maxLength: 4000 }), Type.Null()])),
    kinds: Type.Array(NoticeKind, { maxItems: NOTICE_KINDS.length }),
    minTier: Type.Integer({ minimum: 0, maximum: 4 }),
    enabled: Type.Boolean(),
  },
  { additionalProperties: false },
);

export const EndpointViewSchema = Type.Object({
  id: Type.String({ format: 'uuid' }),
  kind: EndpointKind,
  name: Type.String(),
  url: Type.String(),
  secretSet: Type.Boolean(),
  chatId: Type.Union([Type.String(), Type.Null()]),
  template: Type.Union([Type.String(), Type.Null()]),
  kinds: Type.Array(Type.String()),
  minTier: Type.Integer(),
  enabled: Type.Boolean(),
  updatedAt: Iso,
});

const OutboxStatus = Type.Union(
  ['pending', 'sending', 'sent', 'failed'].map((v) =>
    Type.Literal(v as 'pending' | 'sending' | 'sent' | 'failed'),
  ),
);

export const OutboxViewSchema = Type.Object({
  id: Type.String({ format: 'uuid' }),
  channel: Type.String(),
  recipient: Type.String(),
  status: OutboxStatus,
  attempts: Type.Integer(),
  lastError: Type.Union([Type.String(), Type.Null()]),
  sentAt: Type.Union([Iso, Type.Null()]),
  createdAt: Iso,
});

export const DeliveryViewSchema = Type.Object({
  id: Type.String({ format: 'uuid' }),
  outboxId: Type.String({ format: 'uuid' }),
  attempt: Type.Integer(),
  at: Iso,
  ok: Type.Boolean(),
  error: Type.Union([Type.String(), Type.Null()]),
  durationMs: Type.Integer(),
  kind: Type.String(),
  status: OutboxStatus,
});

export const TestTargetSchema = Type.Object(
  {
    endpointId: Type.Optional(RefId('notification_endpoint')),
    email: Type.Optional(Type.String({ format: 'email', maxLength: 300 })),
  },
  { additionalProperties: false },
);

export const EscalationSettingSchema = Type.Object(
  { minutes: Type.Integer({ minimum: 5, maximum: 24 * 60 }) },
  { additionalProperties: false },
);

export type PrefsResponse = Static<typeof PrefsResponseSchema>;
export type SmtpView = Static<typeof SmtpViewSchema>;
export type SmtpInput = Static<typeof SmtpInputSchema>;
export type EndpointInput = Static<typeof EndpointInputSchema>;
export type EndpointView = Static<typeof EndpointViewSchema>;
export type OutboxView = Static<typeof OutboxViewSchema>;
export type DeliveryView = Static<typeof DeliveryViewSchema>;
