import { type Kysely, sql } from 'kysely';

// The audit trail becomes several independent hash chains (stripes) so that concurrent writers do
// not queue behind one lock; each chain is still verified link by link.
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`alter table audit_log add column chain smallint not null default 0`.execute(db);
  await sql`create index audit_log_chain_idx on audit_log (chain, id)`.execute(db);
}
