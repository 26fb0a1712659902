import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { TestContext, type TestUser } from '../../testing/test-app.ts';

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

const UNKNOWN_ID = '00000000-0000-4000-8000-000000000000';

describe('GET /api/units/:id', () => {
  test('401 without a session', async () => {
    const res = await ctx.inject({ method: 'GET', url: `/api/units/${officer.unitId}` });
    assert.equal(res.statusCode, 401);
  });

  test('400 on an id that is not a uuid', async () => {
    const res = await ctx.inject({ method: 'GET', url: '/api/units/not-a-uuid', headers: officer.headers });
    assert.equal(res.statusCode, 400);
    assert.equal(res.json().error.code, 'validation.failed');
  });

  test('403 for a user without any role', async () => {
    const nobody = await ctx.user([]);
    const res = await ctx.inject({
      method: 'GET',
      url: `/api/units/${nobody.unitId}`,
      headers: nobody.headers,
    });
    assert.equal(res.statusCode, 403);
    assert.equal(res.json().error.code, 'forbidden');
  });

  test('404 for an unknown unit', async () => {
    const res = await ctx.inject({
      method: 'GET',
      url: `/api/units/${UNKNOWN_ID}`,
      headers: officer.headers,
    });
    assert.equal(res.statusCode, 404);
    assert.equal(res.json().error.code, 'not_found');
  });

  test('200 with the actions this viewer may take on it', async () => {
    const own = await ctx.inject({
      method: 'GET',
      url: `/api/units/${officer.unitId}`,
      headers: officer.headers,
    });
    assert.equal(own.statusCode, 200);
    assert.equal(own.json().id, officer.unitId);
    assert.deepEqual(own.json().allowedActions, ['unit.update']);
    const other = await ctx.unit();
    const res = await ctx.inject({ method: 'GET', url: `/api/units/${other.id}`, headers: officer.headers });
    assert.equal(res.statusCode, 200);
    assert.equal(res.json().code, other.code);
    assert.deepEqual(res.json().allowedActions, []);
    const asAdmin = await ctx.inject({
      method: 'GET',
      url: `/api/units/${other.id}`,
      headers: admin.headers,
    });
    assert.deepEqual(asAdmin.json().allowedActions, ['unit.update', 'unit.delete', 'user.create']);
  });
});

describe('PATCH /api/units/:id', () => {
  const patch = (id: string, headers: Record<string, string>, payload: unknown, query = '') =>
    ctx.inject({ method: 'PATCH', url: `/api/units/${id}${query}`, headers, payload: payload as object });

  test('401 without a session', async () => {
    const res = await patch(officer.unitId, {}, { phone: '0221 3946 001' });
    assert.equal(res.statusCode, 401);
  });

  test('400 on bad input', async () => {
    for (const payload of [{ email: 'not an email' }, { colour: 'red' }, { type: 'castle' }, { name: 'x' }]) {
      const res = await patch(officer.unitId, officer.headers, payload);
      assert.equal(res.statusCode, 400, JSON.stringify(payload));
      assert.equal(res.json().error.code, 'validation.failed');
    }
    const badId = await patch('nope', admin.headers, { phone: '0221 3946 001' });
    assert.equal(badId.statusCode, 400);
  });

  test('403 for an officer on another unit, and on their own unit’s code, type or parent', async () => {
    const other = await ctx.unit();
    const res = await patch(other.id, officer.headers, { phone: '0221 3946 002' });
    assert.equal(res.statusCode, 403);
    assert.equal(res.json().error.code, 'forbidden');
    for (const payload of [
      { code: `NEW${Date.now()}` },
      { type: 'agency' },
      { parentId: other.id },
      { parentId: null },
    ]) {
      const own = await patch(officer.unitId, officer.headers, payload);
      assert.equal(own.statusCode, 403, JSON.stringify(payload));
    }
    const viewer = await ctx.user(['viewer']);
    const viewerRes = await patch(viewer.unitId, viewer.headers, { phone: '0221 3946 003' });
    assert.equal(viewerRes.statusCode, 403);
    const unchanged = await ctx.db
      .selectFrom('units')
      .select(['phone', 'version'])
      .where('id', '=', other.id)
      .executeTakeFirstOrThrow();
    assert.deepEqual(unchanged, { phone: null, version: 1 });
  });

  test('404 for an unknown unit', async () => {
    const res = await patch(UNKNOWN_ID, admin.headers, { phone: '0221 3946 004' });
    assert.equal(res.statusCode, 404);
    const parent = await patch(officer.unitId, admin.headers, { parentId: UNKNOWN_ID });
    assert.equal(parent.statusCode, 404);
  });

  test('200: an officer edits their own unit’s contact data, versioned and audited', async () => {
    const before = await ctx.inject({
      method: 'GET',
      url: `/api/units/${officer.unitId}`,
      headers: officer.headers,
    });
    const res = await patch(officer.unitId, officer.headers, {
      phone: '0221 3946 005',
      email: 'vanthu@banyennhan.gov.vn',
      focalMain: { name: 'Lê Thị Bình', mobile: '0987654321' },
      address: '  ',
    });
    assert.equal(res.statusCode, 200);
    const unit = res.json();
    assert.equal(unit.phone, '0221 3946 005');
    assert.equal(unit.email, 'vanthu@banyennhan.gov.vn');
    assert.deepEqual(unit.focalMain, { name: 'Lê Thị Bình', mobile: '0987654321' });
    assert.equal(unit.address, null);
    assert.equal(unit.code, before.json().code);
    assert.equal(unit.version, before.json().version + 1);
    const audit = await ctx.db
      .selectFrom('audit_log')
      .selectAll()
      .where('entity_id', '=', officer.unitId)
      .where('action', '=', 'unit.update')
      .orderBy('id', 'desc')
      .executeTakeFirstOrThrow();
    assert.equal(audit.actor_user_id, officer.id);
    assert.equal((audit.before as { phone: string | null }).phone, before.json().phone);
    assert.equal((audit.after as { phone: string }).phone, '0221 3946 005');
  });

  test('200: an administrator moves a unit and renames its code; 409 on a stale version or a taken code', async () => {
    const parent = await ctx.unit({ type: 'agency' });
    const unit = await ctx.unit();
    const code = `MOVED${Date.now()}`;
    const res = await patch(unit.id, admin.headers, { parentId: parent.id, code }, '?version=1');
    assert.equal(res.statusCode, 200);
    assert.equal(res.json().parentId, parent.id);
    assert.equal(res.json().code, code);
    const stale = await patch(unit.id, admin.headers, { name: 'Tên mới' }, '?version=1');
    assert.equal(stale.statusCode, 409);
    assert.equal(stale.json().error.code, 'conflict.stale');
    const taken = await patch(parent.id, admin.headers, { code: code.toLowerCase() });
    assert.equal(taken.statusCode, 409);
    assert.equal(taken.json().error.code, 'conflict.duplicate');
  });

  test('409 for the second of two edits sent at once against the same version', async () => {
    const unit = await ctx.unit();
    const results = await Promise.all(
      ['Tên thứ nhất', 'Tên thứ hai'].map((name) => patch(unit.id, admin.headers, { name }, '?version=1')),
    );
    assert.deepEqual(results.map((r) => r.statusCode).sort(), [200, 409]);
    const row = await ctx.db
      .selectFrom('units')
      .select('version')
      .where('id', '=', unit.id)
      .executeTakeFirstOrThrow();
    assert.equal(row.version, 2);
  });

  test('400 unit.cycle when a unit would become its own ancestor', async () => {
    const top = await ctx.unit({ type: 'agency' });
    const middle = await ctx.unit({ parentId: top.id });
    const bottom = await ctx.unit({ parentId: middle.id });
    for (const parentId of [top.id, bottom.id]) {
      const res = await patch(top.id, admin.headers, { parentId });
      assert.equal(res.statusCode, 400);
      assert.equal(res.json().error.code, 'unit.cycle');
    }
  });
});

