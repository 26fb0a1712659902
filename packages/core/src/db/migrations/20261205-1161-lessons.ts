import { type Kysely, sql } from 'kysely';

// The lessons library (seed I.2: share experience between agencies; docs/decisions/0026). A lesson
// is the lessons-learned text of a closed incident (Mẫu 04); this adds the risks it touches and the
// follow-up of what changed because of it.
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table lesson_risk_links (
      incident_id uuid not null references incidents(id) on delete cascade,
      risk_id uuid not null references risks(id) on delete cascade,
      linked_by uuid references users(id),
      created_at timestamptz not null default now(),
      primary key (incident_id, risk_id)
    )`.execute(db);
  await sql`create index lesson_risk_links_risk_idx on lesson_risk_links (risk_id)`.execute(db);

  await sql`
    create table lesson_followups (
      id uuid primary key default gen_random_uuid(),
      incident_id uuid not null references incidents(id) on delete cascade,
      action text not null,
      done_by text,
      due_on date,
      done_on date,
      status text not null default 'planned' check (status in ('planned', 'in_progress', 'done', 'dropped')),
      created_by uuid references users(id),
      version integer not null default 1,
      created_at timestamptz not null default now(),
      updated_at timestamptz not null default now()
    )`.execute(db);
  await sql`create index lesson_followups_incident_idx on lesson_followups (incident_id, created_at)`.execute(
    db,
  );

  // The library lists closed incidents that carry lessons, newest first, and searches their text
  // folded (accent-insensitive, like incident search).
  await sql`
    create index incidents_lessons_closed_idx on incidents (closed_at desc, id desc)
      where state = 'closed' and lessons_learned is not null`.execute(db);
  await sql`
    create index incidents_lessons_search_idx on incidents using gin (
      to_tsvector('simple', ungcuu_fold(coalesce(lessons_learned, '') || ' ' || coalesce(cause_summary, '') || ' ' || coalesce(actions_taken, '')))
    ) where state = 'closed' and lessons_learned is not null`.execute(db);
}
