import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { after, before, describe, test } from 'node:test';
import { DEFAULT_INSPECTION_TEMPLATE } from '@ungcuu/domain/inspections/template.ts';
import JSZip from 'jszip';
import { TestContext, type TestUser } from '../../testing/test-app.ts';
import { endpoint, expectError, get, multipart, post, UNKNOWN_ID } from '../systems.testkit.ts';

let ctx: TestContext;
let coordinator: TestUser;
let officerA: TestUser;
let officerB: TestUser;
let unitA: { id: string; name: string };
let unitB: { id: string };
let lastYear: { id: string };
let thisYear: { id: string; items: { key: string; applies: boolean }[] };
let inspectionB: { id: string };
let evidence: { id: string; sha256: string };
let task: { id: string };
const year = new Date().getUTCFullYear();
const EVIDENCE = Buffer.from('Quyết định số 15/QĐ-UBND về việc phân công cán bộ phụ trách ATTT', 'utf8');

/** Every applicable item answered 'yes', except those given. */
function answers(items: { key: string; applies: boolean }[], overrides: Record<string, string> = {}) {
  return Object.fromEntries(
    items
      .filter((i) => i.applies)
      .map((i) => [
        i.key,
        { answer: overrides[i.key] ?? 'yes', ...(overrides[i.key] ? { note: 'Chưa đạt' } : {}) },
      ]),
  );
}

before(async () => {
  ctx = await TestContext.create();
  coordinator = await ctx.user(['coordinator']);
  unitA = await ctx.unit({ name: 'UBND phường Dị Sử' });
  unitB = await ctx.unit({ name: 'UBND xã Dương Quang' });
  officerA = await ctx.user(['unit_officer'], { unitId: unitA.id });
  officerB = await ctx.user(['unit_officer'], { unitId: unitB.id });
  // Last year: the officer was missing; this year's inspection will show it fixed.
  lastYear = await post(ctx, coordinator, '/api/inspections', { unitId: unitA.id, year: year - 1 });
  const items = (await get(ctx, coordinator, `/api/inspections/${lastYear.id}`)).items;
  await ctx.inject({
    method: 'PUT',
    url: `/api/inspections/${lastYear.id}/answers`,
    headers: officerA.headers,
    payload: { answers: answers(items, { 'org.officer': 'no' }) },
  });
  await post(
    ctx,
    coordinator,
    `/api/inspections/${lastYear.id}/complete`,
    { conductedOn: `${year - 1}-11-15` },
    200,
  );
  thisYear = await post(ctx, coordinator, '/api/inspections', {
    unitId: unitA.id,
    year,
    plannedOn: `${year}-11-20`,
  });
  inspectionB = await post(ctx, coordinator, '/api/inspections', { unitId: unitB.id, year });
});
after(() => ctx.close());

const c = () => ctx;

endpoint(c, 'GET /api/inspection-templates', {
  method: 'GET',
  url: () => '/api/inspection-templates',
  as: () => officerA,
  bad: { na: 'no input' },
  forbidden: {
    scoped: 'checklists are readable by every role',
    check: async () => assert.ok((await get(ctx, officerB, '/api/inspection-templates')).items.length >= 1),
  },
  notFound: { na: 'a list' },
  success: {
    status: 200,
    check: (res) => {
      const seeded = res
        .json()
        .items.find((t: { code: string }) => t.code === DEFAULT_INSPECTION_TEMPLATE.code);
      assert.equal(seeded.items.length, DEFAULT_INSPECTION_TEMPLATE.items.length);
    },
  },
});

let templateId = '';
endpoint(c, 'GET /api/inspection-templates/:id', {
  method: 'GET',
  url: () => `/api/inspection-templates/${templateId}`,
  as: () => officerA,
  bad: { url: () => '/api/inspection-templates/x' },
  forbidden: {
    scoped: 'checklists are readable by every role',
    check: async () => {
      templateId = (await get(ctx, officerB, '/api/inspection-templates')).items[0].id;
      await get(ctx, officerB, `/api/inspection-templates/${templateId}`);
    },
  },
  notFound: { url: () => `/api/inspection-templates/${UNKNOWN_ID}` },
  success: { status: 200, check: (res) => assert.equal(res.json().version, 1) },
});

