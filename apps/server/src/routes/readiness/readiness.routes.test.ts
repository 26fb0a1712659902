import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { TestContext, type TestUser } from '../../testing/test-app.ts';
import { createSystem, dayFromToday, endpoint, get, post, UNKNOWN_ID } from '../systems.testkit.ts';

let ctx: TestContext;
let coordinator: TestUser;
let officerA: TestUser;
let officerB: TestUser;
let viewerA: TestUser;
let unitA: { id: string };
let unitB: { id: string };
let systemA: { id: string };

before(async () => {
  ctx = await TestContext.create();
  coordinator = await ctx.user(['coordinator']);
  unitA = await ctx.unit({ name: 'UBND phường Nhân Hòa' });
  unitB = await ctx.unit({ name: 'UBND xã Hòa Phong' });
  officerA = await ctx.user(['unit_officer'], { unitId: unitA.id });
  officerB = await ctx.user(['unit_officer'], { unitId: unitB.id });
  viewerA = await ctx.user(['viewer'], { unitId: unitA.id });
  systemA = await createSystem(ctx, coordinator, unitA.id, {
    securityLevel: 3,
    backup: { status: 'regular', lastRestoreTestAt: dayFromToday(-10) },
  });
});
after(() => ctx.close());

const c = () => ctx;

interface KindCase {
  path: string;
  input: () => Record<string, unknown>;
  bad: () => Record<string, unknown>;
  patch: () => Record<string, unknown>;
  checkCreated: (view: Record<string, unknown>) => void;
  checkPatched: (view: Record<string, unknown>) => void;
}

const KINDS: KindCase[] = [
  {
    path: 'equipment',
    input: () => ({ unitId: unitA.id, name: 'Máy chủ dự phòng', category: 'spare_hardware', quantity: 2 }),
    bad: () => ({ unitId: unitA.id, name: 'X', category: 'spaceship' }),
    patch: () => ({ status: 'maintenance' }),
    checkCreated: (v) => assert.equal(v.quantity, 2),
    checkPatched: (v) => assert.equal(v.status, 'maintenance'),
  },
  {
    path: 'licences',
    input: () => ({
      unitId: unitA.id,
      kind: 'firewall',
      product: 'FortiGate 60F',
      seats: 1,
      expiresOn: dayFromToday(200),
    }),
    bad: () => ({ unitId: unitA.id, kind: 'firewall', product: 'X', expiresOn: '31/12/2026' }),
    patch: () => ({ seats: 3 }),
    checkCreated: (v) => assert.equal(v.expired, false),
    checkPatched: (v) => assert.equal(v.seats, 3),
  },
  {
    path: 'contracts',
    input: () => ({
      unitId: unitA.id,
      provider: 'Công ty TNHH Dịch vụ An toàn thông tin Hưng Yên',
      scope: 'Giám sát, ứng cứu sự cố 24/7',
      contacts: [{ name: 'Hoàng Anh Tuấn', phone: '0912000003' }],
      startsOn: dayFromToday(-30),
      endsOn: dayFromToday(335),
    }),
    bad: () => ({ unitId: unitA.id, provider: '', scope: 'x' }),
    patch: () => ({ contractRef: 'HĐ 12/2026' }),
    checkCreated: (v) => assert.equal(v.active, true),
    checkPatched: (v) => assert.equal(v.contractRef, 'HĐ 12/2026'),
  },
  {
    path: 'trainings',
    input: () => ({
      unitId: unitA.id,
      title: 'Tập huấn nhận diện thư điện tử giả mạo',
      heldOn: dayFromToday(-1),
      hours: 3.5,
      attendeeUserIds: [officerA.id],
    }),
    bad: () => ({ unitId: unitA.id, title: 'x', heldOn: 'yesterday' }),
    patch: () => ({ organiser: 'Phòng Văn hoá, Khoa học và Thông tin' }),
    checkCreated: (v) => assert.deepEqual(v.attendeeUserIds, [officerA.id]),
    checkPatched: (v) => assert.equal(v.organiser, 'Phòng Văn hoá, Khoa học và Thông tin'),
  },
  {
    path: 'drills',
    input: () => ({
      unitId: unitA.id,
      kind: 'drill',
      title: 'Diễn tập ứng cứu tấn công mã hóa dữ liệu',
      scenarioSubtype: 'attack.ransomware',
      heldOn: dayFromToday(-2),
      participants: ['Đội ứng cứu thị xã'],
      systemIds: [systemA.id],
    }),
    bad: () => ({ unitId: unitA.id, title: 'x', heldOn: dayFromToday(-2), scenarioSubtype: 'attack.aliens' }),
    patch: () => ({ findings: 'Thời gian khôi phục vượt 4 giờ' }),
    checkCreated: (v) => assert.deepEqual(v.systemIds, [systemA.id]),
    checkPatched: (v) => assert.equal(v.findings, 'Thời gian khôi phục vượt 4 giờ'),
  },
];

