import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import { Type } from '@sinclair/typebox';
import type { Services } from '@ungcuu/core/services.ts';
import { NotificationPageSchema, NotificationSchema } from '@ungcuu/domain/notifications/notification-api.ts';
import type { FastifyInstance } from 'fastify';
import { actorOf } from '../../plugins/auth.ts';
import { Paging, RefParams } from '../common.ts';

// In-app notifications of the signed-in user (licence reminders, incidents, tasks…).
export async function notificationsRoutes(base: FastifyInstance, { services }: { services: Services }) {
  const app = base.withTypeProvider<TypeBoxTypeProvider>();

  app.get(
    '/api/notifications',
    {
      schema: {
        tags: ['notifications'],
        querystring: Type.Object({ ...Paging, unreadOnly: Type.Optional(Type.Boolean()) }),
        response: { 200: NotificationPageSchema },
      },
    },
    async (req) => ({
      ...(await services.notifications.list(actorOf(req), req.query)),
      limit: req.query.limit,
      offset: req.query.offset,
    }),
  );
  app.post(
    '/api/notifications/:id/read',
    {
      schema: {
        tags: ['notifications'],
        params: RefParams('notification'),
        response: { 200: NotificationSchema },
      },
    },
    async (req) => services.notifications.markRead(actorOf(req), req.params.id),
  );
}
