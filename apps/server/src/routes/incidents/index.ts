import type { Services } from '@ungcuu/core/services.ts';
import type { FastifyInstance } from 'fastify';
import { incidentDocumentRoutes } from './incident-documents.routes.ts';
import { incidentWorkRoutes } from './incident-work.routes.ts';
import { incidentRoutes } from './incidents.routes.ts';
import { intakeRoutes } from './intake.routes.ts';

/** The incidents module: intake, the incident itself, the work on it and its official documents. */
export async function incidentsModule(app: FastifyInstance, deps: { services: Services }) {
  await intakeRoutes(app, deps);
  await incidentRoutes(app, deps);
  await incidentWorkRoutes(app, deps);
  await incidentDocumentRoutes(app, deps);
}
