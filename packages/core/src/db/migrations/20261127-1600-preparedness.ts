import { type Kysely, sql } from 'kysely';

// Preparedness (phase P0): information systems and their dependencies, risk register and
// assessments, readiness records, annual inspections with remediation, budget, notifications.
export async function up(db: Kysely<unknown>): Promise<void> {
  await systems(db);
  await risks(db);
  await readiness(db);
  await inspections(db);
  await budget(db);
  await notifications(db);
}

async function systems(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table information_systems (
      id uuid primary key default gen_random_uuid(),
      name text not null,
      kind text not null,
      owner_unit_id uuid not null references units(id),
      operating_unit_id uuid not null references units(id),
      security_level smallint check (security_level between 1 and 5),
      level_approval_status text not null default 'draft'
        check (level_approval_status in ('draft', 'submitted', 'approved')),
      level_decision_ref text,
      level_decision_date date,
      national_critical boolean not null default false,
      data_sensitivity text not null,
      addresses jsonb not null default '[]',
      software jsonb not null default '[]',
      providers jsonb not null default '{}',
      hosting text not null,
      hosting_provider text,
      backup_status text not null default 'none',
      last_restore_test_at date,
      contacts jsonb not null default '[]',
      notes text,
      archived boolean not null default false,
      version integer not null default 1,
      created_at timestamptz not null default now(),
      updated_at timestamptz not null default now()
    )`.execute(db);
  await sql`create index information_systems_owner_idx on information_systems (owner_unit_id)`.execute(db);
  await sql`create index information_systems_operating_idx on information_systems (operating_unit_id)`.execute(
    db,
  );
  await sql`create index information_systems_level_idx on information_systems (security_level)`.execute(db);
  // Archived systems are few: rules that skip them anti-join this small index instead of the table.
  await sql`create index information_systems_archived_idx on information_systems (id) where archived`.execute(
    db,
  );
  await sql`create index information_systems_name_trgm on information_systems
    using gin (ungcuu_fold(name) gin_trgm_ops)`.execute(db);

  // from depends on to: if `to` fails, `from` is at risk (C5).
  await sql`
    create table system_dependencies (
      from_system_id uuid not null references information_systems(id) on delete cascade,
      to_system_id uuid not null references information_systems(id) on delete cascade,
      note text,
      created_at timestamptz not null default now(),
      primary key (from_system_id, to_system_id),
      check (from_system_id <> to_system_id)
    )`.execute(db);
  await sql`create index system_dependencies_to_idx on system_dependencies (to_system_id)`.execute(db);
}

async function risks(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table risks (
      id uuid primary key default gen_random_uuid(),
      system_id uuid not null references information_systems(id) on delete cascade,
      subtype text not null,
      likelihood smallint not null check (likelihood between 1 and 5),
      impact smallint not null check (impact between 1 and 5),
      score smallint not null,
      band text not null,
      vulnerability text,
      controls text,
      treatment text not null default 'mitigate',
      mitigation text,
      owner_user_id uuid references users(id),
      owner_name text,
      due_date date,
      review_date date,
      status text not null default 'open',
      version integer not null default 1,
      created_at timestamptz not null default now(),
      updated_at timestamptz not null default now()
    )`.execute(db);
  await sql`create index risks_system_idx on risks (system_id)`.execute(db);
  await sql`create index risks_score_idx on risks (score desc, id)`.execute(db);

  await sql`
    create table risk_score_history (
      id uuid primary key default gen_random_uuid(),
      risk_id uuid not null references risks(id) on delete cascade,
      likelihood smallint not null,
      impact smallint not null,
      score smallint not null,
      band text not null,
      changed_by uuid,
      changed_at timestamptz not null
    )`.execute(db);
  await sql`create index risk_score_history_risk_idx on risk_score_history (risk_id, changed_at)`.execute(db);

  await sql`
    create table risk_assessments (
      id uuid primary key default gen_random_uuid(),
      system_id uuid not null unique references information_systems(id) on delete cascade,
      answers jsonb not null,
      status text not null default 'draft' check (status in ('draft', 'completed')),
      assessed_by uuid,
      assessed_at timestamptz,
      version integer not null default 1,
      created_at timestamptz not null default now(),
      updated_at timestamptz not null default now()
    )`.execute(db);
}

