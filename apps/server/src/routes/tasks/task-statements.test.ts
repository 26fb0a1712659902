import assert from 'node:assert/strict';
import { test } from 'node:test';
import { PGlite } from '@electric-sql/pglite';
import pg from 'pg';
import { incidentTestWorld } from '../incidents.testkit.ts';

// Issue 13: task updates are hot writes too. Every statement either engine receives while a unit
// answers its task through the API is counted (the session read, begin and commit included).

const w = incidentTestWorld();

async function statementsOf(work: () => Promise<unknown>): Promise<string[]> {
  const seen: string[] = [];
  const pgQuery = pg.Client.prototype.query;
  const pgliteQuery = PGlite.prototype.query;
  const note = (text: unknown) => seen.push(String(text).replace(/\s+/g, ' ').trim().slice(0, 120));
  pg.Client.prototype.query = function (this: pg.Client, ...args: unknown[]) {
    const first = args[0] as string | { text?: string };
    note(typeof first === 'string' ? first : first?.text);
    return (pgQuery as (...a: unknown[]) => unknown).apply(this, args);
  } as typeof pgQuery;
  PGlite.prototype.query = function (this: PGlite, ...args: unknown[]) {
    note(args[0]);
    return (pgliteQuery as (...a: unknown[]) => unknown).apply(this, args);
  } as typeof pgliteQuery;
  try {
    await work();
  } finally {
    pg.Client.prototype.query = pgQuery;
    PGlite.prototype.query = pgliteQuery;
  }
  return seen;
}

async function taskForA() {
  const incident = await w.report(w.officerA);
  return w.ok(
    w.coordinator,
    'POST',
    `/api/incidents/${incident.id}/tasks`,
    {
      title: 'Cô lập máy bị nhiễm',
      assigneeUnitId: w.communeA.id,
    },
    201,
  );
}

test('accepting a task takes at most 9 statements (11 before), audit included; the step is on the timeline', async () => {
  const task = await taskForA();
  const seen = await statementsOf(() =>
    w.ok(w.officerA, 'POST', `/api/tasks/${task.id}/respond`, { action: 'accept' }, 200),
  );
  assert.ok(seen.length >= 4, 'statements are counted');
  assert.ok(seen.length <= 9, `${seen.length} statements:\n${seen.join('\n')}`);
  const events = await w.timeline(task.incidentId);
  assert.ok(
    events.some((e) => e.event === 'task_accept' && (e.data as { taskId?: string })?.taskId === task.id),
  );
  const audit = await w.audits(task.id);
  const last = audit.at(-1);
  assert.equal(last?.action, 'task.accept');
  assert.equal((last?.before as { status?: string } | undefined)?.status, 'open');
  assert.equal((last?.after as { status?: string } | undefined)?.status, 'accepted');
});

test('a task that may not move (accepted twice) is refused and writes nothing', async () => {
  const task = await taskForA();
  await w.ok(w.officerA, 'POST', `/api/tasks/${task.id}/respond`, { action: 'accept' }, 200);
  const before = (await w.timeline(task.incidentId)).length;
  const res = await w.call(w.officerA, 'POST', `/api/tasks/${task.id}/respond`, { action: 'accept' });
  assert.equal(res.statusCode, 409, res.body);
  assert.equal(res.json().error.code, 'task.invalid_status');
  assert.equal((await w.timeline(task.incidentId)).length, before);
  assert.deepEqual(
    (await w.audits(task.id)).map((a) => a.action),
    ['task.create', 'task.accept'],
  );
});
