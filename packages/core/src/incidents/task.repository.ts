import { FINISHED_STATES, UNFINISHED_TASK_STATUSES } from '@ungcuu/domain/incidents/closure.ts';
import type { Playbook, Step } from '@ungcuu/domain/playbooks/playbook.ts';
import { type Insertable, sql, type Updateable } from 'kysely';
import type { IncidentRow, IncidentTasksTable, TaskRow } from '../db/schema-incidents.ts';
import type { Executor } from '../shared/context.ts';

export const OPEN_TASK_STATUSES = ['open', 'accepted', 'in_progress'] as const;

async function focalOfficeId(db: Executor): Promise<string | null> {
  const row = await db
    .selectFrom('units')
    .select('id')
    .where('type', '=', 'focal_office')
    .where('archived', '=', false)
    .orderBy('created_at')
    .limit(1)
    .executeTakeFirst();
  return row?.id ?? null;
}

/** Who a playbook step goes to by default: the unit on site, the focal office, or nobody yet. */
function defaultAssignee(step: Step, incident: IncidentRow, focal: string | null): string | null {
  if (step.defaultRole === 'unit_officer') return incident.reporting_unit_id;
  if (step.defaultRole === 'coordinator' || step.defaultRole === 'admin' || step.defaultRole === 'leader')
    return focal;
  return null;
}

/** Turns a playbook's steps into tasks, due one after another by each step's expected duration. */
export async function attachPlaybookTasks(
  db: Executor,
  args: { incident: IncidentRow; playbook: Playbook; now: Date; createdBy: string },
): Promise<number> {
  const focal = await focalOfficeId(db);
  const start = await db
    .selectFrom('incident_tasks')
    .select((eb) => eb.fn.coalesce(eb.fn.max('sort'), sql<number>`0`).as('m'))
    .where('incident_id', '=', args.incident.id)
    .executeTakeFirstOrThrow();
  let cursor = args.now.getTime();
  const rows = args.playbook.steps.map((step, i) => {
    cursor += step.expectedMinutes * 60_000;
    return {
      incident_id: args.incident.id,
      title: JSON.stringify(step.title),
      instructions: JSON.stringify(step.instructions),
      phase: step.phase,
      step_key: step.key,
      evidence_hint: JSON.stringify(step.evidence),
      assignee_unit_id: defaultAssignee(step, args.incident, focal),
      assignee_user_id: null,
      due_at: new Date(cursor),
      decline_reason: null,
      result_note: null,
      completed_at: null,
      escalated_at: null,
      sort: Number(start.m) + i + 1,
      created_by: args.createdBy,
      updated_at: args.now,
    };
  });
  if (rows.length > 0) await db.insertInto('incident_tasks').values(rows).execute();
  return rows.length;
}

