import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { docxText, pdfText, squash } from '@ungcuu/core/documents/testing/read-back.ts';
import { createSystem, expectError, post } from '../systems.testkit.ts';
import { reportWorld } from './documents.testkit.ts';

const w = reportWorld();
const PLAN = '/api/plans/2027';

async function call(
  method: 'GET' | 'POST' | 'PUT' | 'PATCH',
  url: string,
  user = w.coordinator,
  payload?: unknown,
) {
  return w.ctx.inject({
    method,
    url,
    headers: user.headers,
    ...(payload === undefined ? {} : { payload: payload as object }),
  });
}

let systemName = '';

describe('refusals come first', () => {
  test('401 without a session', async () => {
    assert.equal((await w.ctx.inject({ method: 'GET', url: '/api/plans' })).statusCode, 401);
    assert.equal(
      (await w.ctx.inject({ method: 'POST', url: '/api/plans', payload: { year: 2027 } })).statusCode,
      401,
    );
  });
  test('400 for a year out of range, an unknown section, an unknown format, a bad body', async () => {
    assert.equal((await call('POST', '/api/plans', w.coordinator, { year: 1800 })).statusCode, 400);
    assert.equal((await call('GET', '/api/plans/2027/document.odt')).statusCode, 400);
    assert.equal(
      (await call('PUT', '/api/plans/2027/sections/nope', w.coordinator, { body: 'x', baseVersion: 1 }))
        .statusCode,
      400,
    );
    assert.equal(
      (await call('PUT', '/api/plans/2027/sections/budget', w.coordinator, { body: 'x' })).statusCode,
      400,
    );
  });
  test('403: a unit officer reads nothing; a leader reads but may not create or edit', async () => {
    expectError(await call('GET', '/api/plans', w.officer), 403);
    expectError(await call('POST', '/api/plans', w.leader, { year: 2027 }), 403);
  });
  test('404 for a plan not created yet', async () => {
    expectError(await call('GET', PLAN), 404);
    expectError(await call('GET', `${PLAN}/document.pdf`), 404);
  });
});

