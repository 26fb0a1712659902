import { can } from '@ungcuu/domain/auth/permissions.ts';
import { DomainError } from '@ungcuu/domain/errors.ts';
import type { UnitInput, UnitPatch } from '@ungcuu/domain/org/schemas.ts';
import type { UnitUpdate } from '../db/schema.ts';
import type { RequestActor } from '../shared/context.ts';
import { rethrowUnique } from '../shared/db-errors.ts';
import type { ServiceDeps } from '../shared/deps.ts';
import { mutate } from '../shared/mutation.ts';
import { blank } from '../shared/row-values.ts';
import * as repo from './unit.repository.ts';
import { unitView } from './unit.view.ts';

function toColumns(input: UnitPatch): UnitUpdate {
  const out: UnitUpdate = {};
  if (input.code !== undefined) out.code = input.code.trim();
  if (input.name !== undefined) out.name = input.name.trim();
  if (input.type !== undefined) out.type = input.type;
  if (input.parentId !== undefined) out.parent_id = input.parentId;
  if (input.address !== undefined) out.address = blank(input.address);
  if (input.phone !== undefined) out.phone = blank(input.phone);
  if (input.email !== undefined) out.email = blank(input.email);
  if (input.website !== undefined) out.website = blank(input.website);
  if (input.leaderName !== undefined) out.leader_name = blank(input.leaderName);
  if (input.leaderTitle !== undefined) out.leader_title = blank(input.leaderTitle);
  if (input.intakeEmail !== undefined) out.intake_email = blank(input.intakeEmail);
  if (input.focalMain !== undefined)
    out.focal_main = input.focalMain ? JSON.stringify(input.focalMain) : null;
  if (input.focalBackup !== undefined)
    out.focal_backup = input.focalBackup ? JSON.stringify(input.focalBackup) : null;
  if (input.notes !== undefined) out.notes = blank(input.notes);
  return out;
}

export function createUnitService(deps: ServiceDeps) {
  async function requireUnit(id: string) {
    const row = await repo.findUnitById(deps.db, id);
    if (!row) throw new DomainError('not_found', { entity: 'unit' });
    return row;
  }

  return {
    async list(actor: RequestActor, query: repo.UnitListQuery) {
      if (!can(actor, 'unit.read')) throw new DomainError('forbidden');
      const { rows, total } = await repo.listUnits(deps.db, query);
      return { total, items: rows.map((r) => unitView(actor, r)) };
    },

    async get(actor: RequestActor, id: string) {
      if (!can(actor, 'unit.read')) throw new DomainError('forbidden');
      return unitView(actor, await requireUnit(id));
    },

    async create(actor: RequestActor, input: UnitInput) {
      if (!can(actor, 'unit.create')) throw new DomainError('forbidden');
      if (input.parentId) await requireUnit(input.parentId);
      return mutate(deps, actor, async ({ trx, audit, announce }) => {
        const row = await repo
          .insertUnit(trx, {
            ...toColumns(input),
            code: input.code.trim(),
            name: input.name.trim(),
            type: input.type,
            updated_at: deps.clock.now(),
          })
          .catch((e) => rethrowUnique(e, 'code'));
        await audit({
          action: 'unit.create',
          entityType: 'unit',
          entityId: row.id,
          unitId: row.id,
          after: row,
        });
        await announce({ entity: 'unit', id: row.id, action: 'create', unitIds: 'all' });
        return unitView(actor, row);
      });
    },

    async update(actor: RequestActor, id: string, patch: UnitPatch, expectedVersion?: number) {
      const before = await requireUnit(id);
      if (!can(actor, 'unit.update', { unitIds: [id] })) throw new DomainError('forbidden');
      if (expectedVersion !== undefined && expectedVersion !== before.version)
        throw new DomainError('conflict.stale');
      if (patch.parentId) {
        if (patch.parentId === id) throw new DomainError('unit.cycle');
        await requireUnit(patch.parentId);
        if ((await repo.ancestorIds(deps.db, patch.parentId)).includes(id))
          throw new DomainError('unit.cycle');
      }
      // A unit officer may edit the unit's contact data, not its place in the organisation.
      if (
        !can(actor, 'unit.create') &&
        (patch.code !== undefined || patch.type !== undefined || patch.parentId !== undefined)
      ) {
        throw new DomainError('forbidden');
      }
      return mutate(deps, actor, async ({ trx, audit, announce }) => {
        // Checked again under the row lock: two edits of the same version must not both pass.
        const current = (await repo.lockUnitById(trx, id)) ?? before;
        if (expectedVersion !== undefined && expectedVersion !== current.version)
          throw new DomainError('conflict.stale');
        const row = await repo
          .updateUnit(trx, id, { ...toColumns(patch), updated_at: deps.clock.now() })
          .catch((e) => rethrowUnique(e, 'code'));
        await audit({
          action: 'unit.update',
          entityType: 'unit',
          entityId: id,
          unitId: id,
          before: current,
          after: row,
        });
        await announce({ entity: 'unit', id, action: 'update', unitIds: 'all' });
        return unitView(actor, row);
      });
    },

    /** Units are archived, not deleted: incidents and audit records keep pointing at them. */
    async archive(actor: RequestActor, id: string) {
      const before = await requireUnit(id);
      if (!can(actor, 'unit.delete', { unitIds: [id] })) throw new DomainError('forbidden');
      const deps2 = await repo.countUnitDependants(deps.db, id);
      if (deps2.children > 0 || deps2.users > 0) {
        throw new DomainError('conflict.in_use', { detail: `${deps2.children} / ${deps2.users}` });
      }
      return mutate(deps, actor, async ({ trx, audit, announce }) => {
        const row = await repo.updateUnit(trx, id, { archived: true, updated_at: deps.clock.now() });
        await audit({
          action: 'unit.archive',
          entityType: 'unit',
          entityId: id,
          unitId: id,
          before,
          after: row,
        });
        await announce({ entity: 'unit', id, action: 'archive', unitIds: 'all' });
        return unitView(actor, row);
      });
    },
  };
}
export type UnitService = ReturnType<typeof createUnitService>;
