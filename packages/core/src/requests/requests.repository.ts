import { sql } from 'kysely';
import type { Executor } from '../shared/context.ts';

// All SQL of requests to units (tables of migration 20261205-1131-unit-requests).

export async function insertRequest(
  db: Executor,
  row: {
    title: string;
    instructions: string;
    template: string | null;
    fields: unknown[];
    targeting: Record<string, unknown>;
    deadline: string;
    created_by: string;
    sent_at: Date;
  },
) {
  return db
    .insertInto('unit_requests')
    .values({
      ...row,
      fields: JSON.stringify(row.fields),
      targeting: JSON.stringify(row.targeting),
      updated_at: row.sent_at,
    })
    .returningAll()
    .executeTakeFirstOrThrow();
}

/** The units a targeting names: active units of the given types, or the hand-picked ones. */
export async function unitsToTarget(
  db: Executor,
  target: { types: readonly string[] } | { unitIds: readonly string[] },
) {
  let query = db.selectFrom('units').select(['id', 'name']).where('archived', '=', false);
  query =
    'types' in target
      ? query.where('type', 'in', target.types.length ? [...target.types] : ['-'])
      : query.where(
          'id',
          'in',
          target.unitIds.length ? [...target.unitIds] : ['00000000-0000-0000-0000-000000000000'],
        );
  return query.orderBy('name').limit(5000).execute();
}

export async function insertAnswerRows(db: Executor, requestId: string, unitIds: string[], at: Date) {
  if (unitIds.length === 0) return;
  await db
    .insertInto('unit_request_answers')
    .values(unitIds.map((unit_id) => ({ request_id: requestId, unit_id, answers: '{}', updated_at: at })))
    .execute();
}

/**
 * A page of requests, newest first, with the counts the list shows. `unitId`: only requests sent to
 * that unit (a unit's people), with its own answer's status.
 */
export async function listRequests(
  db: Executor,
  q: { unitId: string | null; state?: string; limit: number; offset: number },
) {
  let base = db.selectFrom('unit_requests as r');
  if (q.unitId) {
    base = base.where((eb) =>
      eb.exists(
        eb
          .selectFrom('unit_request_answers as m')
          .select('m.unit_id')
          .whereRef('m.request_id', '=', 'r.id')
          .where('m.unit_id', '=', q.unitId as string),
      ),
    );
  }
  if (q.state) base = base.where('r.state', '=', q.state);
  const [rows, count] = await Promise.all([
    base
      .select((eb) => [
        'r.id',
        'r.title',
        'r.template',
        'r.deadline',
        'r.state',
        'r.sent_at',
        eb
          .selectFrom('unit_request_answers as a')
          .select((e) => e.fn.countAll<string | number>().as('n'))
          .whereRef('a.request_id', '=', 'r.id')
          .as('targeted'),
        eb
          .selectFrom('unit_request_answers as a')
          .select((e) => e.fn.countAll<string | number>().as('n'))
          .whereRef('a.request_id', '=', 'r.id')
          .where('a.status', '=', 'submitted')
          .as('answered'),
        eb
          .selectFrom('unit_request_answers as mine')
          .select('mine.status')
          .whereRef('mine.request_id', '=', 'r.id')
          .where('mine.unit_id', '=', q.unitId ?? '00000000-0000-0000-0000-000000000000')
          .as('my_status'),
      ])
      .orderBy('r.sent_at', 'desc')
      .orderBy('r.id')
      .limit(q.limit)
      .offset(q.offset)
      .execute(),
    base.select((eb) => eb.fn.countAll<string | number>().as('n')).executeTakeFirstOrThrow(),
  ]);
  return { rows, total: Number(count.n) };
}

