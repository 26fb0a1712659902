import { sql } from 'kysely';
import type { Executor } from '../shared/context.ts';

/** What severity and visibility need from the inventory: the system's level, flag and owners. */
export interface SystemFacts {
  id: string;
  name: string;
  /** The level recorded in the dossier, approved or not: severity reads it through `approvedLevel`. */
  securityLevel: 1 | 2 | 3 | 4 | 5 | null;
  /** draft, submitted or approved: only an approved level counts (domain README §3). */
  levelApprovalStatus: string;
  nationalCritical: boolean;
  ownerUnitId: string | null;
  operatingUnitId: string | null;
}

export async function systemFacts(db: Executor, id: string): Promise<SystemFacts | undefined> {
  const result = await sql<{
    id: string;
    name: string;
    security_level: number | null;
    level_approval_status: string;
    national_critical: boolean;
    owner_unit_id: string | null;
    operating_unit_id: string | null;
  }>`
    select id, name, security_level, level_approval_status, national_critical, owner_unit_id,
      operating_unit_id
    from information_systems where id = ${id}`.execute(db);
  const row = result.rows[0];
  if (!row) return undefined;
  return {
    id: row.id,
    name: row.name,
    securityLevel: (row.security_level ?? null) as SystemFacts['securityLevel'],
    levelApprovalStatus: row.level_approval_status,
    nationalCritical: row.national_critical,
    ownerUnitId: row.owner_unit_id,
    operatingUnitId: row.operating_unit_id,
  };
}
