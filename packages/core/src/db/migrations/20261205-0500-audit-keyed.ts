import { type Kysely, sql } from 'kysely';

// Keyed audit hashes and signed checkpoints. Records already written keep alg 1 (public SHA-256);
// new records carry alg 2 (HMAC-SHA-256 with a key kept outside the database) and the key's id.
// Checkpoints record each chain's head and count, signed, so that truncation is detectable.
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`alter table audit_log add column alg smallint not null default 1`.execute(db);
  await sql`alter table audit_log add column key_id text`.execute(db);
  await sql`
    create table audit_checkpoints (
      id bigserial primary key,
      at timestamptz not null,
      key_id text not null,
      body jsonb not null,
      signature text not null
    )`.execute(db);
}
