import { type Static, Type } from '@sinclair/typebox';
import {
  DateTimeString,
  Items,
  LocalizedTextSchema,
  literals,
  Nullable,
  Paged,
  Uuid,
} from '../api-shapes.ts';
import { PhaseSchema } from '../playbooks/playbook.ts';

// Response schemas of the task routes: an incident's tasks and "my tasks".

export const TASK_STATUSES = ['open', 'accepted', 'declined', 'in_progress', 'done', 'cancelled'] as const;
export type TaskStatus = (typeof TASK_STATUSES)[number];
export const TASK_ACTIONS = ['accept', 'decline', 'start', 'complete', 'reopen', 'cancel'] as const;
export type TaskAction = (typeof TASK_ACTIONS)[number];

export const TaskViewSchema = Type.Object({
  id: Uuid,
  incidentId: Uuid,
  title: LocalizedTextSchema,
  instructions: Nullable(LocalizedTextSchema),
  phase: Nullable(PhaseSchema),
  stepKey: Nullable(Type.String()),
  evidenceHint: Nullable(LocalizedTextSchema),
  assigneeUnitId: Nullable(Uuid),
  assigneeUserId: Nullable(Uuid),
  dueAt: Nullable(DateTimeString),
  overdue: Type.Boolean(),
  status: literals(TASK_STATUSES),
  declineReason: Nullable(Type.String()),
  resultNote: Nullable(Type.String()),
  completedAt: Nullable(DateTimeString),
  escalatedAt: Nullable(DateTimeString),
  version: Type.Integer(),
  /** What the caller may answer now (none once the incident is finished). */
  actions: Type.Array(literals(TASK_ACTIONS)),
});
export type TaskView = Static<typeof TaskViewSchema>;
export const TaskListSchema = Items(TaskViewSchema);

/** A task in "my tasks", with the incident it belongs to. */
export const MyTaskSchema = Type.Object({
  ...TaskViewSchema.properties,
  incidentCode: Type.String(),
  incidentTitle: Type.String(),
});
export type MyTask = Static<typeof MyTaskSchema>;
export const MyTaskPageSchema = Paged(MyTaskSchema);