for (const kind of KINDS) {
  const base = `/api/readiness/${kind.path}`;
  let created: { id: string } & Record<string, unknown>;
  let other: { id: string };
  describe(`readiness ${kind.path}`, () => {
    before(async () => {
      created = await post(ctx, officerA, base, kind.input());
      other = await post(ctx, coordinator, base, { ...kind.input(), unitId: unitB.id, systemIds: undefined });
    });

    endpoint(c, `GET ${base}`, {
      method: 'GET',
      url: () => `${base}?unitId=${unitA.id}`,
      as: () => officerA,
      bad: { url: () => `${base}?from=yesterday` },
      forbidden: {
        scoped: "a commune officer lists only their unit's records",
        check: async () => {
          const page = await get(ctx, officerB, base);
          assert.deepEqual(
            page.items.map((i: { id: string }) => i.id),
            [other.id],
          );
        },
      },
      notFound: { na: 'a list' },
      success: {
        status: 200,
        check: (res) => {
          assert.equal(res.json().total, 1);
          kind.checkCreated(res.json().items[0]);
        },
      },
    });

    endpoint(c, `GET ${base}/:id`, {
      method: 'GET',
      url: () => `${base}/${created.id}`,
      as: () => officerA,
      bad: { url: () => `${base}/x` },
      forbidden: { hidden: () => officerB },
      notFound: { url: () => `${base}/${UNKNOWN_ID}` },
      success: {
        status: 200,
        check: (res) => assert.deepEqual(res.json().allowedActions, ['readiness.manage']),
      },
    });

    endpoint(c, `POST ${base}`, {
      method: 'POST',
      url: () => base,
      payload: kind.input,
      as: () => officerA,
      bad: { payload: kind.bad },
      // A viewer of the unit sees its people and systems but may not add records there.
      forbidden: { user: () => viewerA },
      notFound: { payload: () => ({ ...kind.input(), unitId: UNKNOWN_ID }), url: () => base },
      success: { status: 201, check: (res) => kind.checkCreated(res.json()) },
    });

    endpoint(c, `PATCH ${base}/:id`, {
      method: 'PATCH',
      url: () => `${base}/${created.id}`,
      payload: kind.patch,
      as: () => officerA,
      bad: { payload: () => ({ unitId: 'x' }) },
      forbidden: { hidden: () => officerB },
      notFound: { url: () => `${base}/${UNKNOWN_ID}` },
      success: { status: 200, check: (res) => kind.checkPatched(res.json()) },
    });

    endpoint(c, `DELETE ${base}/:id`, {
      method: 'DELETE',
      url: () => `${base}/${other.id}`,
      as: () => coordinator,
      bad: { url: () => `${base}/x` },
      // Commune B's record is not there for officer A, except a training A's officer attended:
      // it counts for A, so A reads it (403 on delete, not 404).
      forbidden: kind.path === 'trainings' ? { user: () => officerA } : { hidden: () => officerA },
      notFound: { url: () => `${base}/${UNKNOWN_ID}` },
      success: {
        status: 200,
        check: async () => void (await get(ctx, coordinator, `${base}/${other.id}`, 404)),
      },
    });
  });
}

