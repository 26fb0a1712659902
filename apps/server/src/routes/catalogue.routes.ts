import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import { Type } from '@sinclair/typebox';
import type { Services } from '@ungcuu/core/services.ts';
import { SubtypeSchema } from '@ungcuu/domain/incidents/schemas.ts';
import type { FastifyInstance } from 'fastify';
import { actorOf } from '../plugins/auth.ts';

// Playbooks (phương án ứng cứu) and reporting regimes: read by everyone, edited by administrators.
export async function catalogueRoutes(base: FastifyInstance, { services }: { services: Services }) {
  const app = base.withTypeProvider<TypeBoxTypeProvider>();
  const tags = ['playbooks and regimes'];
  const SubtypeParams = Type.Object({ subtype: SubtypeSchema });

  app.get('/api/playbooks', { schema: { tags } }, async (req) => ({
    items: await services.playbooks.list(actorOf(req)),
  }));
  app.get('/api/playbooks/:subtype', { schema: { tags, params: SubtypeParams } }, async (req) =>
    services.playbooks.get(actorOf(req), req.params.subtype as never),
  );
  app.put(
    '/api/playbooks/:subtype',
    { schema: { tags, params: SubtypeParams, body: Type.Object({}, { additionalProperties: true }) } },
    async (req) => services.playbooks.save(actorOf(req), req.params.subtype as never, req.body),
  );
  app.get('/api/regimes', { schema: { tags } }, async (req) => ({
    items: await services.regimes.list(actorOf(req)),
  }));
  app.put(
    '/api/regimes',
    { schema: { tags, body: Type.Object({}, { additionalProperties: true }) } },
    async (req) => services.regimes.save(actorOf(req), req.body),
  );
}
