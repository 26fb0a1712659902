import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { after, before, test } from 'node:test';
import { TestContext, type TestUser } from '../../testing/test-app.ts';
import { endpoint, expectError, get, multipart, post, UNKNOWN_ID } from '../systems.testkit.ts';

// Warnings and threat sharing (issue 11): a warning drafted from a MISP event or a STIX 2.1 bundle
// (a hostile file is a coded 4xx and leaves nothing behind), a warning exported as MISP/STIX to
// whoever may read it (audited), published warnings in the per-TLP feeds.

let ctx: TestContext;
let coordinator: TestUser;
let officerA: TestUser;
let officerB: TestUser;
let unitA: { id: string };
let greenWarning: { id: string; code: string };
let amberWarning: { id: string };
let draft: { id: string };

const fixture = (name: string) =>
  readFileSync(new URL(`../../../../../packages/domain/src/sharing/testdata/${name}`, import.meta.url));
const file = (content: Buffer | string) => multipart('advisory.json', content, 'application/json');
const misp = file(fixture('misp-event.json'));

async function warningCount(): Promise<number> {
  const row = await ctx.db
    .selectFrom('warnings')
    .select((eb) => eb.fn.countAll<string>().as('n'))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

before(async () => {
  ctx = await TestContext.create();
  const focal = await ctx.unit({ name: 'Phòng Văn hoá, Khoa học và Thông tin', type: 'focal_office' });
  unitA = await ctx.unit({ name: 'UBND phường Bạch Sam', type: 'commune' });
  const unitB = await ctx.unit({ name: 'UBND xã Xuân Dục', type: 'commune' });
  coordinator = await ctx.user(['coordinator'], { unitId: focal.id });
  officerA = await ctx.user(['unit_officer'], { unitId: unitA.id });
  officerB = await ctx.user(['unit_officer'], { unitId: unitB.id });
  const make = (title: string, tlp: string) =>
    post(ctx, coordinator, '/api/warnings', {
      title,
      tlp,
      cves: ['CVE-2023-25690'],
      indicators: [{ type: 'ip', value: '198.51.100.23' }],
      targeting: { mode: 'units', unitIds: [unitA.id] },
    });
  greenWarning = await make('Máy chủ điều khiển mã độc', 'GREEN');
  await post(ctx, coordinator, `/api/warnings/${greenWarning.id}/publish`, {}, 200);
  amberWarning = await make('Chiến dịch thư giả mạo', 'AMBER');
  await post(ctx, coordinator, `/api/warnings/${amberWarning.id}/publish`, {}, 200);
  draft = await make('Bản nháp', 'GREEN');
});
after(() => ctx.close());

const c = () => ctx;

endpoint(c, 'POST /api/warnings/import/shared', {
  method: 'POST',
  url: () => '/api/warnings/import/shared',
  payload: () => misp.body,
  headers: () => misp.headers,
  as: () => coordinator,
  bad: { na: 'a multipart body is read by the handler (hostile files below)' },
  forbidden: { user: () => officerA },
  notFound: { na: 'creates a record' },
  success: {
    status: 201,
    check: async (res) => {
      const w = res.json();
      assert.equal(w.status, 'draft');
      assert.equal(w.tlp, 'AMBER', 'the strictest marking in the event (one attribute is tlp:amber)');
      assert.equal(w.severity, 'high', 'MISP threat level 1');
      assert.match(w.title, /Emotet/);
      assert.equal(w.indicators.length, 9);
      assert.ok(w.indicators.some((i: { normalized: string }) => i.normalized === '203.0.113.45'));
      const steps = await get(ctx, coordinator, `/api/warnings/${w.id}/timeline`);
      assert.ok(steps.items.some((e: { event: string }) => e.event === 'imported'));
      const audit = await ctx.db
        .selectFrom('audit_log')
        .select('action')
        .where('entity_id', '=', w.id)
        .execute();
      assert.deepEqual(
        audit.map((a) => a.action),
        ['warning.import'],
      );
    },
  },
});

test('POST /api/warnings/import/shared: a STIX 2.1 bundle becomes a draft with its marking', async () => {
  const stix = file(fixture('stix-bundle.json'));
  const res = await ctx.inject({
    method: 'POST',
    url: '/api/warnings/import/shared',
    headers: { ...coordinator.headers, ...stix.headers },
    payload: stix.body,
  });
  assert.equal(res.statusCode, 201, res.body);
  const w = res.json();
  assert.ok(w.indicators.length > 0);
  assert.ok(['GREEN', 'AMBER', 'AMBER+STRICT', 'RED'].includes(w.tlp));
});

test('POST /api/warnings/import/shared: hostile and malformed files are coded 4xx, nothing half-imported', async () => {
  const before = await warningCount();
  const cases: [string, Buffer | string, number, string][] = [
    ['not JSON', '{"Event": {"info": ', 400, 'sharing.invalid'],
    ['neither format', '{"hello": "world"}', 400, 'sharing.unknown_format'],
    ['wrong types', fixture('misp-wrong-types.json'), 400, 'sharing.invalid'],
    ['one broken indicator', fixture('misp-bad-value.json'), 400, 'sharing.bad_value'],
    ['only unknown STIX types', fixture('stix-unknown-only.json'), 422, 'sharing.nothing_to_import'],
    ['deep', `{"type":"bundle","x":${'['.repeat(10_000)}${']'.repeat(10_000)}}`, 400, 'sharing.too_deep'],
    [
      'more indicators than a warning holds',
      JSON.stringify({
        Event: {
          info: 'Quá nhiều',
          Attribute: Array.from({ length: 1001 }, (_, i) => ({
            type: 'ip-dst',
            value: `10.${Math.floor(i / 250)}.${i % 250}.1`,
          })),
        },
      }),
      400,
      'sharing.too_many',
    ],
  ];
  for (const [why, content, status, code] of cases) {
    const f = file(content);
    const res = await ctx.inject({
      method: 'POST',
      url: '/api/warnings/import/shared',
      headers: { ...coordinator.headers, ...f.headers },
      payload: f.body,
    });
    assert.equal(res.statusCode, status, `${why}: ${res.body.slice(0, 300)}`);
    expectError(res, status, code);
  }
  const huge = file(Buffer.alloc(6 * 1024 * 1024, 0x20));
  const tooLarge = await ctx.inject({
    method: 'POST',
    url: '/api/warnings/import/shared',
    headers: { ...coordinator.headers, ...huge.headers },
    payload: huge.body,
  });
  assert.ok(tooLarge.statusCode === 413 || tooLarge.statusCode === 400, tooLarge.body.slice(0, 200));
  assert.equal(await warningCount(), before, 'no draft was left behind');
});

for (const format of ['stix', 'misp'] as const) {
  endpoint(c, `GET /api/warnings/:id/export.${format}.json`, {
    method: 'GET',
    url: () => `/api/warnings/${greenWarning.id}/export.${format}.json`,
    as: () => officerA,
    bad: { url: () => `/api/warnings/x/export.${format}.json` },
    forbidden: { hidden: () => officerB },
    notFound: { url: () => `/api/warnings/${UNKNOWN_ID}/export.${format}.json` },
    success: {
      status: 200,
      check: async (res) => {
        assert.match(String(res.headers['content-disposition']), new RegExp(`${greenWarning.code}`));
        const doc = res.json();
        if (format === 'stix') {
          assert.equal(doc.type, 'bundle');
          const indicator = doc.objects.find((o: { type: string }) => o.type === 'indicator');
          assert.equal(indicator.pattern, "[ipv4-addr:value = '198.51.100.23']");
          assert.ok(doc.objects.some((o: { name?: string }) => o.name === 'CVE-2023-25690'));
        } else {
          assert.deepEqual(doc.Event.Tag, [{ name: 'tlp:green' }]);
          assert.ok(doc.Event.Attribute.some((a: { value: string }) => a.value === '198.51.100.23'));
        }
        const audit = await ctx.db
          .selectFrom('audit_log')
          .select(['action', 'after'])
          .where('entity_id', '=', greenWarning.id)
          .where('action', '=', 'warning.share_export')
          .execute();
        assert.ok(audit.length > 0);
      },
    },
  });
}

test('GET /api/warnings/:id/export.stix.json: a unit is not shown a draft (404)', async () => {
  const res = await ctx.inject({
    method: 'GET',
    url: `/api/warnings/${draft.id}/export.stix.json`,
    headers: officerA.headers,
  });
  expectError(res, 404, 'not_found');
});

test('the TLP feeds carry published warnings at or below their level, after the incidents', async () => {
  const key = (id: string) => new RegExp(id);
  const green = await get(ctx, coordinator, '/api/feeds/green/stix?limit=100');
  const text = JSON.stringify(green.objects);
  assert.match(text, key(greenWarning.code));
  assert.doesNotMatch(text, /Chiến dịch thư giả mạo/, 'AMBER is above the GREEN feed');
  assert.doesNotMatch(text, /Bản nháp/, 'a draft is not published');
  const amber = await get(ctx, coordinator, '/api/feeds/amber/misp?limit=1');
  assert.equal(amber.total, 2);
  assert.equal(amber.events.length, 1);
  const second = await get(ctx, coordinator, '/api/feeds/amber/misp?limit=1&offset=1');
  assert.equal(second.events.length, 1);
  assert.notEqual(second.events[0].Event.uuid, amber.events[0].Event.uuid);
});
