import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { TestContext } from '../../testing/test-app.ts';
import {
  audits,
  buildWorld,
  call,
  endpoint,
  ok,
  timeline,
  UNKNOWN_ID,
  type World,
} from '../incidents.testkit.ts';

// The public report form (no account) and the administrator's switch for it.

let ctx: TestContext;
let w: World;

before(async () => {
  ctx = await TestContext.create();
  w = await buildWorld(ctx);
});
after(() => ctx.close());

const c = () => ctx;

let addresses = 0;
/** The form is rate-limited per address: each request comes from its own. */
const freshAddress = () => {
  addresses += 1;
  return `10.20.${Math.floor(addresses / 250)}.${(addresses % 250) + 1}`;
};

async function setIntake(enabled: boolean, defaultUnitId: string | null) {
  await ok(ctx, w.admin, 'PUT', '/api/settings/intake', { enabled, defaultUnitId }, 200);
}

const form = (overrides: Record<string, unknown> = {}) => ({
  title: 'Trang web phường bị treo banner cờ bạc',
  description: 'Người dân báo trang web phường hiện nội dung cờ bạc từ sáng nay.',
  detectedAt: new Date(Date.now() - 2 * 3600_000).toISOString(),
  reporterName: 'Nguyễn Văn Dân',
  reporterPhone: '0912 345 678',
  ...overrides,
});

async function incidentByCode(code: string) {
  return ctx.db.selectFrom('incidents').selectAll().where('code', '=', code).executeTakeFirstOrThrow();
}

endpoint(c, 'POST /api/public/incidents', {
  method: 'POST',
  url: () => '/api/public/incidents',
  payload: () => form({ unitCode: w.communeA.code }),
  remoteAddress: freshAddress,
  as: () => w.officerA,
  setup: () => setIntake(true, w.focal.id),
  anonymous: {
    instead: 'a public form: anyone reports without an account, filed under the receiving unit',
    check: async () => {
      const res = await ctx.inject({
        method: 'POST',
        url: '/api/public/incidents',
        payload: form(),
        remoteAddress: freshAddress(),
      });
      assert.equal(res.statusCode, 202, res.body);
      const row = await incidentByCode(res.json().code);
      assert.deepEqual(
        [row.channel, row.reporting_unit_id, row.reporter_user_id],
        ['public', w.focal.id, null],
      );
    },
  },
  bad: [
    { why: 'on a description under 10 characters', payload: () => form({ description: 'ngắn' }) },
    { why: 'without the reporter’s name', payload: () => ({ ...form(), reporterName: undefined }) },
    { why: 'on a field the form does not have', payload: () => form({ tier: 'T4' }) },
  ],
  forbidden: {
    instead: 'nobody is refused, but a filled honeypot is accepted silently and stored nowhere',
    check: async () => {
      const count = async () =>
        Number(
          (
            await ctx.db
              .selectFrom('incidents')
              .select((eb) => eb.fn.countAll<string>().as('n'))
              .executeTakeFirstOrThrow()
          ).n,
        );
      const before = await count();
      const res = await ctx.inject({
        method: 'POST',
        url: '/api/public/incidents',
        payload: form({ website: 'http://spam.example' }),
        remoteAddress: freshAddress(),
      });
      assert.equal(res.statusCode, 202);
      assert.deepEqual(res.json(), { accepted: true, code: null });
      assert.equal(await count(), before);
    },
  },
  notFound: [
    {
      why: 'while the form is switched off',
      arrange: () => setIntake(false, w.focal.id),
      code: 'intake.disabled',
    },
    {
      why: 'for an unknown unit code when no receiving unit is set',
      arrange: () => setIntake(true, null),
      payload: () => form({ unitCode: 'KHONG-CO' }),
    },
  ],
  success: {
    status: 202,
    why: 'filed under the named commune with the reporter’s contact; acknowledged, notified, audited',
    arrange: () => setIntake(true, w.focal.id),
    check: async (res) => {
      const body = res.json();
      assert.match(body.code, /^SC-\d{4}-\d{4}$/);
      assert.match(body.message.vi, new RegExp(`Đã tiếp nhận báo cáo sự cố ${body.code}`));
      const row = await incidentByCode(body.code);
      assert.deepEqual(
        [row.channel, row.reporting_unit_id, row.reporter_contact],
        ['public', w.communeA.id, { name: 'Nguyễn Văn Dân', phone: '0912 345 678' }],
      );
      assert.deepEqual(
        (await timeline(ctx, row.id)).map((e) => e.event),
        ['detected', 'reported', 'acknowledged'],
      );
      const notice = await ctx.db
        .selectFrom('notifications')
        .select(['kind', 'link'])
        .where('unit_id', '=', w.focal.id)
        .where('link', '=', `/incidents/${row.id}`)
        .execute();
      assert.deepEqual(notice, [{ kind: 'incident_reported', link: `/incidents/${row.id}` }]);
      const trail = await ctx.db
        .selectFrom('audit_log')
        .select(['action', 'actor_label'])
        .where('entity_id', '=', row.id)
        .execute();
      assert.deepEqual(trail, [{ action: 'incident.report', actor_label: 'public:Nguyễn Văn Dân' }]);
      const list = await ok(ctx, w.officerA, 'GET', '/api/incidents?limit=200');
      assert.ok(
        list.items.some((i: { id: string }) => i.id === row.id),
        'the commune sees the report',
      );
    },
  },
});

