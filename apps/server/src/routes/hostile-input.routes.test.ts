import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { Type } from '@sinclair/typebox';
import { unboundedIn } from '../plugins/input-guard.ts';
import { TestContext, type TestUser } from '../testing/test-app.ts';

// Numbers, texts and addresses no client should be able to turn into a server error: every
// query, path and body field is held to finite, bounded numbers and text PostgreSQL can store.

let ctx: TestContext;
let admin: TestUser;
let officer: TestUser;

before(async () => {
  ctx = await TestContext.create();
  admin = await ctx.user(['admin']);
  officer = await ctx.user(['unit_officer']);
});
after(() => ctx.close());

function coded(res: { statusCode: number; json(): unknown }, status: number, code: string) {
  const body = res.json() as { error: { code: string; messages: { vi: string; en: string } } };
  assert.equal(res.statusCode, status, JSON.stringify(body));
  assert.equal(body.error.code, code);
  assert.ok(body.error.messages.vi && body.error.messages.en);
}

const LISTS = ['/api/units', '/api/users', '/api/incidents', '/api/systems', '/api/audit', '/api/tasks/mine'];
const NON_FINITE = ['Infinity', '-Infinity', '1e309', '9'.repeat(400), `-${'9'.repeat(400)}`];

describe('numbers in the query string', () => {
  for (const text of NON_FINITE)
    test(`limit=${text.slice(0, 12)} and offset=${text.slice(0, 12)} are a 400 validation.not_finite on every list`, async () => {
      for (const url of LISTS)
        for (const param of ['limit', 'offset']) {
          const res = await ctx.inject({
            method: 'GET',
            url: `${url}?${param}=${text}`,
            headers: admin.headers,
          });
          coded(res, 400, 'validation.not_finite');
        }
    });

  test('a finite number past the range is a 400 validation.failed (offset=1e20, days=1e20)', async () => {
    coded(
      await ctx.inject({ method: 'GET', url: '/api/units?offset=1e20', headers: admin.headers }),
      400,
      'validation.failed',
    );
    coded(
      await ctx.inject({
        method: 'GET',
        url: '/api/readiness/licences/due?days=Infinity',
        headers: admin.headers,
      }),
      400,
      'validation.not_finite',
    );
  });

  test('a record version past a PostgreSQL integer is a 400, not a database error', async () => {
    const res = await ctx.inject({
      method: 'PATCH',
      url: `/api/units/${officer.unitId}?version=99999999999`,
      headers: admin.headers,
      payload: { name: 'Phường Minh Đức' },
    });
    coded(res, 400, 'validation.failed');
  });
});

describe('numbers and texts in bodies', () => {
  const incident = (title: string) => ({ title, detectedAt: new Date(Date.now() - 60_000).toISOString() });

  test('a NUL character in a text is a 400 validation.bad_text, and nothing is written', async () => {
    const before = await ctx.db
      .selectFrom('incidents')
      .select(ctx.db.fn.countAll().as('n'))
      .executeTakeFirstOrThrow();
    const res = await ctx.inject({
      method: 'POST',
      url: '/api/incidents',
      headers: officer.headers,
      payload: incident('Máy chủ\u0000 bị tấn công'),
    });
    coded(res, 400, 'validation.bad_text');
    assert.match((res.json() as { error: { messages: { en: string } } }).error.messages.en, /title/);
    const after = await ctx.db
      .selectFrom('incidents')
      .select(ctx.db.fn.countAll().as('n'))
      .executeTakeFirstOrThrow();
    assert.equal(Number(after.n), Number(before.n));
  });

  test('a lone surrogate is a 400 validation.bad_text (it would be stored as U+FFFD)', async () => {
    const res = await ctx.inject({
      method: 'POST',
      url: '/api/incidents',
      headers: { ...officer.headers, 'content-type': 'application/json' },
      payload: `{"title":"M\\ud800y chủ bị tấn công","detectedAt":"${new Date(Date.now() - 60_000).toISOString()}"}`,
    });
    coded(res, 400, 'validation.bad_text');
  });

  test('NUL in a key of a free-form object is refused too', async () => {
    const res = await ctx.inject({
      method: 'POST',
      url: '/api/saved-filters',
      headers: { ...officer.headers, 'content-type': 'application/json' },
      payload: '{"name":"Bộ lọc","query":{"a\\u0000":"x"}}',
    });
    coded(res, 400, 'validation.bad_text');
  });

  for (const literal of ['1e309', '-1e309', '9'.repeat(400), '"1e309"', '"Infinity"'])
    test(`an amount of ${literal.slice(0, 12)} in đồng is a 400`, async () => {
      const res = await ctx.inject({
        method: 'POST',
        url: '/api/budget/lines',
        headers: { ...admin.headers, 'content-type': 'application/json' },
        payload: `{"fiscalYear":2026,"category":"equipment","title":"Tường lửa","amount":${literal}}`,
      });
      assert.equal(res.statusCode, 400, res.body);
      assert.match((res.json() as { error: { code: string } }).error.code, /^validation\./);
    });
});

describe('addresses the router refuses', () => {
  test('a path part that is not UTF-8 is a coded 400 request.bad_url', async () => {
    coded(
      await ctx.inject({ method: 'GET', url: '/api/units/%ED%A0%80', headers: admin.headers }),
      400,
      'request.bad_url',
    );
  });
  test('an overlong path part is a coded 400 request.bad_url, the address not echoed', async () => {
    const res = await ctx.inject({
      method: 'GET',
      url: `/api/units/${'9'.repeat(400)}`,
      headers: admin.headers,
    });
    coded(res, 400, 'request.bad_url');
    assert.doesNotMatch(res.body, /9{50}/);
  });
});

describe('input schemas must bound what a client sends', () => {
  test('an integer without a maximum, a text without maxLength, a list without maxItems are named', () => {
    const loose = unboundedIn(
      Type.Object({
        limit: Type.Integer({ minimum: 1 }),
        name: Type.String(),
        tags: Type.Array(Type.String({ maxLength: 10 })),
        code: Type.String({ pattern: '^\\d{6}$' }),
        kind: Type.Union([Type.Literal('a'), Type.Literal('b')]),
        roles: Type.Array(Type.Union([Type.Literal('a'), Type.Literal('b')]), { uniqueItems: true }),
      }),
    );
    assert.deepEqual(loose, [
      '/properties/limit: number without minimum and maximum',
      '/properties/name: text without maxLength',
      '/properties/tags: list without maxItems',
    ]);
  });
});