endpoint(c, 'GET /api/readiness/units/:unitId', {
  method: 'GET',
  url: () => `/api/readiness/units/${unitA.id}`,
  as: () => officerA,
  bad: { url: () => '/api/readiness/units/x' },
  forbidden: { user: () => officerB },
  notFound: { url: () => `/api/readiness/units/${UNKNOWN_ID}` },
  success: {
    status: 200,
    check: (res) => {
      const r = res.json();
      const byCode = Object.fromEntries(r.criteria.map((c: { code: string }) => [c.code, c]));
      assert.equal(byCode.officer_appointed.status, 'met');
      assert.equal(byCode.firewall_licence.status, 'met');
      assert.equal(byCode.training_this_year.status, 'met');
      assert.equal(byCode.drill_level3.status, 'met');
      assert.equal(byCode.scan_level3.status, 'not_met');
      assert.equal(byCode.backup_restore_tested.status, 'met');
      assert.ok(r.score > 0 && r.score <= 100);
    },
  },
});

describe('readiness score and an expired antivirus licence', () => {
  test('the score drops and the reason names the expiry date', async () => {
    const antivirus = await post(ctx, officerA, '/api/readiness/licences', {
      unitId: unitA.id,
      kind: 'antivirus',
      product: 'BKAV Endpoint',
      seats: 25,
      expiresOn: dayFromToday(300),
    });
    const valid = await get(ctx, officerA, `/api/readiness/units/${unitA.id}`);
    const validCriterion = valid.criteria.find((c: { code: string }) => c.code === 'antivirus_licence');
    assert.equal(validCriterion.status, 'met');

    const expiredOn = dayFromToday(-5);
    const res = await ctx.inject({
      method: 'PATCH',
      url: `/api/readiness/licences/${antivirus.id}`,
      headers: officerA.headers,
      payload: { expiresOn: expiredOn },
    });
    assert.equal(res.json().expired, true);
    const expired = await get(ctx, officerA, `/api/readiness/units/${unitA.id}`);
    const criterion = expired.criteria.find((c: { code: string }) => c.code === 'antivirus_licence');
    assert.equal(criterion.status, 'not_met');
    assert.ok(expired.score < valid.score, `${expired.score} < ${valid.score}`);
    const [y, m, d] = expiredOn.split('-');
    assert.match(criterion.reason.vi, new RegExp(`đã hết hạn ngày ${d}/${m}/${y}`));
    assert.match(criterion.reason.en, new RegExp(`expired on ${expiredOn}`));
  });
});

endpoint(c, 'GET /api/readiness', {
  method: 'GET',
  url: () => '/api/readiness?limit=200',
  as: () => coordinator,
  bad: { url: () => '/api/readiness?limit=1000' },
  forbidden: {
    scoped: 'a commune officer sees only their own unit',
    check: async () => {
      const page = await get(ctx, officerB, '/api/readiness');
      assert.equal(page.total, 1);
      assert.equal(page.items[0].unitId, unitB.id);
    },
  },
  notFound: { na: 'a list' },
  success: {
    status: 200,
    check: (res) => {
      const page = res.json();
      assert.ok(page.total >= 2);
      const a = page.items.find((i: { unitId: string }) => i.unitId === unitA.id);
      assert.equal(a.criteria.length, 9);
      assert.ok(a.criteria.every((c: { reason: { vi: string } }) => c.reason.vi.length > 0));
    },
  },
});

endpoint(c, 'GET /api/readiness/summary', {
  method: 'GET',
  url: () => '/api/readiness/summary',
  as: () => coordinator,
  bad: { na: 'no input' },
  forbidden: {
    scoped: "a commune officer's summary covers their unit only",
    check: async () => assert.equal((await get(ctx, officerB, '/api/readiness/summary')).units, 1),
  },
  notFound: { na: 'no record' },
  success: {
    status: 200,
    check: (res) => {
      const s = res.json();
      assert.ok(s.units >= 2);
      assert.equal(
        s.distribution.reduce((n: number, b: { count: number }) => n + b.count, 0),
        s.units,
      );
      const antivirus = s.criteria.find((c: { code: string }) => c.code === 'antivirus_licence');
      assert.equal(antivirus.met + antivirus.notMet + antivirus.notApplicable, s.units);
    },
  },
});

