import cluster from 'node:cluster';
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
import { createLazySchemas, rememberLazySchemas } from './plugins/lazy-schemas.ts';
import { registerMetrics } from './plugins/metrics.ts';
import { registerRealtime } from './plugins/realtime.ts';
import { registerRefChecks } from './plugins/refs.ts';
import { DOCS_CSP, registerSecurityHeaders } from './plugins/security-headers.ts';
import { isSpaRequest, registerWeb } from './plugins/web.ts';
import { registerRoutes } from './routes/index.ts';

export interface AppDeps {
  handle: DatabaseHandle;
  services: Services;
  /** false in tests; a pino options object or true otherwise. */
  logger?: boolean | object;
}

/** Builds the HTTP app: no listening, no migrations, no process handlers (server.ts does those). */
export async function buildApp(config: Config, deps: AppDeps): Promise<FastifyInstance> {
  const schemas = createLazySchemas();
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
    // Compiled on each route's first use, not at start (plugins/lazy-schemas.ts).
    schemaController: {
      compilersFactory: {
        buildValidator: guardedValidatorFactory((f) => schemas.validators(f)),
        buildSerializer: schemas.serializers(),
      },
    },
    // Malformed or overlong URLs are refused by the router before any hook: same coded errors.
    frameworkErrors,
  });
  rememberLazySchemas(app, schemas);
  // Several processes (UNGCUU_WORKERS): which one answered, for operators and the workers test.
  const worker = cluster.isWorker ? String(cluster.worker?.id ?? '') : null;
  app.addHook('onSend', async (req, reply) => {
    reply.header('x-request-id', req.id);
    if (worker) reply.header('x-ungcuu-worker', worker);
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

  await registerAuth(app, deps.services, deps.handle);
  registerRefChecks(app, deps.services);
  await registerRoutes(app, { services: deps.services, config, handle: deps.handle, registry });
  await registerRealtime(app, deps.handle, deps.services);

  const web = await registerWeb(app, config.webDist);
  app.setNotFoundHandler((req, reply) => {
    if (web && isSpaRequest(req.method, req.url)) return web.sendPage(reply);
    return reply.status(404).send(errorBody(req, 'route.not_found', {}));
  });
  return app;
}
