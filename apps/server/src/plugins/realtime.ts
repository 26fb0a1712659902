import type { DatabaseHandle } from '@ungcuu/core/db/engine.ts';
import { CHANGES_CHANNEL, type ChangeEvent, parseChange } from '@ungcuu/core/events/change-bus.ts';
import type { Services } from '@ungcuu/core/services.ts';
import type { RequestActor } from '@ungcuu/core/shared/context.ts';
import type { FastifyInstance } from 'fastify';
import { actorOf, SESSION_COOKIE } from './auth.ts';

interface Client {
  actor: RequestActor;
  send(event: ChangeEvent): void;
  end(): void;
}

// Roles that see every unit's records; everyone else hears only about their own unit's.
const SEES_ALL = new Set(['admin', 'coordinator', 'leader']);

export function mayHear(actor: RequestActor, event: ChangeEvent): boolean {
  if (event.unitIds === 'all') return true;
  if (actor.roles.some((r) => SEES_ALL.has(r))) return true;
  return event.unitIds.includes(actor.unitId);
}

/**
 * Server-Sent Events: each process LISTENs on the changes channel once and fans out to its own
 * open streams; Postgres NOTIFY carries changes between processes.
 */
export async function registerRealtime(
  app: FastifyInstance,
  handle: DatabaseHandle,
  services: Services,
): Promise<void> {
  const clients = new Set<Client>();
  const unlisten = await handle.listen(CHANGES_CHANNEL, (payload) => {
    const event = parseChange(payload);
    if (!event) return;
    for (const c of clients) if (mayHear(c.actor, event)) c.send(event);
  });
  // Open streams would keep the server from closing: end them first on shutdown.
  app.addHook('preClose', async () => {
    for (const c of clients) c.end();
  });
  app.addHook('onClose', async () => {
    await unlisten();
  });

  app.get(
    '/api/events',
    { schema: { tags: ['realtime'], summary: 'Server-Sent Events of changes' } },
    (req, reply) => {
      const actor = actorOf(req);
      reply.hijack();
      const res = reply.raw;
      res.writeHead(200, {
        'content-type': 'text/event-stream; charset=utf-8',
        'cache-control': 'no-cache, no-transform',
        connection: 'keep-alive',
        'x-accel-buffering': 'no',
      });
      res.write('retry: 3000\n\n');
      // A comment line every 25 s keeps proxies from closing an idle stream.
      const heartbeat = setInterval(() => res.write(': ping\n\n'), 25_000);
      const client: Client = {
        actor,
        send: (event) => res.write(`event: change\ndata: ${JSON.stringify(event)}\n\n`),
        end: () => {
          clearInterval(heartbeat);
          clients.delete(client);
          res.end();
        },
      };
      clients.add(client);
      req.raw.on('close', () => {
        clearInterval(heartbeat);
        clients.delete(client);
      });
    },
  );
}