endpoint(c, 'GET /api/readiness/licences/due', {
  method: 'GET',
  url: () => '/api/readiness/licences/due?days=366',
  as: () => officerA,
  bad: { url: () => '/api/readiness/licences/due?days=-1' },
  forbidden: {
    scoped: "a commune officer sees their unit's licences only",
    check: async () => {
      const due = await get(ctx, officerB, '/api/readiness/licences/due?days=366');
      assert.ok(due.items.every((l: { unitId: string }) => l.unitId === unitB.id));
    },
  },
  notFound: { na: 'a list' },
  success: {
    status: 200,
    check: (res) => {
      const items = res.json().items;
      assert.ok(items.length >= 1);
      assert.ok(items.every((l: { daysToExpiry: number }) => l.daysToExpiry >= 0 && l.daysToExpiry <= 366));
    },
  },
});

endpoint(c, 'POST /api/readiness/licences/reminders', {
  method: 'POST',
  url: () => '/api/readiness/licences/reminders?days=30',
  as: () => coordinator,
  bad: { url: () => '/api/readiness/licences/reminders?days=many' },
  forbidden: { user: () => officerA },
  notFound: { na: 'no record' },
  success: {
    status: 200,
    check: async () => {
      // A licence 10 days from expiry gets one reminder, however often the job runs.
      await post(ctx, officerB, '/api/readiness/licences', {
        unitId: unitB.id,
        kind: 'antivirus',
        product: 'Kaspersky',
        expiresOn: dayFromToday(10),
      });
      const first = await post(ctx, coordinator, '/api/readiness/licences/reminders?days=30', undefined, 200);
      assert.ok(first.created >= 1);
      const second = await post(
        ctx,
        coordinator,
        '/api/readiness/licences/reminders?days=30',
        undefined,
        200,
      );
      assert.equal(second.created, 0);
    },
  },
});

let reminderId = '';
describe('notifications', () => {
  before(async () => {
    await post(ctx, officerB, '/api/readiness/licences', {
      unitId: unitB.id,
      kind: 'firewall',
      product: 'Sophos XGS',
      expiresOn: dayFromToday(3),
    });
    await post(ctx, coordinator, '/api/readiness/licences/reminders?days=7', undefined, 200);
    const page = await get(ctx, officerB, '/api/notifications');
    reminderId = page.items.find((n: { body: { vi: string } }) => /Sophos/.test(n.body.vi))?.id;
    assert.ok(reminderId, JSON.stringify(page));
  });

  endpoint(c, 'GET /api/notifications', {
    method: 'GET',
    url: () => '/api/notifications?unreadOnly=true',
    as: () => officerB,
    bad: { url: () => '/api/notifications?limit=0' },
    forbidden: {
      scoped: "each user sees their own and their unit's notifications",
      check: async () => {
        const forA = await get(ctx, officerA, '/api/notifications');
        assert.ok(forA.items.every((n: { unitId: string }) => n.unitId !== unitB.id));
      },
    },
    notFound: { na: 'a list' },
    success: {
      status: 200,
      check: (res) => {
        const page = res.json();
        const reminder = page.items.find((n: { body: { vi: string } }) => /Kaspersky/.test(n.body.vi));
        assert.equal(reminder.kind, 'licence.expiring');
        assert.match(reminder.title.vi, /Bản quyền phần mềm diệt virus sắp hết hạn/);
        assert.equal(page.unread, page.total);
      },
    },
  });

  endpoint(c, 'POST /api/notifications/:id/read', {
    method: 'POST',
    url: () => `/api/notifications/${reminderId}/read`,
    as: () => officerB,
    bad: { url: () => '/api/notifications/x/read' },
    forbidden: { hidden: () => officerA },
    notFound: { url: () => `/api/notifications/${UNKNOWN_ID}/read` },
    success: {
      status: 200,
      check: async (res) => {
        assert.ok(res.json().readAt);
        const unread = await get(ctx, officerB, '/api/notifications?unreadOnly=true');
        assert.ok(!unread.items.some((n: { id: string }) => n.id === reminderId));
      },
    },
  });
});
