import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { TestContext, type TestUser } from '../testing/test-app.ts';

let ctx: TestContext;
let admin: TestUser;
let officer: TestUser;

before(async () => {
  ctx = await TestContext.create();
  admin = await ctx.user(['admin']);
  officer = await ctx.user(['unit_officer']);
});
after(() => ctx.close());

const validUnit = () => ({
  code: `X${Date.now()}${Math.floor(Math.random() * 1000)}`,
  name: 'UBND phường Bần Yên Nhân',
  type: 'commune',
});

describe('POST /api/units', () => {
  test('401 without a session', async () => {
    const res = await ctx.inject({ method: 'POST', url: '/api/units', payload: validUnit() });
    assert.equal(res.statusCode, 401);
    assert.equal(res.json().error.code, 'auth.required');
    assert.ok(res.json().error.messages.vi && res.json().error.messages.en);
  });

  test('400 on bad input, with a stable code and both languages', async () => {
    const res = await ctx.inject({
      method: 'POST',
      url: '/api/units',
      headers: admin.headers,
      payload: { ...validUnit(), type: 'castle' },
    });
    assert.equal(res.statusCode, 400);
    assert.equal(res.json().error.code, 'validation.failed');
    assert.match(res.json().error.messages.vi, /không hợp lệ/);
  });

  test('403 for a unit officer', async () => {
    const res = await ctx.inject({
      method: 'POST',
      url: '/api/units',
      headers: officer.headers,
      payload: validUnit(),
    });
    assert.equal(res.statusCode, 403);
    assert.equal(res.json().error.code, 'forbidden');
  });

  test('403 without the CSRF header on a cookie session', async () => {
    const res = await ctx.inject({
      method: 'POST',
      url: '/api/units',
      headers: { cookie: admin.headers.cookie! },
      payload: validUnit(),
    });
    assert.equal(res.statusCode, 403);
    assert.equal(res.json().error.code, 'auth.csrf');
  });

  test('404 for an unknown parent', async () => {
    const res = await ctx.inject({
      method: 'POST',
      url: '/api/units',
      headers: admin.headers,
      payload: { ...validUnit(), parentId: '00000000-0000-4000-8000-000000000000' },
    });
    assert.equal(res.statusCode, 404);
  });

  test('201 creates the unit, audited, with allowed actions', async () => {
    const input = validUnit();
    const res = await ctx.inject({
      method: 'POST',
      url: '/api/units',
      headers: admin.headers,
      payload: { ...input, focalMain: { name: 'Nguyễn Văn A', mobile: '0912345678' } },
    });
    assert.equal(res.statusCode, 201);
    const unit = res.json();
    assert.equal(unit.code, input.code);
    assert.deepEqual(unit.focalMain, { name: 'Nguyễn Văn A', mobile: '0912345678' });
    assert.ok(unit.allowedActions.includes('unit.update'));
    const audit = await ctx.db.selectFrom('audit_log').selectAll().where('entity_id', '=', unit.id).execute();
    assert.equal(audit.length, 1);
    assert.equal(audit[0]!.action, 'unit.create');
    assert.equal(audit[0]!.actor_user_id, admin.id);
  });

  test('409 on a duplicate code', async () => {
    const input = validUnit();
    await ctx.inject({ method: 'POST', url: '/api/units', headers: admin.headers, payload: input });
    const res = await ctx.inject({
      method: 'POST',
      url: '/api/units',
      headers: admin.headers,
      payload: { ...input, code: input.code.toLowerCase() },
    });
    assert.equal(res.statusCode, 409);
    assert.equal(res.json().error.code, 'conflict.duplicate');
  });
});

describe('GET /api/units', () => {
  test('accent-insensitive search finds "Bần Yên Nhân" from "ban yen nhan"', async () => {
    await ctx.unit({ name: 'UBND phường Bần Yên Nhân' });
    const res = await ctx.inject({
      method: 'GET',
      url: '/api/units?q=ban%20yen%20nhan&limit=5',
      headers: officer.headers,
    });
    assert.equal(res.statusCode, 200);
    assert.ok(res.json().items.length >= 1);
    assert.ok(res.json().items.every((u: { name: string }) => /Bần Yên Nhân/.test(u.name)));
    assert.equal(res.json().limit, 5);
  });
});
