import type { Services } from '@ungcuu/core/services.ts';
import type { FastifyInstance } from 'fastify';
import { budgetRoutes } from './budget.routes.ts';
import { inspectionsRoutes } from './inspections.routes.ts';
import { readinessRoutes } from './readiness.routes.ts';
import { risksRoutes } from './risks.routes.ts';
import { systemsRoutes } from './systems.routes.ts';

/** Every preparedness route (systems, risks, readiness, inspections, budget), registered by app.ts in one line. */
export async function preparednessRoutes(app: FastifyInstance, deps: { services: Services }) {
  await systemsRoutes(app, deps);
  await risksRoutes(app, deps);
  await readinessRoutes(app, deps);
  await inspectionsRoutes(app, deps);
  await budgetRoutes(app, deps);
}
