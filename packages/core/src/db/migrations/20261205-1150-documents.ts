import { type Kysely, sql } from 'kysely';

// Issue 12, documents: the figures Mẫu 05 of TT 20/2017 asks per incident (help received from
// domestic or foreign organisations, support asked of the national coordinator, estimated damage),
// the stored Mẫu 05 report of each period (what the data cannot know, entered by a person, and
// when and to whom it was sent), and the annual plan as versioned sections.
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`alter table incidents add column help_domestic boolean not null default false`.execute(db);
  await sql`alter table incidents add column help_foreign boolean not null default false`.execute(db);
  await sql`alter table incidents add column helping_organisations text`.execute(db);
  await sql`alter table incidents add column coordinator_support_requested boolean not null default false`.execute(
    db,
  );
  await sql`alter table incidents add column damage_estimate bigint`.execute(db);
  // Mẫu 05 counts the attacks detected in a period.
  await sql`create index incidents_cause_detected_idx on incidents (cause_group, detected_at)`.execute(db);

  await sql`
    create table periodic_reports (
      id uuid primary key default gen_random_uuid(),
      kind text not null check (kind in ('six_month', 'annual')),
      year integer not null check (year between 2000 and 2200),
      regime_id text not null,
      report_code text not null,
      period_start date not null,
      period_end date not null,
      member_code text,
      damage_notes text,
      helpers_domestic text,
      helpers_foreign text,
      proposals text,
      notes text,
      reference text,
      generated_at timestamptz,
      sent_at timestamptz,
      sent_to text,
      updated_by uuid references users(id),
      version integer not null default 1,
      created_at timestamptz not null default now(),
      updated_at timestamptz not null,
      unique (kind, year)
    )`.execute(db);

  await sql`
    create table plan_documents (
      id uuid primary key default gen_random_uuid(),
      year integer not null unique check (year between 2000 and 2200),
      number text,
      place text not null,
      signer_name text,
      signer_title text,
      created_by uuid references users(id),
      version integer not null default 1,
      created_at timestamptz not null default now(),
      updated_at timestamptz not null
    )`.execute(db);
  await sql`
    create table plan_sections (
      id uuid primary key default gen_random_uuid(),
      plan_id uuid not null references plan_documents(id),
      key text not null,
      version integer not null,
      body text not null,
      source text not null check (source in ('generated', 'edited')),
      edited_by uuid references users(id),
      created_at timestamptz not null default now(),
      unique (plan_id, key, version)
    )`.execute(db);
}
