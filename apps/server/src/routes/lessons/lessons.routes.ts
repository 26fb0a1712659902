import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import type { Services } from '@ungcuu/core/services.ts';
import { DeletedSchema, Items } from '@ungcuu/domain/api-shapes.ts';
import {
  FollowupInputSchema,
  FollowupPatchSchema,
  LessonListQuerySchema,
  LessonPageSchema,
  LessonRiskLinkInputSchema,
  LessonRiskParamsSchema,
  LessonViewSchema,
} from '@ungcuu/domain/lessons/lessons-api.ts';
import type { FastifyInstance } from 'fastify';
import { actorOf } from '../../plugins/auth.ts';
import { RefParams, VersionQuery } from '../common.ts';

const tags = ['lessons'];

// The lessons library (seed I.2): every unit reads, redacted where the incident is not theirs;
// follow-ups ("what changed") and the risks a lesson touches.
export async function lessonsRoutes(base: FastifyInstance, { services }: { services: Services }) {
  const app = base.withTypeProvider<TypeBoxTypeProvider>();

  app.get(
    '/api/lessons',
    { schema: { tags, querystring: LessonListQuerySchema, response: { 200: LessonPageSchema } } },
    async (req) => ({
      ...(await services.lessons.list(actorOf(req), req.query)),
      limit: req.query.limit,
      offset: req.query.offset,
    }),
  );
  app.get(
    '/api/lessons/:id',
    { schema: { tags, params: RefParams('lesson'), response: { 200: LessonViewSchema } } },
    async (req) => services.lessons.get(actorOf(req), req.params.id),
  );
  app.get(
    '/api/risks/:id/lessons',
    { schema: { tags, params: RefParams('risk'), response: { 200: Items(LessonViewSchema) } } },
    async (req) => services.lessons.ofRisk(actorOf(req), req.params.id),
  );
  app.post(
    '/api/lessons/:id/risks',
    {
      schema: {
        tags,
        params: RefParams('lesson'),
        body: LessonRiskLinkInputSchema,
        response: { 200: LessonViewSchema },
      },
    },
    async (req) => services.lessons.linkRisk(actorOf(req), req.params.id, req.body.riskId),
  );
  app.delete(
    '/api/lessons/:id/risks/:riskId',
    { schema: { tags, params: LessonRiskParamsSchema, response: { 200: LessonViewSchema } } },
    async (req) => services.lessons.unlinkRisk(actorOf(req), req.params.id, req.params.riskId),
  );
  app.post(
    '/api/lessons/:id/followups',
    {
      schema: {
        tags,
        params: RefParams('lesson'),
        body: FollowupInputSchema,
        response: { 201: LessonViewSchema },
      },
    },
    async (req, reply) =>
      reply.status(201).send(await services.lessons.addFollowup(actorOf(req), req.params.id, req.body)),
  );
  app.patch(
    '/api/lesson-followups/:id',
    {
      schema: {
        tags,
        params: RefParams('lesson_followup'),
        body: FollowupPatchSchema,
        querystring: VersionQuery,
        response: { 200: LessonViewSchema },
      },
    },
    async (req) => services.lessons.updateFollowup(actorOf(req), req.params.id, req.body, req.query.version),
  );
  app.delete(
    '/api/lesson-followups/:id',
    { schema: { tags, params: RefParams('lesson_followup'), response: { 200: DeletedSchema } } },
    async (req) => services.lessons.removeFollowup(actorOf(req), req.params.id),
  );
}
