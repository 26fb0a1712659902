import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import type { Services } from '@ungcuu/core/services.ts';
import {
  PlaybookBodySchema,
  PlaybookListSchema,
  PlaybookParamsSchema,
  PlaybookSchema,
} from '@ungcuu/domain/playbooks/playbook-api.ts';
import {
  RegimeBodySchema,
  RegimeListSchema,
  ReportingRegimeSchema,
} from '@ungcuu/domain/regimes/regime-api.ts';
import type { FastifyInstance } from 'fastify';
import { actorOf } from '../../plugins/auth.ts';

// Playbooks (phương án ứng cứu) and reporting regimes: read by everyone, edited by administrators.
export async function catalogueRoutes(base: FastifyInstance, { services }: { services: Services }) {
  const app = base.withTypeProvider<TypeBoxTypeProvider>();
  const tags = ['playbooks and regimes'];

  app.get('/api/playbooks', { schema: { tags, response: { 200: PlaybookListSchema } } }, async (req) => ({
    items: await services.playbooks.list(actorOf(req)),
  }));
  app.get(
    '/api/playbooks/:subtype',
    { schema: { tags, params: PlaybookParamsSchema, response: { 200: PlaybookSchema } } },
    async (req) => services.playbooks.get(actorOf(req), req.params.subtype),
  );
  app.put(
    '/api/playbooks/:subtype',
    {
      schema: {
        tags,
        params: PlaybookParamsSchema,
        body: PlaybookBodySchema,
        response: { 200: PlaybookSchema },
      },
    },
    async (req) => services.playbooks.save(actorOf(req), req.params.subtype, req.body),
  );
  app.get('/api/regimes', { schema: { tags, response: { 200: RegimeListSchema } } }, async (req) => ({
    items: await services.regimes.list(actorOf(req)),
  }));
  app.put(
    '/api/regimes',
    { schema: { tags, body: RegimeBodySchema, response: { 200: ReportingRegimeSchema } } },
    async (req) => services.regimes.save(actorOf(req), req.body),
  );
}
