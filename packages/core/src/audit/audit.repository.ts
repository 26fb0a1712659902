import { sql } from 'kysely';
import type { AuditRow } from '../db/schema.ts';
import type { Executor, Trx } from '../shared/context.ts';

// The trail is AUDIT_CHAINS independent hash chains. A transaction claims one chain (a free one if
// it can) by locking its row of audit_heads and holds it to commit, so each chain has one order
// while writers run side by side (decision 0027).
export const AUDIT_CHAINS = 8;

/** A chain this transaction holds, and the hash its next record links to (null: none yet). */
export interface ChainClaim {
  chain: number;
  lastHash: string | null;
}

type HeadRow = { chain: number; last_id: string | null; hash: string | null; seen: string | null };

/**
 * Claims a chain for the rest of the transaction: one statement locks a free chain's head row and
 * reads its last record. When the head and the records disagree (a writer committed after this
 * statement's snapshot, or records were removed behind the application's back) the chain's last
 * record is read again with the lock held, so the next record always links to the real last one.
 */
export async function claimChain(trx: Trx, preferred: number): Promise<ChainClaim> {
  const free = await sql<HeadRow>`
    select h.chain, h.last_id, h.hash, (select max(a.id) from audit_log a where a.chain = h.chain) as seen
    from audit_heads h
    order by h.chain = ${preferred} desc, random()
    limit 1
    for update of h skip locked`.execute(trx);
  const head =
    free.rows[0] ??
    // Every chain busy: wait for the preferred one.
    (
      await sql<HeadRow>`
        select h.chain, h.last_id, h.hash, (select max(a.id) from audit_log a where a.chain = h.chain) as seen
        from audit_heads h where h.chain = ${preferred}
        for update of h`.execute(trx)
    ).rows[0];
  if (!head) throw new Error(`audit chain ${preferred} has no head row`);
  const chain = Number(head.chain);
  if ((head.seen ?? null) === (head.last_id ?? null)) return { chain, lastHash: head.hash };
  return { chain, lastHash: await lastHash(trx, chain) };
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

export type NewAuditRow = Omit<AuditRow, 'id' | 'before' | 'after' | 'at'> & {
  at: string;
  before: unknown;
  after: unknown;
};

/**
 * Appends records (in order, all of one chain) and moves the chain's head, in one statement; the
 * transaction's change notices (pg_notify, delivered on commit) ride along in the same statement.
 */
export async function appendAudit(
  trx: Trx,
  chain: number,
  rows: readonly NewAuditRow[],
  notices: readonly { channel: string; payload: string }[],
): Promise<void> {
  const last = rows[rows.length - 1];
  if (!last) return;
  await sql`
    with ins as (
      insert into audit_log (at, actor_user_id, actor_label, ip, request_id, action, entity_type, entity_id,
                             unit_id, before, after, chain, prev_hash, alg, key_id, hash)
      select r.at, r.actor_user_id, r.actor_label, r.ip, r.request_id, r.action, r.entity_type, r.entity_id,
             r.unit_id, r.before, r.after, ${chain}, r.prev_hash, r.alg, r.key_id, r.hash
      from jsonb_populate_recordset(null::audit_log, ${JSON.stringify(rows)}::jsonb) with ordinality as r
      order by r.ordinality
      returning id
    ), head as (
      update audit_heads set last_id = (select max(id) from ins), hash = ${last.hash}
      where chain = ${chain}
      returning chain
    )
    select (select count(*) from head) as heads,
           (select count(*) from (
              select pg_notify(n->>'channel', n->>'payload') from jsonb_array_elements(${JSON.stringify(notices)}::jsonb) n
            ) sent) as sent`.execute(trx);
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
