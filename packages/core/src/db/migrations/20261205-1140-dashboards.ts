import { type Kysely, sql } from 'kysely';

// Dashboards (issue 12): the moments a response reached each phase, kept by the lifecycle so
// response times aggregate in SQL; indexes for the statistics queries; proposals (kiến nghị, đề xuất)
// raised by the focal office or a unit for the leaders to answer.
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`alter table incidents add column acknowledged_at timestamptz`.execute(db);
  await sql`alter table incidents add column contained_at timestamptz`.execute(db);
  // Existing incidents: the first timeline record that left 'new', and the first that reached a
  // contained (or later) state.
  await sql`
    update incidents i set acknowledged_at = t.at from (
      select incident_id, min(at) as at from incident_timeline
      where event = 'state_changed' and data->>'from' = 'new' group by incident_id
    ) t where t.incident_id = i.id`.execute(db);
  await sql`
    update incidents i set contained_at = t.at from (
      select incident_id, min(at) as at from incident_timeline
      where event = 'state_changed' and data->>'to' in ('contained', 'recovered', 'closed') group by incident_id
    ) t where t.incident_id = i.id`.execute(db);
  // Statistics by period, cause group and unit read these without touching the table's other columns.
  await sql`create index incidents_stats_idx on incidents (detected_at) include (state, cause_group, subtype, tier, system_id, unit_ids, reported_at, acknowledged_at, contained_at, closed_at)`.execute(
    db,
  );
  await sql`create index incidents_cause_group_idx on incidents (cause_group, detected_at)`.execute(db);
  await sql`create index incidents_open_tier_idx on incidents (tier) where state in ('new', 'triaged', 'responding', 'contained', 'recovered')`.execute(
    db,
  );
  await sql`create index incident_tasks_open_due_idx on incident_tasks (due_at) include (incident_id, assignee_unit_id) where status in ('open', 'accepted', 'in_progress')`.execute(
    db,
  );

  await sql`
    create table proposals (
      id uuid primary key default gen_random_uuid(),
      title text not null,
      content text not null,
      raised_by_user_id uuid not null references users(id),
      unit_id uuid not null references units(id),
      shared_with_all boolean not null default false,
      incident_id uuid references incidents(id),
      risk_id uuid references risks(id) on delete set null,
      budget_line_id uuid references budget_lines(id) on delete set null,
      status text not null default 'open' check (status in ('open', 'accepted', 'declined', 'noted')),
      answer text,
      answered_by uuid references users(id),
      answered_at timestamptz,
      version integer not null default 1,
      created_at timestamptz not null default now(),
      updated_at timestamptz not null default now()
    )`.execute(db);
  await sql`create index proposals_status_idx on proposals (status, created_at desc)`.execute(db);
  await sql`create index proposals_unit_idx on proposals (unit_id, created_at desc)`.execute(db);
}
