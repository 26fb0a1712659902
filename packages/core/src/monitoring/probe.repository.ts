import type { Insertable } from 'kysely';
import type { MonitorProbeRow, MonitorProbesTable } from '../db/schema-monitoring.ts';
import type { Executor } from '../shared/context.ts';

export type ProbeWithUnit = MonitorProbeRow & { unit_name: string; unit_type: string };

function withUnit(db: Executor) {
  return db
    .selectFrom('monitor_probes as p')
    .innerJoin('units as u', 'u.id', 'p.unit_id')
    .selectAll('p')
    .select(['u.name as unit_name', 'u.type as unit_type']);
}

/** Probes newest first: of one unit, or of every unit when `unitId` is undefined. */
export async function listProbes(db: Executor, unitId: string | undefined): Promise<ProbeWithUnit[]> {
  let q = withUnit(db).orderBy('p.created_at', 'desc').limit(500);
  if (unitId) q = q.where('p.unit_id', '=', unitId);
  return q.execute();
}

export async function findProbe(db: Executor, id: string): Promise<ProbeWithUnit | undefined> {
  return withUnit(db).where('p.id', '=', id).executeTakeFirst();
}

/** The live (not revoked) probe whose secret hashes to `tokenHash`. */
export async function findLiveProbeByHash(
  db: Executor,
  tokenHash: string,
): Promise<ProbeWithUnit | undefined> {
  return withUnit(db)
    .where('p.token_hash', '=', tokenHash)
    .where('p.revoked_at', 'is', null)
    .executeTakeFirst();
}

export async function insertProbe(db: Executor, values: Insertable<MonitorProbesTable>) {
  return db.insertInto('monitor_probes').values(values).returning('id').executeTakeFirstOrThrow();
}

export async function revokeProbe(db: Executor, id: string, at: Date): Promise<void> {
  await db.updateTable('monitor_probes').set({ revoked_at: at }).where('id', '=', id).execute();
}

export async function markProbeSeen(db: Executor, id: string, at: Date): Promise<void> {
  await db.updateTable('monitor_probes').set({ last_seen_at: at }).where('id', '=', id).execute();
}

/**
 * Monitors a probe checks: enabled, asking for probes, of its unit (`unitId`) or of every unit
 * (undefined, a focal office's probe); `ids` narrows to those monitors.
 */
export async function probeChecks(db: Executor, unitId: string | undefined, ids?: readonly string[]) {
  let q = db
    .selectFrom('monitors')
    .select(['id', 'kind', 'target', 'config', 'timeout_ms', 'interval_seconds', 'baseline'])
    .where('enabled', '=', true)
    .where('probes_required', '>', 0);
  if (unitId) q = q.where('unit_id', '=', unitId);
  if (ids) q = q.where('id', 'in', ids);
  return q.orderBy('id').limit(5_000).execute();
}
