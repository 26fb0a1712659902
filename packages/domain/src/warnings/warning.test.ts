import assert from 'node:assert/strict';
import { test } from 'node:test';
import { nextTargetStatus, planTargets, targetingAllowed, targetOverdue } from './warning.ts';

const units = [
  { id: 'a', type: 'commune' },
  { id: 'b', type: 'agency' },
  { id: 'c', type: 'commune' },
  { id: 'f', type: 'focal_office' },
];
const sys = {
  systemId: 's',
  systemName: 'Cổng',
  vendor: 'Apache',
  product: 'HTTP Server',
  version: '2.4.57',
  versionRange: '< 2.4.58',
};

test('planTargets: each mode picks its units and says why', () => {
  const matches = new Map([['b', [sys]]]);
  assert.deepEqual(
    planTargets({ mode: 'all' }, units, matches).map((t) => t.unitId),
    ['a', 'b', 'c'],
  );
  assert.deepEqual(
    planTargets({ mode: 'unit_types', unitTypes: ['commune'] }, units, matches).map((t) => [
      t.unitId,
      t.reason,
    ]),
    [
      ['a', 'unit_type'],
      ['c', 'unit_type'],
    ],
  );
  assert.deepEqual(
    planTargets({ mode: 'units', unitIds: ['c'] }, units, matches).map((t) => t.reason),
    ['hand_picked'],
  );
  const byProduct = planTargets({ mode: 'products' }, units, matches);
  assert.deepEqual(byProduct, [{ unitId: 'b', reason: 'product', matchedSystems: [sys] }]);
});

test('TLP:RED only to hand-picked units', () => {
  assert.ok(targetingAllowed('RED', { mode: 'units', unitIds: ['a'] }));
  assert.ok(!targetingAllowed('RED', { mode: 'all' }));
  assert.ok(!targetingAllowed('RED', { mode: 'products' }));
  assert.ok(targetingAllowed('AMBER+STRICT', { mode: 'products' }));
});

test('target moves: acknowledge once, report from sent or acknowledged, correct a report', () => {
  assert.equal(nextTargetStatus('sent', 'acknowledge'), 'acknowledged');
  assert.equal(nextTargetStatus('acknowledged', 'acknowledge'), null);
  assert.equal(nextTargetStatus('acknowledged', 'done'), 'done');
  assert.equal(nextTargetStatus('sent', 'cannot_do'), 'cannot_do');
  assert.equal(nextTargetStatus('done', 'not_applicable'), 'not_applicable');
});

test('overdue: open after the deadline day only', () => {
  assert.ok(targetOverdue('sent', '2026-12-01', '2026-12-02'));
  assert.ok(!targetOverdue('sent', '2026-12-01', '2026-12-01'));
  assert.ok(!targetOverdue('done', '2026-12-01', '2026-12-09'));
  assert.ok(!targetOverdue('acknowledged', null, '2026-12-09'));
});
