import cluster from 'node:cluster';
import { Type } from '@sinclair/typebox';
import type { DatabaseHandle } from '@ungcuu/core/db/engine.ts';
import {
  CHANGES_CHANNEL,
  type ChangeEvent,
  parseChange,
  parseRevocation,
  REVOCATIONS_CHANNEL,
} from '@ungcuu/core/events/change-bus.ts';
import type { Services } from '@ungcuu/core/services.ts';
import type { RequestActor } from '@ungcuu/core/shared/context.ts';
import type { FastifyInstance } from 'fastify';
import { actorOf, credentialCheck } from './auth.ts';

interface Client {
  actor: RequestActor;
  /** The stream's credential checked again: the caller as they are now, or null if it ended. */
  recheck(): Promise<RequestActor | null>;
  send(event: ChangeEvent): void;
  end(): void;
}

/** Keeps the stream while its session or token still works (with the caller's current roles). */
async function revalidate(client: Client): Promise<void> {
  // A failed check ends the stream too: the browser reconnects and is authenticated afresh.
  const actor = await client.recheck().catch(() => null);
  if (actor) client.actor = actor;
  else client.end();
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
  // Sign-out, password change or reset, disabling, token revocation: in whichever process it
  // happened, each process checks that person's open streams again at once.
  const unlistenRevocations = await handle.listen(REVOCATIONS_CHANNEL, (payload) => {
    const notice = parseRevocation(payload);
    if (!notice) return;
    for (const c of clients) if (c.actor.userId === notice.userId) void revalidate(c);
  });
  // Open streams would keep the server from closing: end them first on shutdown.
  app.addHook('preClose', async () => {
    for (const c of clients) c.end();
  });
  app.addHook('onClose', async () => {
    await unlisten();
    await unlistenRevocations();
  });

  app.get(
    '/api/events',
    {
      schema: {
        tags: ['realtime'],
        summary: 'Server-Sent Events of changes',
        // Written by hand to the raw socket (the reply is hijacked): `event: change` lines.
        response: { 200: { content: { 'text/event-stream': { schema: Type.String() } } } },
      },
    },
    (req, reply) => {
      const actor = actorOf(req);
      const recheck = credentialCheck(req, services);
      reply.hijack();
      const res = reply.raw;
      res.writeHead(200, {
        'content-type': 'text/event-stream; charset=utf-8',
        'cache-control': 'no-cache, no-transform',
        connection: 'keep-alive',
        'x-accel-buffering': 'no',
        // Hijacked: the app's onSend hook does not run here; which process holds the stream.
        ...(cluster.isWorker ? { 'x-ungcuu-worker': String(cluster.worker?.id ?? '') } : {}),
      });
      res.write('retry: 3000\n\n');
      // A comment line every 25 s keeps proxies from closing an idle stream; the credential is
      // checked again then as well, so a session that simply expired ends its stream too.
      const heartbeat = setInterval(() => {
        res.write(': ping\n\n');
        void revalidate(client);
      }, 25_000);
      const client: Client = {
        actor,
        recheck,
        send: (event) => res.write(`event: change\ndata: ${JSON.stringify(event)}\n\n`),
        end: () => {
          clearInterval(heartbeat);
          if (!clients.delete(client)) return;
          // Tells the page why, before the stream closes; reconnecting then gets 401.
          res.end('event: ended\ndata: {}\n\n');
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
