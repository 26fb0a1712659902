import type { Action } from '../auth/permissions.ts';
import type { LocalizedText } from '../i18n-text.ts';
import type { DeadlineStatus } from './deadlines.ts';
import type { IncidentState } from './lifecycle.ts';

/**
 * What ending an incident means for the work still hanging on it (README §6 P6: the response is
 * over). An incident must not end with work or legal reports left dangling: tasks that nobody can
 * answer any more, "my work" lists that never empty, deadlines that keep counting. So closing lists
 * what is still open and takes an explicit resolution for each item: tasks are cancelled with a
 * reason, unmet reports are recorded as not sent with a reason (NĐ 15/2020 Điều 78 fines reports not
 * made on time: the record must say so, not hide it).
 */

/** States in which the response is over: no more work, no clocks. `closed` can still be reopened. */
export const FINISHED_STATES = [
  'closed',
  'rejected',
  'duplicate',
  'merged',
] as const satisfies readonly IncidentState[];

export function isFinished(state: string): boolean {
  return (FINISHED_STATES as readonly string[]).includes(state);
}

/**
 * What may still be done on a finished incident: read it and its evidence, issue and record its
 * documents (Mẫu 04, the final report, is issued once the incident is closed), and reopen it.
 */
export const ACTIONS_WHEN_FINISHED: readonly Action[] = [
  'incident.transition',
  'incident.report_docs',
  'evidence.read',
];

export function allowedWhenFinished(action: Action): boolean {
  return ACTIONS_WHEN_FINISHED.includes(action);
}

/** Task statuses that still expect someone to act (a declined task waits for the coordinator). */
export const UNFINISHED_TASK_STATUSES = ['open', 'accepted', 'in_progress', 'declined'] as const;

export function isUnfinishedTask(status: string): boolean {
  return (UNFINISHED_TASK_STATUSES as readonly string[]).includes(status);
}

export interface OpenTaskItem {
  id: string;
  title: LocalizedText;
  status: string;
  assigneeUnitId: string | null;
  assigneeUserId: string | null;
  dueAt: string | null;
}

export interface UnmetDeadlineItem {
  code: string;
  label: LocalizedText;
  dueAt: string;
  status: DeadlineStatus;
  formCode: string | null;
}

/** What still hangs on an incident when someone wants to end it. */
export interface OpenItems {
  tasks: OpenTaskItem[];
  deadlines: UnmetDeadlineItem[];
}

/** The explicit resolution of the open items the person saw in the close dialog. */
export interface ClosureResolution {
  reason: string;
  cancelTaskIds: readonly string[];
  waiveDeadlineCodes: readonly string[];
}

/**
 * The open items that the resolution does not settle. Closing goes ahead only when this is empty:
 * an item that appeared after the dialog was opened (a task created meanwhile) is never cancelled
 * without the person having seen it.
 */
export function unresolvedItems(items: OpenItems, resolution: ClosureResolution | undefined): OpenItems {
  const tasks = new Set(resolution?.cancelTaskIds ?? []);
  const codes = new Set(resolution?.waiveDeadlineCodes ?? []);
  return {
    tasks: items.tasks.filter((t) => !tasks.has(t.id)),
    deadlines: items.deadlines.filter((d) => !codes.has(d.code)),
  };
}

export function hasOpenItems(items: OpenItems): boolean {
  return items.tasks.length > 0 || items.deadlines.length > 0;
}
