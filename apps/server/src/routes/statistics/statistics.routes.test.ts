import assert from 'node:assert/strict';
import { hoursAgo, incidentTestWorld, UNKNOWN_ID } from '../incidents.testkit.ts';

// Dashboard tiles: SQL aggregates within the caller's reach (a commune sees its own incidents,
// the focal office and the leaders the whole town), with the filters of the list behind each figure.
const w = incidentTestWorld();
let contained: { id: string; code: string };
let fromB: { id: string };

let arranged: Promise<void> | undefined;
/** Two incidents of commune A (one taken up and contained), one of commune B. */
const arrange = () => {
  arranged ??= (async () => {
    contained = await w.report(w.officerA, { detectedAt: hoursAgo(5) });
    const url = `/api/incidents/${contained.id}`;
    await w.ok(w.coordinator, 'POST', `${url}/classify`, { subtype: 'attack.ransomware' }, 200);
    for (const to of ['triaged', 'responding'])
      await w.ok(w.coordinator, 'POST', `${url}/transition`, { to }, 200);
    await w.ok(w.coordinator, 'PATCH', url, { actionsTaken: 'Cách ly máy kế toán khỏi mạng.' });
    await w.ok(w.coordinator, 'POST', `${url}/transition`, { to: 'contained' }, 200);
    await w.report(w.officerA, { title: 'Trang thông tin điện tử bị thay đổi giao diện' });
    fromB = await w.report(w.officerB, {
      title: 'Mất kết nối Internet toàn trụ sở',
      triggers: { C1: true, C6: true },
    });
  })();
  return arranged;
};

const today = () => new Date(Date.now() + 7 * 3_600_000).toISOString().slice(0, 10);

w.endpoint('GET /api/statistics/incidents', {
  setup: arrange,
  method: 'GET',
  url: () => '/api/statistics/incidents?by=unit',
  as: () => w.coordinator,
  bad: [
    { why: 'without a dimension', url: () => '/api/statistics/incidents' },
    { why: 'with an unknown dimension', url: () => '/api/statistics/incidents?by=colour' },
    { why: 'with a day that is not a day', url: () => '/api/statistics/incidents?by=tier&from=31/12/2026' },
  ],
  forbidden: {
    instead: 'every role reads statistics of what it may read: a commune sees only its own',
    check: async () => {
      const mine = await w.ok(w.officerB, 'GET', '/api/statistics/incidents?by=unit');
      assert.deepEqual(
        mine.items.map((r: { key: string }) => r.key),
        [w.communeB.id],
      );
      assert.equal(mine.total, 1);
    },
  },
  notFound: [
    {
      why: 'filtering by an unknown unit',
      url: () => `/api/statistics/incidents?by=tier&unitId=${UNKNOWN_ID}`,
    },
  ],
  success: {
    status: 200,
    why: 'the focal office counts every unit, open and closed, and a filtered period holds the same',
    check: async (res) => {
      const body = res.json();
      const byUnit = new Map(body.items.map((r: { key: string; total: number }) => [r.key, r.total]));
      assert.equal(byUnit.get(w.communeA.id), 2);
      assert.equal(byUnit.get(w.communeB.id), 1);
      assert.equal(body.total, 3);
      assert.equal(body.open, 3);
      const month = await w.ok(
        w.coordinator,
        'GET',
        `/api/statistics/incidents?by=month&from=${today()}&to=${today()}&unitId=${w.communeA.id}`,
      );
      assert.equal(month.total, 2);
      assert.equal(month.items[0].key, today().slice(0, 7));
      const causes = await w.ok(
        w.coordinator,
        'GET',
        '/api/statistics/incidents?by=cause_group&causeGroup=attack',
      );
      assert.equal(causes.total, 1, 'only the classified ransomware is an attack so far');
    },
  },
});

w.endpoint('GET /api/statistics/response-times', {
  setup: arrange,
  method: 'GET',
  url: () => '/api/statistics/response-times',
  as: () => w.leader,
  bad: [
    { why: 'with an unknown cause group', url: () => '/api/statistics/response-times?causeGroup=aliens' },
  ],
  forbidden: {
    instead: 'a commune reads the times of its own incidents only',
    check: async () => {
      const mine = await w.ok(w.officerB, 'GET', '/api/statistics/response-times');
      assert.equal(mine.items[0].acknowledge.n, 0, "commune B's report was not taken up yet");
    },
  },
  notFound: [
    { why: 'filtering by an unknown unit', url: () => `/api/statistics/response-times?unitId=${UNKNOWN_ID}` },
  ],
  success: {
    status: 200,
    why: 'the lifecycle kept the moments: one acknowledged, one contained about five hours after detection',
    check: async (res) => {
      const [month] = res.json().items;
      assert.equal(month.acknowledge.n, 1);
      assert.equal(month.contain.n, 1);
      assert.ok(
        month.contain.medianHours >= 4.9 && month.contain.medianHours <= 5.2,
        String(month.contain.medianHours),
      );
      assert.equal(month.close.n, 0);
      const row = await w.incidentRow(contained.id);
      assert.ok(row.acknowledged_at && row.contained_at);
    },
  },
});

