import { type Static, Type } from '@sinclair/typebox';
import { DateTimeString, LocalizedTextSchema, Nullable } from '../api-shapes.ts';

// Response schemas of the notifications routes: a user's in-app notifications.

export const NotificationSchema = Type.Object({
  id: Type.String({ format: 'uuid' }),
  userId: Nullable(Type.String()),
  unitId: Nullable(Type.String()),
  kind: Type.String(),
  title: LocalizedTextSchema,
  body: Nullable(LocalizedTextSchema),
  link: Nullable(Type.String()),
  createdAt: DateTimeString,
  readAt: Nullable(DateTimeString),
});
export const NotificationPageSchema = Type.Object({
  items: Type.Array(NotificationSchema),
  total: Type.Integer(),
  unread: Type.Integer(),
  limit: Type.Integer(),
  offset: Type.Integer(),
});
export type Notification = Static<typeof NotificationSchema>;
export type NotificationPage = Static<typeof NotificationPageSchema>;
