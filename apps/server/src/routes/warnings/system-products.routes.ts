import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import type { Services } from '@ungcuu/core/services.ts';
import { DeletedSchema } from '@ungcuu/domain/api-shapes.ts';
import {
  SystemProductInputSchema,
  SystemProductListSchema,
  SystemProductPatchSchema,
  SystemProductViewSchema,
} from '@ungcuu/domain/warnings/warning-api.ts';
import type { FastifyInstance } from 'fastify';
import { actorOf } from '../../plugins/auth.ts';
import { RefParams } from '../common.ts';

const tags = ['systems'];

// The inventory's structured product entries (vendor, product, version, CPE) that warnings match.
export async function systemProductRoutes(base: FastifyInstance, { services }: { services: Services }) {
  const app = base.withTypeProvider<TypeBoxTypeProvider>();
  app.get(
    '/api/systems/:id/products',
    { schema: { tags, params: RefParams('system'), response: { 200: SystemProductListSchema } } },
    async (req) => services.systemProducts.list(actorOf(req), req.params.id),
  );
  app.post(
    '/api/systems/:id/products',
    {
      schema: {
        tags,
        params: RefParams('system'),
        body: SystemProductInputSchema,
        response: { 201: SystemProductViewSchema },
      },
    },
    async (req, reply) =>
      reply.status(201).send(await services.systemProducts.add(actorOf(req), req.params.id, req.body)),
  );
  app.patch(
    '/api/system-products/:id',
    {
      schema: {
        tags,
        params: RefParams('system_product'),
        body: SystemProductPatchSchema,
        response: { 200: SystemProductViewSchema },
      },
    },
    async (req) => services.systemProducts.update(actorOf(req), req.params.id, req.body),
  );
  app.delete(
    '/api/system-products/:id',
    { schema: { tags, params: RefParams('system_product'), response: { 200: DeletedSchema } } },
    async (req) => services.systemProducts.remove(actorOf(req), req.params.id),
  );
}
