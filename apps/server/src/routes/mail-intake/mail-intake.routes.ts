import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import type { Config } from '@ungcuu/core/config.ts';
import type { Services } from '@ungcuu/core/services.ts';
import { DomainError } from '@ungcuu/domain/errors.ts';
import {
  MailAssignSchema,
  MailQueueQuerySchema,
  MailSendersSchema,
} from '@ungcuu/domain/mail-intake/mail-intake.ts';
import {
  MailDismissedSchema,
  MailFiledSchema,
  MailIntakeStatusSchema,
  MailPageSchema,
  MailSendersViewSchema,
} from '@ungcuu/domain/mail-intake/mail-intake.views.ts';
import type { FastifyInstance } from 'fastify';
import { actorOf } from '../../plugins/auth.ts';
import { RefParams } from '../common.ts';

const tags = ['mail-intake'];

// Incident reports by email: the focal office's queue of mails from unknown senders, the
// addresses registered per unit, and whether the SMTP listener runs.
export async function mailIntakeRoutes(
  base: FastifyInstance,
  { services, config }: { services: Services; config: Config },
) {
  const app = base.withTypeProvider<TypeBoxTypeProvider>();

  app.get(
    '/api/mail-intake/status',
    { schema: { tags, response: { 200: MailIntakeStatusSchema } } },
    async (req) => {
      const actor = actorOf(req);
      if (!actor.roles.includes('admin') && !actor.roles.includes('coordinator'))
        throw new DomainError('forbidden');
      const m = config.mailIntake;
      return {
        enabled: m.enabled,
        address: m.enabled ? m.address : null,
        port: m.enabled ? m.port : null,
        starttls: !!(m.tlsKeyFile && m.tlsCertFile),
        maxBytes: m.maxBytes,
        maxRecipients: m.maxRecipients,
        perSenderPerHour: m.perSenderPerHour,
        // Acknowledgements leave through the notification outbox, with the administrator's SMTP settings.
        acknowledgements: await services.notificationSettings.smtpConfigured(),
      };
    },
  );
  app.get(
    '/api/mail-intake/messages',
    { schema: { tags, querystring: MailQueueQuerySchema, response: { 200: MailPageSchema } } },
    async (req) => ({
      ...(await services.mailIntake.list(actorOf(req), req.query)),
      limit: req.query.limit,
      offset: req.query.offset,
    }),
  );
  app.post(
    '/api/mail-intake/messages/:id/assign',
    {
      schema: {
        tags,
        params: RefParams('mail_message'),
        body: MailAssignSchema,
        response: { 201: MailFiledSchema },
      },
    },
    async (req, reply) =>
      reply.status(201).send(await services.mailIntake.assign(actorOf(req), req.params.id, req.body)),
  );
  app.post(
    '/api/mail-intake/messages/:id/dismiss',
    { schema: { tags, params: RefParams('mail_message'), response: { 200: MailDismissedSchema } } },
    async (req) => services.mailIntake.dismiss(actorOf(req), req.params.id),
  );
  app.get(
    '/api/units/:id/mail-senders',
    { schema: { tags, params: RefParams('unit'), response: { 200: MailSendersViewSchema } } },
    async (req) => services.mailSenders.get(actorOf(req), req.params.id),
  );
  app.put(
    '/api/units/:id/mail-senders',
    {
      schema: {
        tags,
        params: RefParams('unit'),
        body: MailSendersSchema,
        response: { 200: MailSendersViewSchema },
      },
    },
    async (req) => services.mailSenders.put(actorOf(req), req.params.id, req.body),
  );
}
