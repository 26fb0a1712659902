import { type Kysely, sql } from 'kysely';

// Threat sharing (issue 11): how far an incident's indicators may travel (TLP 2.0). AMBER by
// default: the units concerned and those who must act, nobody else; the feeds for a higher body
// read it (CLEAR/GREEN/AMBER, never RED), so the feed query has an index by marking.
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`alter table incidents add column tlp text not null default 'amber'`.execute(db);
  await sql`
    alter table incidents add constraint incidents_tlp_check
      check (tlp in ('clear', 'green', 'amber', 'amber+strict', 'red'))`.execute(db);
  await sql`create index incidents_tlp_idx on incidents (tlp, updated_at desc, id)`.execute(db);
  await sql`create index incident_observables_created_idx on incident_observables (incident_id, created_at)`.execute(
    db,
  );
}
