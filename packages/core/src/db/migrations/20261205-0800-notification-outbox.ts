import { type Kysely, sql } from 'kysely';

// Outgoing notices (docs/decisions/0013): an outbox written in the same transaction as the change,
// a delivery log with one row per attempt, the webhook/chat endpoints an administrator set up, and
// each person's preferences (which channels for which events, quiet hours, digest).
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table notification_endpoints (
      id uuid primary key default gen_random_uuid(),
      kind text not null check (kind in ('webhook', 'telegram', 'chat')),
      name text not null,
      url text not null,
      secret text,
      config jsonb not null default '{}',
      kinds text[] not null default '{}',
      min_tier smallint not null default 0,
      enabled boolean not null default true,
      created_at timestamptz not null default now(),
      updated_at timestamptz not null default now()
    )`.execute(db);
  await sql`
    create table notification_outbox (
      id uuid primary key default gen_random_uuid(),
      channel text not null check (channel in ('email', 'webhook', 'telegram', 'chat')),
      recipient text not null,
      user_id uuid references users(id) on delete set null,
      notification_id uuid references notifications(id) on delete set null,
      endpoint_id uuid references notification_endpoints(id) on delete cascade,
      kind text not null,
      payload jsonb not null,
      dedupe_key text unique,
      status text not null default 'pending' check (status in ('pending', 'sending', 'sent', 'failed')),
      attempts integer not null default 0,
      max_attempts integer not null default 8,
      next_attempt_at timestamptz not null default now(),
      locked_until timestamptz,
      last_error text,
      created_at timestamptz not null default now(),
      sent_at timestamptz
    )`.execute(db);
  // The worker's claim query: due rows only (sent and failed rows leave the index).
  await sql`create index notification_outbox_due on notification_outbox (next_attempt_at)
    where status in ('pending', 'sending')`.execute(db);
  await sql`create index notification_outbox_notification on notification_outbox (notification_id)`.execute(
    db,
  );
  await sql`create index notification_outbox_endpoint on notification_outbox (endpoint_id, created_at desc)`.execute(
    db,
  );
  await sql`create index notification_outbox_created on notification_outbox (created_at desc, id)`.execute(
    db,
  );
  await sql`
    create table notification_deliveries (
      id uuid primary key default gen_random_uuid(),
      outbox_id uuid not null references notification_outbox(id) on delete cascade,
      attempt integer not null,
      at timestamptz not null,
      ok boolean not null,
      error text,
      duration_ms integer not null
    )`.execute(db);
  await sql`create index notification_deliveries_outbox on notification_deliveries (outbox_id, attempt)`.execute(
    db,
  );
  await sql`
    create table notification_preferences (
      user_id uuid primary key references users(id) on delete cascade,
      prefs jsonb not null,
      updated_at timestamptz not null default now()
    )`.execute(db);
  // Reminder and escalation jobs read these.
  await sql`create index readiness_contracts_ends_on_idx on readiness_contracts (ends_on)`.execute(db);
  await sql`create index inspections_planned_idx on inspections (status, planned_on)`.execute(db);
  await sql`create index incidents_unacknowledged_idx on incidents (reported_at) where state = 'new'`.execute(
    db,
  );
}
