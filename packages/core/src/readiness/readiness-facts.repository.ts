import type { ReadinessSystemFacts, UnitReadinessFacts } from '@ungcuu/domain/readiness/criteria.ts';
import { type Insertable, sql } from 'kysely';
import type { NotificationsTable } from '../db/schema-preparedness.ts';
import type { Executor } from '../shared/context.ts';
import { containsPattern } from '../shared/db-errors.ts';
import type { ReadReach } from '../shared/read-reach.ts';
import { toIso } from '../shared/row-values.ts';

// Facts for the readiness score, gathered for a whole page of units with a fixed number of
// set-based queries (units, officers, licences, systems with their last drill and scan,
// trainings): the count does not grow with the page, so there is no N+1.

const byName = new Intl.Collator('vi');

/** Bodies outside the town's administration are not scored. */
const NOT_SCORED = ['external', 'service_provider'];

export interface ReadinessUnit {
  id: string;
  code: string;
  name: string;
  type: string;
  has_focal_main: boolean;
  has_focal_backup: boolean;
}

export interface ReadinessUnitQuery {
  limit: number;
  offset: number;
  q?: string | undefined;
  type?: string | undefined;
}

function unitsQuery(db: Executor, query: Omit<ReadinessUnitQuery, 'limit' | 'offset'>, reach: ReadReach) {
  let q = db.selectFrom('units').where('archived', '=', false).where('type', 'not in', NOT_SCORED);
  if (!reach.all) q = q.where('id', '=', reach.unitId);
  if (query.type) q = q.where('type', '=', query.type);
  if (query.q)
    q = q.where(sql<boolean>`ungcuu_fold(name) like ungcuu_fold(${containsPattern(query.q.trim())})`);
  return q;
}

const unitColumns = [
  'id',
  'code',
  'name',
  'type',
  sql<boolean>`focal_main is not null`.as('has_focal_main'),
  sql<boolean>`focal_backup is not null`.as('has_focal_backup'),
] as const;

export async function listReadinessUnits(
  db: Executor,
  query: ReadinessUnitQuery,
  reach: ReadReach,
): Promise<{ rows: ReadinessUnit[]; total: number }> {
  const q = unitsQuery(db, query, reach);
  const [rows, count] = await Promise.all([
    q.select(unitColumns).orderBy('name').orderBy('id').limit(query.limit).offset(query.offset).execute(),
    q.select((eb) => eb.fn.countAll<string>().as('n')).executeTakeFirstOrThrow(),
  ]);
  return { rows, total: Number(count.n) };
}

/** Every scored unit the reader reaches (the whole-town summary). */
export async function allReadinessUnits(db: Executor, reach: ReadReach): Promise<ReadinessUnit[]> {
  return unitsQuery(db, {}, reach).select(unitColumns).orderBy('name').orderBy('id').execute();
}

export async function findReadinessUnit(db: Executor, id: string): Promise<ReadinessUnit | undefined> {
  return db.selectFrom('units').select(unitColumns).where('id', '=', id).executeTakeFirst();
}

/** Dates come back as 'YYYY-MM-DD' text: 20,000 rows parse much faster without Date objects. */
interface SystemFactRow {
  id: string;
  name: string;
  unit_id: string;
  security_level: number | null;
  last_restore_test_at: string | null;
  last_drill: string | null;
  last_scan: string | null;
}

