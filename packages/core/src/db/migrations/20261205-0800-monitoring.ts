import { type Kysely, sql } from 'kysely';

// Monitors of the units' public systems (issue 10). The scheduler claims due monitors by
// next_run_at with FOR UPDATE SKIP LOCKED; results feed hourly and daily buckets as they arrive,
// so uptime over 24 h / 30 d / 1 y reads at most 24 + 365 rows per monitor, never raw results.
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table monitors (
      id uuid primary key default gen_random_uuid(),
      unit_id uuid not null references units(id),
      system_id uuid references information_systems(id) on delete set null,
      name text not null,
      kind text not null check (kind in ('http', 'keyword', 'tcp', 'tls', 'dns', 'defacement')),
      target text not null,
      config jsonb not null default '{}',
      interval_seconds integer not null check (interval_seconds >= 20),
      timeout_ms integer not null check (timeout_ms >= 500),
      fail_threshold integer not null default 3 check (fail_threshold >= 1),
      probes_required integer not null default 0 check (probes_required >= 0),
      enabled boolean not null default true,
      next_run_at timestamptz not null default now(),
      status text not null default 'pending' check (status in ('pending', 'up', 'down', 'paused')),
      consecutive_failures integer not null default 0,
      last_checked_at timestamptz,
      last_ok boolean,
      last_response_ms integer,
      last_message text,
      down_since timestamptz,
      incident_id uuid references incidents(id) on delete set null,
      -- Set when an outage starts: the incident is filed after that commit; a sweep files it if
      -- the process stopped in between, claiming the row by moving this time (never twice).
      incident_filing_at timestamptz,
      baseline jsonb,
      baseline_approved_at timestamptz,
      baseline_approved_by uuid,
      last_snapshot jsonb,
      last_detail jsonb,
      version integer not null default 1,
      created_at timestamptz not null default now(),
      updated_at timestamptz not null default now()
    )`.execute(db);
  await sql`create index monitors_due_idx on monitors (next_run_at) where enabled`.execute(db);
  // The list's order (down first, then waiting, then the rest; by name): read from an index, so a
  // page of 50 among 10,000 monitors does not sort them all.
  await sql`create index monitors_list_idx on monitors
              ((case status when 'down' then 0 when 'pending' then 1 else 2 end), name, id)`.execute(db);
  await sql`create index monitors_unit_list_idx on monitors
              (unit_id, (case status when 'down' then 0 when 'pending' then 1 else 2 end), name, id)`.execute(
    db,
  );
  await sql`create index monitors_status_idx on monitors (status)`.execute(db);
  await sql`create index monitors_system_idx on monitors (system_id)`.execute(db);
  // "Create monitors from the inventory" twice adds nothing the second time.
  await sql`create unique index monitors_target_uq on monitors (unit_id, kind, target)`.execute(db);

  await sql`
    create table monitor_probes (
      id uuid primary key default gen_random_uuid(),
      unit_id uuid not null references units(id),
      name text not null,
      token_hash text not null unique,
      prefix text not null,
      last_seen_at timestamptz,
      revoked_at timestamptz,
      created_at timestamptz not null default now()
    )`.execute(db);
  await sql`create index monitor_probes_unit_idx on monitor_probes (unit_id)`.execute(db);

  // Raw results are kept for a limited time (retention job); buckets keep the history.
  await sql`
    create table monitor_results (
      id bigint generated always as identity primary key,
      monitor_id uuid not null references monitors(id) on delete cascade,
      probe_id uuid references monitor_probes(id) on delete cascade,
      checked_at timestamptz not null,
      ok boolean not null,
      response_ms integer,
      message text
    )`.execute(db);
  await sql`create index monitor_results_monitor_idx on monitor_results (monitor_id, checked_at desc)`.execute(
    db,
  );
  await sql`create index monitor_results_checked_idx on monitor_results (checked_at)`.execute(db);

  await sql`
    create table monitor_buckets (
      monitor_id uuid not null references monitors(id) on delete cascade,
      period text not null check (period in ('hour', 'day')),
      bucket_start timestamptz not null,
      checks integer not null,
      ok integer not null,
      response_ms_sum bigint not null,
      response_ms_max integer not null,
      primary key (monitor_id, period, bucket_start)
    )`.execute(db);
  await sql`create index monitor_buckets_start_idx on monitor_buckets (period, bucket_start)`.execute(db);

  // The latest word of each probe on each monitor: the "N probes agree" rule reads it.
  await sql`
    create table monitor_probe_states (
      monitor_id uuid not null references monitors(id) on delete cascade,
      probe_id uuid not null references monitor_probes(id) on delete cascade,
      ok boolean not null,
      checked_at timestamptz not null,
      message text,
      primary key (monitor_id, probe_id)
    )`.execute(db);
}