export async function findRequest(db: Executor, id: string) {
  return db.selectFrom('unit_requests').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function lockRequest(db: Executor, id: string) {
  return db.selectFrom('unit_requests').selectAll().where('id', '=', id).forUpdate().executeTakeFirst();
}

/** Every targeted unit's answer (or only one unit's), with the unit's and the submitter's names. */
export async function listAnswers(db: Executor, requestId: string, unitId: string | null = null) {
  let query = db
    .selectFrom('unit_request_answers as a')
    .innerJoin('units as u', 'u.id', 'a.unit_id')
    .leftJoin('users as s', 's.id', 'a.submitted_by')
    .select([
      'a.unit_id',
      'u.name as unit_name',
      'a.status',
      'a.answers',
      'a.submitted_at',
      's.full_name as submitted_by_name',
      'a.reopen_reason',
      'a.version',
    ])
    .where('a.request_id', '=', requestId);
  if (unitId) query = query.where('a.unit_id', '=', unitId);
  return query.orderBy('u.name').orderBy('a.unit_id').limit(5000).execute();
}

export async function lockAnswer(db: Executor, requestId: string, unitId: string) {
  return db
    .selectFrom('unit_request_answers')
    .selectAll()
    .where('request_id', '=', requestId)
    .where('unit_id', '=', unitId)
    .forUpdate()
    .executeTakeFirst();
}

export async function saveAnswer(
  db: Executor,
  requestId: string,
  unitId: string,
  change: {
    answers: Record<string, unknown>;
    status: string;
    submittedAt: Date | null;
    submittedBy: string | null;
    at: Date;
  },
) {
  return db
    .updateTable('unit_request_answers')
    .set((eb) => ({
      answers: JSON.stringify(change.answers),
      status: change.status,
      submitted_at: change.submittedAt,
      submitted_by: change.submittedBy,
      updated_at: change.at,
      version: eb('version', '+', 1),
    }))
    .where('request_id', '=', requestId)
    .where('unit_id', '=', unitId)
    .returningAll()
    .executeTakeFirstOrThrow();
}

export async function reopenAnswer(
  db: Executor,
  requestId: string,
  unitId: string,
  reason: string,
  at: Date,
) {
  await db
    .updateTable('unit_request_answers')
    .set((eb) => ({
      status: 'draft',
      reopened_at: at,
      reopen_reason: reason,
      escalated_at: null,
      updated_at: at,
      version: eb('version', '+', 1),
    }))
    .where('request_id', '=', requestId)
    .where('unit_id', '=', unitId)
    .execute();
}

export async function closeRequest(db: Executor, id: string, at: Date) {
  await db
    .updateTable('unit_requests')
    .set((eb) => ({ state: 'closed', closed_at: at, updated_at: at, version: eb('version', '+', 1) }))
    .where('id', '=', id)
    .execute();
}

/**
 * Unanswered units of open requests due within `untilDay` (reminders: `kind` reminded) or past
 * `beforeDay` (escalation: `kind` escalated), each once: the job marks them after notifying.
 */
export async function answersToChase(db: Executor, kind: 'remind' | 'escalate', day: string) {
  const marker = kind === 'remind' ? 'a.reminded_at' : 'a.escalated_at';
  return db
    .selectFrom('unit_request_answers as a')
    .innerJoin('unit_requests as r', 'r.id', 'a.request_id')
    .innerJoin('units as u', 'u.id', 'a.unit_id')
    .select(['a.request_id', 'a.unit_id', 'u.name as unit_name', 'r.title', 'r.deadline'])
    .where('r.state', '=', 'open')
    .where('a.status', '<>', 'submitted')
    .where(marker, 'is', null)
    .where('r.deadline', kind === 'remind' ? '<=' : '<', sql<string>`${day}::date`)
    .orderBy('r.deadline')
    .orderBy('a.request_id')
    .limit(2000)
    .execute();
}

export async function markChased(
  db: Executor,
  kind: 'remind' | 'escalate',
  pairs: { request_id: string; unit_id: string }[],
  at: Date,
) {
  if (pairs.length === 0) return;
  await db
    .updateTable('unit_request_answers')
    .set(kind === 'remind' ? { reminded_at: at } : { escalated_at: at })
    .where((eb) =>
      eb.or(pairs.map((p) => eb.and([eb('request_id', '=', p.request_id), eb('unit_id', '=', p.unit_id)]))),
    )
    .execute();
}