describe('public intake rate limit', () => {
  test('429 after five reports from one address within ten minutes; another address goes through', async () => {
    await setIntake(true, w.focal.id);
    const send = (remoteAddress: string) =>
      ctx.inject({ method: 'POST', url: '/api/public/incidents', payload: form(), remoteAddress });
    for (let i = 0; i < 5; i += 1) assert.equal((await send('10.99.0.1')).statusCode, 202);
    const sixth = await send('10.99.0.1');
    assert.equal(sixth.statusCode, 429);
    assert.equal(sixth.json().error.code, 'auth.throttled');
    assert.equal((await send('10.99.0.2')).statusCode, 202);
  });
});

endpoint(c, 'GET /api/settings/intake', {
  method: 'GET',
  url: () => '/api/settings/intake',
  as: () => w.coordinator,
  setup: () => setIntake(true, w.communeB.id),
  bad: [],
  forbidden: [
    { why: 'for a unit officer', as: () => w.officerA },
    { why: 'for leadership', as: () => w.leader },
  ],
  notFound: [],
  success: {
    status: 200,
    why: 'the focal office reads the stored setting',
    check: async (res) => {
      const stored = await ctx.db
        .selectFrom('settings')
        .select('value')
        .where('key', '=', 'intake.public')
        .executeTakeFirstOrThrow();
      assert.deepEqual(res.json(), stored.value);
      assert.deepEqual(res.json(), { enabled: true, defaultUnitId: w.communeB.id });
    },
  },
});

describe('GET /api/settings/intake before anything is saved', () => {
  test('200 switched off with no receiving unit on a fresh database', async () => {
    const fresh = await TestContext.create();
    try {
      const admin = await fresh.user(['admin']);
      const res = await call(fresh, admin, 'GET', '/api/settings/intake');
      assert.equal(res.statusCode, 200);
      assert.deepEqual(res.json(), { enabled: false, defaultUnitId: null });
    } finally {
      await fresh.close();
    }
  });
});

endpoint(c, 'PUT /api/settings/intake', {
  method: 'PUT',
  url: () => '/api/settings/intake',
  payload: () => ({ enabled: true, defaultUnitId: w.communeA.id }),
  as: () => w.admin,
  setup: () => setIntake(false, w.focal.id),
  bad: [
    { why: 'without the switch', payload: () => ({ defaultUnitId: null }) },
    { why: 'on a unit id that is not a UUID', payload: () => ({ enabled: true, defaultUnitId: 'phuong' }) },
    { why: 'on an unknown field', payload: () => ({ enabled: true, defaultUnitId: null, captcha: true }) },
  ],
  forbidden: [
    { why: 'for the focal office (reads it, does not switch it)', as: () => w.coordinator },
    { why: 'for a unit officer', as: () => w.officerA },
  ],
  notFound: [
    { why: 'for an unknown receiving unit', payload: () => ({ enabled: true, defaultUnitId: UNKNOWN_ID }) },
  ],
  success: {
    status: 200,
    why: 'stores the setting, audited with before and after; the form then files under that unit',
    check: async (res) => {
      assert.deepEqual(res.json(), { enabled: true, defaultUnitId: w.communeA.id });
      const trail = await audits(ctx, 'intake.public');
      const last = trail.at(-1)!;
      assert.deepEqual(
        [last.action, last.actor_user_id, last.before, last.after],
        [
          'settings.intake',
          w.admin.id,
          { enabled: false, defaultUnitId: w.focal.id },
          { enabled: true, defaultUnitId: w.communeA.id },
        ],
      );
      const filed = await ctx.inject({
        method: 'POST',
        url: '/api/public/incidents',
        payload: form(),
        remoteAddress: freshAddress(),
      });
      assert.equal(filed.statusCode, 202);
      assert.equal((await incidentByCode(filed.json().code)).reporting_unit_id, w.communeA.id);
    },
  },
});

endpoint(c, 'GET /api/public/intake', {
  method: 'GET',
  url: () => '/api/public/intake',
  as: () => w.viewerA,
  anonymous: {
    instead: 'a public page asks it before anyone signs in',
    check: async () => {
      await setIntake(false, w.focal.id);
      const res = await ctx.inject({ method: 'GET', url: '/api/public/intake' });
      assert.equal(res.statusCode, 200);
      assert.deepEqual(res.json(), { enabled: false });
    },
  },
  bad: [],
  forbidden: [],
  notFound: [],
  success: {
    status: 200,
    why: 'whether the form is open, and nothing of the receiving unit',
    arrange: () => setIntake(true, w.communeA.id),
    check: (res) => {
      assert.deepEqual(res.json(), { enabled: true });
    },
  },
});
