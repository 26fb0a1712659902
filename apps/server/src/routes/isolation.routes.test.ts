import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { RefKind } from '@ungcuu/domain/refs.ts';
import { TestContext, type TestUser } from '../testing/test-app.ts';
import { example, type Operation, operations, type Records, recordsOf } from './isolation.testkit.ts';

// Issue 7 (isolation): for EVERY endpoint that takes an id in its path, query or body, a ward
// officer tries a record of another ward. The endpoints come from the OpenAPI document the app
// serves, so a new endpoint is tried without anyone adding it here. The answer must be the
// same 404 as for an id that does not exist: a 2xx leaks the record, a 403 leaks that it exists.

/** Kinds every signed-in person may read whatever their unit: another unit's record is not hidden. */
// Lessons (seed I.2) are read by every unit, redacted where the incident is not theirs
// (lessons.routes.test.ts checks the redaction and that another unit may not change them).
const SHARED: ReadonlySet<RefKind> = new Set([
  'unit',
  'team_member',
  'inspection_template',
  'lesson',
  'lesson_followup',
]);
/** Kinds no unit owns (administrators' settings): a ward officer has no "own" one for the control. */
const ADMIN_ONLY: ReadonlySet<RefKind> = new Set([
  'notification_endpoint',
  'notification_outbox',
  'alert_source',
  'alert_suppression',
]);

let ctx: TestContext;
let ops: Operation[];
let officerA: TestUser;
let own: Records;
let foreign: Records;

before(async () => {
  ctx = await TestContext.create();
  const focal = await ctx.unit({ type: 'focal_office' });
  const wardA = await ctx.unit({ name: 'UBND phường Minh Đức' });
  const wardB = await ctx.unit({ name: 'UBND xã Ngọc Lâm' });
  const coordinator = await ctx.user(['coordinator'], { unitId: focal.id });
  officerA = await ctx.user(['unit_officer'], { unitId: wardA.id });
  const officerB = await ctx.user(['unit_officer'], { unitId: wardB.id });
  own = await recordsOf(ctx, coordinator, { unitId: wardA.id, officer: officerA });
  foreign = await recordsOf(ctx, coordinator, { unitId: wardB.id, officer: officerB });
  ops = operations(ctx.app.swagger() as never);
});
after(() => ctx.close());

/** The request that names `foreign[kind]` at `target` and the caller's own records elsewhere. */
function requestFor(op: Operation, target: { path: string; id: string }) {
  const ownId = (kind: RefKind | undefined) => (kind ? own[kind] : '00000000-0000-4000-8000-0000000000ff');
  let url = op.path;
  for (const [name, schema] of Object.entries(op.params)) {
    const value = example(schema, ownId, `params.${name}`, target);
    url = url.replace(`{${name}}`, encodeURIComponent(String(value)));
  }
  const query = new URLSearchParams();
  for (const [name, schema] of Object.entries(op.query)) {
    if (target.path !== `query.${name}`) continue;
    query.set(name, String(example(schema, ownId, `query.${name}`, target)));
  }
  const payload = op.body ? example(op.body, ownId, 'body', target) : undefined;
  return {
    method: op.method as 'GET',
    url: query.size > 0 ? `${url}?${query}` : url,
    headers: officerA.headers,
    ...(payload === undefined ? {} : { payload: payload as object }),
  };
}

describe('isolation: another unit’s record answers 404 on every endpoint', () => {
  test('every uuid a request takes says which kind of record it names (RefId)', () => {
    const unmarked = ops.flatMap((op) =>
      op.refs.filter((r) => !r.kind).map((r) => `${op.method} ${op.path} ${r.path}`),
    );
    assert.deepEqual(unmarked, [], `uuid fields without x-ref:\n${unmarked.join('\n')}`);
  });

  test('the matrix covers the endpoints that take references', () => {
    // A guard against the discovery silently finding nothing (e.g. a renamed OpenAPI field).
    const tried = ops.filter((op) => op.refs.some((r) => r.kind && !SHARED.has(r.kind)));
    assert.ok(tried.length >= 80, `only ${tried.length} endpoints with references found`);
  });

  test('a ward officer naming another ward’s record gets 404, never 2xx or 403', async () => {
    const leaks: string[] = [];
    let tried = 0;
    for (const op of ops) {
      for (const ref of op.refs) {
        if (!ref.kind || SHARED.has(ref.kind)) continue;
        const res = await ctx.inject(requestFor(op, { path: ref.path, id: foreign[ref.kind] }));
        tried += 1;
        if (res.statusCode === 404 && res.json().error?.code === 'not_found') continue;
        const code = res.statusCode >= 400 ? ` ${res.json().error?.code}` : '';
        leaks.push(`${op.method} ${op.path} ${ref.path} (${ref.kind}) → ${res.statusCode}${code}`);
      }
    }
    assert.ok(tried > 0);
    assert.deepEqual(
      leaks,
      [],
      `${leaks.length} of ${tried} references not answered 404:\n${leaks.join('\n')}`,
    );
  });

  test('control: the same reads with the officer’s own records are answered', async () => {
    // Proves the 404s above are not vacuous: the same request naming the officer's own record
    // is well formed and finds it (reads only, so the control changes nothing).
    const missing: string[] = [];
    for (const op of ops.filter((o) => o.method === 'GET')) {
      for (const ref of op.refs) {
        if (!ref.kind || SHARED.has(ref.kind) || ADMIN_ONLY.has(ref.kind)) continue;
        const res = await ctx.inject(requestFor(op, { path: ref.path, id: own[ref.kind] }));
        // 403 is right here when the role may not do this at all (e.g. the audit trail).
        if (res.statusCode === 404 || res.statusCode === 400)
          missing.push(`${op.method} ${op.path} ${ref.path} → ${res.statusCode} ${res.body.slice(0, 160)}`);
      }
    }
    assert.deepEqual(missing, [], missing.join('\n'));
  });
});
