import { Type } from '@sinclair/typebox';
import type { DatabaseHandle } from '@ungcuu/core/db/engine.ts';
import type { FastifyInstance } from 'fastify';
import { sql } from 'kysely';
import type { Registry } from 'prom-client';

// Probes for the orchestrator and the metrics scrape: public, hidden from the API document.
const Liveness = Type.Object({ status: Type.Literal('ok') });
const Readiness = Type.Object({
  status: Type.Union([Type.Literal('ready'), Type.Literal('unavailable')]),
  engine: Type.Optional(Type.Union([Type.Literal('pglite'), Type.Literal('postgres')])),
});

export async function healthRoutes(
  app: FastifyInstance,
  deps: { handle: DatabaseHandle; registry: Registry },
) {
  app.get(
    '/healthz',
    { config: { public: true }, schema: { tags: ['ops'], hide: true, response: { 200: Liveness } } },
    async () => ({ status: 'ok' }),
  );

  app.get(
    '/readyz',
    {
      config: { public: true },
      schema: { tags: ['ops'], hide: true, response: { 200: Readiness, 503: Readiness } },
    },
    async (_req, reply) => {
      try {
        await sql`select 1`.execute(deps.handle.db);
        return { status: 'ready', engine: deps.handle.engine };
      } catch {
        return reply.status(503).send({ status: 'unavailable' });
      }
    },
  );

  // Prometheus text format, produced by prom-client.
  app.get(
    '/metrics',
    {
      config: { public: true },
      schema: { hide: true, response: { 200: { content: { 'text/plain': { schema: Type.String() } } } } },
    },
    async (_req, reply) => {
      reply.header('content-type', deps.registry.contentType);
      return deps.registry.metrics();
    },
  );
}
