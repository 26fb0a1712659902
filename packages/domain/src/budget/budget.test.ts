import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import {
  appraisalOutcome,
  BUDGET_CATEGORIES,
  BUDGET_CATEGORY_LABELS,
  BUDGET_LINE_STATUSES,
  type BudgetLineForTotals,
  type BudgetLineStatus,
  budgetTotals,
  checkBudgetTransition,
  decisionOutcome,
  formatVnd,
} from './budget.ts';

const finance = { roles: ['finance'] };
const coordinator = { roles: ['coordinator'] };
const leader = { roles: ['leader'] };

function buildLine(id: string, overrides: Partial<BudgetLineForTotals> = {}): BudgetLineForTotals {
  return { id, category: 'licences', status: 'approved', amount: 10_000_000, ...overrides };
}

test('every category has vi/en labels', () => {
  for (const c of BUDGET_CATEGORIES) assert.ok(BUDGET_CATEGORY_LABELS[c].vi && BUDGET_CATEGORY_LABELS[c].en);
});

test('finance appraises, the leader decides (seed IV.3)', () => {
  assert.deepEqual(checkBudgetTransition(finance, 'submitted', 'appraised'), { ok: true });
  assert.deepEqual(checkBudgetTransition(leader, 'appraised', 'approved'), { ok: true });
  assert.deepEqual(checkBudgetTransition(leader, 'appraised', 'rejected'), { ok: true });
  assert.deepEqual(checkBudgetTransition(coordinator, 'submitted', 'appraised'), {
    ok: false,
    code: 'budget.appraiser_required',
  });
  assert.deepEqual(checkBudgetTransition(leader, 'submitted', 'appraised'), {
    ok: false,
    code: 'budget.appraiser_required',
  });
  assert.deepEqual(checkBudgetTransition(finance, 'appraised', 'approved'), {
    ok: false,
    code: 'budget.decider_required',
  });
  assert.deepEqual(checkBudgetTransition({ roles: [] }, 'appraised', 'rejected'), {
    ok: false,
    code: 'budget.decider_required',
  });
});

test('transition table', () => {
  const allowed: [BudgetLineStatus, BudgetLineStatus][] = [
    ['draft', 'submitted'],
    ['submitted', 'appraised'],
    ['submitted', 'draft'],
    ['appraised', 'approved'],
    ['appraised', 'rejected'],
    ['rejected', 'draft'],
  ];
  const everyone = { roles: ['finance', 'leader'] };
  for (const from of BUDGET_LINE_STATUSES) {
    for (const to of BUDGET_LINE_STATUSES) {
      const expected = allowed.some(([f, t]) => f === from && t === to);
      assert.equal(checkBudgetTransition(everyone, from, to).ok, expected, `${from} → ${to}`);
    }
  }
  // Deciding straight from submitted skips finance's appraisal, even for the leader.
  assert.deepEqual(checkBudgetTransition(leader, 'submitted', 'approved'), {
    ok: false,
    code: 'budget.invalid_transition',
  });
});

test('appraisal: approve proposes the amount asked, reduce needs less and a reason, reject a reason', () => {
  assert.deepEqual(appraisalOutcome(100, { recommendation: 'approve' }), { ok: true, proposedAmount: 100 });
  assert.deepEqual(appraisalOutcome(100, { recommendation: 'reduce', proposedAmount: 80, note: 'báo giá' }), {
    ok: true,
    proposedAmount: 80,
  });
  assert.deepEqual(appraisalOutcome(100, { recommendation: 'reject', note: 'trùng dự án' }), {
    ok: true,
    proposedAmount: null,
  });
  for (const bad of [
    { recommendation: 'approve', proposedAmount: 90 },
    { recommendation: 'reduce', proposedAmount: 100, note: 'x' },
    { recommendation: 'reduce', proposedAmount: 50, note: '  ' },
    { recommendation: 'reject' },
    { recommendation: 'reject', proposedAmount: 0, note: 'x' },
  ] as const)
    assert.equal(appraisalOutcome(100, bad).ok, false, JSON.stringify(bad));
});

