import { type Kysely, sql } from 'kysely';

// An officer's incidents are found through the unit_ids GIN index (decision 0031). With "fast
// update" a GIN index keeps new entries in an unsorted pending list (up to 4 MB) that every scan
// reads whole until vacuum merges it: after a bulk intake that was 358 pages read for the 5,000
// incidents of one unit. unit_ids has one to three entries per incident, cheap to insert directly,
// so the index goes without the pending list; what is pending now is merged. (The full-text index
// keeps it: thirty words per report are what the pending list is for.)
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`alter index incidents_unit_ids_idx set (fastupdate = off)`.execute(db);
  await sql`select gin_clean_pending_list('incidents_unit_ids_idx'::regclass)`.execute(db);
}
