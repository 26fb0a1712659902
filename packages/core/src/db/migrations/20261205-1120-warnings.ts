import { type Kysely, sql } from 'kysely';

// Warnings to units (issue 11) and structured products in the inventory. A warning names affected
// products by vendor/product/version range; system_products carries product_key (the product's
// words without the vendor's, productKey() in the domain), so the units running an affected product
// are found through an index, not by reading the inventory. Targets are one row per unit with the
// unit's answer; the compliance view counts them by (warning_id, status).
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table system_products (
      id uuid primary key default gen_random_uuid(),
      system_id uuid not null references information_systems(id) on delete cascade,
      vendor text not null,
      product text not null,
      version text,
      cpe text,
      product_key text not null,
      created_at timestamptz not null default now(),
      updated_at timestamptz not null default now()
    )`.execute(db);
  await sql`create index system_products_system_idx on system_products (system_id)`.execute(db);
  await sql`create index system_products_key_idx on system_products (product_key)`.execute(db);

  await sql`create sequence warning_code_seq`.execute(db);
  await sql`
    create table warnings (
      id uuid primary key default gen_random_uuid(),
      code text not null unique,
      title text not null,
      description text not null default '',
      severity text not null check (severity in ('low', 'medium', 'high', 'critical')),
      tlp text not null check (tlp in ('CLEAR', 'GREEN', 'AMBER', 'AMBER+STRICT', 'RED')),
      status text not null default 'draft' check (status in ('draft', 'published', 'closed')),
      cves text[] not null default '{}',
      required_actions text not null default '',
      deadline date,
      targeting jsonb not null,
      source_ref text,
      created_by uuid not null references users(id),
      published_at timestamptz,
      published_by uuid references users(id),
      closed_at timestamptz,
      version integer not null default 1,
      created_at timestamptz not null default now(),
      updated_at timestamptz not null default now()
    )`.execute(db);
  await sql`create index warnings_list_idx on warnings (created_at desc, id)`.execute(db);
  await sql`create index warnings_status_idx on warnings (status, created_at desc)`.execute(db);

  await sql`
    create table warning_products (
      id uuid primary key default gen_random_uuid(),
      warning_id uuid not null references warnings(id) on delete cascade,
      position integer not null,
      vendor text not null,
      product text not null,
      version_range text not null,
      cpe text
    )`.execute(db);
  await sql`create index warning_products_warning_idx on warning_products (warning_id, position)`.execute(db);

  await sql`
    create table warning_indicators (
      id uuid primary key default gen_random_uuid(),
      warning_id uuid not null references warnings(id) on delete cascade,
      kind text not null,
      value text not null,
      normalized text not null,
      unique (warning_id, kind, normalized)
    )`.execute(db);
  // Indicator hits look up (kind, normalized) among published warnings.
  await sql`create index warning_indicators_lookup_idx on warning_indicators (kind, normalized)`.execute(db);

  await sql`
    create table warning_targets (
      id uuid primary key default gen_random_uuid(),
      warning_id uuid not null references warnings(id) on delete cascade,
      unit_id uuid not null references units(id),
      reason text not null check (reason in ('all', 'unit_type', 'hand_picked', 'product')),
      matched_systems jsonb not null default '[]',
      status text not null default 'sent'
        check (status in ('sent', 'acknowledged', 'done', 'not_applicable', 'cannot_do')),
      note text,
      acknowledged_at timestamptz,
      acknowledged_by uuid references users(id),
      responded_at timestamptz,
      responded_by uuid references users(id),
      reminded_at timestamptz,
      escalated_at timestamptz,
      created_at timestamptz not null default now(),
      updated_at timestamptz not null default now(),
      unique (warning_id, unit_id)
    )`.execute(db);
  await sql`create index warning_targets_status_idx on warning_targets (warning_id, status)`.execute(db);
  await sql`create index warning_targets_unit_idx on warning_targets (unit_id, created_at desc)`.execute(db);
  // The reminder job reads the open targets only.
  await sql`create index warning_targets_open_idx on warning_targets (warning_id)
              where status in ('sent', 'acknowledged')`.execute(db);

  await sql`
    create table warning_files (
      id uuid primary key default gen_random_uuid(),
      warning_id uuid not null references warnings(id) on delete cascade,
      unit_id uuid references units(id),
      filename text not null,
      content_type text not null,
      size integer not null,
      sha256 text not null,
      content bytea not null,
      uploaded_by uuid not null references users(id),
      uploaded_at timestamptz not null
    )`.execute(db);
  await sql`create index warning_files_warning_idx on warning_files (warning_id, unit_id)`.execute(db);

  await sql`
    create table warning_timeline (
      id bigserial primary key,
      warning_id uuid not null references warnings(id) on delete cascade,
      at timestamptz not null,
      event text not null,
      unit_id uuid references units(id),
      actor_user_id uuid,
      actor_label text,
      data jsonb
    )`.execute(db);
  await sql`create index warning_timeline_warning_idx on warning_timeline (warning_id, at)`.execute(db);

  await sql`
    create table warning_incidents (
      warning_id uuid not null references warnings(id) on delete cascade,
      incident_id uuid not null references incidents(id),
      kind text not null,
      normalized text not null,
      matched_at timestamptz not null,
      primary key (warning_id, incident_id)
    )`.execute(db);
  await sql`create index warning_incidents_incident_idx on warning_incidents (incident_id)`.execute(db);
}