test('decision: approve at the proposal by default, never above the amount asked; reject needs a reason', () => {
  assert.deepEqual(decisionOutcome(100, 80, { decision: 'approve' }), { ok: true, approvedAmount: 80 });
  assert.deepEqual(decisionOutcome(100, null, { decision: 'approve' }), { ok: true, approvedAmount: 100 });
  assert.deepEqual(decisionOutcome(100, 80, { decision: 'approve', amount: 95 }), {
    ok: true,
    approvedAmount: 95,
  });
  assert.equal(decisionOutcome(100, 80, { decision: 'approve', amount: 101 }).ok, false);
  assert.equal(decisionOutcome(100, 80, { decision: 'approve', amount: 0 }).ok, false);
  assert.equal(decisionOutcome(100, 80, { decision: 'reject' }).ok, false);
  assert.deepEqual(decisionOutcome(100, 80, { decision: 'reject', note: 'chưa cần thiết' }), {
    ok: true,
    approvedAmount: null,
  });
});

test('an approved line counts in the estimate at the approved amount', () => {
  const t = budgetTotals([buildLine('a', { amount: 100, approvedAmount: 70 })], []);
  assert.equal(t.total.estimate, 70);
  assert.equal(t.total.requested, 100);
});

test('budgetTotals: estimate from approved lines, requested from non-rejected, actual from spending', () => {
  const lines = [
    buildLine('l1', { category: 'licences', amount: 12_000_000 }),
    buildLine('l2', { category: 'licences', status: 'submitted', amount: 3_000_000 }),
    buildLine('l3', { category: 'training', amount: 5_000_000 }),
    buildLine('l4', { category: 'drills', status: 'rejected', amount: 40_000_000 }),
  ];
  const spending = [
    { lineId: 'l1', amount: 11_500_000 },
    { lineId: 'l3', amount: 6_200_000 },
    { lineId: 'ghost', amount: 100_000 },
  ];
  const totals = budgetTotals(lines, spending);
  assert.deepEqual(
    totals.categories.map((c) => c.category),
    [...BUDGET_CATEGORIES],
  );
  const licences = totals.categories.find((c) => c.category === 'licences');
  assert.deepEqual(licences, {
    category: 'licences',
    requested: 15_000_000,
    estimate: 12_000_000,
    actual: 11_500_000,
    variance: 500_000,
  });
  const training = totals.categories.find((c) => c.category === 'training');
  assert.equal(training?.variance, -1_200_000);
  const drills = totals.categories.find((c) => c.category === 'drills');
  assert.deepEqual(drills, { category: 'drills', requested: 0, estimate: 0, actual: 0, variance: 0 });
  assert.deepEqual(totals.total, {
    requested: 20_000_000,
    estimate: 17_000_000,
    actual: 17_700_000,
    variance: -700_000,
  });
  assert.equal(totals.unmatchedSpending, 100_000);
});

test('budgetTotals rejects fractional or negative đồng', () => {
  assert.throws(() => budgetTotals([buildLine('l1', { amount: 1.5 })], []), RangeError);
  assert.throws(() => budgetTotals([buildLine('l1')], [{ lineId: 'l1', amount: -1 }]), RangeError);
});

test('property: totals are integers and equal the sums of their parts', () => {
  const line = fc.record({
    id: fc.constantFrom('a', 'b', 'c', 'd'),
    category: fc.constantFrom(...BUDGET_CATEGORIES),
    status: fc.constantFrom(...BUDGET_LINE_STATUSES),
    amount: fc.integer({ min: 0, max: 10_000_000_000 }),
  });
  const spend = fc.record({
    lineId: fc.constantFrom('a', 'b', 'c', 'd', 'x'),
    amount: fc.integer({ min: 0, max: 1e9 }),
  });
  fc.assert(
    fc.property(fc.array(line, { maxLength: 20 }), fc.array(spend, { maxLength: 20 }), (lines, spending) => {
      const totals = budgetTotals(lines, spending);
      const approved = lines.filter((l) => l.status === 'approved').reduce((s, l) => s + l.amount, 0);
      assert.equal(totals.total.estimate, approved);
      const spent = spending.reduce((s, x) => s + x.amount, 0);
      assert.equal(totals.total.actual + totals.unmatchedSpending, spent);
      for (const c of totals.categories) {
        assert.ok(Number.isSafeInteger(c.actual) && Number.isSafeInteger(c.variance));
        assert.equal(c.variance, c.estimate - c.actual);
      }
    }),
  );
});

test('formatVnd uses dots for thousands and the đồng sign after', () => {
  assert.equal(formatVnd(1_234_567), '1.234.567 ₫');
  assert.equal(formatVnd(0), '0 ₫');
  assert.equal(formatVnd(999), '999 ₫');
  assert.equal(formatVnd(1000), '1.000 ₫');
  assert.equal(formatVnd(-1_200_000), '-1.200.000 ₫');
  assert.equal(formatVnd(150_000_000_000), '150.000.000.000 ₫');
  assert.throws(() => formatVnd(1.5), RangeError);
});
