import { type Kysely, sql } from 'kysely';

// Platform foundation: units, users, sessions, API tokens, throttling, audit, response team.
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`create extension if not exists unaccent`.execute(db);
  await sql`create extension if not exists pg_trgm`.execute(db);
  // unaccent() is only STABLE, so it cannot back an index; this wrapper pins the dictionary and
  // is declared IMMUTABLE, the usual way to index accent-insensitive Vietnamese text.
  await sql`
    create or replace function ungcuu_fold(text) returns text
    language sql immutable parallel safe strict
    as $$ select lower(public.unaccent('public.unaccent'::regdictionary, replace(replace($1, 'đ', 'd'), 'Đ', 'D'))) $$
  `.execute(db);

  await sql`
    create table units (
      id uuid primary key default gen_random_uuid(),
      parent_id uuid references units(id),
      code text not null,
      name text not null,
      type text not null,
      address text, phone text, email text, website text,
      leader_name text, leader_title text, intake_email text,
      focal_main jsonb, focal_backup jsonb,
      notes text,
      archived boolean not null default false,
      version integer not null default 1,
      created_at timestamptz not null default now(),
      updated_at timestamptz not null default now()
    )`.execute(db);
  await sql`create unique index units_code_key on units (lower(code))`.execute(db);
  await sql`create index units_parent_idx on units (parent_id)`.execute(db);
  await sql`create index units_name_trgm on units using gin (ungcuu_fold(name) gin_trgm_ops)`.execute(db);

  await sql`
    create table users (
      id uuid primary key default gen_random_uuid(),
      unit_id uuid not null references units(id),
      username text not null,
      full_name text not null,
      title text, email text, phone text,
      roles text[] not null,
      locale text not null default 'vi',
      password_hash text,
      must_change_password boolean not null default false,
      totp_secret text,
      totp_enabled boolean not null default false,
      disabled boolean not null default false,
      failed_logins integer not null default 0,
      locked_until timestamptz,
      last_login_at timestamptz,
      version integer not null default 1,
      created_at timestamptz not null default now(),
      updated_at timestamptz not null default now()
    )`.execute(db);
  await sql`create unique index users_username_key on users (lower(username))`.execute(db);
  await sql`create index users_unit_idx on users (unit_id)`.execute(db);
  await sql`create index users_name_trgm on users using gin (ungcuu_fold(full_name) gin_trgm_ops)`.execute(
    db,
  );

  await sql`
    create table sessions (
      id text primary key,
      user_id uuid not null references users(id) on delete cascade,
      csrf_token text not null,
      ip text, user_agent text,
      created_at timestamptz not null default now(),
      last_seen_at timestamptz not null default now(),
      expires_at timestamptz not null
    )`.execute(db);
  await sql`create index sessions_user_idx on sessions (user_id)`.execute(db);
  await sql`create index sessions_expires_idx on sessions (expires_at)`.execute(db);

  await sql`
    create table api_tokens (
      id uuid primary key default gen_random_uuid(),
      user_id uuid not null references users(id),
      name text not null,
      token_hash text not null unique,
      prefix text not null,
      scopes text[] not null,
      created_at timestamptz not null default now(),
      last_used_at timestamptz,
      expires_at timestamptz,
      revoked_at timestamptz
    )`.execute(db);
  await sql`create index api_tokens_user_idx on api_tokens (user_id)`.execute(db);

  await sql`
    create table auth_throttle (
      key text primary key,
      window_start timestamptz not null,
      count integer not null
    )`.execute(db);

  await sql`
    create table audit_log (
      id bigserial primary key,
      at timestamptz not null,
      actor_user_id uuid,
      actor_label text not null,
      ip text,
      request_id text,
      action text not null,
      entity_type text not null,
      entity_id text,
      unit_id uuid,
      before jsonb,
      after jsonb,
      prev_hash text not null,
      hash text not null
    )`.execute(db);
  await sql`create index audit_log_at_idx on audit_log (at desc)`.execute(db);
  await sql`create index audit_log_entity_idx on audit_log (entity_type, entity_id)`.execute(db);
  await sql`create index audit_log_actor_idx on audit_log (actor_user_id, at desc)`.execute(db);
  await sql`create index audit_log_action_idx on audit_log (action, at desc)`.execute(db);

  await sql`
    create table team_members (
      id uuid primary key default gen_random_uuid(),
      user_id uuid references users(id),
      unit_id uuid not null references units(id),
      full_name text not null,
      team_role text,
      skills text[] not null default '{}',
      phone text, email text,
      on_call boolean not null default false,
      active boolean not null default true,
      notes text,
      version integer not null default 1,
      created_at timestamptz not null default now(),
      updated_at timestamptz not null default now()
    )`.execute(db);
  await sql`create index team_members_unit_idx on team_members (unit_id)`.execute(db);

  await sql`
    create table settings (
      key text primary key,
      value jsonb not null,
      updated_at timestamptz not null default now()
    )`.execute(db);
}
