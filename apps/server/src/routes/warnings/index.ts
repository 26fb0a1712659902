import type { Services } from '@ungcuu/core/services.ts';
import type { FastifyInstance } from 'fastify';
import { systemProductRoutes } from './system-products.routes.ts';
import { warningsRoutes } from './warnings.routes.ts';

/** The warnings module (issue 11) and the inventory's product entries it matches against. */
export async function warningsModule(app: FastifyInstance, deps: { services: Services }) {
  await systemProductRoutes(app, deps);
  await warningsRoutes(app, deps);
}