const templateV2 = () => ({
  ...DEFAULT_INSPECTION_TEMPLATE,
  version: 2,
  items: DEFAULT_INSPECTION_TEMPLATE.items.slice(0, 5),
});

endpoint(c, 'POST /api/inspection-templates', {
  method: 'POST',
  url: () => '/api/inspection-templates',
  payload: templateV2,
  as: () => coordinator,
  bad: { payload: () => ({ ...templateV2(), code: 'Có Dấu' }) },
  forbidden: { user: () => officerA },
  notFound: { na: 'creates a record' },
  success: {
    status: 201,
    check: async (res) => {
      assert.equal(res.json().version, 2);
      const again = await ctx.inject({
        method: 'POST',
        url: '/api/inspection-templates',
        headers: coordinator.headers,
        payload: templateV2(),
      });
      expectError(again, 409, 'inspection.template_version');
    },
  },
});

endpoint(c, 'POST /api/inspections', {
  method: 'POST',
  url: () => '/api/inspections',
  payload: () => ({ unitId: unitB.id, year: year + 1, plannedOn: `${year + 1}-03-01` }),
  as: () => coordinator,
  bad: { payload: () => ({ unitId: unitB.id, year: 1999 }) },
  forbidden: { user: () => officerB },
  notFound: { payload: () => ({ unitId: UNKNOWN_ID, year }) },
  success: {
    status: 201,
    check: async (res) => {
      const planned = res.json();
      assert.equal(planned.status, 'planned');
      assert.equal(planned.plannedOn, `${year + 1}-03-01`);
      assert.equal(planned.templateVersion, 2, 'the latest version of the default checklist');
      const twice = await ctx.inject({
        method: 'POST',
        url: '/api/inspections',
        headers: coordinator.headers,
        payload: { unitId: unitB.id, year: year + 1 },
      });
      expectError(twice, 409, 'conflict.duplicate');
    },
  },
});

endpoint(c, 'POST /api/inspections/plan-year', {
  method: 'POST',
  url: () => '/api/inspections/plan-year',
  payload: () => ({ year: year + 2, unitIds: [unitA.id, unitB.id] }),
  as: () => coordinator,
  bad: { payload: () => ({ year: year + 2, unitIds: [] }) },
  forbidden: { user: () => officerA },
  notFound: { payload: () => ({ year: year + 2, unitIds: [UNKNOWN_ID] }) },
  success: {
    status: 201,
    check: async (res) => {
      assert.deepEqual(res.json(), { year: year + 2, created: 2, skipped: 0 });
      const again = await post(ctx, coordinator, '/api/inspections/plan-year', {
        year: year + 2,
        unitIds: [unitA.id],
      });
      assert.equal(again.skipped, 1);
    },
  },
});

endpoint(c, 'GET /api/inspections', {
  method: 'GET',
  url: () => `/api/inspections?year=${year}`,
  as: () => coordinator,
  bad: { url: () => '/api/inspections?status=closed' },
  forbidden: {
    scoped: "a commune officer lists their unit's inspections only",
    check: async () => {
      const page = await get(ctx, officerB, '/api/inspections');
      assert.ok(page.items.every((i: { unitId: string }) => i.unitId === unitB.id));
    },
  },
  notFound: { na: 'a list' },
  success: {
    status: 200,
    check: (res) => {
      const ids = res.json().items.map((i: { id: string }) => i.id);
      assert.ok(ids.includes(thisYear.id) && ids.includes(inspectionB.id));
    },
  },
});