export async function findTask(db: Executor, id: string): Promise<TaskRow | undefined> {
  return db.selectFrom('incident_tasks').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function lockTask(db: Executor, id: string): Promise<TaskRow | undefined> {
  return db.selectFrom('incident_tasks').selectAll().where('id', '=', id).forUpdate().executeTakeFirst();
}

export async function listTasksOfIncident(db: Executor, incidentId: string): Promise<TaskRow[]> {
  return db
    .selectFrom('incident_tasks')
    .selectAll()
    .where('incident_id', '=', incidentId)
    .orderBy('sort')
    .limit(500)
    .execute();
}

/** Tasks not yet done, cancelled or refused for good: what keeps an incident from closing. */
export async function listUnfinishedTasksOfIncident(db: Executor, incidentId: string): Promise<TaskRow[]> {
  return db
    .selectFrom('incident_tasks')
    .selectAll()
    .where('incident_id', '=', incidentId)
    .where('status', 'in', [...UNFINISHED_TASK_STATUSES])
    .orderBy('sort')
    .limit(500)
    .execute();
}

/** Moves the named tasks of one incident to another (a split); tasks of other incidents stay. */
export async function moveTasksToIncident(
  db: Executor,
  fromIncidentId: string,
  toIncidentId: string,
  taskIds: string[],
  now: Date,
): Promise<void> {
  await db
    .updateTable('incident_tasks')
    .set({ incident_id: toIncidentId, updated_at: now })
    .where('incident_id', '=', fromIncidentId)
    .where('id', 'in', taskIds)
    .execute();
}

export async function insertTask(db: Executor, row: Insertable<IncidentTasksTable>): Promise<TaskRow> {
  return db.insertInto('incident_tasks').values(row).returningAll().executeTakeFirstOrThrow();
}

export async function updateTask(
  db: Executor,
  id: string,
  patch: Updateable<IncidentTasksTable>,
): Promise<TaskRow> {
  return db
    .updateTable('incident_tasks')
    .set({ ...patch, version: sql`version + 1` })
    .where('id', '=', id)
    .returningAll()
    .executeTakeFirstOrThrow();
}

/** A unit's (or a person's) open work across incidents, soonest due first. */
export async function listTasksFor(
  db: Executor,
  filter: {
    unitId?: string | null;
    userId?: string | null;
    status?: string[];
    limit: number;
    offset: number;
  },
) {
  let q = db.selectFrom('incident_tasks as t').innerJoin('incidents as i', 'i.id', 't.incident_id');
  if (filter.unitId || filter.userId) {
    q = q.where((eb) =>
      eb.or([
        ...(filter.unitId ? [eb('t.assignee_unit_id', '=', filter.unitId)] : []),
        ...(filter.userId ? [eb('t.assignee_user_id', '=', filter.userId)] : []),
      ]),
    );
  }
  if (filter.status?.length) q = q.where('t.status', 'in', filter.status);
  // Work left on a finished incident is nobody's work any more (closing settles it; older records
  // closed before that rule may still hold some).
  q = q.where((eb) =>
    eb.or([
      eb('t.status', 'not in', [...UNFINISHED_TASK_STATUSES]),
      eb('i.state', 'not in', [...FINISHED_STATES]),
    ]),
  );
  const [rows, count] = await Promise.all([
    q
      .selectAll('t')
      .select(['i.code as incident_code', 'i.title as incident_title', 'i.state as incident_state'])
      .orderBy('t.due_at', 'asc')
      .limit(filter.limit)
      .offset(filter.offset)
      .execute(),
    q.select((eb) => eb.fn.countAll<string>().as('n')).executeTakeFirstOrThrow(),
  ]);
  return { rows, total: Number(count.n) };
}

/** Open tasks past due, of incidents still being handled, not escalated yet (the escalation job takes them). */
export async function overdueTasks(db: Executor, now: Date, limit: number) {
  return db
    .selectFrom('incident_tasks as t')
    .innerJoin('incidents as i', 'i.id', 't.incident_id')
    .select(['t.id', 't.incident_id', 't.title', 't.assignee_unit_id', 't.due_at', 'i.code', 'i.unit_ids'])
    .where('t.status', 'in', [...OPEN_TASK_STATUSES])
    .where('i.state', 'not in', [...FINISHED_STATES])
    .where('t.due_at', '<', now)
    .where('t.escalated_at', 'is', null)
    .orderBy('t.due_at')
    .limit(limit)
    .execute();
}

const TASK_TIMESTAMPS = ['due_at', 'completed_at', 'escalated_at', 'created_at', 'updated_at'] as const;

/**
 * A task's answer in one statement (issue 13): locks the task, moves it when its status is one of
 * `from`, and writes the incident's timeline step. `moved` is the task after, or null when it may
 * not move (then `before` says why); undefined when there is no such task.
 */
export async function respondToTask(
  db: Executor,
  id: string,
  from: readonly string[],
  set: Updateable<IncidentTasksTable>,
  step: { at: Date; event: string; actorUserId: string | null; actorLabel: string | null; data: unknown },
): Promise<{ before: TaskRow; moved: TaskRow | null } | undefined> {
  const update = db
    .updateTable('incident_tasks')
    .set(set)
    .where('id', '=', id)
    .where('status', 'in', [...from])
    .returningAll();
  const result = await sql<TaskRow & { before: Record<string, unknown>; moved: boolean }>`
    with old as (select * from incident_tasks where id = ${id} for update),
    upd as (${update}),
    tl as (
      insert into incident_timeline (incident_id, at, kind, event, actor_user_id, actor_label, text, data)
      select upd.incident_id, ${step.at}, 'auto', ${step.event}, ${step.actorUserId}, ${step.actorLabel}, null,
             ${JSON.stringify(step.data ?? null)}::jsonb
      from upd
    )
    select upd.*, row_to_json(old) as before, upd.id is not null as moved from old left join upd on true`.execute(
    db,
  );
  const row = result.rows[0];
  if (!row) return undefined;
  const { before: json, moved, ...after } = row;
  const before = { ...json } as Record<string, unknown>;
  for (const column of TASK_TIMESTAMPS)
    if (typeof before[column] === 'string') before[column] = new Date(before[column] as string);
  return { before: before as unknown as TaskRow, moved: moved ? (after as TaskRow) : null };
}
