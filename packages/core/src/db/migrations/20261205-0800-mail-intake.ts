import { type Kysely, sql } from 'kysely';

// Incident reports by email (issue 9): the addresses and domains that name a unit's senders, every
// mail received (kept while it waits for the focal office or sits in quarantine), and the
// Message-IDs tied to an incident so that a reply threads onto it.
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table unit_mail_senders (
      id uuid primary key default gen_random_uuid(),
      unit_id uuid not null references units(id),
      pattern text not null unique,
      created_by uuid references users(id),
      created_at timestamptz not null default now()
    )`.execute(db);
  await sql`create index unit_mail_senders_unit_idx on unit_mail_senders (unit_id)`.execute(db);

  await sql`
    create table mail_intake_messages (
      id uuid primary key default gen_random_uuid(),
      message_id text,
      from_address text,
      from_name text,
      subject text not null default '',
      received_at timestamptz not null,
      status text not null,
      reason text,
      size integer not null,
      sha256 text not null,
      raw bytea,
      text_preview text not null default '',
      attachment_count integer not null default 0,
      remote_address text,
      incident_id uuid references incidents(id),
      unit_id uuid references units(id),
      handled_by uuid references users(id),
      handled_at timestamptz,
      version integer not null default 1
    )`.execute(db);
  await sql`create index mail_intake_messages_status_idx on mail_intake_messages (status, received_at desc, id)`.execute(
    db,
  );
  await sql`create index mail_intake_messages_message_id_idx on mail_intake_messages (message_id)`.execute(
    db,
  );
  await sql`create index mail_intake_messages_incident_idx on mail_intake_messages (incident_id)`.execute(db);

  await sql`
    create table incident_mail_ids (
      message_id text primary key,
      incident_id uuid not null references incidents(id),
      direction text not null,
      created_at timestamptz not null default now()
    )`.execute(db);
  await sql`create index incident_mail_ids_incident_idx on incident_mail_ids (incident_id)`.execute(db);
}
