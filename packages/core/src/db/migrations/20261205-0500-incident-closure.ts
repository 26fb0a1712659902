import { type Kysely, sql } from 'kysely';

// Closing an incident records, for each legal report that was not made, that it was not sent and
// why (code → { at, reason, by }); such a deadline stops counting.
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`alter table incidents add column deadlines_waived jsonb not null default '{}'`.execute(db);
}
