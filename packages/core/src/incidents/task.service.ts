import { can } from '@ungcuu/domain/auth/permissions.ts';
import { DomainError } from '@ungcuu/domain/errors.ts';
import { isFinished } from '@ungcuu/domain/incidents/closure.ts';
import type { TaskInput, TaskPatch, TaskResponseInput } from '@ungcuu/domain/incidents/schemas.ts';
import type { Updateable } from 'kysely';
import type { IncidentRow, IncidentTasksTable } from '../db/schema-incidents.ts';
import { noticeTaskAssigned, noticeTaskResponse } from '../notifications/incident-notices.ts';
import { findUnitById } from '../org/unit.repository.ts';
import { findUserById } from '../org/user.repository.ts';
import type { RequestActor, Trx } from '../shared/context.ts';
import type { ServiceDeps } from '../shared/deps.ts';
import { mutate } from '../shared/mutation.ts';
import { assertVisibleRefs } from '../shared/ref-visibility.ts';
import { findIncidentById, lockIncident, updateIncident } from './incident.repository.ts';
import { composeUnitIds, requireAction, requireVisible } from './incident-access.ts';
import * as repo from './task.repository.ts';
import { isAssignee, TASK_FLOW, taskView } from './task.view.ts';
import { addTimeline } from './timeline.repository.ts';

