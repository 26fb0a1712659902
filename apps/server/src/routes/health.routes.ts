import type { DatabaseHandle } from '@ungcuu/core/db/engine.ts';
import type { FastifyInstance } from 'fastify';
import { sql } from 'kysely';
import type { Registry } from 'prom-client';

export async function healthRoutes(
  app: FastifyInstance,
  deps: { handle: DatabaseHandle; registry: Registry },
) {
  app.get('/healthz', { config: { public: true }, schema: { tags: ['ops'], hide: true } }, async () => ({
    status: 'ok',
  }));

  app.get(
    '/readyz',
    { config: { public: true }, schema: { tags: ['ops'], hide: true } },
    async (_req, reply) => {
      try {
        await sql`select 1`.execute(deps.handle.db);
        return { status: 'ready', engine: deps.handle.engine };
      } catch {
        return reply.status(503).send({ status: 'unavailable' });
      }
    },
  );

  app.get('/metrics', { config: { public: true }, schema: { hide: true } }, async (_req, reply) => {
    reply.header('content-type', deps.registry.contentType);
    return deps.registry.metrics();
  });
}
