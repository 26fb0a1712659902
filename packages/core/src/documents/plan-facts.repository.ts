import { sql } from 'kysely';
import type { Executor } from '../shared/context.ts';

// What the annual plan generator reads from the live data (plan.service.ts puts it together).

/** The focal office and the body above it (the People's Committee that issues the plan). */
export async function planBodies(db: Executor) {
  return db
    .selectFrom('units as u')
    .leftJoin('units as p', 'p.id', 'u.parent_id')
    .leftJoin('units as pp', 'pp.id', 'p.parent_id')
    .select(['u.id', 'u.name', 'u.type', 'p.name as parent_name', 'pp.name as grandparent_name'])
    .where('u.type', 'in', ['focal_office', 'people_committee_office', 'finance_office'])
    .where('u.archived', '=', false)
    .orderBy('u.name')
    .execute();
}

/** Agencies and communes with their main focal point's name. */
export async function planUnits(db: Executor) {
  return db
    .selectFrom('units')
    .select(['name', 'type', sql<string | null>`focal_main->>'name'`.as('officer')])
    .where('type', 'in', ['agency', 'commune'])
    .where('archived', '=', false)
    .orderBy('type')
    .orderBy('name')
    .limit(1000)
    .execute();
}

export async function planSystems(db: Executor) {
  return db
    .selectFrom('information_systems as s')
    .innerJoin('units as u', 'u.id', 's.operating_unit_id')
    .select(['s.name', 's.security_level', 'u.name as unit_name'])
    .where('s.archived', '=', false)
    .orderBy(sql`s.security_level desc nulls last`)
    .orderBy('s.name')
    .limit(500)
    .execute();
}

/** The open risks with the highest scores. */
export async function planTopRisks(db: Executor, limit: number) {
  return db
    .selectFrom('risks as r')
    .innerJoin('information_systems as s', 's.id', 'r.system_id')
    .innerJoin('units as u', 'u.id', 's.operating_unit_id')
    .select(['r.subtype', 'r.score', 'r.band', 's.name as system_name', 'u.name as unit_name'])
    .where('r.status', '=', 'open')
    .orderBy('r.score', 'desc')
    .orderBy('s.name')
    .limit(limit)
    .execute();
}

export async function planRiskBands(db: Executor) {
  return db
    .selectFrom('risks')
    .select(['band', (eb) => eb.fn.countAll<string | number>().as('count')])
    .where('status', '=', 'open')
    .groupBy('band')
    .execute();
}

/** Incidents (not events, not refused or merged) detected in [from, to) by cause group. */
export async function planIncidentsByGroup(db: Executor, from: Date, to: Date) {
  return db
    .selectFrom('incidents')
    .select(['cause_group', (eb) => eb.fn.countAll<string | number>().as('count')])
    .where('detected_at', '>=', from)
    .where('detected_at', '<', to)
    .where('state', 'not in', ['rejected', 'duplicate', 'merged'])
    .where('tier', '!=', 'T0')
    .groupBy('cause_group')
    .execute();
}

/** Inspections of the plan's year. */
export async function planInspections(db: Executor, year: number) {
  return db
    .selectFrom('inspections as i')
    .innerJoin('units as u', 'u.id', 'i.unit_id')
    .select(['u.name as unit_name', 'i.planned_on'])
    .where('i.year', '=', year)
    .orderBy('i.planned_on')
    .limit(500)
    .execute();
}

/** Licences that expire within the plan's year (to renew). */
export async function planExpiringLicences(db: Executor, from: string, to: string) {
  return db
    .selectFrom('readiness_licences as l')
    .innerJoin('units as u', 'u.id', 'l.unit_id')
    .select(['l.product', 'l.expires_on', 'u.name as unit_name'])
    .where('l.expires_on', '>=', from)
    .where('l.expires_on', '<=', to)
    .orderBy('l.expires_on')
    .limit(500)
    .execute();
}

/** Budget lines of the plan's fiscal year that are not rejected. */
export async function planBudgetLines(db: Executor, year: number) {
  return db
    .selectFrom('budget_lines as b')
    .innerJoin('units as u', 'u.id', 'b.unit_id')
    .select(['b.title', 'b.category', 'b.amount', 'b.status', 'u.name as unit_name'])
    .where('b.fiscal_year', '=', year)
    .where('b.status', '!=', 'rejected')
    .orderBy('b.category')
    .orderBy('b.title')
    .limit(500)
    .execute();
}

/** The unit most others sit under: the People's Committee when the focal office names none. */
export async function mainParentUnit(db: Executor) {
  return db
    .selectFrom('units as c')
    .innerJoin('units as p', 'p.id', 'c.parent_id')
    .select(['p.name', 'p.parent_id', (eb) => eb.fn.countAll<string | number>().as('children')])
    .where('c.archived', '=', false)
    .groupBy(['p.id', 'p.name', 'p.parent_id'])
    .orderBy('children', 'desc')
    .orderBy('p.name')
    .limit(1)
    .executeTakeFirst();
}
