import { type Kysely, sql } from 'kysely';

// Alert intake from the units' security tools (issue 10; docs/decisions/0020). Raw alerts live in
// `alerts`, range-partitioned by received_at into one table per UTC day: the retention job drops
// whole days (no DELETE, no vacuum), the intake creates a day's table before its first alert.
// Idempotency (a retried batch) rests on `alert_receipts` (source, external id), which is not
// partitioned so its unique key spans all days. Groups are the one live record per fingerprint.
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table alert_sources (
      id uuid primary key default gen_random_uuid(),
      kind text not null check (kind in ('generic', 'wazuh', 'suricata', 'alertmanager', 'syslog')),
      name text not null,
      token_id uuid references api_tokens(id) on delete set null,
      unit_id uuid not null references units(id),
      fingerprint_fields text[],
      rate_per_minute integer not null default 60000 check (rate_per_minute >= 0),
      enabled boolean not null default true,
      received integer not null default 0,
      refused integer not null default 0,
      last_received_at timestamptz,
      created_at timestamptz not null default now(),
      updated_at timestamptz not null default now()
    )`.execute(db);
  await sql`create unique index alert_sources_token_kind_uq on alert_sources (token_id, kind)
              where token_id is not null`.execute(db);
  await sql`create unique index alert_sources_kind_name_uq on alert_sources (kind, name)`.execute(db);

  // No foreign keys on the hot table: every insert would check them row by row; sources, systems
  // and groups are never deleted while their alerts are kept (systems: set null by the service).
  await sql`
    create table alerts (
      id uuid not null default gen_random_uuid(),
      received_at timestamptz not null,
      occurred_at timestamptz,
      source_id uuid not null,
      external_id text,
      fingerprint text not null,
      status text not null check (status in ('accepted', 'suppressed')),
      severity smallint not null check (severity between 0 and 4),
      rule_id text,
      rule_name text,
      category text,
      host text,
      ip text,
      src_ip text,
      dest_ip text,
      url text,
      agent text,
      message text,
      resolved boolean not null default false,
      host_key text,
      system_id uuid,
      unit_id uuid,
      group_id uuid,
      raw jsonb not null,
      primary key (id, received_at)
    ) partition by range (received_at)`.execute(db);
  await sql`create index alerts_received_idx on alerts (received_at desc)`.execute(db);
  await sql`create index alerts_group_idx on alerts (group_id, received_at desc)`.execute(db);
  await sql`create index alerts_unit_idx on alerts (unit_id, received_at desc)`.execute(db);
  await sql`create index alerts_unmapped_idx on alerts (host_key, received_at) where system_id is null`.execute(
    db,
  );

  await sql`
    create table alert_receipts (
      source_id uuid not null,
      external_id text not null,
      received_at timestamptz not null,
      primary key (source_id, external_id)
    )`.execute(db);
  await sql`create index alert_receipts_received_idx on alert_receipts (received_at)`.execute(db);

  await sql`
    create table alert_groups (
      id uuid primary key default gen_random_uuid(),
      source_id uuid not null references alert_sources(id),
      fingerprint text not null,
      status text not null check (status in ('open', 'closed', 'suppressed')),
      severity smallint not null check (severity between 0 and 4),
      rule_id text,
      rule_name text,
      category text,
      host_key text,
      system_id uuid references information_systems(id) on delete set null,
      unit_id uuid references units(id),
      count integer not null default 0,
      suppressed_count integer not null default 0,
      first_seen timestamptz not null,
      last_seen timestamptz not null,
      incident_id uuid references incidents(id) on delete set null,
      -- Claimed when the group crosses the severity threshold: the incident is filed after that
      -- commit; a sweep files it if the process stopped in between (never twice).
      incident_filing_at timestamptz,
      last_timeline_at timestamptz,
      timeline_count integer not null default 0,
      updated_at timestamptz not null default now()
    ) with (fillfactor = 50)`.execute(db);
  // Every batch adds to its groups' counts: no index covers a column that changes then (count,
  // last_seen, severity), and pages keep room, so the updates stay HOT (no index writes). Lists
  // therefore order by first_seen, which never changes.
  // One live (open or suppressed) group per fingerprint of a source: the upsert's conflict target.
  await sql`create unique index alert_groups_live_uq on alert_groups (source_id, fingerprint)
              where status <> 'closed'`.execute(db);
  await sql`create index alert_groups_first_seen_idx on alert_groups (first_seen desc, id)`.execute(db);
  await sql`create index alert_groups_unit_idx on alert_groups (unit_id, first_seen desc, id)`.execute(db);
  await sql`create index alert_groups_incident_idx on alert_groups (incident_id) where incident_id is not null`.execute(
    db,
  );
  await sql`create index alert_groups_filing_idx on alert_groups (incident_filing_at)
              where incident_id is null and incident_filing_at is not null`.execute(db);
  await sql`create index alert_groups_unmapped_idx on alert_groups (host_key) where system_id is null`.execute(
    db,
  );

  await sql`
    create table alert_suppressions (
      id uuid primary key default gen_random_uuid(),
      source_id uuid references alert_sources(id) on delete cascade,
      rule_id text,
      host text,
      fingerprint text,
      reason text not null,
      expires_at timestamptz,
      hits integer not null default 0,
      created_by uuid references users(id),
      created_at timestamptz not null default now(),
      updated_at timestamptz not null default now()
    )`.execute(db);

  await sql`
    create table alert_maintenance_windows (
      id uuid primary key default gen_random_uuid(),
      system_id uuid not null references information_systems(id) on delete cascade,
      unit_id uuid not null references units(id),
      starts_at timestamptz not null,
      ends_at timestamptz not null,
      reason text not null,
      created_by uuid references users(id),
      created_at timestamptz not null default now(),
      check (ends_at > starts_at)
    )`.execute(db);
  await sql`create index alert_maintenance_system_idx on alert_maintenance_windows (system_id, ends_at)`.execute(
    db,
  );
  await sql`create index alert_maintenance_ends_idx on alert_maintenance_windows (ends_at)`.execute(db);

  // Names (host, agent, URL host, IP) mapped to a system by the focal office: later alerts map.
  await sql`
    create table alert_host_aliases (
      value text primary key,
      system_id uuid not null references information_systems(id) on delete cascade,
      created_by uuid references users(id),
      created_at timestamptz not null default now()
    )`.execute(db);
  await sql`create index alert_host_aliases_system_idx on alert_host_aliases (system_id)`.execute(db);

  // Unknown sources with counts, kept up to date by the intake (one upsert per batch).
  await sql`
    create table alert_unmapped (
      value text primary key,
      kind text not null check (kind in ('host', 'ip', 'url', 'agent')),
      count integer not null default 0,
      first_seen timestamptz not null,
      last_seen timestamptz not null,
      last_source_id uuid references alert_sources(id) on delete set null
    )`.execute(db);
  await sql`create index alert_unmapped_last_seen_idx on alert_unmapped (last_seen desc)`.execute(db);
}
