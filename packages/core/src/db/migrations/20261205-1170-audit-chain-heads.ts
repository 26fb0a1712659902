import { type Kysely, sql } from 'kysely';

// One row per audit chain. A transaction claims a chain by locking its row (FOR UPDATE SKIP LOCKED
// picks a free one) and reads the chain's last id and hash from that row in the same statement;
// the append updates the row. This replaces the advisory-lock tries and the separate last-hash
// read: audit costs two statements per transaction, whatever its number of records (decision 0027).
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`create table audit_heads (chain smallint primary key, last_id bigint, hash text)`.execute(db);
  await sql`
    insert into audit_heads (chain, last_id, hash)
    select g, a.id, a.hash
    from generate_series(0, 7) g
    left join lateral (
      select id, hash from audit_log where chain = g order by id desc limit 1
    ) a on true`.execute(db);
}
