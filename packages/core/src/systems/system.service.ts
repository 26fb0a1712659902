import { can } from '@ungcuu/domain/auth/permissions.ts';
import { DomainError } from '@ungcuu/domain/errors.ts';
import { atRiskIfDown, wouldCreateCycle } from '@ungcuu/domain/systems/dependencies.ts';
import { type InformationSystemInput, systemInputIssues } from '@ungcuu/domain/systems/system.ts';
import type { DependencyInput, SystemListQuery, SystemPatch } from '@ungcuu/domain/systems/system-api.ts';
import type {
  InformationSystemRow,
  InformationSystemUpdate,
  NewInformationSystemRow,
} from '../db/schema-preparedness.ts';
import { findUnitsByIds } from '../org/unit.repository.ts';
import type { RequestActor } from '../shared/context.ts';
import type { ServiceDeps } from '../shared/deps.ts';
import { mutate } from '../shared/mutation.ts';
import { readReach } from '../shared/read-reach.ts';
import { requireReadable } from '../shared/ref-visibility.ts';
import { blank, toDay } from '../shared/row-values.ts';
import * as repo from './system.repository.ts';
import { canReadSystem, systemRef, systemUnitIds, systemView } from './system.view.ts';

/** Domain input → columns; only the keys present in a patch are set. */
export function systemColumns(input: SystemPatch): InformationSystemUpdate {
  const out: InformationSystemUpdate = {};
  if (input.name !== undefined) out.name = input.name.trim();
  if (input.kind !== undefined) out.kind = input.kind;
  if (input.ownerUnitId !== undefined) out.owner_unit_id = input.ownerUnitId;
  if (input.operatingUnitId !== undefined) out.operating_unit_id = input.operatingUnitId;
  if (input.securityLevel !== undefined)
    out.security_level = input.securityLevel === 'unclassified' ? null : input.securityLevel;
  if (input.levelApproval !== undefined) {
    out.level_approval_status = input.levelApproval.status;
    out.level_decision_ref = blank(input.levelApproval.decisionRef);
    out.level_decision_date = input.levelApproval.decisionDate;
  }
  if (input.nationalCritical !== undefined) out.national_critical = input.nationalCritical;
  if (input.dataSensitivity !== undefined) out.data_sensitivity = input.dataSensitivity;
  if (input.hosting !== undefined) {
    out.hosting = input.hosting.kind;
    out.hosting_provider = blank(input.hosting.provider);
  }
  if (input.providers !== undefined) out.providers = JSON.stringify(input.providers);
  if (input.addresses !== undefined)
    out.addresses = JSON.stringify(input.addresses.map((a) => ({ kind: a.kind, value: a.value.trim() })));
  if (input.software !== undefined) out.software = JSON.stringify(input.software);
  if (input.backup !== undefined) {
    out.backup_status = input.backup.status;
    out.last_restore_test_at = input.backup.lastRestoreTestAt;
  }
  if (input.contacts !== undefined) out.contacts = JSON.stringify(input.contacts);
  if (input.notes !== undefined) out.notes = blank(input.notes);
  return out;
}

/** The stored system as a complete domain input, so that a patch can be checked as a whole. */
function inputOf(row: InformationSystemRow): InformationSystemInput {
  return {
    name: row.name,
    kind: row.kind as InformationSystemInput['kind'],
    ownerUnitId: row.owner_unit_id,
    operatingUnitId: row.operating_unit_id,
    securityLevel: (row.security_level ?? 'unclassified') as InformationSystemInput['securityLevel'],
    levelApproval: {
      status: row.level_approval_status as InformationSystemInput['levelApproval']['status'],
      decisionRef: row.level_decision_ref,
      decisionDate: toDay(row.level_decision_date),
    },
    nationalCritical: row.national_critical,
    dataSensitivity: row.data_sensitivity as InformationSystemInput['dataSensitivity'],
    hosting: {
      kind: row.hosting as InformationSystemInput['hosting']['kind'],
      ...(row.hosting_provider ? { provider: row.hosting_provider } : {}),
    },
    providers: row.providers ?? {},
    addresses: row.addresses ?? [],
    software: row.software ?? [],
    backup: {
      status: row.backup_status as InformationSystemInput['backup']['status'],
      lastRestoreTestAt: toDay(row.last_restore_test_at),
    },
    contacts: row.contacts ?? [],
    ...(row.notes ? { notes: row.notes } : {}),
  };
}

