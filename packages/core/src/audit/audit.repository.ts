import { sql } from 'kysely';
import type { AuditRow } from '../db/schema.ts';
import type { Executor, Trx } from '../shared/context.ts';
import { LOCK_KEYS } from '../shared/lock-keys.ts';

// The trail is AUDIT_CHAINS independent hash chains. A transaction takes one chain's lock (a free
// one if it can) and holds it to commit, so each chain has one order while writers run side by side.
export const AUDIT_CHAINS = 8;
const AUDIT_CHAIN_LOCK_BASE = LOCK_KEYS.auditChainBase;

const chainOfTransaction = new WeakMap<Trx, number>();

/** Locks a chain for this transaction (once) and returns its number. */
export async function lockChain(trx: Trx): Promise<number> {
  const held = chainOfTransaction.get(trx);
  if (held !== undefined) return held;
  const start = Math.floor(Math.random() * AUDIT_CHAINS);
  for (let i = 0; i < AUDIT_CHAINS; i++) {
    const chain = (start + i) % AUDIT_CHAINS;
    const got = await sql<{
      ok: boolean;
    }>`select pg_try_advisory_xact_lock(${AUDIT_CHAIN_LOCK_BASE + chain}) as ok`.execute(trx);
    if (got.rows[0]?.ok) {
      chainOfTransaction.set(trx, chain);
      return chain;
    }
  }
  await sql`select pg_advisory_xact_lock(${AUDIT_CHAIN_LOCK_BASE + start})`.execute(trx);
  chainOfTransaction.set(trx, start);
  return start;
}

export async function lastHash(trx: Trx, chain: number): Promise<string | null> {
  const row = await trx
    .selectFrom('audit_log')
    .select('hash')
    .where('chain', '=', chain)
    .orderBy('id', 'desc')
    .limit(1)
    .executeTakeFirst();
  return row?.hash ?? null;
}

export async function insertAudit(
  trx: Trx,
  row: Omit<AuditRow, 'id' | 'before' | 'after' | 'chain'> & {
    chain: number;
    before: unknown;
    after: unknown;
  },
): Promise<void> {
  await trx
    .insertInto('audit_log')
    .values({
      ...row,
      before: row.before === null ? null : JSON.stringify(row.before),
      after: row.after === null ? null : JSON.stringify(row.after),
    })
    .execute();
}

/** A page of the chain in order, for verification: keyset on id, never the whole table. */
export async function chainPage(
  db: Executor,
  chain: number,
  afterId: string | null,
  limit: number,
): Promise<AuditRow[]> {
  let q = db.selectFrom('audit_log').selectAll().where('chain', '=', chain).orderBy('id', 'asc').limit(limit);
  if (afterId !== null) q = q.where('id', '>', afterId);
  return q.execute();
}

export interface AuditFilter {
  entityType?: string | undefined;
  entityId?: string | undefined;
  actorUserId?: string | undefined;
  action?: string | undefined;
  from?: string | undefined;
  to?: string | undefined;
  limit: number;
  offset: number;
}

export async function listAudit(db: Executor, f: AuditFilter): Promise<{ rows: AuditRow[]; total: number }> {
  let q = db.selectFrom('audit_log');
  if (f.entityType) q = q.where('entity_type', '=', f.entityType);
  if (f.entityId) q = q.where('entity_id', '=', f.entityId);
  if (f.actorUserId) q = q.where('actor_user_id', '=', f.actorUserId);
  if (f.action) q = q.where('action', '=', f.action);
  if (f.from) q = q.where('at', '>=', new Date(f.from));
  if (f.to) q = q.where('at', '<', new Date(f.to));
  const [rows, count] = await Promise.all([
    q.selectAll().orderBy('id', 'desc').limit(f.limit).offset(f.offset).execute(),
    q.select((eb) => eb.fn.countAll<string>().as('n')).executeTakeFirstOrThrow(),
  ]);
  return { rows, total: Number(count.n) };
}

/** Each chain's record count, last record and first keyed record, read in one statement so they agree. */
export async function chainHeads(
  db: Executor,
): Promise<{ chain: number; count: number; lastId: string; hash: string; firstKeyedId: string | null }[]> {
  const result = await sql<{
    chain: number;
    count: string;
    last_id: string;
    hash: string;
    first_keyed: string | null;
  }>`
    select h.chain, h.count, h.last_id, h.first_keyed, a.hash
    from (
      select chain, count(*) as count, max(id) as last_id, min(id) filter (where alg = 2) as first_keyed
      from audit_log group by chain
    ) h
    join audit_log a on a.id = h.last_id
    order by h.chain`.execute(db);
  return result.rows.map((r) => ({
    chain: Number(r.chain),
    count: Number(r.count),
    lastId: String(r.last_id),
    hash: r.hash,
    firstKeyedId: r.first_keyed === null ? null : String(r.first_keyed),
  }));
}

export async function insertCheckpoint(
  db: Executor,
  row: { at: Date; key_id: string; body: unknown; signature: string },
): Promise<string> {
  const inserted = await db
    .insertInto('audit_checkpoints')
    .values({ ...row, body: JSON.stringify(row.body) })
    .returning('id')
    .executeTakeFirstOrThrow();
  return inserted.id;
}

export async function latestCheckpointRow(db: Executor) {
  return db
    .selectFrom('audit_checkpoints')
    .select(['id', 'body', 'signature'])
    .orderBy('id', 'desc')
    .limit(1)
    .executeTakeFirst();
}

/** Whether anyone has ever been created: a database with users always has audit records. */
export async function anyUser(db: Executor): Promise<boolean> {
  const row = await db.selectFrom('users').select('id').limit(1).executeTakeFirst();
  return row !== undefined;
}