/** The facts of each unit, keyed by unit id. Systems count for the unit that operates them. */
export async function gatherFacts(
  db: Executor,
  units: readonly ReadinessUnit[],
): Promise<Map<string, UnitReadinessFacts>> {
  const ids = units.map((u) => u.id);
  const out = new Map<string, UnitReadinessFacts>();
  if (ids.length === 0) return out;
  const [officers, licences, systems, inventory, trainings] = await Promise.all([
    sql<{ unit_id: string; full_name: string }>`
      select distinct on (unit_id) unit_id, full_name from users
      where unit_id = any(${ids}::uuid[]) and 'unit_officer' = any(roles) and not disabled
      order by unit_id, full_name`.execute(db),
    sql<{ unit_id: string; antivirus: string | null; firewall: string | null }>`
      select unit_id,
        max(expires_on) filter (where kind = 'antivirus')::text as antivirus,
        max(expires_on) filter (where kind = 'firewall')::text as firewall
      from readiness_licences where unit_id = any(${ids}::uuid[]) group by unit_id`.execute(db),
    sql<SystemFactRow>`
      select s.id, s.name, s.operating_unit_id as unit_id, s.security_level,
        s.last_restore_test_at::text as last_restore_test_at,
        d.last_drill::text as last_drill, d.last_scan::text as last_scan
      from information_systems s
      left join (
        select ds.system_id,
          max(dr.held_on) filter (where dr.kind = 'drill') as last_drill,
          max(dr.held_on) filter (where dr.kind = 'scan') as last_scan
        from readiness_drill_systems ds
        join readiness_drills dr on dr.id = ds.drill_id
        join information_systems s2 on s2.id = ds.system_id
        where s2.operating_unit_id = any(${ids}::uuid[])
        group by ds.system_id
      ) d on d.system_id = s.id
      where s.operating_unit_id = any(${ids}::uuid[]) and not s.archived`.execute(db),
    sql<{ unit_id: string; updated_at: Date }>`
      select operating_unit_id as unit_id, max(updated_at) as updated_at from information_systems
      where operating_unit_id = any(${ids}::uuid[]) and not archived group by operating_unit_id`.execute(db),
    sql<{ unit_id: string; last: string }>`
      select unit_id, max(held_on)::text as last from (
        select t.unit_id, t.held_on from readiness_trainings t where t.unit_id = any(${ids}::uuid[])
        union all
        select us.unit_id, t.held_on from readiness_training_attendees a
        join users us on us.id = a.user_id
        join readiness_trainings t on t.id = a.training_id
        where us.unit_id = any(${ids}::uuid[])
      ) x group by unit_id`.execute(db),
  ]);
  for (const unit of units) {
    out.set(unit.id, {
      securityOfficerName: null,
      antivirusLicenceExpiresAt: null,
      firewallLicenceExpiresAt: null,
      systems: [],
      lastTrainingAt: null,
      inventoryUpdatedAt: null,
      focalPoints: { main: unit.has_focal_main, backup: unit.has_focal_backup },
    });
  }
  for (const o of officers.rows) out.get(o.unit_id)!.securityOfficerName = o.full_name;
  for (const l of licences.rows) {
    const facts = out.get(l.unit_id)!;
    facts.antivirusLicenceExpiresAt = l.antivirus;
    facts.firewallLicenceExpiresAt = l.firewall;
  }
  for (const t of trainings.rows) out.get(t.unit_id)!.lastTrainingAt = t.last;
  for (const i of inventory.rows) out.get(i.unit_id)!.inventoryUpdatedAt = toIso(i.updated_at);
  for (const s of systems.rows) {
    // Each unit starts with its own empty list, sorted by name below.
    (out.get(s.unit_id)!.systems as ReadinessSystemFacts[]).push({
      id: s.id,
      name: s.name,
      level: (s.security_level ?? 'unclassified') as ReadinessSystemFacts['level'],
      lastRestoreTestAt: s.last_restore_test_at,
      lastDrillAt: s.last_drill,
      lastScanAt: s.last_scan,
    });
  }
  // Sorting 20 names per unit here is far cheaper than a collated sort of every row in SQL.
  for (const facts of out.values())
    (facts.systems as ReadinessSystemFacts[]).sort((a, b) => byName.compare(a.name, b.name));
  return out;
}

export interface DueLicenceRow {
  id: string;
  unit_id: string;
  unit_name: string;
  kind: string;
  product: string;
  expires_on: Date | string;
}

/** Licences expiring from `today` through `until` (both 'YYYY-MM-DD'), soonest first. */
export async function licencesExpiringBetween(
  db: Executor,
  today: string,
  until: string,
  unitId?: string,
): Promise<DueLicenceRow[]> {
  let q = db
    .selectFrom('readiness_licences as l')
    .innerJoin('units as u', 'u.id', 'l.unit_id')
    .select(['l.id', 'l.unit_id', 'u.name as unit_name', 'l.kind', 'l.product', 'l.expires_on'])
    .where('l.expires_on', '>=', today)
    .where('l.expires_on', '<=', until);
  if (unitId) q = q.where('l.unit_id', '=', unitId);
  return q.orderBy('l.expires_on').orderBy('u.name').execute();
}

/** Writes reminder notifications; one whose dedupe key was already written is skipped. */
export async function insertRemindersOnce(
  db: Executor,
  rows: Insertable<NotificationsTable>[],
): Promise<{ id: string; unit_id: string | null }[]> {
  if (rows.length === 0) return [];
  return db
    .insertInto('notifications')
    .values(rows)
    .onConflict((oc) => oc.column('dedupe_key').doNothing())
    .returning(['id', 'unit_id'])
    .execute();
}
