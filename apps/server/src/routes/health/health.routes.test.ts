import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { TestContext } from '../../testing/test-app.ts';

let ctx: TestContext;

before(async () => {
  ctx = await TestContext.create();
});
after(() => ctx.close());

describe('operations endpoints', () => {
  test('/healthz answers without a session', async () => {
    const res = await ctx.inject({ method: 'GET', url: '/healthz' });
    assert.equal(res.statusCode, 200);
    assert.deepEqual(res.json(), { status: 'ok' });
    assert.match(String(res.headers['x-request-id']), /^[0-9a-f-]{36}$/);
  });

  test('/readyz checks the database and names the engine', async () => {
    const res = await ctx.inject({ method: 'GET', url: '/readyz' });
    assert.equal(res.statusCode, 200);
    assert.deepEqual(res.json(), { status: 'ready', engine: ctx.handle.engine });
    assert.equal(ctx.handle.engine, process.env.DATABASE_URL ? 'postgres' : 'pglite');
  });

  test('/metrics is Prometheus text with request durations by route', async () => {
    await ctx.inject({ method: 'GET', url: '/healthz' });
    const res = await ctx.inject({ method: 'GET', url: '/metrics' });
    assert.equal(res.statusCode, 200);
    assert.match(String(res.headers['content-type']), /^text\/plain/);
    assert.match(res.body, /# TYPE ungcuu_http_request_duration_seconds histogram/);
    assert.match(
      res.body,
      /ungcuu_http_request_duration_seconds_count\{method="GET",route="\/healthz",status="200"\} \d+/,
    );
    assert.match(res.body, /ungcuu_process_cpu_user_seconds_total/);
  });
});

describe('unknown addresses', () => {
  test('404 route.not_found for an unknown API route, signed in or not, in both languages', async () => {
    const admin = await ctx.user(['admin']);
    for (const headers of [{}, admin.headers]) {
      const res = await ctx.inject({ method: 'GET', url: '/api/no-such-thing', headers });
      assert.equal(res.statusCode, 404);
      assert.equal(res.json().error.code, 'route.not_found');
      assert.equal(res.json().error.messages.vi, 'Không có địa chỉ này.');
      assert.equal(res.json().error.messages.en, 'No such address.');
    }
  });

  test('404 route.not_found outside the API when there is no web build', async () => {
    const res = await ctx.inject({ method: 'GET', url: '/no/such/page' });
    assert.equal(res.statusCode, 404);
    assert.equal(res.json().error.code, 'route.not_found');
  });

  test('the message follows Accept-Language, Vietnamese by default', async () => {
    const en = await ctx.inject({
      method: 'GET',
      url: '/api/nope',
      headers: { 'accept-language': 'en-GB,en;q=0.9' },
    });
    assert.equal(en.json().error.message, 'No such address.');
    const vi = await ctx.inject({ method: 'GET', url: '/api/nope' });
    assert.equal(vi.json().error.message, 'Không có địa chỉ này.');
  });
});

describe('errors never leak internals', () => {
  test('malformed JSON is a 400 with a stable code and no stack trace', async () => {
    const res = await ctx.inject({
      method: 'POST',
      url: '/api/auth/login',
      headers: { 'content-type': 'application/json' },
      payload: '{"username": ',
    });
    assert.equal(res.statusCode, 400);
    assert.equal(res.json().error.code, 'request.invalid');
    assert.doesNotMatch(res.body, /at .*\.(ts|js):\d+/);
  });

  test('an unsupported content type is a 415', async () => {
    const res = await ctx.inject({
      method: 'POST',
      url: '/api/auth/login',
      headers: { 'content-type': 'application/x-yaml' },
      payload: 'username: admin',
    });
    assert.equal(res.statusCode, 415);
    assert.equal(res.json().error.code, 'request.unsupported_media');
  });
});

describe('GET /docs/json', () => {
  test('is the OpenAPI 3 description of the API, with its security schemes', async () => {
    const res = await ctx.inject({ method: 'GET', url: '/docs/json' });
    assert.equal(res.statusCode, 200);
    const doc = res.json();
    assert.match(doc.openapi, /^3\./);
    assert.equal(doc.info.title, 'ungcuu API');
    for (const path of [
      '/api/units',
      '/api/units/{id}',
      '/api/users',
      '/api/auth/login',
      '/api/import/{kind}',
    ])
      assert.ok(doc.paths[path], path);
    assert.ok(doc.paths['/api/units'].post.requestBody);
    assert.deepEqual(Object.keys(doc.components.securitySchemes).sort(), ['bearer', 'cookie']);
    assert.equal(doc.paths['/healthz'], undefined);
  });
});