describe('the plan of a year', () => {
  test('the live data the plan is filled from', async () => {
    // Live data the plan is filled from: a level-3 system with a risk, and two budget lines for 2027.
    const system = await createSystem(w.ctx, w.coordinator, w.commune.id, {
      name: 'Hệ thống một cửa điện tử phường Bần Yên Nhân',
      securityLevel: 3,
    });
    systemName = system.name;
    await post(w.ctx, w.coordinator, '/api/risks', {
      systemId: system.id,
      subtype: 'attack.ransomware',
      likelihood: 4,
      impact: 5,
    });
    for (const [title, amount] of [
      ['Gia hạn bản quyền phần mềm diệt virus', 45_500_000],
      ['Thuê dịch vụ giám sát an toàn thông tin', 74_500_000],
    ] as const) {
      await post(w.ctx, w.coordinator, '/api/budget/lines', {
        fiscalYear: 2027,
        category: 'services',
        title,
        amount,
        unitId: w.focal.id,
      });
    }
  });

  test('is created with every section generated from the live data, in the seed structure', async () => {
    const res = await call('POST', '/api/plans', w.coordinator, {
      year: 2027,
      number: '18',
      signerName: 'Nguyễn Quốc Khánh',
    });
    assert.equal(res.statusCode, 200, res.body);
    const plan = res.json();
    assert.equal(plan.place, 'Mỹ Hào');
    assert.deepEqual(
      plan.sections.map((s: { key: string }) => s.key),
      [
        'basis',
        'purpose',
        'scope',
        'principles',
        'roles',
        'risks',
        'scenarios',
        'prevention',
        'budget',
        'organisation',
        'closing',
      ],
    );
    const body = Object.fromEntries(plan.sections.map((s: { key: string; body: string }) => [s.key, s.body]));
    assert.match(
      body.scope,
      /Hệ thống một cửa điện tử phường Bần Yên Nhân \| UBND phường Bần Yên Nhân \| Cấp độ 3/,
    );
    assert.match(
      body.principles,
      /Chủ quản hệ thống thông tin không đủ khả năng kiểm soát|không đủ khả năng/,
    );
    assert.match(body.risks, /Tấn công mã hóa phần mềm, dữ liệu, thiết bị — Hệ thống một cửa/);
    assert.match(body.scenarios, /Tấn công từ chối dịch vụ:/);
    assert.match(body.prevention, /Diễn tập ứng cứu sự cố hệ thống Hệ thống một cửa/);
    assert.match(body.budget, /120\.000\.000/);
    assert.match(body.budget, /Một trăm hai mươi triệu đồng/);
    assert.match(body.organisation, /Phòng Văn hoá, Khoa học và Thông tin/);
    expectError(await call('POST', '/api/plans', w.coordinator, { year: 2027 }), 409, 'plan.exists');
  });

  test('a section edited as a new version; a stale base version is refused with 409', async () => {
    const before = (await call('GET', PLAN, w.leader)).json();
    const purpose = before.sections.find((s: { key: string }) => s.key === 'purpose');
    const edited = `${purpose.body}\n- Hoàn thành diễn tập thực chiến trước ngày 31/10/2027.`;
    const res = await call('PUT', `${PLAN}/sections/purpose`, w.coordinator, {
      body: edited,
      baseVersion: 1,
    });
    assert.equal(res.statusCode, 200, res.body);
    const section = res.json().sections.find((s: { key: string }) => s.key === 'purpose');
    assert.equal(section.version, 2);
    assert.equal(section.source, 'edited');
    assert.match(section.editedBy, /Người dùng/);
    expectError(
      await call('PUT', `${PLAN}/sections/purpose`, w.coordinator, { body: 'cũ', baseVersion: 1 }),
      409,
      'plan.version_conflict',
    );
    expectError(await call('PUT', `${PLAN}/sections/purpose`, w.leader, { body: 'x', baseVersion: 2 }), 403);
    const versions = (await call('GET', `${PLAN}/sections/purpose/versions`, w.leader)).json();
    assert.deepEqual(
      versions.items.map((v: { version: number }) => v.version),
      [2, 1],
    );
  });

  test('"Khôi phục từ dữ liệu" regenerates one section from today\'s data', async () => {
    await post(w.ctx, w.coordinator, '/api/budget/lines', {
      fiscalYear: 2027,
      category: 'training',
      title: 'Tập huấn nhận diện thư giả mạo',
      amount: 5_000_000,
      unitId: w.focal.id,
    });
    const res = await call('POST', `${PLAN}/sections/budget/regenerate`, w.coordinator);
    assert.equal(res.statusCode, 200, res.body);
    const budget = res.json().sections.find((s: { key: string }) => s.key === 'budget');
    assert.equal(budget.version, 2);
    assert.equal(budget.source, 'generated');
    assert.match(budget.body, /125\.000\.000/);
    assert.match(budget.body, /Một trăm hai mươi lăm triệu đồng/);
  });

  test('DOCX and PDF read back: header, title, edited text, systems, budget in words, signature', async () => {
    for (const format of ['docx', 'pdf'] as const) {
      const res = await call('GET', `${PLAN}/document.${format}`, w.leader);
      assert.equal(res.statusCode, 200, res.body.slice(0, 300));
      const text = format === 'docx' ? squash(await docxText(res.rawPayload)) : pdfText(res.rawPayload);
      for (const expected of [
        'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
        'Độc lập - Tự do - Hạnh phúc',
        'UBND THỊ XÃ MỸ HÀO',
        'Số: 18/KH-UBND',
        'Mỹ Hào, ngày',
        'KẾ HOẠCH',
        'trên địa bàn thị xã Mỹ Hào năm 2027',
        'I. MỤC ĐÍCH, YÊU CẦU',
        'Hoàn thành diễn tập thực chiến trước ngày 31/10/2027.',
        systemName,
        'III. KINH PHÍ',
        'Một trăm hai mươi lăm triệu đồng',
        'IV. TỔ CHỨC THỰC HIỆN',
        'Nơi nhận:',
        'TM. ỦY BAN NHÂN DÂN',
        'Nguyễn Quốc Khánh',
      ]) {
        assert.ok(text.includes(expected), `${format} missing: ${expected}`);
      }
      assert.doesNotMatch(text, /undefined|NaN|\[object Object\]/);
    }
    const audits = await w.ctx.db
      .selectFrom('audit_log')
      .select('action')
      .where('entity_type', '=', 'plan')
      .execute();
    const actions = audits.map((a) => a.action);
    for (const a of ['plan.create', 'plan.section_edit', 'plan.section_regenerate', 'plan.export']) {
      assert.ok(actions.includes(a), a);
    }
  });

  test('the frame (number, place, signer) is edited; the list names the plan', async () => {
    const res = await call('PATCH', PLAN, w.coordinator, { number: '25', signerTitle: 'Phó Chủ tịch' });
    assert.equal(res.statusCode, 200, res.body);
    assert.equal(res.json().number, '25');
    const list = (await call('GET', '/api/plans', w.leader)).json();
    assert.deepEqual(
      list.items.map((p: { year: number }) => p.year),
      [2027],
    );
  });
});
