import { can } from '@ungcuu/domain/auth/permissions.ts';
import { DomainError } from '@ungcuu/domain/errors.ts';
import type { RemediationListQuery } from '@ungcuu/domain/inspections/inspection-api.ts';
import { vnToday } from '../readiness/readiness-items.service.ts';
import type { RequestActor } from '../shared/context.ts';
import type { ServiceDeps } from '../shared/deps.ts';
import { mutate } from '../shared/mutation.ts';
import { readReach } from '../shared/read-reach.ts';
import { requireReadable } from '../shared/ref-visibility.ts';
import { remediationView } from './inspection.view.ts';
import * as repo from './remediation.repository.ts';

/** Remediation tasks from inspection findings, tracked to closure (open → done with a note). */
export function createRemediationService(deps: ServiceDeps) {
  return {
    async list(actor: RequestActor, query: RemediationListQuery) {
      const today = vnToday(deps.clock.now());
      const { rows, total } = await repo.listTasks(
        deps.db,
        query,
        readReach(actor, 'inspection.read'),
        today,
      );
      return { total, items: rows.map((r) => remediationView(actor, r, today)) };
    },

    async get(actor: RequestActor, id: string) {
      const row = await repo.findTask(deps.db, id);
      if (!row) throw new DomainError('not_found', { entity: 'remediation_task' });
      requireReadable(actor, 'inspection.read', { unitIds: [row.unit_id] }, 'remediation_task');
      return remediationView(actor, row, vnToday(deps.clock.now()));
    },

    async markDone(actor: RequestActor, id: string, input: { note: string }) {
      const before = await repo.findTask(deps.db, id);
      if (!before) throw new DomainError('not_found', { entity: 'remediation_task' });
      requireReadable(actor, 'inspection.read', { unitIds: [before.unit_id] }, 'remediation_task');
      if (!can(actor, 'remediation.update', { unitIds: [before.unit_id] }))
        throw new DomainError('forbidden');
      if (before.status === 'done') throw new DomainError('remediation.already_done');
      return mutate(deps, actor, async ({ trx, audit, announce }) => {
        const now = deps.clock.now();
        await repo.updateTask(trx, id, {
          status: 'done',
          done_note: input.note.trim(),
          done_at: now,
          done_by: actor.userId,
          updated_at: now,
        });
        const row = (await repo.findTask(trx, id))!;
        await audit({
          action: 'remediation.done',
          entityType: 'remediation_task',
          entityId: id,
          unitId: row.unit_id,
          before: { status: before.status },
          after: { status: row.status, note: row.done_note },
        });
        await announce({ entity: 'remediation_task', id, action: 'done', unitIds: [row.unit_id] });
        return remediationView(actor, row, vnToday(now));
      });
    },
  };
}
export type RemediationService = ReturnType<typeof createRemediationService>;
