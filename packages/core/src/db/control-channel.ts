import { randomBytes, timingSafeEqual } from 'node:crypto';
import { readFileSync, renameSync, unlinkSync, writeFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { join } from 'node:path';
import { deserialize, serialize } from 'node:v8';
import { CompiledQuery, type Kysely } from 'kysely';
import type { DatabaseHandle } from './engine.ts';
import type { Database } from './schema.ts';

/**
 * The server that holds a PGlite folder lends its database to the `ungcuu` command run beside it,
 * so that `npm run demo` while `npm start` runs writes through the one process that owns the
 * data instead of a second copy that the server would overwrite.
 *
 * Safety: it listens on 127.0.0.1 only, on a random port, and every request must carry a random
 * secret that is written to a file inside the data folder readable by its owner only (mode 0600).
 * Whoever can read that file can already read and change the database files themselves, so the
 * channel gives nobody a power they did not have. A fresh secret is made at every start.
 */
export const CONTROL_FILE = 'ungcuu-control.json';
export const CONTROL_HEADER = 'x-ungcuu-control';

export interface ControlInfo {
  pid: number;
  port: number;
  secret: string;
}

// A command that dies half-way must not keep the single PGlite connection: an idle lease is
// rolled back and released.
const LEASE_IDLE_MS = 30_000;
const MAX_BODY_BYTES = 256 * 1024 * 1024;

export function controlPath(dataDir: string): string {
  return join(dataDir, CONTROL_FILE);
}

export function readControlInfo(dataDir: string): ControlInfo | null {
  try {
    const info = JSON.parse(readFileSync(controlPath(dataDir), 'utf8')) as ControlInfo;
    return typeof info.port === 'number' && typeof info.secret === 'string' ? info : null;
  } catch {
    return null;
  }
}

export function removeControlFile(dataDir: string): void {
  try {
    unlinkSync(controlPath(dataDir));
  } catch {}
}

interface Lease {
  conn: Kysely<Database>;
  done: () => void;
  timer: NodeJS.Timeout;
}

export interface ControlChannel {
  readonly port: number;
  close(): Promise<void>;
}

export async function startControlChannel(
  handle: DatabaseHandle,
  dataDir: string,
  options: { leaseIdleMs?: number } = {},
): Promise<ControlChannel> {
  const leaseIdleMs = options.leaseIdleMs ?? LEASE_IDLE_MS;
  const secret = randomBytes(32).toString('hex');
  const leases = new Map<string, Lease>();

  function authorised(req: IncomingMessage): boolean {
    const given = Buffer.from(String(req.headers[CONTROL_HEADER] ?? ''));
    const expected = Buffer.from(secret);
    return given.length === expected.length && timingSafeEqual(given, expected);
  }

  async function endLease(id: string, clean: boolean): Promise<void> {
    const lease = leases.get(id);
    if (!lease) return;
    leases.delete(id);
    clearTimeout(lease.timer);
    if (!clean) {
      // Undo what the vanished command left open: its transaction and any session lock.
      await lease.conn.executeQuery(CompiledQuery.raw('rollback')).catch(() => {});
      await lease.conn.executeQuery(CompiledQuery.raw('select pg_advisory_unlock_all()')).catch(() => {});
    }
    lease.done();
  }

  function touch(id: string): Lease | undefined {
    const lease = leases.get(id);
    if (!lease) return undefined;
    clearTimeout(lease.timer);
    lease.timer = setTimeout(() => void endLease(id, false), leaseIdleMs);
    return lease;
  }

  async function acquire(): Promise<string> {
    const id = randomBytes(8).toString('hex');
    await new Promise<void>((ready, fail) => {
      handle.db
        .connection()
        .execute(
          (conn) =>
            new Promise<void>((done) => {
              leases.set(id, {
                conn,
                done,
                timer: setTimeout(() => void endLease(id, false), leaseIdleMs),
              });
              ready();
            }),
        )
        .catch(fail);
    });
    return id;
  }

  async function handleRequest(path: string, body: Record<string, unknown>): Promise<unknown> {
    switch (path) {
      case '/acquire':
        return { id: await acquire() };
      case '/query': {
        const lease = touch(String(body.id));
        if (!lease) throw new Error('unknown or expired connection');
        const result = await lease.conn.executeQuery(
          CompiledQuery.raw(String(body.sql), (body.parameters as unknown[]) ?? []),
        );
        touch(String(body.id));
        return { rows: result.rows, numAffectedRows: result.numAffectedRows };
      }
      case '/release':
        await endLease(String(body.id), true);
        return {};
      case '/dump': {
        if (!handle.dump) throw new Error('this database cannot be dumped');
        const blob = await handle.dump();
        return { bytes: Buffer.from(await blob.arrayBuffer()) };
      }
      default:
        throw new Error(`unknown control request ${path}`);
    }
  }

  async function onRequest(req: IncomingMessage, res: ServerResponse): Promise<void> {
    if (req.method !== 'POST' || !authorised(req)) {
      res.writeHead(403).end();
      return;
    }
    const chunks: Buffer[] = [];
    let size = 0;
    for await (const chunk of req) {
      size += (chunk as Buffer).length;
      if (size > MAX_BODY_BYTES) {
        res.writeHead(413).end();
        return;
      }
      chunks.push(chunk as Buffer);
    }
    let reply: { ok: true; value: unknown } | { ok: false; message: string };
    try {
      const body = chunks.length ? (deserialize(Buffer.concat(chunks)) as Record<string, unknown>) : {};
      reply = { ok: true, value: await handleRequest(req.url ?? '', body) };
    } catch (error) {
      // The caller is the owner's own command: the database's message is what they need to see.
      reply = { ok: false, message: error instanceof Error ? error.message : String(error) };
    }
    res.writeHead(200, { 'content-type': 'application/octet-stream' }).end(serialize(reply));
  }

  const server = createServer((req, res) => {
    onRequest(req, res).catch(() => {
      if (!res.headersSent) res.writeHead(500);
      res.end();
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  const info: ControlInfo = { pid: process.pid, port, secret };
  const temp = `${controlPath(dataDir)}.${process.pid}`;
  writeFileSync(temp, JSON.stringify(info), { mode: 0o600 });
  renameSync(temp, controlPath(dataDir));

  return {
    port,
    async close() {
      removeControlFile(dataDir);
      for (const id of [...leases.keys()]) await endLease(id, false);
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
