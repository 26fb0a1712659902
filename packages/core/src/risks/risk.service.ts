import { can } from '@ungcuu/domain/auth/permissions.ts';
import { DomainError } from '@ungcuu/domain/errors.ts';
import type { RiskCreate, RiskListQuery, RiskPatch } from '@ungcuu/domain/risks/risk-api.ts';
import { heatMap, RISK_BANDS, riskBand, riskScore } from '@ungcuu/domain/risks/risk-scoring.ts';
import type { Updateable } from 'kysely';
import type { InformationSystemRow, RisksTable } from '../db/schema-preparedness.ts';
import type { RequestActor, Trx } from '../shared/context.ts';
import type { ServiceDeps } from '../shared/deps.ts';
import type { MutationScope } from '../shared/mutation.ts';
import { mutate } from '../shared/mutation.ts';
import { readReach } from '../shared/read-reach.ts';
import { assertVisibleRefs, requireReadable } from '../shared/ref-visibility.ts';
import { blank, toIso } from '../shared/row-values.ts';
import { findSystemById } from '../systems/system.repository.ts';
import { systemUnitIds } from '../systems/system.view.ts';
import * as repo from './risk.repository.ts';
import { auditableRisk, riskView } from './risk.view.ts';

function riskColumns(input: RiskPatch): Updateable<RisksTable> {
  const out: Updateable<RisksTable> = {};
  if (input.subtype !== undefined) out.subtype = input.subtype;
  if (input.likelihood !== undefined) out.likelihood = input.likelihood;
  if (input.impact !== undefined) out.impact = input.impact;
  if (input.vulnerability !== undefined) out.vulnerability = blank(input.vulnerability);
  if (input.mitigation !== undefined) out.mitigation = blank(input.mitigation);
  if (input.controls !== undefined) out.controls = blank(input.controls);
  if (input.treatment !== undefined) out.treatment = input.treatment;
  if (input.ownerUserId !== undefined) out.owner_user_id = input.ownerUserId;
  if (input.ownerName !== undefined) out.owner_name = blank(input.ownerName);
  if (input.dueDate !== undefined) out.due_date = input.dueDate;
  if (input.reviewDate !== undefined) out.review_date = input.reviewDate;
  if (input.status !== undefined) out.status = input.status;
  return out;
}

/**
 * Inserts a register row with its score, band and first history entry, audited. Shared with the
 * assessment service, which creates risks from the questionnaire's suggestions.
 */
export async function insertScoredRisk(
  scope: MutationScope,
  deps: ServiceDeps,
  actor: RequestActor,
  system: InformationSystemRow,
  input: Omit<RiskCreate, 'systemId'>,
) {
  const score = riskScore(input);
  const row = await repo.insertRisk(scope.trx, {
    ...riskColumns(input),
    system_id: system.id,
    subtype: input.subtype,
    likelihood: input.likelihood,
    impact: input.impact,
    score,
    band: riskBand(score),
    updated_at: deps.clock.now(),
  });
  await repo.insertScoreHistory(scope.trx, row, actor.userId, deps.clock.now());
  await scope.audit({
    action: 'risk.create',
    entityType: 'risk',
    entityId: row.id,
    unitId: system.operating_unit_id,
    after: auditableRisk(row),
  });
  return row;
}

/** The risk's owner must be someone the caller may see (not another unit's person). */
async function requireOwnerUser(
  trx: Trx | ServiceDeps['db'],
  actor: RequestActor,
  userId: string | null | undefined,
) {
  if (!userId) return;
  await assertVisibleRefs(trx, actor, [{ kind: 'user', id: userId, path: 'ownerUserId' }]);
}