endpoint(c, 'PATCH /api/inspections/:id', {
  method: 'PATCH',
  url: () => `/api/inspections/${thisYear.id}`,
  payload: () => ({ inspectorName: 'Nguyễn Thị Thu Hà' }),
  as: () => coordinator,
  bad: { payload: () => ({ plannedOn: 'soon' }) },
  forbidden: { user: () => officerA },
  notFound: { url: () => `/api/inspections/${UNKNOWN_ID}` },
  success: { status: 200, check: (res) => assert.equal(res.json().inspectorName, 'Nguyễn Thị Thu Hà') },
});

endpoint(c, 'PUT /api/inspections/:id/answers', {
  method: 'PUT',
  url: () => `/api/inspections/${thisYear.id}/answers`,
  payload: () => ({ answers: answers(thisYear.items, { 'end.antivirus': 'no', 'ops.backups': 'partial' }) }),
  as: () => officerA,
  bad: { payload: () => ({ answers: { 'org.officer': { answer: 'maybe' } } }) },
  forbidden: { hidden: () => officerB },
  notFound: { url: () => `/api/inspections/${UNKNOWN_ID}/answers` },
  success: {
    status: 200,
    check: async (res) => {
      const detail = res.json();
      assert.equal(detail.status, 'in_progress');
      assert.equal(detail.result.unanswered, 0);
      const unknown = await ctx.inject({
        method: 'PUT',
        url: `/api/inspections/${thisYear.id}/answers`,
        headers: officerA.headers,
        payload: { answers: { 'no.such.item': { answer: 'yes' } } },
      });
      expectError(unknown, 400, 'inspection.unknown_item');
    },
  },
});

let evidenceFile: ReturnType<typeof multipart> | undefined;
const evidenceUpload = () => {
  evidenceFile ??= multipart('quyet-dinh-phan-cong.txt', EVIDENCE, 'text/plain');
  return evidenceFile;
};

endpoint(c, 'POST /api/inspections/:id/items/:itemKey/evidence', {
  method: 'POST',
  url: () => `/api/inspections/${thisYear.id}/items/org.officer/evidence`,
  payload: () => evidenceUpload().body,
  headers: () => evidenceUpload().headers,
  as: () => officerA,
  bad: { url: () => `/api/inspections/${thisYear.id}/items/Bad Key/evidence` },
  forbidden: { hidden: () => officerB },
  notFound: { url: () => `/api/inspections/${UNKNOWN_ID}/items/org.officer/evidence` },
  success: {
    status: 201,
    check: (res) => {
      evidence = res.json();
      assert.equal(evidence.sha256, createHash('sha256').update(EVIDENCE).digest('hex'));
      assert.equal(res.json().sizeBytes, EVIDENCE.length);
    },
  },
});

describe('POST /api/inspections/:id/items/:itemKey/evidence size limit', () => {
  test('413 file.too_large above 10 MB', async () => {
    const big = multipart('big.bin', Buffer.alloc(10 * 1024 * 1024 + 1, 1));
    const res = await ctx.inject({
      method: 'POST',
      url: `/api/inspections/${thisYear.id}/items/org.officer/evidence`,
      headers: { ...officerA.headers, ...big.headers },
      payload: big.body,
    });
    assert.equal(res.statusCode, 413, res.body.slice(0, 300));
  });
});

endpoint(c, 'GET /api/inspections/:id/evidence/:evidenceId', {
  method: 'GET',
  url: () => `/api/inspections/${thisYear.id}/evidence/${evidence.id}`,
  as: () => coordinator,
  bad: { url: () => `/api/inspections/${thisYear.id}/evidence/x` },
  forbidden: { hidden: () => officerB },
  notFound: { url: () => `/api/inspections/${thisYear.id}/evidence/${UNKNOWN_ID}` },
  success: { status: 200, check: (res) => assert.deepEqual(res.rawPayload, EVIDENCE) },
});

