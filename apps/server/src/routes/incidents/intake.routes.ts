import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import { Type } from '@sinclair/typebox';
import type { Services } from '@ungcuu/core/services.ts';
import {
  AcknowledgementSchema,
  IncidentBatchResultSchema,
  IncidentBatchSchema,
  IntakeSettingsViewSchema,
  PublicAcknowledgementSchema,
  PublicIntakeStatusSchema,
} from '@ungcuu/domain/incidents/incident-api.ts';
import { IncidentReportSchema, PublicIncidentReportSchema } from '@ungcuu/domain/incidents/schemas.ts';
import { RefId } from '@ungcuu/domain/refs.ts';
import type { FastifyInstance } from 'fastify';
import { actorOf } from '../../plugins/auth.ts';

// Intake: a report by a signed-in user or an API token, the public form, and its settings.
export async function intakeRoutes(base: FastifyInstance, { services }: { services: Services }) {
  const app = base.withTypeProvider<TypeBoxTypeProvider>();
  const tags = ['incidents'];

  app.post(
    '/api/incidents',
    {
      config: { tokenScope: 'incidents.report' },
      schema: { tags, body: IncidentReportSchema, response: { 201: AcknowledgementSchema } },
    },
    async (req, reply) => {
      const channel = req.headers.authorization?.startsWith('Bearer ') ? 'api' : 'web';
      return reply.status(201).send(await services.intake.report(actorOf(req), req.body, channel));
    },
  );

  // Batch intake for machines (issue 13): up to 500 reports, one transaction, a result per item.
  // The colon is literal (`/api/incidents:batch`); Fastify reads `::` as one colon.
  app.post(
    '/api/incidents::batch',
    {
      bodyLimit: 12 * 1024 * 1024,
      config: { tokenScope: 'incidents.report' },
      schema: { tags, body: IncidentBatchSchema, response: { 200: IncidentBatchResultSchema } },
    },
    async (req) => {
      const channel = req.headers.authorization?.startsWith('Bearer ') ? 'api' : 'web';
      return services.intake.reportBatch(actorOf(req), req.body, channel);
    },
  );

  // Public intake (when enabled by an administrator): rate-limited per address; `website` is a honeypot.
  app.post(
    '/api/public/incidents',
    {
      config: { public: true, rateLimit: { max: 5, timeWindow: '10 minutes' } },
      schema: { tags, body: PublicIncidentReportSchema, response: { 202: PublicAcknowledgementSchema } },
    },
    async (req, reply) =>
      reply.status(202).send(await services.intake.reportPublic(req.body, { ip: req.ip, requestId: req.id })),
  );
  app.get(
    '/api/public/intake',
    { config: { public: true }, schema: { tags, response: { 200: PublicIntakeStatusSchema } } },
    async () => services.intake.publicStatus(),
  );

  const IntakeSettings = Type.Object(
    { enabled: Type.Boolean(), defaultUnitId: Type.Union([RefId('unit'), Type.Null()]) },
    { additionalProperties: false },
  );
  app.get(
    '/api/settings/intake',
    { schema: { tags, response: { 200: IntakeSettingsViewSchema } } },
    async (req) => services.intakeSettings.get(actorOf(req)),
  );
  app.put(
    '/api/settings/intake',
    { schema: { tags, body: IntakeSettings, response: { 200: IntakeSettingsViewSchema } } },
    async (req) => services.intakeSettings.put(actorOf(req), req.body),
  );
}
