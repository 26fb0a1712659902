import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import { Type } from '@sinclair/typebox';
import type { Services } from '@ungcuu/core/services.ts';
import {
  IncidentDetailSchema,
  IncidentPageSchema,
  IncidentViewSchema,
  OkSchema,
  OpenItemsSchema,
  SavedFilterListSchema,
  SavedFilterSchema,
} from '@ungcuu/domain/incidents/incident-api.ts';
import {
  AssignSchema,
  ClassifySchema,
  IncidentListQuerySchema,
  IncidentPatchSchema,
  MergeSchema,
  SplitSchema,
  TransitionSchema,
} from '@ungcuu/domain/incidents/schemas.ts';
import { RefId } from '@ungcuu/domain/refs.ts';
import type { FastifyInstance } from 'fastify';
import { actorOf } from '../../plugins/auth.ts';
import { RefParams } from '../common.ts';

// Incidents: list/search, detail, edit, classify, lifecycle, assignment, merge/split.
export async function incidentRoutes(base: FastifyInstance, { services }: { services: Services }) {
  const app = base.withTypeProvider<TypeBoxTypeProvider>();
  const tags = ['incidents'];

  const params = RefParams('incident');
  const view = { 200: IncidentViewSchema };

  app.get(
    '/api/incidents',
    { schema: { tags, querystring: IncidentListQuerySchema, response: { 200: IncidentPageSchema } } },
    async (req) => services.incidents.list(actorOf(req), req.query),
  );
  app.get(
    '/api/incidents/:id',
    { schema: { tags, params, response: { 200: IncidentDetailSchema } } },
    async (req) => services.incidents.get(actorOf(req), req.params.id),
  );
  app.patch(
    '/api/incidents/:id',
    { schema: { tags, params, body: IncidentPatchSchema, response: view } },
    async (req) => services.incidents.update(actorOf(req), req.params.id, req.body),
  );
  app.post(
    '/api/incidents/:id/classify',
    { schema: { tags, params, body: ClassifySchema, response: view } },
    async (req) => services.incidents.classify(actorOf(req), req.params.id, req.body.subtype as never),
  );
  app.post(
    '/api/incidents/:id/transition',
    { schema: { tags, params, body: TransitionSchema, response: view } },
    async (req) => services.incidents.transition(actorOf(req), req.params.id, req.body),
  );
  // What closing would have to settle: unfinished tasks, legal reports neither made nor waived.
  app.get(
    '/api/incidents/:id/open-items',
    { schema: { tags, params, response: { 200: OpenItemsSchema } } },
    async (req) => services.incidents.openItems(actorOf(req), req.params.id),
  );
  app.post(
    '/api/incidents/:id/assign',
    { schema: { tags, params, body: AssignSchema, response: view } },
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
        response: view,
      },
    },
    async (req) =>
      services.incidents.markDeadlineDone(actorOf(req), req.params.id, req.params.code, req.body.doneAt),
  );
  app.post(
    '/api/incidents/:id/merge',
    { schema: { tags, params, body: MergeSchema, response: view } },
    async (req) => services.mergeSplit.merge(actorOf(req), req.params.id, req.body.intoId),
  );
  app.post(
    '/api/incidents/:id/split',
    { schema: { tags, params, body: SplitSchema, response: { 201: IncidentViewSchema } } },
    async (req, reply) =>
      reply.status(201).send(await services.mergeSplit.split(actorOf(req), req.params.id, req.body)),
  );

  app.get(
    '/api/saved-filters',
    { schema: { tags, response: { 200: SavedFilterListSchema } } },
    async (req) => ({ items: await services.savedFilters.list(actorOf(req)) }),
  );
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
        response: { 201: SavedFilterSchema },
      },
    },
    async (req, reply) =>
      reply.status(201).send(await services.savedFilters.create(actorOf(req), req.body.name, req.body.query)),
  );
  app.delete(
    '/api/saved-filters/:id',
    { schema: { tags, params: RefParams('saved_filter'), response: { 200: OkSchema } } },
    async (req) => services.savedFilters.remove(actorOf(req), req.params.id),
  );
}