endpoint(c, 'POST /api/inspections/:id/complete', {
  method: 'POST',
  url: () => `/api/inspections/${thisYear.id}/complete`,
  payload: () => ({ conductedOn: `${year}-11-20`, summary: 'Đơn vị cần khắc phục 02 nội dung.' }),
  as: () => coordinator,
  bad: { payload: () => ({ conductedOn: '20/11' }) },
  forbidden: { user: () => officerA },
  notFound: { url: () => `/api/inspections/${UNKNOWN_ID}/complete` },
  success: {
    status: 200,
    check: async (res) => {
      const done = res.json();
      assert.equal(done.status, 'completed');
      assert.deepEqual(done.allowedActions, []);
      // A failed item becomes a remediation task due in 30 days (high severity); a partial one too.
      const antivirus = done.remediationTasks.find((t: { itemKey: string }) => t.itemKey === 'end.antivirus');
      assert.ok(antivirus, JSON.stringify(done.remediationTasks.map((t: { itemKey: string }) => t.itemKey)));
      assert.equal(antivirus.status, 'open');
      assert.equal(antivirus.answer, 'no');
      assert.match(antivirus.title.vi, /^Khắc phục: /);
      assert.equal(done.remediationTasks.length, 2);
      task = antivirus;
      const locked = await ctx.inject({
        method: 'PUT',
        url: `/api/inspections/${thisYear.id}/answers`,
        headers: officerA.headers,
        payload: { answers: { 'org.officer': { answer: 'no' } } },
      });
      expectError(locked, 409, 'inspection.completed');
    },
  },
});

describe('POST /api/inspections/:id/complete with items unanswered', () => {
  test('409 inspection.unanswered: a missing answer is an unfinished inspection', async () => {
    const res = await ctx.inject({
      method: 'POST',
      url: `/api/inspections/${inspectionB.id}/complete`,
      headers: coordinator.headers,
      payload: { conductedOn: `${year}-11-21` },
    });
    expectError(res, 409, 'inspection.unanswered');
  });
});

endpoint(c, 'GET /api/inspections/:id', {
  method: 'GET',
  url: () => `/api/inspections/${thisYear.id}`,
  as: () => officerA,
  bad: { url: () => '/api/inspections/x' },
  forbidden: { hidden: () => officerB },
  notFound: { url: () => `/api/inspections/${UNKNOWN_ID}` },
  success: {
    status: 200,
    check: (res) => {
      const officer = res.json().items.find((i: { key: string }) => i.key === 'org.officer');
      assert.equal(officer.answer, 'yes');
      assert.equal(officer.evidence[0].sha256, evidence.sha256);
      assert.equal(res.json().result.failed, 1);
    },
  },
});

endpoint(c, 'GET /api/inspections/:id/report.docx', {
  method: 'GET',
  url: () => `/api/inspections/${thisYear.id}/report.docx`,
  as: () => officerA,
  bad: { url: () => '/api/inspections/x/report.docx' },
  forbidden: { hidden: () => officerB },
  notFound: { url: () => `/api/inspections/${UNKNOWN_ID}/report.docx` },
  success: {
    status: 200,
    check: async (res) => {
      assert.match(String(res.headers['content-type']), /wordprocessingml/);
      const zip = await JSZip.loadAsync(res.rawPayload);
      const xml = await zip.file('word/document.xml')!.async('string');
      assert.ok(xml.includes('UBND phường Dị Sử'), 'unit name');
      assert.ok(xml.includes('BIÊN BẢN KIỂM TRA'));
      assert.ok(xml.includes(`20/11/${year}`), 'inspection date');
      assert.ok(xml.includes('Nguyễn Thị Thu Hà'), 'inspector');
      assert.ok(xml.includes('Không đạt') && xml.includes('Đạt một phần'), 'answers in Vietnamese');
      assert.ok(xml.includes('CÁC NỘI DUNG CHƯA ĐẠT VÀ THỜI HẠN KHẮC PHỤC'));
      // Issue 7: the template is named by its title, never by its code.
      assert.ok(!xml.includes(DEFAULT_INSPECTION_TEMPLATE.code), 'no template code in the report');
      assert.ok(
        xml.includes(`${DEFAULT_INSPECTION_TEMPLATE.title.vi}, phiên bản`),
        'template title and version',
      );
      const due = new Date(Date.UTC(year, 10, 20 + 30))
        .toISOString()
        .slice(0, 10)
        .split('-')
        .reverse()
        .join('/');
      assert.ok(xml.includes(due), `remediation deadline ${due}`);
    },
  },
});

