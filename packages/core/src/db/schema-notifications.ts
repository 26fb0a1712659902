import type { ColumnType, Generated, Selectable } from 'kysely';
import type { CreatedAt, Json, Timestamp } from './schema.ts';

// Tables of the notifications module (migration 20261205-0800-notification-outbox). The in-app
// `notifications` table itself predates the module and stays in schema-preparedness.ts.

export type OutboxChannel = 'email' | 'webhook' | 'telegram' | 'chat';
export type OutboxStatus = 'pending' | 'sending' | 'sent' | 'failed';
export type EndpointKind = 'webhook' | 'telegram' | 'chat';

export interface NotificationEndpointsTable {
  id: Generated<string>;
  kind: EndpointKind;
  name: string;
  url: string;
  /** HMAC secret (webhook) or bot token (telegram): never returned by the API. */
  secret: string | null;
  config: Json<Record<string, unknown>>;
  /** Event kinds sent there; empty: every kind. */
  kinds: ColumnType<string[], string[] | undefined, string[]>;
  /** Lowest incident tier (0–4) sent there. */
  min_tier: Generated<number>;
  enabled: Generated<boolean>;
  created_at: CreatedAt;
  updated_at: Timestamp;
}

export interface NotificationOutboxTable {
  id: Generated<string>;
  channel: OutboxChannel;
  /** Email address, endpoint id or chat id: what the log shows as "to". */
  recipient: string;
  user_id: string | null;
  notification_id: string | null;
  endpoint_id: string | null;
  kind: string;
  payload: Json<unknown>;
  dedupe_key: string | null;
  status: ColumnType<OutboxStatus, OutboxStatus | undefined, OutboxStatus>;
  attempts: Generated<number>;
  max_attempts: Generated<number>;
  next_attempt_at: ColumnType<Date, Date | string | undefined, Date | string>;
  locked_until: Timestamp | null;
  last_error: string | null;
  created_at: CreatedAt;
  sent_at: Timestamp | null;
}

export interface NotificationDeliveriesTable {
  id: Generated<string>;
  outbox_id: string;
  attempt: number;
  at: Timestamp;
  ok: boolean;
  error: string | null;
  duration_ms: number;
}

export interface NotificationPreferencesTable {
  user_id: string;
  prefs: Json<unknown>;
  updated_at: Timestamp;
}

export interface NotificationTables {
  notification_endpoints: NotificationEndpointsTable;
  notification_outbox: NotificationOutboxTable;
  notification_deliveries: NotificationDeliveriesTable;
  notification_preferences: NotificationPreferencesTable;
}

export type OutboxRow = Selectable<NotificationOutboxTable>;
export type EndpointRow = Selectable<NotificationEndpointsTable>;
