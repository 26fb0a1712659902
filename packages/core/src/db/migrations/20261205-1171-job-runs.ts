import { type Kysely, sql } from 'kysely';

// When each scheduled job last ran, cluster-wide: with several server processes (UNGCUU_WORKERS)
// every process ticks, and the first to claim a period runs the job; the others skip it
// (decision 0028).
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`create table job_runs (name text primary key, last_run_at timestamptz not null)`.execute(db);
}