export function createRiskService(deps: ServiceDeps) {
  /** A risk the caller may read, or 404 (another unit's risk is, to them, not there). */
  async function requireRisk(actor: RequestActor, id: string) {
    const row = await repo.findRiskById(deps.db, id);
    if (!row) throw new DomainError('not_found', { entity: 'risk' });
    requireReadable(actor, 'risk.read', { unitIds: systemUnitIds(row) }, 'risk');
    return row;
  }

  async function requireSystem(id: string) {
    const row = await findSystemById(deps.db, id);
    if (!row) throw new DomainError('not_found', { entity: 'system' });
    return row;
  }

  return {
    async list(actor: RequestActor, query: RiskListQuery) {
      const { rows, total } = await repo.listRisks(deps.db, query, readReach(actor, 'risk.read'));
      return { total, items: rows.map((r) => riskView(actor, r)) };
    },

    async get(actor: RequestActor, id: string) {
      const row = await requireRisk(actor, id);
      const history = await repo.scoreHistory(deps.db, id);
      return {
        ...riskView(actor, row),
        history: history.map((h) => ({
          likelihood: h.likelihood as 1,
          impact: h.impact as 1,
          score: h.score,
          band: h.band as 'low',
          changedBy: h.changed_by,
          changedAt: toIso(h.changed_at)!,
        })),
      };
    },

    async create(actor: RequestActor, input: RiskCreate) {
      const system = await requireSystem(input.systemId);
      requireReadable(actor, 'system.read', { unitIds: systemUnitIds(system) }, 'system');
      if (!can(actor, 'risk.manage', { unitIds: systemUnitIds(system) })) throw new DomainError('forbidden');
      if (system.archived) throw new DomainError('system.archived');
      await requireOwnerUser(deps.db, actor, input.ownerUserId);
      return mutate(deps, actor, async (scope) => {
        const { systemId: _systemId, ...rest } = input;
        const row = await insertScoredRisk(scope, deps, actor, system, rest);
        await scope.announce({
          entity: 'risk',
          id: row.id,
          action: 'create',
          unitIds: systemUnitIds(system),
        });
        return riskView(actor, (await repo.findRiskById(scope.trx, row.id))!);
      });
    },

    /** A change of likelihood or impact recomputes score and band and adds a history row. */
    async update(actor: RequestActor, id: string, patch: RiskPatch, expectedVersion?: number) {
      const before = await requireRisk(actor, id);
      const unitIds = systemUnitIds(before);
      if (!can(actor, 'risk.manage', { unitIds })) throw new DomainError('forbidden');
      if (expectedVersion !== undefined && expectedVersion !== before.version)
        throw new DomainError('conflict.stale');
      await requireOwnerUser(deps.db, actor, patch.ownerUserId);
      const likelihood = (patch.likelihood ?? before.likelihood) as 1;
      const impact = (patch.impact ?? before.impact) as 1;
      const score = riskScore({ likelihood, impact });
      const scoreChanged = likelihood !== before.likelihood || impact !== before.impact;
      return mutate(deps, actor, async ({ trx, audit, announce }) => {
        const row = await repo.updateRisk(trx, id, {
          ...riskColumns(patch),
          score,
          band: riskBand(score),
          updated_at: deps.clock.now(),
        });
        if (scoreChanged) await repo.insertScoreHistory(trx, row, actor.userId, deps.clock.now());
        const {
          system_name: _n,
          owner_unit_id: _o,
          operating_unit_id: operatingUnitId,
          ...beforeRow
        } = before;
        await audit({
          action: 'risk.update',
          entityType: 'risk',
          entityId: id,
          unitId: operatingUnitId,
          before: auditableRisk(beforeRow),
          after: auditableRisk(row),
        });
        await announce({ entity: 'risk', id, action: 'update', unitIds });
        return riskView(actor, (await repo.findRiskById(trx, id))!);
      });
    },

    async remove(actor: RequestActor, id: string) {
      const before = await requireRisk(actor, id);
      const unitIds = systemUnitIds(before);
      if (!can(actor, 'risk.manage', { unitIds })) throw new DomainError('forbidden');
      return mutate(deps, actor, async ({ trx, audit, announce }) => {
        await repo.deleteRisk(trx, id);
        const {
          system_name: _n,
          owner_unit_id: _o,
          operating_unit_id: operatingUnitId,
          ...beforeRow
        } = before;
        await audit({
          action: 'risk.delete',
          entityType: 'risk',
          entityId: id,
          unitId: operatingUnitId,
          before: auditableRisk(beforeRow),
        });
        await announce({ entity: 'risk', id, action: 'delete', unitIds });
        return { id, deleted: true };
      });
    },

    /**
     * Likelihood × impact counts for one unit or the whole town, aggregated in SQL. A unit's people
     * get their own unit's map; asking for another unit is refused.
     */
    async heatMap(
      actor: RequestActor,
      query: { unitId?: string | undefined; includeClosed?: boolean | undefined },
    ) {
      const reach = readReach(actor, 'risk.read');
      const unitId = query.unitId ?? (reach.all ? null : reach.unitId);
      if (unitId && !can(actor, 'risk.read', { unitIds: [unitId] })) throw new DomainError('forbidden');
      const counts = await repo.heatMapCounts(deps.db, unitId, query.includeClosed ?? false);
      // The domain's heatMap() counts rated items; each SQL cell stands for n of them.
      const cells = heatMap([]);
      const byBand = Object.fromEntries(RISK_BANDS.map((b) => [b, 0])) as Record<
        (typeof RISK_BANDS)[number],
        number
      >;
      let total = 0;
      for (const { likelihood, impact, n } of counts) {
        const row = cells[likelihood - 1];
        if (!row) continue;
        row[impact - 1] = (row[impact - 1] ?? 0) + n;
        byBand[riskBand(likelihood * impact)] += n;
        total += n;
      }
      return { scope: unitId ? ('unit' as const) : ('town' as const), unitId, cells, total, byBand };
    },
  };
}
export type RiskService = ReturnType<typeof createRiskService>;
