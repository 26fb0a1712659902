import { type Kysely, sql } from 'kysely';

// Learning from the office (issue 14): every classification a coordinator confirms or corrects is
// a labelled example of this deployment; retrained models are kept, versioned, one active at most
// (none active: the model shipped with the product).
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table classifier_examples (
      id uuid primary key default gen_random_uuid(),
      incident_id uuid not null references incidents(id),
      text text not null,
      subtype text not null,
      suggested_subtype text,
      suggested_confidence real,
      model_version text,
      confirmed_by uuid references users(id),
      confirmed_at timestamptz not null,
      created_at timestamptz not null default now(),
      unique (incident_id)
    )`.execute(db);
  await sql`create index classifier_examples_confirmed_idx on classifier_examples (confirmed_at)`.execute(db);

  await sql`
    create table classifier_models (
      id uuid primary key default gen_random_uuid(),
      version integer not null unique,
      data jsonb not null,
      office_examples integer not null,
      train_ms integer not null,
      active boolean not null default false,
      trained_at timestamptz not null,
      rolled_back_at timestamptz,
      created_at timestamptz not null default now()
    )`.execute(db);
  await sql`create unique index classifier_models_one_active on classifier_models (active) where active`.execute(
    db,
  );
}
