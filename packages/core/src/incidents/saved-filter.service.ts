import { DomainError } from '@ungcuu/domain/errors.ts';
import type { RequestActor } from '../shared/context.ts';
import type { ServiceDeps } from '../shared/deps.ts';
import { mutate } from '../shared/mutation.ts';
import * as repo from './saved-filter.repository.ts';

/** A person's saved incident filters (e.g. "overdue T3+ in my wards"). */
export function createSavedFilterService(deps: ServiceDeps) {
  const { db } = deps;
  return {
    async list(actor: RequestActor) {
      const rows = await repo.listSavedFiltersOfUser(db, actor.userId);
      return rows.map((r) => ({ id: r.id, name: r.name, query: r.query as Record<string, unknown> }));
    },
    async create(actor: RequestActor, name: string, query: Record<string, unknown>) {
      return mutate(deps, actor, async ({ trx, audit }) => {
        const row = await repo.insertSavedFilter(trx, {
          user_id: actor.userId,
          name: name.trim(),
          query: JSON.stringify(query),
        });
        await audit({
          action: 'saved_filter.create',
          entityType: 'saved_filter',
          entityId: row.id,
          unitId: actor.unitId,
          after: row,
        });
        return { id: row.id, name: row.name, query: row.query as Record<string, unknown> };
      });
    },
    async remove(actor: RequestActor, id: string) {
      const row = await repo.findSavedFilter(db, id);
      if (!row || row.user_id !== actor.userId) throw new DomainError('not_found', { entity: 'filter' });
      return mutate(deps, actor, async ({ trx, audit }) => {
        await repo.deleteSavedFilter(trx, id);
        await audit({
          action: 'saved_filter.delete',
          entityType: 'saved_filter',
          entityId: id,
          unitId: actor.unitId,
          before: row,
        });
        return { ok: true };
      });
    },
  };
}