/** Tasks across units (seed II.1.d): to a unit or a person, with a due date; units accept or decline. */
export function createTaskService(deps: ServiceDeps) {
  const { db, clock } = deps;
  const isCoordinator = (actor: RequestActor, incident: IncidentRow) =>
    can(actor, 'task.create', {
      unitIds: incident.unit_ids.filter((u) => !incident.escalated_unit_ids.includes(u)),
    });

  /**
   * A task given to another unit, or to a person of another unit, brings that unit into the
   * incident: people must see what they work on.
   */
  async function includeUnits(trx: Trx, incident: IncidentRow, unitIds: (string | null)[]) {
    const added = unitIds.filter((u): u is string => !!u && !incident.unit_ids.includes(u));
    if (added.length === 0) return incident;
    return updateIncident(trx, incident.id, {
      responding_unit_ids: [...new Set([...incident.responding_unit_ids, ...added])],
      unit_ids: composeUnitIds([...incident.unit_ids, ...added]),
      updated_at: clock.now(),
    });
  }

  /** Checks the assignees exist; returns the assigned person's unit (to bring it into the incident). */
  /**
   * Checks the assignees exist and the person is someone the caller may see; returns the person's
   * unit (to bring it into the incident).
   */
  async function checkAssignees(
    actor: RequestActor,
    input: { assigneeUnitId?: string | null; assigneeUserId?: string | null },
  ) {
    if (input.assigneeUnitId && !(await findUnitById(db, input.assigneeUnitId)))
      throw new DomainError('not_found', { entity: 'unit' });
    if (!input.assigneeUserId) return null;
    const user = await findUserById(db, input.assigneeUserId);
    if (!user) throw new DomainError('not_found', { entity: 'user' });
    await assertVisibleRefs(db, actor, [{ kind: 'user', id: user.id, path: 'assigneeUserId' }]);
    return user.unit_id;
  }

  async function loadTask(actor: RequestActor, taskId: string) {
    const task = await repo.findTask(db, taskId);
    if (!task) throw new DomainError('not_found', { entity: 'task' });
    const incident = await findIncidentById(db, task.incident_id);
    // A task is visible with its incident, or to the unit or person it was given to.
    if (!isAssignee(actor, task)) requireVisible(actor, incident);
    return { task, incident: incident! };
  }

  return {
    async listForIncident(actor: RequestActor, incidentId: string) {
      const { row, visibility } = requireVisible(actor, await findIncidentById(db, incidentId));
      // A body it was escalated to reads only what was shared; tasks (their notes say what was done,
      // which the read-only view withholds) are not among it, as with comments and observables.
      if (visibility !== 'full') return [];
      const coordinator = isCoordinator(actor, row);
      const finished = isFinished(row.state);
      return (await repo.listTasksOfIncident(db, incidentId)).map((t) =>
        taskView(actor, t, coordinator, clock.now(), finished),
      );
    },

    /** "My work": tasks given to my unit or to me. */
    async listMine(
      actor: RequestActor,
      query: { status?: string[] | undefined; limit: number; offset: number },
    ) {
      const { rows, total } = await repo.listTasksFor(db, {
        unitId: actor.unitId,
        userId: actor.userId,
        ...(query.status ? { status: query.status } : {}),
        limit: query.limit,
        offset: query.offset,
      });
      return {
        total,
        limit: query.limit,
        offset: query.offset,
        items: rows.map((r) => ({
          ...taskView(actor, r, false, clock.now(), isFinished(r.incident_state)),
          incidentCode: r.incident_code,
          incidentTitle: r.incident_title,
        })),
      };
    },

    async create(actor: RequestActor, incidentId: string, input: TaskInput) {
      const personUnitId = await checkAssignees(actor, input);
      return mutate(deps, actor, async ({ trx, audit, announce }) => {
        const found = requireVisible(actor, await lockIncident(trx, incidentId));
        requireAction(actor, found.row, 'task.create');
        if (isFinished(found.row.state)) throw new DomainError('incident.closed');
        const incident = await includeUnits(trx, found.row, [input.assigneeUnitId ?? null, personUnitId]);
        const title = input.title.trim();
        const task = await repo.insertTask(trx, {
          incident_id: incidentId,
          title: JSON.stringify({ vi: title, en: title }),
          instructions: input.instructions
            ? JSON.stringify({ vi: input.instructions, en: input.instructions })
            : null,
          phase: input.phase ?? null,
          step_key: null,
          evidence_hint: null,
          assignee_unit_id: input.assigneeUnitId ?? null,
          assignee_user_id: input.assigneeUserId ?? null,
          due_at: input.dueAt ? new Date(input.dueAt) : null,
          decline_reason: null,
          result_note: null,
          completed_at: null,
          escalated_at: null,
          sort: 10_000,
          created_by: actor.userId,
          updated_at: clock.now(),
        });
        await addTimeline(trx, {
          incidentId,
          at: clock.now(),
          kind: 'auto',
          event: 'task_created',
          actorUserId: actor.userId,
          actorLabel: actor.label,
          data: { taskId: task.id, title, assigneeUnitId: task.assignee_unit_id },
        });
        await audit({
          action: 'task.create',
          entityType: 'task',
          entityId: task.id,
          unitId: task.assignee_unit_id,
          after: task,
        });
        await noticeTaskAssigned(trx, actor, incident, task, personUnitId, clock.now());
        await announce({ entity: 'task', id: task.id, action: 'create', unitIds: incident.unit_ids });
        return taskView(actor, task, true, clock.now());
      });
    },

    async update(actor: RequestActor, taskId: string, patch: TaskPatch) {
      const personUnitId = await checkAssignees(actor, patch);
      return mutate(deps, actor, async ({ trx, audit, announce }) => {
        const before = await repo.lockTask(trx, taskId);
        if (!before) throw new DomainError('not_found', { entity: 'task' });
        const found = requireVisible(actor, await lockIncident(trx, before.incident_id));
        requireAction(actor, found.row, 'task.create');
        if (isFinished(found.row.state)) throw new DomainError('incident.closed');
        const incident = await includeUnits(trx, found.row, [patch.assigneeUnitId ?? null, personUnitId]);
        const set: Updateable<IncidentTasksTable> = { updated_at: clock.now() };
        if (patch.assigneeUnitId !== undefined) set.assignee_unit_id = patch.assigneeUnitId;
        if (patch.assigneeUserId !== undefined) set.assignee_user_id = patch.assigneeUserId;
        if (patch.dueAt !== undefined) set.due_at = patch.dueAt ? new Date(patch.dueAt) : null;
        if (patch.title !== undefined) set.title = JSON.stringify({ vi: patch.title, en: patch.title });
        // A reassigned or rescheduled task starts over: open, not escalated.
        if (patch.assigneeUnitId !== undefined || patch.assigneeUserId !== undefined) {
          set.status = 'open';
          set.decline_reason = null;
        }
        if (patch.dueAt !== undefined) set.escalated_at = null;
        const task = await repo.updateTask(trx, taskId, set);
        await addTimeline(trx, {
          incidentId: task.incident_id,
          at: clock.now(),
          kind: 'auto',
          event: 'task_updated',
          actorUserId: actor.userId,
          actorLabel: actor.label,
          data: { taskId, fields: Object.keys(patch) },
        });
        await audit({
          action: 'task.update',
          entityType: 'task',
          entityId: taskId,
          unitId: task.assignee_unit_id,
          before,
          after: task,
        });
        if (patch.assigneeUnitId !== undefined || patch.assigneeUserId !== undefined)
          await noticeTaskAssigned(trx, actor, incident, task, personUnitId, clock.now());
        await announce({ entity: 'task', id: taskId, action: 'update', unitIds: incident.unit_ids });
        return taskView(actor, task, true, clock.now());
      });
    },

    /** Accept, decline (with a reason), start, complete (with a note); the coordinator reopens or cancels. */
    async respond(actor: RequestActor, taskId: string, input: TaskResponseInput) {
      const { task: current, incident: currentIncident } = await loadTask(actor, taskId);
      // Work on a finished incident is over: its record stays as it was closed.
      if (isFinished(currentIncident.state)) throw new DomainError('incident.closed');
      const rule = TASK_FLOW[input.action];
      const coordinator = isCoordinator(actor, currentIncident);
      const allowed = rule.by === 'coordinator' ? coordinator : coordinator || isAssignee(actor, current);
      if (!allowed) throw new DomainError('forbidden');
      if (input.action === 'decline' && !input.reason?.trim()) throw new DomainError('task.reason_required');
      return mutate(deps, actor, async ({ trx, audit, announce }) => {
        const now = clock.now();
        // One statement: the task locked, moved if its status allows, and the timeline's step.
        const answered = await repo.respondToTask(
          trx,
          taskId,
          rule.from,
          {
            status: rule.to,
            ...(input.action === 'decline' ? { decline_reason: input.reason ?? null } : {}),
            ...(input.action === 'complete' ? { completed_at: now, result_note: input.note ?? null } : {}),
            ...(input.action === 'reopen' ? { completed_at: null } : {}),
            updated_at: now,
          },
          {
            at: now,
            event: `task_${input.action}`,
            actorUserId: actor.userId,
            actorLabel: actor.label,
            data: { taskId, reason: input.reason, note: input.note },
          },
        );
        if (!answered) throw new DomainError('not_found', { entity: 'task' });
        const { before, moved: task } = answered;
        if (!task)
          throw new DomainError('task.invalid_status', { action: input.action, status: before.status });
        await audit({
          action: `task.${input.action}`,
          entityType: 'task',
          entityId: taskId,
          unitId: task.assignee_unit_id,
          before,
          after: task,
        });
        await noticeTaskResponse(trx, input.action, currentIncident, task, now);
        await announce({
          entity: 'task',
          id: taskId,
          action: input.action,
          unitIds: currentIncident.unit_ids,
        });
        return taskView(actor, task, coordinator, now);
      });
    },
  };
}
export type TaskService = ReturnType<typeof createTaskService>;
