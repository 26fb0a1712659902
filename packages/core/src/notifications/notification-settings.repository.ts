import type { EndpointRow } from '../db/schema-notifications.ts';
import type { Executor } from '../shared/context.ts';

export async function findPrefs(db: Executor, userId: string): Promise<unknown> {
  const row = await db
    .selectFrom('notification_preferences')
    .select('prefs')
    .where('user_id', '=', userId)
    .executeTakeFirst();
  return row?.prefs ?? null;
}

export async function savePrefs(db: Executor, userId: string, prefs: unknown, now: Date): Promise<void> {
  const value = JSON.stringify(prefs);
  await db
    .insertInto('notification_preferences')
    .values({ user_id: userId, prefs: value, updated_at: now })
    .onConflict((oc) => oc.column('user_id').doUpdateSet({ prefs: value, updated_at: now }))
    .execute();
}

export function listEndpoints(db: Executor): Promise<EndpointRow[]> {
  return db
    .selectFrom('notification_endpoints')
    .selectAll()
    .orderBy('created_at')
    .orderBy('id')
    .limit(200)
    .execute();
}

export async function findEndpoint(db: Executor, id: string): Promise<EndpointRow | undefined> {
  return db.selectFrom('notification_endpoints').selectAll().where('id', '=', id).executeTakeFirst();
}

export interface EndpointValues {
  kind: EndpointRow['kind'];
  name: string;
  url: string;
  secret: string | null;
  config: Record<string, unknown>;
  kinds: string[];
  min_tier: number;
  enabled: boolean;
}

export function insertEndpoint(db: Executor, v: EndpointValues, now: Date): Promise<EndpointRow> {
  return db
    .insertInto('notification_endpoints')
    .values({ ...v, config: JSON.stringify(v.config), updated_at: now })
    .returningAll()
    .executeTakeFirstOrThrow();
}

export function updateEndpoint(
  db: Executor,
  id: string,
  v: EndpointValues,
  now: Date,
): Promise<EndpointRow | undefined> {
  return db
    .updateTable('notification_endpoints')
    .set({ ...v, config: JSON.stringify(v.config), updated_at: now })
    .where('id', '=', id)
    .returningAll()
    .executeTakeFirst();
}

export async function deleteEndpoint(db: Executor, id: string): Promise<boolean> {
  const r = await db.deleteFrom('notification_endpoints').where('id', '=', id).executeTakeFirst();
  return Number(r.numDeletedRows) > 0;
}

/** The messages of one bell notice (delivery status shown beside it). */
export function outboxOfNotice(db: Executor, notificationId: string, userId: string | null) {
  let q = db
    .selectFrom('notification_outbox')
    .select([
      'id',
      'channel',
      'recipient',
      'status',
      'attempts',
      'last_error',
      'sent_at',
      'created_at',
      'user_id',
    ])
    .where('notification_id', '=', notificationId);
  if (userId) q = q.where('user_id', '=', userId);
  return q.orderBy('created_at').limit(50).execute();
}

/** Latest attempts to one endpoint (its delivery log). */
export function deliveriesOfEndpoint(db: Executor, endpointId: string, limit: number) {
  return db
    .selectFrom('notification_deliveries as d')
    .innerJoin('notification_outbox as o', 'o.id', 'd.outbox_id')
    .select([
      'd.id',
      'd.outbox_id',
      'd.attempt',
      'd.at',
      'd.ok',
      'd.error',
      'd.duration_ms',
      'o.kind',
      'o.status',
    ])
    .where('o.endpoint_id', '=', endpointId)
    .orderBy('d.at', 'desc')
    .limit(limit)
    .execute();
}

export function findOutbox(db: Executor, id: string) {
  return db
    .selectFrom('notification_outbox')
    .select([
      'id',
      'channel',
      'recipient',
      'status',
      'attempts',
      'last_error',
      'sent_at',
      'created_at',
      'user_id',
    ])
    .where('id', '=', id)
    .executeTakeFirst();
}

/** Whom a bell notice is addressed to (a person, or a whole unit when user_id is null). */
export function noticeAddressee(db: Executor, notificationId: string) {
  return db
    .selectFrom('notifications')
    .select(['user_id', 'unit_id'])
    .where('id', '=', notificationId)
    .executeTakeFirst();
}

export async function emailOfUser(db: Executor, userId: string): Promise<string | null> {
  const row = await db.selectFrom('users').select('email').where('id', '=', userId).executeTakeFirst();
  return row?.email ?? null;
}
