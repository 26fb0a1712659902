import { DomainError } from '@ungcuu/domain/errors.ts';
import type { LocalizedText } from '@ungcuu/domain/i18n-text.ts';
import {
  type ClosureResolution,
  hasOpenItems,
  isUnfinishedTask,
  type OpenItems,
  unresolvedItems,
} from '@ungcuu/domain/incidents/closure.ts';
import type { IncidentState } from '@ungcuu/domain/incidents/lifecycle.ts';
import type { DeadlineWaiver, IncidentRow } from '../db/schema-incidents.ts';
import type { Executor, RequestActor, Trx } from '../shared/context.ts';
import type { ServiceDeps } from '../shared/deps.ts';
import { type MutationScope, mutate } from '../shared/mutation.ts';
import * as repo from './incident.repository.ts';
import { incidentView } from './incident.view.ts';
import { requireAction, requireVisible } from './incident-access.ts';
import { regimeById } from './regime.service.ts';
import { deadlinesOf } from './severity-assessment.ts';
import { listUnfinishedTasksOfIncident, lockTask, updateTask } from './task.repository.ts';
import { addTimeline } from './timeline.repository.ts';

type Audit = MutationScope['audit'];

/** What still hangs on the incident: unfinished tasks and legal reports neither made nor waived. */
export async function openItemsOf(db: Executor, row: IncidentRow, now: Date): Promise<OpenItems> {
  const regime = await regimeById(db, row.regime_id);
  const tasks = await listUnfinishedTasksOfIncident(db, row.id);
  return {
    tasks: tasks.map((t) => ({
      id: t.id,
      title: t.title as LocalizedText,
      status: t.status,
      assigneeUnitId: t.assignee_unit_id,
      assigneeUserId: t.assignee_user_id,
      dueAt: t.due_at ? new Date(t.due_at).toISOString() : null,
    })),
    deadlines: deadlinesOf(row, regime, now)
      .filter((d) => d.status !== 'done' && d.status !== 'waived')
      .map((d) => ({
        code: d.code,
        label: d.label,
        dueAt: d.dueAt,
        status: d.status,
        formCode: d.formCode ?? null,
      })),
  };
}

/**
 * Ends the work on an incident that is being finished, inside the transition's transaction.
 * Closing (README §6 P6) needs an explicit resolution of every open item, or it is refused with the
 * list (409 incident.open_items). Rejecting or marking a duplicate ends the work too: its reason is
 * the reason its open tasks are cancelled; its reports were never due (not an incident) or are
 * carried by the other incident, so their clocks merely stop.
 */
export async function settleOpenWork(
  trx: Trx,
  args: {
    actor: RequestActor;
    row: IncidentRow;
    to: IncidentState;
    resolution: ClosureResolution | undefined;
    reason: string | undefined;
    now: Date;
    audit: Audit;
  },
): Promise<Record<string, DeadlineWaiver> | undefined> {
  const { actor, row, to, now, audit } = args;
  const items = await openItemsOf(trx, row, now);
  let resolution: ClosureResolution;
  if (to === 'closed') {
    if (args.resolution && args.resolution.reason.trim().length < 3)
      throw new DomainError('validation.failed', { detail: 'resolution.reason' });
    const left = unresolvedItems(items, args.resolution);
    if (hasOpenItems(left))
      throw new DomainError(
        'incident.open_items',
        { tasks: left.tasks.length, deadlines: left.deadlines.length },
        { openItems: left },
      );
    resolution = args.resolution
      ? { ...args.resolution, reason: args.resolution.reason.trim() }
      : { reason: '', cancelTaskIds: [], waiveDeadlineCodes: [] };
  } else {
    resolution = {
      reason: args.reason ?? '',
      cancelTaskIds: items.tasks.map((t) => t.id),
      waiveDeadlineCodes: [],
    };
  }
  const who = { actorUserId: actor.userId, actorLabel: actor.label };
  const cancel = new Set(resolution.cancelTaskIds);
  for (const item of items.tasks.filter((t) => cancel.has(t.id))) {
    const before = await lockTask(trx, item.id);
    if (!before || !isUnfinishedTask(before.status)) continue;
    const task = await updateTask(trx, item.id, {
      status: 'cancelled',
      result_note: resolution.reason,
      updated_at: now,
    });
    await addTimeline(trx, {
      incidentId: row.id,
      at: now,
      kind: 'auto',
      event: 'task_cancelled_on_close',
      ...who,
      data: { taskId: task.id, title: item.title, reason: resolution.reason },
    });
    await audit({
      action: 'task.cancel',
      entityType: 'task',
      entityId: task.id,
      unitId: task.assignee_unit_id,
      before,
      after: task,
    });
  }
  const waive = new Set(resolution.waiveDeadlineCodes);
  const waived = items.deadlines.filter((d) => waive.has(d.code));
  if (waived.length === 0) return undefined;
  const map = { ...((row.deadlines_waived ?? {}) as Record<string, DeadlineWaiver>) };
  for (const d of waived) {
    map[d.code] = { at: now.toISOString(), reason: resolution.reason, by: actor.userId };
    await addTimeline(trx, {
      incidentId: row.id,
      at: now,
      kind: 'auto',
      event: 'deadline_waived',
      ...who,
      data: { code: d.code, title: d.label, status: d.status, reason: resolution.reason },
    });
  }
  await audit({
    action: 'incident.deadlines_waived',
    entityType: 'incident',
    entityId: row.id,
    unitId: row.reporting_unit_id,
    before: { deadlinesWaived: row.deadlines_waived },
    after: { deadlinesWaived: map },
  });
  return map;
}

/** What is still open before closing; recording a legal deadline as met. */
export function createIncidentClosureService(deps: ServiceDeps) {
  const { db, clock } = deps;
  return {
    /** The close dialog's list: what closing would have to cancel or record as not sent. */
    async openItems(actor: RequestActor, id: string) {
      const { row } = requireVisible(actor, await repo.findIncidentById(db, id));
      requireAction(actor, row, 'incident.transition');
      return openItemsOf(db, row, clock.now());
    },

    /** Marks a regime deadline as met (e.g. the notification was sent), stopping its countdown. */
    async markDeadlineDone(actor: RequestActor, id: string, code: string, doneAt: string) {
      return mutate(deps, actor, async ({ trx, audit, announce }) => {
        const { row: before } = requireVisible(actor, await repo.lockIncident(trx, id));
        requireAction(actor, before, 'incident.update');
        // Only a deadline the incident's regime gives it can be met; anything else would be a stray key.
        const regime = await regimeById(trx, before.regime_id);
        if (!deadlinesOf(before, regime, clock.now()).some((d) => d.code === code))
          throw new DomainError('not_found', { entity: 'deadline' });
        const done = {
          ...(before.deadlines_done as Record<string, string>),
          [code]: new Date(doneAt).toISOString(),
        };
        const row = await repo.updateIncident(trx, id, {
          deadlines_done: JSON.stringify(done),
          updated_at: clock.now(),
        });
        await addTimeline(trx, {
          incidentId: id,
          at: new Date(doneAt),
          kind: 'auto',
          event: 'deadline_met',
          actorUserId: actor.userId,
          actorLabel: actor.label,
          data: { code },
        });
        await audit({
          action: 'incident.deadline_done',
          entityType: 'incident',
          entityId: id,
          unitId: row.reporting_unit_id,
          before,
          after: row,
        });
        await announce({ entity: 'incident', id, action: 'update', unitIds: row.unit_ids });
        return incidentView(actor, row, 'full');
      });
    },
  };
}
