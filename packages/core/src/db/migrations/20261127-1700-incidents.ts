import { type Kysely, sql } from 'kysely';

// Incidents end to end: intake, classification, severity, lifecycle, tasks, timeline, evidence,
// observables, links, escalations, official report documents, playbook versions, regimes, saved filters.
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table reporting_regimes (
      id text primary key,
      effective_from date not null,
      data jsonb not null,
      version integer not null default 1,
      created_at timestamptz not null default now(),
      updated_at timestamptz not null default now()
    )`.execute(db);

  await sql`
    create table playbook_versions (
      id uuid primary key default gen_random_uuid(),
      code text not null,
      subtype text not null,
      version integer not null,
      data jsonb not null,
      created_by uuid references users(id),
      created_at timestamptz not null default now(),
      unique (code, version)
    )`.execute(db);

  await sql`
    create table incidents (
      id uuid primary key default gen_random_uuid(),
      code text not null unique,
      title text not null,
      description text not null default '',
      detected_at timestamptz not null,
      reported_at timestamptz not null,
      reporting_unit_id uuid not null references units(id),
      reporter_user_id uuid references users(id),
      reporter_contact jsonb,
      channel text not null,
      system_id uuid references information_systems(id),
      system_text text,
      triggers jsonb not null,
      cia_affected boolean not null default true,
      personal_data boolean not null default false,
      national_security_harm boolean not null default false,
      suggestion jsonb,
      cause_group text,
      subtype text,
      classification_confirmed boolean not null default false,
      confirmed_by uuid references users(id),
      confirmed_at timestamptz,
      tier text not null,
      serious boolean not null default false,
      severity jsonb not null,
      regime_id text not null,
      state text not null default 'new',
      lead_user_id uuid references users(id),
      responding_unit_ids uuid[] not null default '{}',
      escalated_unit_ids uuid[] not null default '{}',
      unit_ids uuid[] not null,
      playbook_code text,
      playbook_version integer,
      cause_summary text,
      actions_taken text,
      lessons_learned text,
      rejection_reason text,
      duplicate_of_id uuid references incidents(id),
      merged_into_id uuid references incidents(id),
      reopen_reason text,
      deadlines_done jsonb not null default '{}',
      closed_at timestamptz,
      version integer not null default 1,
      created_at timestamptz not null default now(),
      updated_at timestamptz not null default now(),
      search tsvector generated always as (
        to_tsvector('simple', ungcuu_fold(code || ' ' || title || ' ' || description || ' ' || coalesce(system_text, '')))
      ) stored
    )`.execute(db);
  await sql`create index incidents_search_idx on incidents using gin (search)`.execute(db);
  await sql`create index incidents_unit_ids_idx on incidents using gin (unit_ids)`.execute(db);
  await sql`create index incidents_detected_idx on incidents (detected_at desc, id desc)`.execute(db);
  await sql`create index incidents_state_idx on incidents (state, detected_at desc)`.execute(db);
  await sql`create index incidents_tier_idx on incidents (tier, detected_at desc)`.execute(db);
  await sql`create index incidents_subtype_idx on incidents (subtype, detected_at desc)`.execute(db);
  await sql`create index incidents_system_idx on incidents (system_id)`.execute(db);
  await sql`create index incidents_lead_idx on incidents (lead_user_id)`.execute(db);

  await sql`
    create table incident_tasks (
      id uuid primary key default gen_random_uuid(),
      incident_id uuid not null references incidents(id),
      title jsonb not null,
      instructions jsonb,
      phase text,
      step_key text,
      evidence_hint jsonb,
      assignee_unit_id uuid references units(id),
      assignee_user_id uuid references users(id),
      due_at timestamptz,
      status text not null default 'open',
      decline_reason text,
      result_note text,
      completed_at timestamptz,
      escalated_at timestamptz,
      sort integer not null default 0,
      version integer not null default 1,
      created_by uuid,
      created_at timestamptz not null default now(),
      updated_at timestamptz not null default now()
    )`.execute(db);
  await sql`create index incident_tasks_incident_idx on incident_tasks (incident_id, sort)`.execute(db);
  await sql`create index incident_tasks_assignee_unit_idx on incident_tasks (assignee_unit_id, status)`.execute(
    db,
  );
  await sql`create index incident_tasks_due_idx on incident_tasks (due_at) where status in ('open', 'accepted')`.execute(
    db,
  );

  await sql`
    create table incident_timeline (
      id bigserial primary key,
      incident_id uuid not null references incidents(id),
      at timestamptz not null,
      recorded_at timestamptz not null default now(),
      kind text not null,
      event text not null,
      actor_user_id uuid,
      actor_label text,
      text text,
      data jsonb
    )`.execute(db);
  await sql`create index incident_timeline_incident_idx on incident_timeline (incident_id, at)`.execute(db);

  await sql`
    create table incident_comments (
      id uuid primary key default gen_random_uuid(),
      incident_id uuid not null references incidents(id),
      author_user_id uuid not null references users(id),
      body text not null,
      mentions uuid[] not null default '{}',
      created_at timestamptz not null default now()
    )`.execute(db);
  await sql`create index incident_comments_incident_idx on incident_comments (incident_id, created_at)`.execute(
    db,
  );

  await sql`
    create table incident_evidence (
      id uuid primary key default gen_random_uuid(),
      incident_id uuid not null references incidents(id),
      filename text not null,
      content_type text not null,
      size integer not null,
      sha256 text not null,
      content bytea not null,
      description text,
      uploaded_by uuid not null references users(id),
      uploaded_at timestamptz not null default now()
    )`.execute(db);
  await sql`create index incident_evidence_incident_idx on incident_evidence (incident_id)`.execute(db);

  await sql`
    create table incident_observables (
      id uuid primary key default gen_random_uuid(),
      incident_id uuid not null references incidents(id),
      kind text not null,
      value text not null,
      normalized text not null,
      source text not null,
      created_at timestamptz not null default now(),
      unique (incident_id, kind, normalized)
    )`.execute(db);
  await sql`create index incident_observables_value_idx on incident_observables (kind, normalized)`.execute(
    db,
  );

  await sql`
    create table incident_links (
      incident_id uuid not null references incidents(id),
      other_id uuid not null references incidents(id),
      kind text not null,
      created_at timestamptz not null default now(),
      primary key (incident_id, other_id, kind)
    )`.execute(db);

  await sql`
    create table incident_escalations (
      id uuid primary key default gen_random_uuid(),
      incident_id uuid not null references incidents(id),
      to_unit_id uuid not null references units(id),
      sent_by uuid not null references users(id),
      sent_at timestamptz not null,
      channel text not null,
      summary text not null,
      shared jsonb not null
    )`.execute(db);
  await sql`create index incident_escalations_incident_idx on incident_escalations (incident_id)`.execute(db);

  await sql`
    create table incident_report_docs (
      id uuid primary key default gen_random_uuid(),
      incident_id uuid not null references incidents(id),
      form text not null,
      reference text,
      generated_by uuid not null references users(id),
      generated_at timestamptz not null,
      sent_at timestamptz,
      sent_to text
    )`.execute(db);
  await sql`create index incident_report_docs_incident_idx on incident_report_docs (incident_id)`.execute(db);

  await sql`
    create table saved_filters (
      id uuid primary key default gen_random_uuid(),
      user_id uuid not null references users(id),
      name text not null,
      query jsonb not null,
      created_at timestamptz not null default now()
    )`.execute(db);
  await sql`create index saved_filters_user_idx on saved_filters (user_id)`.execute(db);
}
