import { can } from '@ungcuu/domain/auth/permissions.ts';
import type { TaskAction, TaskStatus, TaskView } from '@ungcuu/domain/incidents/task-api.ts';
import type { Phase } from '@ungcuu/domain/playbooks/playbook.ts';
import type { TaskRow } from '../db/schema-incidents.ts';
import type { RequestActor } from '../shared/context.ts';

/** Task states: who answers, and from which status each answer is allowed. */
export const TASK_FLOW: Record<
  TaskAction,
  { from: readonly string[]; to: string; by: 'assignee' | 'coordinator' }
> = {
  accept: { from: ['open', 'declined'], to: 'accepted', by: 'assignee' },
  decline: { from: ['open', 'accepted'], to: 'declined', by: 'assignee' },
  start: { from: ['open', 'accepted'], to: 'in_progress', by: 'assignee' },
  complete: { from: ['open', 'accepted', 'in_progress'], to: 'done', by: 'assignee' },
  reopen: { from: ['done', 'cancelled', 'declined'], to: 'open', by: 'coordinator' },
  cancel: { from: ['open', 'accepted', 'in_progress', 'declined'], to: 'cancelled', by: 'coordinator' },
};

export function isAssignee(
  actor: RequestActor,
  task: Pick<TaskRow, 'assignee_unit_id' | 'assignee_user_id'>,
): boolean {
  if (task.assignee_user_id === actor.userId) return true;
  return task.assignee_unit_id !== null && can(actor, 'task.respond', { unitIds: [task.assignee_unit_id] });
}

export function taskActions(actor: RequestActor, task: TaskRow, coordinator: boolean): TaskAction[] {
  return (Object.keys(TASK_FLOW) as TaskAction[]).filter((a) => {
    const rule = TASK_FLOW[a];
    if (!rule.from.includes(task.status)) return false;
    return rule.by === 'coordinator' ? coordinator : coordinator || isAssignee(actor, task);
  });
}

/**
 * `incidentFinished`: the task belongs to a finished incident; nothing can be done on it any more
 * (the server answers 409), so no action is offered.
 */
export function taskView(
  actor: RequestActor,
  task: TaskRow,
  coordinator: boolean,
  now: Date,
  incidentFinished = false,
): TaskView {
  const due = task.due_at ? new Date(task.due_at) : null;
  return {
    id: task.id,
    incidentId: task.incident_id,
    title: task.title,
    instructions: task.instructions,
    phase: task.phase as Phase | null,
    stepKey: task.step_key,
    evidenceHint: task.evidence_hint,
    assigneeUnitId: task.assignee_unit_id,
    assigneeUserId: task.assignee_user_id,
    dueAt: due?.toISOString() ?? null,
    overdue:
      !incidentFinished &&
      due !== null &&
      ['open', 'accepted', 'in_progress'].includes(task.status) &&
      due < now,
    status: task.status as TaskStatus,
    declineReason: task.decline_reason,
    resultNote: task.result_note,
    completedAt: task.completed_at ? new Date(task.completed_at).toISOString() : null,
    escalatedAt: task.escalated_at ? new Date(task.escalated_at).toISOString() : null,
    version: task.version,
    actions: incidentFinished ? [] : taskActions(actor, task, coordinator),
  };
}
