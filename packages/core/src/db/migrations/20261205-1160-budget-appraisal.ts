import { type Kysely, sql } from 'kysely';

// Budget as seed III and IV.3 have it (docs/decisions/0026): a line says where the money comes from
// (town budget or another lawful source); the finance office appraises it (recommendation, a
// proposed amount, a note) and the People's Committee decides (approve at an amount, or reject).
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`alter table budget_lines drop constraint budget_lines_status_check`.execute(db);
  await sql`
    alter table budget_lines
      add constraint budget_lines_status_check
        check (status in ('draft', 'submitted', 'appraised', 'approved', 'rejected')),
      add column funding_source text not null default 'town_budget'
        check (funding_source in ('town_budget', 'other_lawful')),
      add column funding_note text,
      add column appraisal text check (appraisal in ('approve', 'reduce', 'reject')),
      add column appraised_amount bigint check (appraised_amount >= 0),
      add column appraisal_note text,
      add column appraised_by uuid references users(id),
      add column appraised_at timestamptz,
      add column approved_amount bigint check (approved_amount >= 0)`.execute(db);
  // Lines approved before this flow were approved at the amount asked.
  await sql`update budget_lines set approved_amount = amount where status = 'approved'`.execute(db);
  // The leader's and finance's queues: lines waiting in a state, across units.
  await sql`create index budget_lines_status_idx on budget_lines (status, fiscal_year)`.execute(db);
}