w.endpoint('GET /api/statistics/overdue', {
  setup: arrange,
  method: 'GET',
  url: () => '/api/statistics/overdue',
  as: () => w.coordinator,
  bad: [{ why: 'with an unknown field value', url: () => '/api/statistics/overdue?from=yesterday' }],
  forbidden: {
    instead: 'a commune counts its own overdue work only',
    check: async () => {
      const mine = await w.ok(w.officerB, 'GET', '/api/statistics/overdue');
      assert.ok(mine.tasksByUnit.every((r: { unitId: string | null }) => r.unitId !== w.communeA.id));
    },
  },
  notFound: [
    { why: 'filtering by an unknown unit', url: () => `/api/statistics/overdue?unitId=${UNKNOWN_ID}` },
  ],
  success: {
    status: 200,
    why: 'the emergency reports of T3 incidents due immediately count as overdue legal deadlines',
    check: (res) => {
      const body = res.json();
      assert.ok(body.deadlines >= 1, JSON.stringify(body));
      assert.equal(
        body.tasks,
        body.tasksByUnit.reduce((s: number, r: { n: number }) => s + r.n, 0),
      );
    },
  },
});

w.endpoint('GET /api/statistics/uptime', {
  method: 'GET',
  url: () => '/api/statistics/uptime',
  as: () => w.coordinator,
  bad: [{ why: 'with too many units', url: () => `/api/statistics/uptime?${'unitId=x&'.repeat(51)}` }],
  forbidden: { instead: 'every role reads the uptime of the monitors it may read', check: async () => {} },
  notFound: [
    { why: 'filtering by an unknown unit', url: () => `/api/statistics/uptime?unitId=${UNKNOWN_ID}` },
  ],
  success: {
    status: 200,
    why: 'no monitor has run: no checks, no ratio',
    check: (res) => assert.deepEqual(res.json(), { checks: 0, ok: 0, uptime: null, items: [] }),
  },
});

w.endpoint('GET /api/statistics/inspections', {
  method: 'GET',
  url: () => '/api/statistics/inspections?year=2026',
  as: () => w.leader,
  bad: [{ why: 'with a year out of range', url: () => '/api/statistics/inspections?year=1900' }],
  forbidden: { instead: 'every role reads the inspections it may read', check: async () => {} },
  notFound: [
    { why: 'filtering by an unknown unit', url: () => `/api/statistics/inspections?unitId=${UNKNOWN_ID}` },
  ],
  success: {
    status: 200,
    why: 'a year without inspections is empty',
    check: (res) => assert.deepEqual(res.json(), { year: 2026, byStatus: [], remediationByUnit: [] }),
  },
});

w.endpoint('GET /api/statistics/decisions', {
  setup: arrange,
  method: 'GET',
  url: () => '/api/statistics/decisions',
  as: () => w.leader,
  bad: [{ why: 'with a query it does not take', url: () => '/api/statistics/decisions?all=true' }],
  forbidden: {
    instead: 'a commune sees what awaits a decision about its own incidents only',
    check: async () => {
      const mine = await w.ok(w.officerA, 'GET', '/api/statistics/decisions');
      assert.ok(mine.incidents.every((i: { id: string }) => i.id !== fromB.id));
    },
  },
  notFound: { instead: 'names no record', check: async () => {} },
  success: {
    status: 200,
    why: 'the leader sees the open T3 incidents and the overdue emergency reports',
    check: (res) => {
      const body = res.json();
      const codes = body.incidents.map((i: { id: string }) => i.id);
      assert.ok(codes.includes(fromB.id));
      assert.ok(body.overdueReports.length >= 1);
      assert.equal(typeof body.openProposals, 'number');
    },
  },
});

w.endpoint('GET /api/statistics/export', {
  setup: arrange,
  method: 'GET',
  url: () => '/api/statistics/export?tile=breakdown&by=unit&format=csv',
  as: () => w.coordinator,
  bad: [{ why: 'with an unknown format', url: () => '/api/statistics/export?tile=breakdown&format=pdf' }],
  forbidden: { instead: 'the file holds what the caller may read', check: async () => {} },
  notFound: [
    {
      why: 'filtering by an unknown unit',
      url: () => `/api/statistics/export?tile=breakdown&format=csv&unitId=${UNKNOWN_ID}`,
    },
  ],
  success: {
    status: 200,
    why: 'a CSV with Vietnamese headings and the unit names with their diacritics',
    check: async (res) => {
      assert.match(res.headers['content-type'] as string, /text\/csv/);
      assert.match(res.body, /Đơn vị,Tổng số,Đang xử lý,Đã kết thúc/);
      assert.match(res.body, /UBND phường Minh Đức,2,2,0/);
      const xlsx = await w.call(
        w.coordinator,
        'GET',
        '/api/statistics/export?tile=response_times&format=xlsx',
      );
      assert.equal(xlsx.statusCode, 200);
      assert.equal(xlsx.rawPayload.subarray(0, 2).toString(), 'PK');
    },
  },
});
