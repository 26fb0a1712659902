import { type Kysely, sql } from 'kysely';

// Mẫu 03 of TT 20/2017 asks how the incident was detected (section 7), what support is requested
// (section 10) and whether its information must be kept confidential (section 11): the reporter
// enters them on the incident, so the form no longer prints them blank.
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`alter table incidents add column how_detected text`.execute(db);
  await sql`alter table incidents add column support_request text`.execute(db);
  await sql`alter table incidents add column keep_confidential boolean not null default false`.execute(db);
}
