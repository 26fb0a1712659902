import { type Kysely, sql } from 'kysely';

// Sign-in throttling waits longer after each failure, counted from the latest attempt: the
// counter needs that time as well as the start of its window.
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`alter table auth_throttle add column last_at timestamptz`.execute(db);
  await sql`update auth_throttle set last_at = window_start`.execute(db);
  await sql`alter table auth_throttle alter column last_at set not null`.execute(db);
}
