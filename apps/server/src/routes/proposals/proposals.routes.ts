import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import type { Services } from '@ungcuu/core/services.ts';
import {
  ProposalAnswerSchema,
  ProposalCreateSchema,
  ProposalListQuerySchema,
  ProposalPageSchema,
  ProposalViewSchema,
} from '@ungcuu/domain/proposals/proposal-api.ts';
import type { FastifyInstance } from 'fastify';
import { actorOf } from '../../plugins/auth.ts';
import { RefParams, VersionQuery } from '../common.ts';

const tags = ['proposals'];

// Difficulties and proposals (kiến nghị, đề xuất) for the leaders, and the leaders' answers.
export async function proposalsRoutes(base: FastifyInstance, { services }: { services: Services }) {
  const app = base.withTypeProvider<TypeBoxTypeProvider>();

  app.get(
    '/api/proposals',
    { schema: { tags, querystring: ProposalListQuerySchema, response: { 200: ProposalPageSchema } } },
    async (req) => ({
      ...(await services.proposals.list(actorOf(req), req.query)),
      limit: req.query.limit,
      offset: req.query.offset,
    }),
  );
  app.get(
    '/api/proposals/:id',
    { schema: { tags, params: RefParams('proposal'), response: { 200: ProposalViewSchema } } },
    async (req) => services.proposals.get(actorOf(req), req.params.id),
  );
  app.post(
    '/api/proposals',
    { schema: { tags, body: ProposalCreateSchema, response: { 201: ProposalViewSchema } } },
    async (req, reply) => reply.status(201).send(await services.proposals.create(actorOf(req), req.body)),
  );
  app.post(
    '/api/proposals/:id/answer',
    {
      schema: {
        tags,
        params: RefParams('proposal'),
        querystring: VersionQuery,
        body: ProposalAnswerSchema,
        response: { 200: ProposalViewSchema },
      },
    },
    async (req) => services.proposals.answer(actorOf(req), req.params.id, req.body, req.query.version),
  );
}