async function readiness(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table readiness_equipment (
      id uuid primary key default gen_random_uuid(),
      unit_id uuid not null references units(id),
      name text not null,
      category text not null,
      quantity integer not null default 1 check (quantity >= 0),
      status text not null default 'ready',
      location text,
      acquired_on date,
      notes text,
      version integer not null default 1,
      created_at timestamptz not null default now(),
      updated_at timestamptz not null default now()
    )`.execute(db);
  await sql`create index readiness_equipment_unit_idx on readiness_equipment (unit_id)`.execute(db);

  await sql`
    create table readiness_licences (
      id uuid primary key default gen_random_uuid(),
      unit_id uuid not null references units(id),
      kind text not null check (kind in ('antivirus', 'firewall', 'other')),
      product text not null,
      vendor text,
      seats integer check (seats >= 0),
      expires_on date not null,
      notes text,
      version integer not null default 1,
      created_at timestamptz not null default now(),
      updated_at timestamptz not null default now()
    )`.execute(db);
  await sql`create index readiness_licences_unit_idx on readiness_licences (unit_id, kind, expires_on)`.execute(
    db,
  );
  await sql`create index readiness_licences_expiry_idx on readiness_licences (expires_on)`.execute(db);

  await sql`
    create table readiness_contracts (
      id uuid primary key default gen_random_uuid(),
      unit_id uuid not null references units(id),
      provider text not null,
      scope text not null,
      contract_ref text,
      contacts jsonb not null default '[]',
      starts_on date,
      ends_on date,
      notes text,
      version integer not null default 1,
      created_at timestamptz not null default now(),
      updated_at timestamptz not null default now()
    )`.execute(db);
  await sql`create index readiness_contracts_unit_idx on readiness_contracts (unit_id)`.execute(db);

  await sql`
    create table readiness_trainings (
      id uuid primary key default gen_random_uuid(),
      unit_id uuid not null references units(id),
      title text not null,
      held_on date not null,
      organiser text,
      hours numeric(6, 1),
      notes text,
      version integer not null default 1,
      created_at timestamptz not null default now(),
      updated_at timestamptz not null default now()
    )`.execute(db);
  await sql`create index readiness_trainings_unit_idx on readiness_trainings (unit_id, held_on)`.execute(db);
  await sql`
    create table readiness_training_attendees (
      training_id uuid not null references readiness_trainings(id) on delete cascade,
      user_id uuid not null references users(id),
      primary key (training_id, user_id)
    )`.execute(db);
  await sql`create index readiness_training_attendees_user_idx on readiness_training_attendees (user_id)`.execute(
    db,
  );

  // A drill (diễn tập) or a scan / threat hunt (rà quét, săn lùng): both are dated exercises on
  // systems that Chỉ thị 18/CT-TTg requires of level 3+ systems.
  await sql`
    create table readiness_drills (
      id uuid primary key default gen_random_uuid(),
      unit_id uuid not null references units(id),
      kind text not null default 'drill' check (kind in ('drill', 'scan')),
      title text not null,
      scenario_subtype text,
      held_on date not null,
      participants jsonb not null default '[]',
      findings text,
      version integer not null default 1,
      created_at timestamptz not null default now(),
      updated_at timestamptz not null default now()
    )`.execute(db);
  await sql`create index readiness_drills_unit_idx on readiness_drills (unit_id, held_on)`.execute(db);
  await sql`
    create table readiness_drill_systems (
      drill_id uuid not null references readiness_drills(id) on delete cascade,
      system_id uuid not null references information_systems(id) on delete cascade,
      primary key (drill_id, system_id)
    )`.execute(db);
  await sql`create index readiness_drill_systems_system_idx on readiness_drill_systems (system_id)`.execute(
    db,
  );
}

async function inspections(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table inspection_templates (
      id uuid primary key default gen_random_uuid(),
      code text not null,
      version integer not null,
      title jsonb not null,
      items jsonb not null,
      created_at timestamptz not null default now(),
      unique (code, version)
    )`.execute(db);

  await sql`
    create table inspections (
      id uuid primary key default gen_random_uuid(),
      unit_id uuid not null references units(id),
      year integer not null,
      template_id uuid not null references inspection_templates(id),
      status text not null default 'planned' check (status in ('planned', 'in_progress', 'completed')),
      planned_on date,
      conducted_on date,
      inspector_user_id uuid references users(id),
      inspector_name text,
      summary text,
      result jsonb,
      completed_at timestamptz,
      version integer not null default 1,
      created_at timestamptz not null default now(),
      updated_at timestamptz not null default now(),
      unique (unit_id, year)
    )`.execute(db);
  await sql`create index inspections_year_idx on inspections (year, status)`.execute(db);

  await sql`
    create table inspection_answers (
      inspection_id uuid not null references inspections(id) on delete cascade,
      item_key text not null,
      answer text not null check (answer in ('yes', 'no', 'partial', 'not_applicable')),
      note text,
      answered_by uuid,
      answered_at timestamptz not null,
      primary key (inspection_id, item_key)
    )`.execute(db);

  // Evidence files live in the database (bytea, at most 10 MB each): backups and replicas carry them.
  await sql`
    create table inspection_evidence (
      id uuid primary key default gen_random_uuid(),
      inspection_id uuid not null references inspections(id) on delete cascade,
      item_key text not null,
      filename text not null,
      content_type text not null,
      size_bytes integer not null,
      sha256 text not null,
      content bytea not null,
      uploaded_by uuid,
      uploaded_at timestamptz not null
    )`.execute(db);
  await sql`create index inspection_evidence_item_idx on inspection_evidence (inspection_id, item_key)`.execute(
    db,
  );

  await sql`
    create table remediation_tasks (
      id uuid primary key default gen_random_uuid(),
      unit_id uuid not null references units(id),
      inspection_id uuid references inspections(id) on delete cascade,
      item_key text not null,
      answer text not null,
      title jsonb not null,
      description jsonb not null,
      priority text not null,
      due_date date not null,
      status text not null default 'open' check (status in ('open', 'done')),
      done_note text,
      done_at timestamptz,
      done_by uuid,
      version integer not null default 1,
      created_at timestamptz not null default now(),
      updated_at timestamptz not null default now()
    )`.execute(db);
  await sql`create index remediation_tasks_unit_idx on remediation_tasks (unit_id, status, due_date)`.execute(
    db,
  );
  await sql`create index remediation_tasks_inspection_idx on remediation_tasks (inspection_id)`.execute(db);
}