/** Cross-field rules of the domain (addresses, level approval), as one 400 listing every issue. */
export function assertSystemInput(input: InformationSystemInput): void {
  const issues = systemInputIssues(input);
  if (issues.length > 0) {
    throw new DomainError(
      'system.invalid',
      { detail: issues.map((i) => `${i.path} ${i.code}`).join('; ') },
      issues,
    );
  }
}

export function createSystemService(deps: ServiceDeps) {
  async function requireSystem(id: string) {
    const row = await repo.findSystemWithUnits(deps.db, id);
    if (!row) throw new DomainError('not_found', { entity: 'system' });
    return row;
  }

  async function requireUnits(ids: string[]) {
    const found = await findUnitsByIds(deps.db, [...new Set(ids)]);
    if (found.length !== new Set(ids).size) throw new DomainError('not_found', { entity: 'unit' });
  }

  /** Readable system or 404 (another unit's system is, to the caller, not there): every per-system guard. */
  async function readable(actor: RequestActor, id: string) {
    const row = await requireSystem(id);
    requireReadable(actor, 'system.read', { unitIds: systemUnitIds(row) }, 'system');
    return row;
  }

  return {
    readable,

    async list(actor: RequestActor, query: SystemListQuery) {
      const { rows, total } = await repo.listSystems(deps.db, query, readReach(actor, 'system.read'));
      return { total, items: rows.map((r) => systemView(actor, r)) };
    },

    async get(actor: RequestActor, id: string) {
      return systemView(actor, await readable(actor, id));
    },

    async create(actor: RequestActor, input: InformationSystemInput) {
      const unitIds = [input.ownerUnitId, input.operatingUnitId];
      await requireUnits(unitIds);
      if (!can(actor, 'system.create', { unitIds })) throw new DomainError('forbidden');
      assertSystemInput(input);
      return mutate(deps, actor, async ({ trx, audit, announce }) => {
        const row = await repo.insertSystem(trx, {
          ...systemColumns(input),
          updated_at: deps.clock.now(),
        } as NewInformationSystemRow);
        await audit({
          action: 'system.create',
          entityType: 'information_system',
          entityId: row.id,
          unitId: row.operating_unit_id,
          after: row,
        });
        await announce({ entity: 'system', id: row.id, action: 'create', unitIds: systemUnitIds(row) });
        return systemView(actor, (await repo.findSystemWithUnits(trx, row.id))!);
      });
    },

    async update(actor: RequestActor, id: string, patch: SystemPatch, expectedVersion?: number) {
      const before = await readable(actor, id);
      if (!can(actor, 'system.update', { unitIds: systemUnitIds(before) }))
        throw new DomainError('forbidden');
      if (before.archived) throw new DomainError('system.archived');
      if (expectedVersion !== undefined && expectedVersion !== before.version)
        throw new DomainError('conflict.stale');
      const merged = { ...inputOf(before), ...patch };
      // Moving a system to other units needs the right to create it there.
      const unitIds = [merged.ownerUnitId, merged.operatingUnitId];
      if (!can(actor, 'system.update', { unitIds })) throw new DomainError('forbidden');
      assertSystemInput(merged);
      await requireUnits(unitIds);
      return mutate(deps, actor, async ({ trx, audit, announce }) => {
        const row = await repo.updateSystem(trx, id, {
          ...systemColumns(patch),
          updated_at: deps.clock.now(),
        });
        await audit({
          action: 'system.update',
          entityType: 'information_system',
          entityId: id,
          unitId: row.operating_unit_id,
          before,
          after: row,
        });
        await announce({
          entity: 'system',
          id,
          action: 'update',
          unitIds: [...new Set([...systemUnitIds(before), ...systemUnitIds(row)])],
        });
        return systemView(actor, (await repo.findSystemWithUnits(trx, id))!);
      });
    },

    /** Systems are archived, not deleted: incidents, risks and audit records keep pointing at them. */
    async archive(actor: RequestActor, id: string) {
      const before = await readable(actor, id);
      if (!can(actor, 'system.delete', { unitIds: systemUnitIds(before) }))
        throw new DomainError('forbidden');
      return mutate(deps, actor, async ({ trx, audit, announce }) => {
        const row = await repo.updateSystem(trx, id, { archived: true, updated_at: deps.clock.now() });
        await audit({
          action: 'system.archive',
          entityType: 'information_system',
          entityId: id,
          unitId: row.operating_unit_id,
          before,
          after: row,
        });
        await announce({ entity: 'system', id, action: 'archive', unitIds: systemUnitIds(row) });
        return systemView(actor, (await repo.findSystemWithUnits(trx, id))!);
      });
    },

    /**
     * Direct neighbours. What a system relies on is always named (its people must know it); the
     * systems relying on it are named only when the caller may read them.
     */
    async dependencies(actor: RequestActor, id: string) {
      await readable(actor, id);
      const { dependsOn, dependants } = await repo.directNeighbours(deps.db, id);
      return {
        systemId: id,
        dependsOn: dependsOn.map((r) => ({ system: systemRef(r), note: r.dependency_note })),
        dependants: dependants
          .filter((r) => canReadSystem(actor, r))
          .map((r) => ({ system: systemRef(r), note: r.dependency_note })),
      };
    },

    /** Declares that system `id` depends on `input.dependsOnId`; refused if it would close a loop. */
    async addDependency(actor: RequestActor, id: string, input: DependencyInput) {
      const from = await readable(actor, id);
      if (!can(actor, 'system.update', { unitIds: systemUnitIds(from) })) throw new DomainError('forbidden');
      // Depending on another unit's system the caller cannot see would name it and pull it in.
      const to = await readable(actor, input.dependsOnId);
      const edge = { from: id, to: to.id };
      return mutate(deps, actor, async ({ trx, audit, announce }) => {
        await repo.lockDependencyGraph(trx);
        if (await repo.findDependency(trx, id, to.id))
          throw new DomainError('conflict.duplicate', { field: 'dependsOnId' });
        if (wouldCreateCycle(edge, await repo.dependencyClosureEdges(trx, to.id)))
          throw new DomainError('system.dependency_cycle');
        const row = await repo.insertDependency(trx, id, to.id, blank(input.note));
        await audit({
          action: 'system.dependency.add',
          entityType: 'information_system',
          entityId: id,
          unitId: from.operating_unit_id,
          after: row,
        });
        await announce({ entity: 'system', id, action: 'dependency', unitIds: systemUnitIds(from) });
        return { systemId: id, dependsOnId: to.id, note: row.note };
      });
    },

    async removeDependency(actor: RequestActor, id: string, dependsOnId: string) {
      const from = await readable(actor, id);
      if (!can(actor, 'system.update', { unitIds: systemUnitIds(from) })) throw new DomainError('forbidden');
      const existing = await repo.findDependency(deps.db, id, dependsOnId);
      if (!existing) throw new DomainError('not_found', { entity: 'dependency' });
      return mutate(deps, actor, async ({ trx, audit, announce }) => {
        await repo.deleteDependency(trx, id, dependsOnId);
        await audit({
          action: 'system.dependency.remove',
          entityType: 'information_system',
          entityId: id,
          unitId: from.operating_unit_id,
          before: existing,
        });
        await announce({ entity: 'system', id, action: 'dependency', unitIds: systemUnitIds(from) });
        return { systemId: id, dependsOnId, removed: true };
      });
    },

    /** What else is at risk if this system fails: its transitive dependants, nearest first (C5). */
    async atRisk(actor: RequestActor, id: string) {
      await readable(actor, id);
      const order = atRiskIfDown(id, await repo.dependantClosureEdges(deps.db, id));
      const rows = new Map((await repo.findSystemsByIds(deps.db, order)).map((r) => [r.id, r]));
      const visible = order.map((sid) => rows.get(sid)).filter((r) => r && canReadSystem(actor, r));
      return {
        systemId: id,
        items: visible.map((r) => systemRef(r!)),
        hiddenCount: order.length - visible.length,
      };
    },
  };
}
export type SystemService = ReturnType<typeof createSystemService>;
