import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import { Type } from '@sinclair/typebox';
import type { Services } from '@ungcuu/core/services.ts';
import { DeletedSchema } from '@ungcuu/domain/api-shapes.ts';
import {
  AcceptRisksSchema,
  AssessmentSaveSchema,
  AssessmentViewSchema,
  HeatMapQuerySchema,
  HeatMapSchema,
  RiskCreateSchema,
  RiskDetailSchema,
  RiskListQuerySchema,
  RiskPageSchema,
  RiskPatchSchema,
  RiskViewSchema,
} from '@ungcuu/domain/risks/risk-api.ts';
import type { FastifyInstance } from 'fastify';
import { actorOf } from '../../plugins/auth.ts';
import { exactValidator } from '../../plugins/exact-validator.ts';
import { RefParams, VersionQuery } from '../common.ts';

const tags = ['risks'];

// Risk register per system, score history, heat map, and the guided assessment of seed II.2.
export async function risksRoutes(base: FastifyInstance, { services }: { services: Services }) {
  const app = base.withTypeProvider<TypeBoxTypeProvider>();

  app.get(
    '/api/risks',
    { schema: { tags, querystring: RiskListQuerySchema, response: { 200: RiskPageSchema } } },
    async (req) => ({
      ...(await services.risks.list(actorOf(req), req.query)),
      limit: req.query.limit,
      offset: req.query.offset,
    }),
  );
  app.get(
    '/api/risks/heat-map',
    { schema: { tags, querystring: HeatMapQuerySchema, response: { 200: HeatMapSchema } } },
    async (req) => services.risks.heatMap(actorOf(req), req.query),
  );
  app.get(
    '/api/risks/:id',
    { schema: { tags, params: RefParams('risk'), response: { 200: RiskDetailSchema } } },
    async (req) => services.risks.get(actorOf(req), req.params.id),
  );
  app.post(
    '/api/risks',
    { schema: { tags, body: RiskCreateSchema, response: { 201: RiskViewSchema } } },
    async (req, reply) => reply.status(201).send(await services.risks.create(actorOf(req), req.body)),
  );
  app.patch(
    '/api/risks/:id',
    {
      schema: {
        tags,
        params: RefParams('risk'),
        body: RiskPatchSchema,
        querystring: VersionQuery,
        response: { 200: RiskViewSchema },
      },
    },
    async (req) => services.risks.update(actorOf(req), req.params.id, req.body, req.query.version),
  );
  app.delete(
    '/api/risks/:id',
    { schema: { tags, params: RefParams('risk'), response: { 200: DeletedSchema } } },
    async (req) => services.risks.remove(actorOf(req), req.params.id),
  );

  app.get(
    '/api/systems/:id/assessment',
    { schema: { tags, params: RefParams('system'), response: { 200: AssessmentViewSchema } } },
    async (req) => services.riskAssessments.get(actorOf(req), req.params.id),
  );
  app.put(
    '/api/systems/:id/assessment',
    {
      schema: {
        tags,
        params: RefParams('system'),
        body: AssessmentSaveSchema,
        response: { 200: AssessmentViewSchema },
      },
      validatorCompiler: exactValidator,
    },
    async (req) => services.riskAssessments.save(actorOf(req), req.params.id, req.body),
  );
  app.post(
    '/api/systems/:id/assessment/accept-risks',
    {
      schema: {
        tags,
        params: RefParams('system'),
        body: AcceptRisksSchema,
        response: { 201: Type.Object({ items: Type.Array(RiskViewSchema), created: Type.Integer() }) },
      },
    },
    async (req, reply) =>
      reply
        .status(201)
        .send(await services.riskAssessments.acceptSuggested(actorOf(req), req.params.id, req.body)),
  );
}