describe('DELETE /api/units/:id (archive)', () => {
  const del = (id: string, headers: Record<string, string>) =>
    ctx.inject({ method: 'DELETE', url: `/api/units/${id}`, headers });

  test('401 without a session', async () => {
    assert.equal((await del(officer.unitId, {})).statusCode, 401);
  });

  test('400 on an id that is not a uuid', async () => {
    const res = await del('1234', admin.headers);
    assert.equal(res.statusCode, 400);
  });

  test('403 for an officer, even on their own unit, and for a coordinator', async () => {
    const empty = await ctx.unit();
    assert.equal((await del(officer.unitId, officer.headers)).statusCode, 403);
    const coordinator = await ctx.user(['coordinator']);
    const res = await del(empty.id, coordinator.headers);
    assert.equal(res.statusCode, 403);
    assert.equal(res.json().error.code, 'forbidden');
  });

  test('404 for an unknown unit', async () => {
    const res = await del(UNKNOWN_ID, admin.headers);
    assert.equal(res.statusCode, 404);
  });

  test('409 while the unit still has people or child units', async () => {
    const withPeople = await del(officer.unitId, admin.headers);
    assert.equal(withPeople.statusCode, 409);
    assert.equal(withPeople.json().error.code, 'conflict.in_use');
    const parent = await ctx.unit({ type: 'agency' });
    await ctx.unit({ parentId: parent.id });
    assert.equal((await del(parent.id, admin.headers)).statusCode, 409);
  });

  test('200 archives: hidden from the list unless asked for, audited', async () => {
    const unit = await ctx.unit({ name: `Đơn vị giải thể ${Date.now()}` });
    const res = await del(unit.id, admin.headers);
    assert.equal(res.statusCode, 200);
    assert.equal(res.json().archived, true);
    const list = await ctx.inject({
      method: 'GET',
      url: `/api/units?q=${encodeURIComponent(unit.code)}`,
      headers: admin.headers,
    });
    assert.equal(list.json().items.length, 0);
    const withArchived = await ctx.inject({
      method: 'GET',
      url: `/api/units?q=${encodeURIComponent(unit.code)}&includeArchived=true`,
      headers: admin.headers,
    });
    assert.deepEqual(
      withArchived.json().items.map((u: { id: string }) => u.id),
      [unit.id],
    );
    const audit = await ctx.db
      .selectFrom('audit_log')
      .select('action')
      .where('entity_id', '=', unit.id)
      .execute();
    assert.deepEqual(
      audit.map((a) => a.action),
      ['unit.archive'],
    );
  });
});
