import { can } from '@ungcuu/domain/auth/permissions.ts';
import { DomainError } from '@ungcuu/domain/errors.ts';
import type { NotificationRow } from '../db/schema-preparedness.ts';
import type { RequestActor } from '../shared/context.ts';
import type { ServiceDeps } from '../shared/deps.ts';
import { mutate } from '../shared/mutation.ts';
import { toIso } from '../shared/row-values.ts';
import * as repo from './notification.repository.ts';

function notificationView(row: NotificationRow) {
  return {
    id: row.id,
    userId: row.user_id,
    unitId: row.unit_id,
    kind: row.kind,
    title: row.title,
    body: row.body,
    link: row.link,
    createdAt: toIso(row.created_at)!,
    readAt: toIso(row.read_at),
  };
}

/**
 * In-app notifications (licence reminders here; incidents write to the same table). A notice to a
 * whole unit is read once for the unit: whoever marks it read marks it for their colleagues too.
 */
export function createNotificationService(deps: ServiceDeps) {
  return {
    async list(
      actor: RequestActor,
      query: { limit: number; offset: number; unreadOnly?: boolean | undefined },
    ) {
      if (!can(actor, 'notification.read')) throw new DomainError('forbidden');
      const reader = { userId: actor.userId, unitId: actor.unitId };
      const [rows, count] = await Promise.all([
        repo.listVisible(deps.db, reader, { ...query, unreadOnly: query.unreadOnly === true }),
        repo.countVisible(deps.db, reader),
      ]);
      return {
        items: rows.map(notificationView),
        total: query.unreadOnly ? count.unread : count.all,
        unread: count.unread,
      };
    },

    async markRead(actor: RequestActor, id: string) {
      const row = await repo.findNotification(deps.db, id);
      if (!row) throw new DomainError('not_found', { entity: 'notification' });
      const mine = row.user_id === actor.userId || (row.user_id === null && row.unit_id === actor.unitId);
      // Someone else's notice is, to the caller, not there (issue 7: 404, not 403).
      if (!mine) throw new DomainError('not_found', { entity: 'notification' });
      if (!can(actor, 'notification.read', { userId: actor.userId })) throw new DomainError('forbidden');
      if (row.read_at) return notificationView(row);
      return mutate(deps, actor, async ({ trx, audit, announce }) => {
        const updated = await repo.markNotificationRead(trx, id, deps.clock.now());
        await audit({
          action: 'notification.read',
          entityType: 'notification',
          entityId: id,
          unitId: row.unit_id,
          after: { read_at: updated.read_at },
        });
        await announce({
          entity: 'notification',
          id,
          action: 'read',
          unitIds: row.unit_id ? [row.unit_id] : [actor.unitId],
        });
        return notificationView(updated);
      });
    },
  };
}
export type NotificationService = ReturnType<typeof createNotificationService>;
