import { type Kysely, sql } from 'kysely';

// Migrations 1140 (dashboards) and 1150 (documents) each created an index on incidents
// (cause_group, detected_at): the same index twice, written on every report for nothing (issue 13,
// the intake's cost inside PostgreSQL). The dashboards' one stays.
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`drop index if exists incidents_cause_detected_idx`.execute(db);
}
