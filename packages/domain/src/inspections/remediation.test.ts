import assert from 'node:assert/strict';
import { test } from 'node:test';
import {
  compareYears,
  type InspectionAnswers,
  inspectionResult,
  REMEDIATION_DAYS,
  remediationTasksFor,
} from './remediation.ts';
import type { InspectionItem, InspectionTemplate } from './template.ts';

function buildItem(key: string, overrides: Partial<InspectionItem> = {}): InspectionItem {
  return {
    key,
    section: 'endpoints',
    title: { vi: `Mục ${key}`, en: `Item ${key}` },
    question: { vi: `Câu hỏi ${key}?`, en: `Question ${key}?` },
    guidance: { vi: 'Hướng dẫn', en: 'Guidance' },
    appliesTo: 'all',
    severity: 'medium',
    evidenceRequired: false,
    ...overrides,
  };
}

function buildTemplate(items: InspectionItem[]): InspectionTemplate {
  return { code: 'test', version: 2, title: { vi: 'Mẫu thử', en: 'Test' }, items };
}

const template = buildTemplate([
  buildItem('av', { severity: 'high' }),
  buildItem('usb', { severity: 'medium' }),
  buildItem('ups', { severity: 'low' }),
  buildItem('drill', { section: 'level3', appliesTo: 'level3plus', severity: 'high' }),
  buildItem('logs'),
]);
const options = { inspectionDate: '2025-11-20', unitId: 'unit-1' };

test('documented deadlines: high 30, medium 60, low 90 days', () => {
  assert.deepEqual(REMEDIATION_DAYS, { high: 30, medium: 60, low: 90 });
});

test('each failed or partial applicable item becomes a task with priority and due date by severity', () => {
  const answers: InspectionAnswers = { av: 'no', usb: 'partial', ups: 'no', drill: 'yes', logs: 'yes' };
  const tasks = remediationTasksFor(template, answers, options);
  assert.deepEqual(
    tasks.map((t) => [t.itemKey, t.priority, t.dueDate, t.answer]),
    [
      ['av', 'high', '2025-12-20', 'no'],
      ['usb', 'medium', '2026-01-19', 'partial'],
      ['ups', 'low', '2026-02-18', 'no'],
    ],
  );
  const [av, usb] = tasks;
  assert.equal(av?.unitId, 'unit-1');
  assert.equal(av?.title.vi, 'Khắc phục: Mục av');
  assert.equal(usb?.title.en, 'Complete: Item usb');
  assert.deepEqual(av?.source, { templateCode: 'test', templateVersion: 2 });
});

test('not_applicable and unanswered items produce no task', () => {
  const tasks = remediationTasksFor(template, { av: 'not_applicable', usb: 'yes' }, options);
  assert.deepEqual(tasks, []);
});

test('level-3+ items produce no task for a unit without such systems', () => {
  const answers: InspectionAnswers = { drill: 'no' };
  assert.equal(remediationTasksFor(template, answers, { ...options, unitHasLevel3Plus: false }).length, 0);
  assert.equal(remediationTasksFor(template, answers, { ...options, unitHasLevel3Plus: true }).length, 1);
  assert.equal(remediationTasksFor(template, answers, options).length, 1);
});

test('a bad inspection date is rejected', () => {
  assert.throws(() =>
    remediationTasksFor(template, { av: 'no' }, { ...options, inspectionDate: '20/11/2025' }),
  );
});

test('inspectionResult counts answers; partial counts half', () => {
  const answers: InspectionAnswers = { av: 'yes', usb: 'partial', ups: 'no', drill: 'not_applicable' };
  assert.deepEqual(inspectionResult(template, answers), {
    passed: 1,
    failed: 1,
    partial: 1,
    na: 1,
    unanswered: 1,
    compliancePercent: 50,
  });
});

test('inspectionResult: inapplicable level-3 items count as n/a; nothing judged gives null', () => {
  const result = inspectionResult(template, { drill: 'no', av: 'yes' }, { unitHasLevel3Plus: false });
  assert.equal(result.failed, 0);
  assert.equal(result.na, 1);
  assert.equal(result.compliancePercent, 100);
  assert.equal(inspectionResult(template, {}).compliancePercent, null);
});

test('compareYears: improved, regressed, same and not comparable', () => {
  const prev: InspectionAnswers = {
    av: 'no',
    usb: 'yes',
    ups: 'partial',
    drill: 'not_applicable',
    old: 'no',
  };
  const curr: InspectionAnswers = { av: 'partial', usb: 'no', ups: 'partial', drill: 'yes', logs: 'yes' };
  assert.deepEqual(compareYears(prev, curr), [
    { itemKey: 'av', previous: 'no', current: 'partial', change: 'improved' },
    { itemKey: 'usb', previous: 'yes', current: 'no', change: 'regressed' },
    { itemKey: 'ups', previous: 'partial', current: 'partial', change: 'same' },
    { itemKey: 'drill', previous: 'not_applicable', current: 'yes', change: 'not_comparable' },
    { itemKey: 'logs', previous: null, current: 'yes', change: 'not_comparable' },
    { itemKey: 'old', previous: 'no', current: null, change: 'not_comparable' },
  ]);
});
