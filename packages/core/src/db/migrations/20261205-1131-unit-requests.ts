import { type Kysely, sql } from 'kysely';

// Requests to units (issue 11, seed II.4.a and II.1.d): the focal office asks every unit (or some)
// to do and report something by a deadline — a full malware scan with figures, confirming focal
// points, updating the systems list. The form travels with the request (fields as JSON); each
// targeted unit has one answer row (pending → draft → submitted, reopened by the focal office).
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table unit_requests (
      id uuid primary key default gen_random_uuid(),
      title text not null,
      instructions text not null default '',
      template text,
      fields jsonb not null,
      targeting jsonb not null,
      deadline date not null,
      state text not null default 'open' check (state in ('open', 'closed')),
      created_by uuid references users(id),
      sent_at timestamptz not null,
      closed_at timestamptz,
      version integer not null default 1,
      created_at timestamptz not null default now(),
      updated_at timestamptz not null default now()
    )`.execute(db);
  await sql`create index unit_requests_sent_idx on unit_requests (sent_at desc, id)`.execute(db);
  await sql`create index unit_requests_open_deadline_idx on unit_requests (state, deadline)`.execute(db);

  await sql`
    create table unit_request_answers (
      request_id uuid not null references unit_requests(id),
      unit_id uuid not null references units(id),
      status text not null default 'pending' check (status in ('pending', 'draft', 'submitted')),
      answers jsonb not null default '{}',
      submitted_at timestamptz,
      submitted_by uuid references users(id),
      reopened_at timestamptz,
      reopen_reason text,
      reminded_at timestamptz,
      escalated_at timestamptz,
      version integer not null default 1,
      updated_at timestamptz not null default now(),
      primary key (request_id, unit_id)
    )`.execute(db);
  await sql`create index unit_request_answers_unit_idx on unit_request_answers (unit_id, status)`.execute(db);
}
