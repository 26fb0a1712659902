import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import { Type } from '@sinclair/typebox';
import type { Services } from '@ungcuu/core/services.ts';
import {
  AssignSchema,
  ClassifySchema,
  IncidentListQuerySchema,
  IncidentPatchSchema,
  IncidentReportSchema,
  MergeSchema,
  PublicIncidentReportSchema,
  SplitSchema,
  TransitionSchema,
} from '@ungcuu/domain/incidents/schemas.ts';
import { RefId } from '@ungcuu/domain/refs.ts';
import type { FastifyInstance } from 'fastify';
import { actorOf } from '../plugins/auth.ts';
import { RefParams } from './common.ts';

// Incidents: intake, list/search, detail, edit, classify, lifecycle, assignment, merge/split.
export async function incidentRoutes(base: FastifyInstance, { services }: { services: Services }) {
  const app = base.withTypeProvider<TypeBoxTypeProvider>();
  const tags = ['incidents'];

  app.post(
    '/api/incidents',
    { config: { tokenScope: 'incidents.report' }, schema: { tags, body: IncidentReportSchema } },
    async (req, reply) => {
      const channel = req.headers.authorization?.startsWith('Bearer ') ? 'api' : 'web';
      return reply.status(201).send(await services.intake.report(actorOf(req), req.body, channel));
    },
  );

  // Public intake (when enabled by an administrator): rate-limited per address; `website` is a honeypot.
  app.post(
    '/api/public/incidents',
    {
      config: { public: true, rateLimit: { max: 5, timeWindow: '10 minutes' } },
      schema: { tags, body: PublicIncidentReportSchema },
    },
    async (req, reply) =>
      reply.status(202).send(await services.intake.reportPublic(req.body, { ip: req.ip, requestId: req.id })),
  );

  const IntakeSettings = Type.Object(
    { enabled: Type.Boolean(), defaultUnitId: Type.Union([RefId('unit'), Type.Null()]) },
    { additionalProperties: false },
  );
  app.get('/api/settings/intake', { schema: { tags } }, async (req) =>
    services.intakeSettings.get(actorOf(req)),
  );
  app.put('/api/settings/intake', { schema: { tags, body: IntakeSettings } }, async (req) =>
    services.intakeSettings.put(actorOf(req), req.body),
  );

  app.get('/api/public/intake', { config: { public: true }, schema: { tags } }, async () =>
    services.intake.publicStatus(),
  );

  app.get('/api/incidents', { schema: { tags, querystring: IncidentListQuerySchema } }, async (req) =>
    services.incidents.list(actorOf(req), req.query),
  );
  app.get('/api/incidents/:id', { schema: { tags, params: RefParams('incident') } }, async (req) =>
    services.incidents.get(actorOf(req), req.params.id),
  );
  app.patch(
    '/api/incidents/:id',
    { schema: { tags, params: RefParams('incident'), body: IncidentPatchSchema } },
    async (req) => services.incidents.update(actorOf(req), req.params.id, req.body),
  );
  app.post(
    '/api/incidents/:id/classify',
    { schema: { tags, params: RefParams('incident'), body: ClassifySchema } },
    async (req) => services.incidents.classify(actorOf(req), req.params.id, req.body.subtype as never),
  );
  app.post(
    '/api/incidents/:id/transition',
    { schema: { tags, params: RefParams('incident'), body: TransitionSchema } },
    async (req) => services.incidents.transition(actorOf(req), req.params.id, req.body),
  );
  // What closing would have to settle: unfinished tasks, legal reports neither made nor waived.
  app.get('/api/incidents/:id/open-items', { schema: { tags, params: RefParams('incident') } }, async (req) =>
    services.incidents.openItems(actorOf(req), req.params.id),
  );
  app.post(
    '/api/incidents/:id/assign',
    { schema: { tags, params: RefParams('incident'), body: AssignSchema } },
    async (req) => services.incidents.assign(actorOf(req), req.params.id, req.body),
  );
  app.post(
    '/api/incidents/:id/deadlines/:code/done',
    {
      schema: {
        tags,
        params: Type.Object({
          id: RefId('incident'),
          code: Type.String({ pattern: '^[a-z0-9_.-]{1,80}$' }),
        }),
        body: Type.Object({ doneAt: Type.String({ format: 'date-time' }) }, { additionalProperties: false }),
      },
    },
    async (req) =>
      services.incidents.markDeadlineDone(actorOf(req), req.params.id, req.params.code, req.body.doneAt),
  );
  app.post(
    '/api/incidents/:id/merge',
    { schema: { tags, params: RefParams('incident'), body: MergeSchema } },
    async (req) => services.mergeSplit.merge(actorOf(req), req.params.id, req.body.intoId),
  );
  app.post(
    '/api/incidents/:id/split',
    { schema: { tags, params: RefParams('incident'), body: SplitSchema } },
    async (req, reply) =>
      reply.status(201).send(await services.mergeSplit.split(actorOf(req), req.params.id, req.body)),
  );

  app.get('/api/saved-filters', { schema: { tags } }, async (req) => ({
    items: await services.savedFilters.list(actorOf(req)),
  }));
  app.post(
    '/api/saved-filters',
    {
      schema: {
        tags,
        body: Type.Object(
          {
            name: Type.String({ minLength: 1, maxLength: 100 }),
            query: Type.Record(Type.String({ maxLength: 40 }), Type.Unknown(), { maxProperties: 20 }),
          },
          { additionalProperties: false },
        ),
      },
    },
    async (req, reply) =>
      reply.status(201).send(await services.savedFilters.create(actorOf(req), req.body.name, req.body.query)),
  );
  app.delete('/api/saved-filters/:id', { schema: { tags, params: RefParams('saved_filter') } }, async (req) =>
    services.savedFilters.remove(actorOf(req), req.params.id),
  );
}