endpoint(c, 'GET /api/inspections/compare', {
  method: 'GET',
  url: () => `/api/inspections/compare?unitId=${unitA.id}&year=${year}`,
  as: () => officerA,
  bad: { url: () => `/api/inspections/compare?unitId=${unitA.id}` },
  forbidden: { user: () => officerB },
  notFound: { url: () => `/api/inspections/compare?unitId=${UNKNOWN_ID}&year=${year}` },
  success: {
    status: 200,
    check: (res) => {
      const view = res.json();
      const byKey = Object.fromEntries(view.items.map((i: { itemKey: string }) => [i.itemKey, i]));
      assert.equal(byKey['org.officer'].change, 'improved');
      assert.equal(byKey['end.antivirus'].change, 'regressed');
      assert.equal(byKey['org.officer'].title.vi, 'Cán bộ phụ trách an toàn thông tin');
      assert.equal(view.counts.improved, 1);
      assert.equal(view.previous.result.failed, 1);
    },
  },
});

endpoint(c, 'GET /api/remediation-tasks', {
  method: 'GET',
  url: () => `/api/remediation-tasks?status=open&unitId=${unitA.id}`,
  as: () => officerA,
  bad: { url: () => '/api/remediation-tasks?status=closed' },
  forbidden: {
    scoped: "a commune officer lists their unit's tasks only",
    check: async () => assert.equal((await get(ctx, officerB, '/api/remediation-tasks')).total, 0),
  },
  notFound: { na: 'a list' },
  success: {
    status: 200,
    check: (res) => {
      // Last year's finding (org.officer) plus this year's two.
      assert.equal(res.json().total, 3);
      assert.ok(
        res
          .json()
          .items.every((t: { allowedActions: string[] }) => t.allowedActions.includes('remediation.update')),
      );
    },
  },
});

endpoint(c, 'GET /api/remediation-tasks/:id', {
  method: 'GET',
  url: () => `/api/remediation-tasks/${task.id}`,
  as: () => officerA,
  bad: { url: () => '/api/remediation-tasks/x' },
  forbidden: { hidden: () => officerB },
  notFound: { url: () => `/api/remediation-tasks/${UNKNOWN_ID}` },
  success: { status: 200, check: (res) => assert.equal(res.json().priority, 'high') },
});

endpoint(c, 'POST /api/remediation-tasks/:id/done', {
  method: 'POST',
  url: () => `/api/remediation-tasks/${task.id}/done`,
  payload: () => ({ note: 'Đã cài đặt phần mềm diệt virus có bản quyền cho 25 máy' }),
  as: () => officerA,
  bad: { payload: () => ({ note: '' }) },
  forbidden: { hidden: () => officerB },
  notFound: { url: () => `/api/remediation-tasks/${UNKNOWN_ID}/done` },
  success: {
    status: 200,
    check: async (res) => {
      assert.equal(res.json().status, 'done');
      assert.equal(res.json().doneNote, 'Đã cài đặt phần mềm diệt virus có bản quyền cho 25 máy');
      const again = await ctx.inject({
        method: 'POST',
        url: `/api/remediation-tasks/${task.id}/done`,
        headers: officerA.headers,
        payload: { note: 'x' },
      });
      expectError(again, 409, 'remediation.already_done');
    },
  },
});
