import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import type { Services } from '@ungcuu/core/services.ts';
import {
  TokenCreateBodySchema,
  TokenCreatedSchema,
  TokenListSchema,
  TokenViewSchema,
} from '@ungcuu/domain/auth/token-api.ts';
import type { FastifyInstance } from 'fastify';
import { actorOf } from '../../plugins/auth.ts';
import { RefParams } from '../common.ts';

// Personal API tokens: listed, created (the secret shown once), revoked.
export async function tokenRoutes(base: FastifyInstance, { services }: { services: Services }) {
  const app = base.withTypeProvider<TypeBoxTypeProvider>();
  const tags = ['tokens'];

  app.get('/api/tokens', { schema: { tags, response: { 200: TokenListSchema } } }, async (req) => ({
    items: await services.tokens.list(actorOf(req)),
  }));
  app.post(
    '/api/tokens',
    { schema: { tags, body: TokenCreateBodySchema, response: { 201: TokenCreatedSchema } } },
    async (req, reply) =>
      reply
        .status(201)
        .send(await services.tokens.create(actorOf(req), { ...req.body, scopes: [...req.body.scopes] })),
  );
  app.delete(
    '/api/tokens/:id',
    { schema: { tags, params: RefParams('token'), response: { 200: TokenViewSchema } } },
    async (req) => services.tokens.revoke(actorOf(req), req.params.id),
  );
}
