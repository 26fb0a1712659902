import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { TestContext, type TestUser } from '../testing/test-app.ts';

// One contract from database to screen: every operation the server publishes declares the
// schema of each success answer, and the answer is serialised through it. A route without a
// response schema would send whatever its service returned (a new column, a secret) and leave
// the web app's types unchecked.

interface MediaType {
  schema?: Record<string, unknown>;
}
interface OpenApiOperation {
  responses?: Record<string, { content?: Record<string, MediaType> }>;
}

let ctx: TestContext;
let admin: TestUser;

before(async () => {
  ctx = await TestContext.create();
  admin = await ctx.user(['admin']);
});
after(() => ctx.close());

function operations() {
  const doc = ctx.app.swagger() as { paths: Record<string, Record<string, OpenApiOperation>> };
  return Object.entries(doc.paths).flatMap(([path, item]) =>
    Object.entries(item).map(([method, op]) => ({ key: `${method.toUpperCase()} ${path}`, path, op })),
  );
}

/** A schema that says nothing: `{}` (what Type.Any and Type.Unknown become), or only words. */
function saysNothing(schema: Record<string, unknown> | undefined): boolean {
  if (!schema) return true;
  const meaningful = Object.keys(schema).filter((k) => !['description', 'title', 'examples'].includes(k));
  return meaningful.length === 0;
}

/** Why an operation's success answers are not held to a schema, or null when they are. */
function problem(op: OpenApiOperation): string | null {
  const success = Object.entries(op.responses ?? {}).filter(([status]) => /^2\d\d$/.test(status));
  if (success.length === 0) return 'no response schema for a 2xx status';
  for (const [status, response] of success) {
    // 204 has no body to describe.
    if (status === '204') continue;
    const media = Object.entries(response.content ?? {});
    if (media.length === 0) return `${status} without a schema`;
    for (const [type, { schema }] of media)
      if (saysNothing(schema)) return `${status} ${type}: the schema says nothing (any/unknown)`;
  }
  return null;
}

test('every published operation declares what its success answers hold', (t) => {
  const ops = operations();
  const failures = ops.map((o) => ({ key: o.key, why: problem(o.op) })).filter((f) => f.why !== null);
  const declared = ops.filter((o) => problem(o.op) === null).length;
  t.diagnostic(
    `operations: ${ops.length}, with response schemas: ${declared}, without: ${ops.length - declared}`,
  );
  assert.ok(ops.length > 100, `the document lists ${ops.length} operations`);
  assert.deepEqual(
    failures.map((f) => `${f.key}: ${f.why}`),
    [],
    'operations without a response schema',
  );
});

test('the check itself notices an operation without a response schema and a schema that is any', () => {
  assert.match(
    problem({ responses: { '200': { content: { 'application/json': {} } } } }) ?? '',
    /says nothing/,
  );
  assert.match(
    problem({
      responses: { '200': { content: { 'application/json': { schema: { description: 'x' } } } } },
    }) ?? '',
    /says nothing/,
  );
  assert.match(problem({ responses: { '400': { content: {} } } }) ?? '', /no response schema/);
  assert.equal(problem({ responses: { '204': {} } }), null);
  assert.equal(
    problem({ responses: { '200': { content: { 'application/json': { schema: { type: 'object' } } } } } }),
    null,
  );
});

test('a field the response schema does not name never leaves the server, even if a service returns it', async () => {
  const officer = await ctx.user(['unit_officer']);
  const users = ctx.services.users;
  const original = users.get;
  // A careless service change: the row's secrets spread into the view.
  users.get = async (...args: Parameters<typeof original>) => ({
    ...(await original(...args)),
    passwordHash: '$argon2id$v=19$m=65536,t=3,p=4$leaked',
    totpSecret: 'JBSWY3DPEHPK3PXP',
  });
  try {
    for (const url of [`/api/users/${officer.id}`, '/api/auth/me']) {
      const res = await ctx.inject({
        method: 'GET',
        url,
        headers: url.endsWith('me') ? officer.headers : admin.headers,
      });
      assert.equal(res.statusCode, 200, url);
      assert.doesNotMatch(res.body, /argon2id|leaked|JBSWY3DPEHPK3PXP|passwordHash|totpSecret/, url);
      const user = url.endsWith('me') ? res.json().user : res.json();
      // What the schema names still arrives.
      assert.equal(user.id, officer.id, url);
      assert.equal(user.username, officer.username, url);
      assert.deepEqual(user.roles, ['unit_officer'], url);
    }
  } finally {
    users.get = original;
  }
});

test('an answer that breaks its schema is a server error, not a silently different answer', async () => {
  const tokens = ctx.services.tokens;
  const original = tokens.list;
  // A required field missing: the serializer refuses rather than sending a shape the web app does not expect.
  tokens.list = async () => [{ id: crypto.randomUUID() } as never];
  try {
    const res = await ctx.inject({ method: 'GET', url: '/api/tokens', headers: admin.headers });
    assert.equal(res.statusCode, 500);
  } finally {
    tokens.list = original;
  }
});
