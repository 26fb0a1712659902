import multipart from '@fastify/multipart';
import rateLimit from '@fastify/rate-limit';
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import type { Config } from '@ungcuu/core/config.ts';
import type { DatabaseHandle } from '@ungcuu/core/db/engine.ts';
import type { Services } from '@ungcuu/core/services.ts';
import { REF_EXEMPT_KEYWORD, REF_KEYWORD } from '@ungcuu/domain/refs.ts';
import Fastify, { type FastifyInstance } from 'fastify';
import { registerAuth } from './plugins/auth.ts';
import { errorBody, frameworkErrors, registerErrorHandling } from './plugins/errors.ts';
import { guardedValidatorFactory } from './plugins/input-guard.ts';
import { registerMetrics } from './plugins/metrics.ts';
import { registerRealtime } from './plugins/realtime.ts';
import { registerRefChecks } from './plugins/refs.ts';
import { DOCS_CSP, registerSecurityHeaders } from './plugins/security-headers.ts';
import { isSpaRequest, registerWeb } from './plugins/web.ts';
import { adminRoutes } from './routes/admin.routes.ts';
import { authRoutes } from './routes/auth.routes.ts';
import { catalogueRoutes } from './routes/catalogue.routes.ts';
import { healthRoutes } from './routes/health.routes.ts';
import { incidentDocumentRoutes, incidentWorkRoutes } from './routes/incident-work.routes.ts';
import { incidentRoutes } from './routes/incidents.routes.ts';
import { monitoringRoutes } from './routes/monitoring/monitoring.routes.ts';
import { orgRoutes } from './routes/org.routes.ts';
import { preparednessRoutes } from './routes/systems-preparedness.routes.ts';

export interface AppDeps {
  handle: DatabaseHandle;
  services: Services;
  /** false in tests; a pino options object or true otherwise. */
  logger?: boolean | object;
}

/** Builds the HTTP app: no listening, no migrations, no process handlers (server.ts does those). */
export async function buildApp(config: Config, deps: AppDeps): Promise<FastifyInstance> {
  const app = Fastify({
    logger: deps.logger ?? { level: config.logLevel },
    trustProxy: config.trustProxy,
    genReqId: () => crypto.randomUUID(),
    requestIdHeader: false,
    bodyLimit: 1024 * 1024,
    ajv: {
      customOptions: {
        removeAdditional: false,
        coerceTypes: 'array',
        useDefaults: true,
        allErrors: false,
        // RefId fields name the kind of record they point at; the reference check reads it.
        keywords: [REF_KEYWORD, REF_EXEMPT_KEYWORD],
      },
    },
    // Every route's input: finite numbers, text without NUL or broken Unicode, bounded schemas.
    schemaController: { compilersFactory: { buildValidator: guardedValidatorFactory() } },
    // Malformed or overlong URLs are refused by the router before any hook: same coded errors.
    frameworkErrors,
  });
  app.addHook('onSend', async (req, reply) => {
    reply.header('x-request-id', req.id);
  });

  // First, so that every response carries them: API, SPA, assets, errors, /docs, event streams.
  await registerSecurityHeaders(app);
  registerErrorHandling(app);
  const registry = registerMetrics(app);
  // Only routes that ask for it (config.rateLimit) are limited, e.g. the public intake form.
  await app.register(rateLimit, { global: false });
  await app.register(multipart, { limits: { fileSize: 50 * 1024 * 1024, files: 5 } });
  await app.register(swagger, {
    openapi: {
      info: {
        title: 'ungcuu API',
        version: '0.1.0',
        description: 'Điều phối ứng cứu sự cố an toàn thông tin mạng',
      },
      components: {
        securitySchemes: {
          bearer: { type: 'http', scheme: 'bearer' },
          cookie: { type: 'apiKey', in: 'cookie', name: 'ungcuu_session' },
        },
      },
    },
  });
  await app.register(swaggerUi, { routePrefix: '/docs', staticCSP: DOCS_CSP });

  await registerAuth(app, deps.services);
  registerRefChecks(app, deps.services);
  await healthRoutes(app, { handle: deps.handle, registry });
  await authRoutes(app, { services: deps.services, config });
  await orgRoutes(app, { services: deps.services });
  await adminRoutes(app, { services: deps.services });
  await preparednessRoutes(app, { services: deps.services });
  await incidentRoutes(app, { services: deps.services });
  await incidentWorkRoutes(app, { services: deps.services });
  await incidentDocumentRoutes(app, { services: deps.services });
  await catalogueRoutes(app, { services: deps.services });
  await monitoringRoutes(app, { services: deps.services });
  await registerRealtime(app, deps.handle, deps.services);

  const web = await registerWeb(app, config.webDist);
  app.setNotFoundHandler((req, reply) => {
    if (web && isSpaRequest(req.method, req.url)) return web.sendPage(reply);
    return reply.status(404).send(errorBody(req, 'route.not_found', {}));
  });
  return app;
}
