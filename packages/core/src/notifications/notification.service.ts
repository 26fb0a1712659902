import { can } from '@ungcuu/domain/auth/permissions.ts';
import { DomainError } from '@ungcuu/domain/errors.ts';
import type { NotificationRow } from '../db/schema-preparedness.ts';
import type { Executor, RequestActor } from '../shared/context.ts';
import type { ServiceDeps } from '../shared/deps.ts';
import { mutate } from '../shared/mutation.ts';
import { toIso } from '../systems/row-values.ts';

/** A user's notifications: those addressed to them, and those addressed to everyone of their unit. */
function visibleTo(db: Executor, actor: RequestActor) {
  return db
    .selectFrom('notifications')
    .where((eb) =>
      eb.or([
        eb('user_id', '=', actor.userId),
        eb.and([eb('user_id', 'is', null), eb('unit_id', '=', actor.unitId)]),
      ]),
    );
}

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
      let q = visibleTo(deps.db, actor);
      if (query.unreadOnly) q = q.where('read_at', 'is', null);
      const [rows, count] = await Promise.all([
        q
          .selectAll()
          .orderBy('created_at', 'desc')
          .orderBy('id')
          .limit(query.limit)
          .offset(query.offset)
          .execute(),
        visibleTo(deps.db, actor)
          .select((eb) => [
            eb.fn.countAll<string>().as('n'),
            eb.fn.count<string>('id').filterWhere('read_at', 'is', null).as('unread'),
          ])
          .executeTakeFirstOrThrow(),
      ]);
      return {
        items: rows.map(notificationView),
        total: query.unreadOnly ? Number(count.unread) : Number(count.n),
        unread: Number(count.unread),
      };
    },

    async markRead(actor: RequestActor, id: string) {
      const row = await deps.db
        .selectFrom('notifications')
        .selectAll()
        .where('id', '=', id)
        .executeTakeFirst();
      if (!row) throw new DomainError('not_found', { entity: 'notification' });
      const mine = row.user_id === actor.userId || (row.user_id === null && row.unit_id === actor.unitId);
      // Someone else's notice is, to the caller, not there (issue 7: 404, not 403).
      if (!mine) throw new DomainError('not_found', { entity: 'notification' });
      if (!can(actor, 'notification.read', { userId: actor.userId })) throw new DomainError('forbidden');
      if (row.read_at) return notificationView(row);
      return mutate(deps, actor, async ({ trx, audit, announce }) => {
        const updated = await trx
          .updateTable('notifications')
          .set({ read_at: deps.clock.now() })
          .where('id', '=', id)
          .returningAll()
          .executeTakeFirstOrThrow();
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