async function budget(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table budget_lines (
      id uuid primary key default gen_random_uuid(),
      fiscal_year integer not null,
      unit_id uuid not null references units(id),
      category text not null,
      title text not null,
      amount bigint not null check (amount >= 0),
      status text not null default 'draft' check (status in ('draft', 'submitted', 'approved', 'rejected')),
      link_kind text check (link_kind in ('readiness_item', 'inspection_finding', 'risk_treatment')),
      link_id uuid,
      note text,
      decided_by uuid,
      decided_at timestamptz,
      decision_note text,
      version integer not null default 1,
      created_at timestamptz not null default now(),
      updated_at timestamptz not null default now(),
      check ((link_kind is null) = (link_id is null))
    )`.execute(db);
  await sql`create index budget_lines_year_idx on budget_lines (fiscal_year, unit_id)`.execute(db);

  await sql`
    create table budget_spending (
      id uuid primary key default gen_random_uuid(),
      line_id uuid not null references budget_lines(id) on delete cascade,
      amount bigint not null check (amount >= 0),
      spent_on date not null,
      note text,
      created_by uuid,
      created_at timestamptz not null default now()
    )`.execute(db);
  await sql`create index budget_spending_line_idx on budget_spending (line_id)`.execute(db);
}

async function notifications(db: Kysely<unknown>): Promise<void> {
  // In-app notices: to one user (user_id) or to everyone of a unit (user_id null). dedupe_key lets
  // a scheduled reminder run twice without notifying twice.
  await sql`
    create table notifications (
      id uuid primary key default gen_random_uuid(),
      user_id uuid references users(id) on delete cascade,
      unit_id uuid references units(id),
      kind text not null,
      title jsonb not null,
      body jsonb,
      link text,
      dedupe_key text unique,
      created_at timestamptz not null default now(),
      read_at timestamptz
    )`.execute(db);
  await sql`create index notifications_user_idx on notifications (user_id, created_at desc)`.execute(db);
  await sql`create index notifications_unit_idx on notifications (unit_id, created_at desc)`.execute(db);
}
