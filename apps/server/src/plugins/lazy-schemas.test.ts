import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { Type } from '@sinclair/typebox';
import Fastify from 'fastify';
import { TestContext } from '../testing/test-app.ts';
import { guardedValidatorFactory } from './input-guard.ts';
import { compilePendingSchemas, createLazySchemas, rememberLazySchemas } from './lazy-schemas.ts';

// Route schemas are compiled on first use (issue 13); these tests keep that from hiding a schema
// that cannot compile, and check that a deferred validator still reports its errors.
let ctx: TestContext;
before(async () => {
  ctx = await TestContext.create();
});
after(async () => {
  await ctx?.close();
});

test('every route schema of the real app compiles (they are deferred at start)', async () => {
  // One request first: it compiles its own route's schemas, which are then not pending.
  assert.equal((await ctx.inject({ method: 'GET', url: '/readyz' })).statusCode, 200);
  const compiled = compilePendingSchemas(ctx.app);
  // Validators and serializers of every route: hundreds, none compiled by building the app.
  assert.ok(compiled > 300, `only ${compiled} schemas were pending`);
  assert.equal(compilePendingSchemas(ctx.app), 0, 'a compiled schema is not compiled twice');
});

function lazyApp() {
  const schemas = createLazySchemas();
  const app = Fastify({
    schemaController: {
      compilersFactory: {
        buildValidator: guardedValidatorFactory((f) => schemas.validators(f)),
        buildSerializer: schemas.serializers(),
      },
    },
  });
  rememberLazySchemas(app, schemas);
  return app;
}

test('a schema that cannot compile fails compilePendingSchemas, though the app starts', async () => {
  const app = lazyApp();
  app.get(
    '/bad',
    { schema: { querystring: { type: 'object', properties: { a: { $ref: '#/nowhere' } } } } },
    () => 'x',
  );
  await app.ready();
  assert.throws(() => compilePendingSchemas(app));
  await app.close();
});

test('a deferred validator answers 400 with its errors, and the serializer drops unknown fields', async () => {
  const app = lazyApp();
  app.post(
    '/echo',
    {
      schema: {
        body: Type.Object({ n: Type.Integer({ minimum: 1, maximum: 9 }) }),
        response: { 200: Type.Object({ n: Type.Integer() }) },
      },
    },
    (req) => ({ ...(req.body as object), secret: 'not in the schema' }),
  );
  const bad = await app.inject({ method: 'POST', url: '/echo', payload: { n: 42 } });
  assert.equal(bad.statusCode, 400);
  assert.match(bad.json().message, /must be <= 9/);
  const good = await app.inject({ method: 'POST', url: '/echo', payload: { n: 3 } });
  assert.equal(good.statusCode, 200);
  assert.deepEqual(good.json(), { n: 3 });
  await app.close();
});
