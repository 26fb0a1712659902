import { type Actor, allowedActions, can } from '@ungcuu/domain/auth/permissions.ts';
import { DomainError } from '@ungcuu/domain/errors.ts';
import { dayKey, vnDay } from '@ungcuu/domain/readiness/dates.ts';
import type { ReadinessItemListQuery } from '@ungcuu/domain/readiness/readiness-api.ts';
import { findUnitById } from '../org/unit.repository.ts';
import type { RequestActor } from '../shared/context.ts';
import type { ServiceDeps } from '../shared/deps.ts';
import { mutate } from '../shared/mutation.ts';
import { readReach } from '../shared/read-reach.ts';
import { assertVisibleRefs, requireReadable } from '../shared/ref-visibility.ts';
import * as repo from './readiness-items.repository.ts';
import type { ItemKind, Links } from './readiness-kinds.ts';

const ITEM_ACTIONS = ['readiness.manage'] as const;

/** Today on the Vietnamese calendar, 'YYYY-MM-DD'. */
export function vnToday(now: Date): string {
  return dayKey(vnDay(now.toISOString()));
}

/**
 * CRUD of one readiness record kind, scoped to the record's unit: a unit manages its own records,
 * the focal office all of them. Linked people (training attendees) and systems (drills) are
 * checked to exist and, for systems, to be visible to the caller.
 */
export function createReadinessItemService<I extends { unitId: string }, V>(
  deps: ServiceDeps,
  kind: ItemKind<I, V>,
) {
  const entity = `readiness_${kind.name}`;

  function view(actor: Actor, row: repo.ItemRow, links: Links | undefined): V {
    return {
      ...kind.view(row, links, vnToday(deps.clock.now())),
      allowedActions: allowedActions(actor, ITEM_ACTIONS, { unitIds: [row.unit_id] }),
    } as V;
  }

  async function links(ids: string[]) {
    return kind.link ? repo.loadLinks(deps.db, kind.link, ids) : new Map<string, Links>();
  }

  /** A record the caller may read, or 404 (another unit's record is, to them, not there). */
  async function requireItem(actor: RequestActor, id: string) {
    const row = await repo.findItem(deps.db, kind.spec, id);
    if (!row) throw new DomainError('not_found', { entity: kind.name });
    const linked = (await links([id])).get(id);
    const unitIds = [row.unit_id, ...(kind.extraReadUnits ? (linked?.unitIds ?? []) : [])];
    requireReadable(actor, 'readiness.read', { unitIds }, kind.name);
    return { row, links: linked };
  }

  async function checkLinks(actor: RequestActor, ids: readonly string[] | undefined) {
    if (!kind.link || !ids || ids.length === 0) return;
    // Attendees and drilled systems must be people and systems the caller may see (issue 7).
    const refKind = kind.link.other === 'user_id' ? 'user' : 'system';
    await assertVisibleRefs(
      deps.db,
      actor,
      ids.map((id) => ({ kind: refKind, id, path: kind.link!.inputKey })),
    );
  }

  async function requireUnit(unitId: string) {
    if (!(await findUnitById(deps.db, unitId))) throw new DomainError('not_found', { entity: 'unit' });
  }

  const linkInput = (input: Partial<I>) =>
    kind.link ? (input as Record<string, string[] | undefined>)[kind.link.inputKey] : undefined;

  return {
    async list(actor: RequestActor, query: ReadinessItemListQuery) {
      const { rows, total } = await repo.listItems(
        deps.db,
        kind.spec,
        query,
        readReach(actor, 'readiness.read'),
      );
      const linked = await links(rows.map((r) => r.id));
      return { total, items: rows.map((r) => view(actor, r, linked.get(r.id))) };
    },

    async get(actor: RequestActor, id: string) {
      const { row, links: linked } = await requireItem(actor, id);
      return view(actor, row, linked);
    },

    async create(actor: RequestActor, input: I) {
      await requireUnit(input.unitId);
      if (!can(actor, 'readiness.manage', { unitIds: [input.unitId] })) throw new DomainError('forbidden');
      const linkIds = linkInput(input);
      await checkLinks(actor, linkIds);
      return mutate(deps, actor, async ({ trx, audit, announce }) => {
        const id = await repo.insertItem(trx, kind.spec.table, {
          ...kind.columns(input),
          updated_at: deps.clock.now(),
        });
        if (kind.link && linkIds) await repo.replaceLinks(trx, kind.link, id, linkIds);
        const row = (await repo.findItem(trx, kind.spec, id))!;
        await audit({
          action: `${entity}.create`,
          entityType: entity,
          entityId: id,
          unitId: row.unit_id,
          after: { ...row, ...(linkIds ? { links: linkIds } : {}) },
        });
        await announce({ entity, id, action: 'create', unitIds: [row.unit_id] });
        const linked = kind.link ? (await repo.loadLinks(trx, kind.link, [id])).get(id) : undefined;
        return view(actor, row, linked);
      });
    },

    async update(actor: RequestActor, id: string, patch: Partial<I>, expectedVersion?: number) {
      const { row: before, links: beforeLinks } = await requireItem(actor, id);
      if (!can(actor, 'readiness.manage', { unitIds: [before.unit_id] })) throw new DomainError('forbidden');
      if (patch.unitId !== undefined) {
        if (!can(actor, 'readiness.manage', { unitIds: [patch.unitId] })) throw new DomainError('forbidden');
        await requireUnit(patch.unitId);
      }
      if (expectedVersion !== undefined && expectedVersion !== before.version)
        throw new DomainError('conflict.stale');
      const linkIds = linkInput(patch);
      await checkLinks(actor, linkIds);
      return mutate(deps, actor, async ({ trx, audit, announce }) => {
        await repo.updateItem(trx, kind.spec.table, id, {
          ...kind.columns(patch),
          updated_at: deps.clock.now(),
        });
        if (kind.link && linkIds) await repo.replaceLinks(trx, kind.link, id, linkIds);
        const row = (await repo.findItem(trx, kind.spec, id))!;
        await audit({
          action: `${entity}.update`,
          entityType: entity,
          entityId: id,
          unitId: row.unit_id,
          before: { ...before, ...(beforeLinks ? { links: beforeLinks.ids } : {}) },
          after: { ...row, ...(linkIds ? { links: linkIds } : {}) },
        });
        await announce({
          entity,
          id,
          action: 'update',
          unitIds: [...new Set([before.unit_id, row.unit_id])],
        });
        const linked = kind.link ? (await repo.loadLinks(trx, kind.link, [id])).get(id) : undefined;
        return view(actor, row, linked);
      });
    },

    async remove(actor: RequestActor, id: string) {
      const { row: before, links: beforeLinks } = await requireItem(actor, id);
      if (!can(actor, 'readiness.manage', { unitIds: [before.unit_id] })) throw new DomainError('forbidden');
      return mutate(deps, actor, async ({ trx, audit, announce }) => {
        await repo.deleteItem(trx, kind.spec.table, id);
        await audit({
          action: `${entity}.delete`,
          entityType: entity,
          entityId: id,
          unitId: before.unit_id,
          before: { ...before, ...(beforeLinks ? { links: beforeLinks.ids } : {}) },
        });
        await announce({ entity, id, action: 'delete', unitIds: [before.unit_id] });
        return { id, deleted: true };
      });
    },
  };
}
