import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import { Type } from '@sinclair/typebox';
import type { Services } from '@ungcuu/core/services.ts';
import {
  DeliveryViewSchema,
  EndpointInputSchema,
  EndpointViewSchema,
  EscalationSettingSchema,
  OutboxViewSchema,
  PrefsResponseSchema,
  SmtpInputSchema,
  SmtpViewSchema,
  TestTargetSchema,
} from '@ungcuu/domain/notifications/notification-settings.schemas.ts';
import { NotificationPrefsSchema } from '@ungcuu/domain/notifications/preferences.ts';
import type { FastifyInstance } from 'fastify';
import { actorOf } from '../../plugins/auth.ts';
import { RefParams } from '../common.ts';

const tags = ['notifications'];
const Ok = Type.Object({ ok: Type.Boolean() });

// Outgoing notices: each person's preferences, the administrator's SMTP, webhook and chat settings
// with "send a test", and the delivery status of notices (docs/decisions/0013).
export async function notificationSettingsRoutes(
  base: FastifyInstance,
  { services }: { services: Services },
) {
  const app = base.withTypeProvider<TypeBoxTypeProvider>();
  const s = services.notificationSettings;

  app.get(
    '/api/notifications/preferences',
    { schema: { tags, response: { 200: PrefsResponseSchema } } },
    async (req) => s.preferences(actorOf(req)),
  );
  app.put(
    '/api/notifications/preferences',
    { schema: { tags, body: NotificationPrefsSchema, response: { 200: PrefsResponseSchema } } },
    async (req) => s.savePreferences(actorOf(req), req.body),
  );
  app.get(
    '/api/notifications/:id/deliveries',
    {
      schema: {
        tags,
        params: RefParams('notification'),
        response: { 200: Type.Object({ items: Type.Array(OutboxViewSchema) }) },
      },
    },
    async (req) => s.noticeDeliveries(actorOf(req), req.params.id),
  );

  app.get(
    '/api/admin/notifications/smtp',
    { schema: { tags, response: { 200: SmtpViewSchema } } },
    async (req) => s.smtp(actorOf(req)),
  );
  app.put(
    '/api/admin/notifications/smtp',
    { schema: { tags, body: SmtpInputSchema, response: { 200: SmtpViewSchema } } },
    async (req) => s.saveSmtp(actorOf(req), req.body),
  );
  app.get(
    '/api/admin/notifications/escalation',
    { schema: { tags, response: { 200: EscalationSettingSchema } } },
    async (req) => s.escalation(actorOf(req)),
  );
  app.put(
    '/api/admin/notifications/escalation',
    { schema: { tags, body: EscalationSettingSchema, response: { 200: EscalationSettingSchema } } },
    async (req) => s.saveEscalation(actorOf(req), req.body.minutes),
  );
  app.get(
    '/api/admin/notifications/endpoints',
    { schema: { tags, response: { 200: Type.Object({ items: Type.Array(EndpointViewSchema) }) } } },
    async (req) => s.endpoints(actorOf(req)),
  );
  app.post(
    '/api/admin/notifications/endpoints',
    { schema: { tags, body: EndpointInputSchema, response: { 200: EndpointViewSchema } } },
    async (req) => s.saveEndpoint(actorOf(req), null, req.body),
  );
  app.put(
    '/api/admin/notifications/endpoints/:id',
    {
      schema: {
        tags,
        params: RefParams('notification_endpoint'),
        body: EndpointInputSchema,
        response: { 200: EndpointViewSchema },
      },
    },
    async (req) => s.saveEndpoint(actorOf(req), req.params.id, req.body),
  );
  app.delete(
    '/api/admin/notifications/endpoints/:id',
    { schema: { tags, params: RefParams('notification_endpoint'), response: { 200: Ok } } },
    async (req) => s.removeEndpoint(actorOf(req), req.params.id),
  );
  app.get(
    '/api/admin/notifications/endpoints/:id/deliveries',
    {
      schema: {
        tags,
        params: RefParams('notification_endpoint'),
        response: { 200: Type.Object({ items: Type.Array(DeliveryViewSchema) }) },
      },
    },
    async (req) => s.endpointDeliveries(actorOf(req), req.params.id),
  );
  app.post(
    '/api/admin/notifications/test',
    {
      schema: {
        tags,
        body: TestTargetSchema,
        response: { 200: Type.Object({ outboxId: Type.String({ format: 'uuid' }) }) },
      },
    },
    async (req) => s.sendTest(actorOf(req), req.body),
  );
  app.get(
    '/api/admin/notifications/outbox/:id',
    { schema: { tags, params: RefParams('notification_outbox'), response: { 200: OutboxViewSchema } } },
    async (req) => s.outboxStatus(actorOf(req), req.params.id),
  );
}
