import { deserialize, serialize } from 'node:v8';
import {
  type CompiledQuery,
  type DatabaseConnection,
  type Dialect,
  type Driver,
  Kysely,
  PostgresAdapter,
  PostgresIntrospector,
  PostgresQueryCompiler,
  type QueryResult,
} from 'kysely';
import { CONTROL_HEADER, type ControlInfo } from './control-channel.ts';
import type { DatabaseHandle } from './engine.ts';
import type { Database } from './schema.ts';

/** Sends one request over the control channel of the server that owns the data folder. */
export async function controlRequest<T>(info: ControlInfo, path: string, body: unknown = {}): Promise<T> {
  const response = await fetch(`http://127.0.0.1:${info.port}${path}`, {
    method: 'POST',
    headers: { [CONTROL_HEADER]: info.secret, 'content-type': 'application/octet-stream' },
    body: serialize(body),
  });
  if (!response.ok) throw new Error(`the running server refused the request (${response.status})`);
  const reply = deserialize(Buffer.from(await response.arrayBuffer())) as
    | { ok: true; value: T }
    | { ok: false; message: string };
  if (!reply.ok) throw new Error(reply.message);
  return reply.value;
}

class RemoteConnection implements DatabaseConnection {
  constructor(
    private readonly info: ControlInfo,
    readonly id: string,
  ) {}

  async executeQuery<R>(compiled: CompiledQuery): Promise<QueryResult<R>> {
    return controlRequest<QueryResult<R>>(this.info, '/query', {
      id: this.id,
      sql: compiled.sql,
      parameters: compiled.parameters,
    });
  }

  // biome-ignore lint/correctness/useYield: streaming is not supported over the control channel.
  async *streamQuery<R>(): AsyncIterableIterator<QueryResult<R>> {
    throw new Error('streamQuery is not supported through the running server');
  }
}

class RemoteDriver implements Driver {
  constructor(private readonly info: ControlInfo) {}
  async init(): Promise<void> {}
  async acquireConnection(): Promise<DatabaseConnection> {
    const { id } = await controlRequest<{ id: string }>(this.info, '/acquire');
    return new RemoteConnection(this.info, id);
  }
  async beginTransaction(conn: DatabaseConnection): Promise<void> {
    await conn.executeQuery({ sql: 'begin', parameters: [] } as unknown as CompiledQuery);
  }
  async commitTransaction(conn: DatabaseConnection): Promise<void> {
    await conn.executeQuery({ sql: 'commit', parameters: [] } as unknown as CompiledQuery);
  }
  async rollbackTransaction(conn: DatabaseConnection): Promise<void> {
    await conn.executeQuery({ sql: 'rollback', parameters: [] } as unknown as CompiledQuery);
  }
  async releaseConnection(conn: DatabaseConnection): Promise<void> {
    await controlRequest(this.info, '/release', { id: (conn as RemoteConnection).id });
  }
  async destroy(): Promise<void> {}
}

class RemoteDialect implements Dialect {
  constructor(private readonly info: ControlInfo) {}
  createAdapter() {
    return new PostgresAdapter();
  }
  createDriver(): Driver {
    return new RemoteDriver(this.info);
  }
  createQueryCompiler() {
    return new PostgresQueryCompiler();
  }
  createIntrospector(db: Kysely<unknown>) {
    return new PostgresIntrospector(db);
  }
}

/**
 * The database of the running server, reached through its control channel: every query runs in
 * the server's own PGlite, so what a command writes is what the server serves and keeps.
 */
export function openThroughServer(info: ControlInfo): DatabaseHandle {
  const db = new Kysely<Database>({ dialect: new RemoteDialect(info) });
  return {
    db,
    engine: 'pglite',
    via: 'server',
    async listen() {
      // Commands do not listen; the server's own listeners receive what they notify.
      return async () => {};
    },
    close: () => db.destroy(),
    async dump() {
      const { bytes } = await controlRequest<{ bytes: Buffer }>(info, '/dump');
      return new Blob([new Uint8Array(bytes)]);
    },
  };
}
