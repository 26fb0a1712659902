import { type Static, Type } from '@sinclair/typebox';
import type { LocalizedText } from '../i18n-text.ts';
import { RefId } from '../refs.ts';

/**
 * Response budget (seed III: town budget; IV.1: the focal office drafts the estimate; IV.3: Phòng
 * Tài chính – Kế hoạch advises and allocates). Money is an integer number of đồng: the đồng has no
 * subunit in use, and integers keep totals exact.
 */
export const BUDGET_CATEGORIES = [
  'equipment',
  'licences',
  'services',
  'training',
  'drills',
  'contingency',
  'other',
] as const;
export type BudgetCategory = (typeof BUDGET_CATEGORIES)[number];

export const BUDGET_CATEGORY_LABELS: Record<BudgetCategory, LocalizedText> = {
  equipment: { vi: 'Trang bị, nâng cấp thiết bị, công cụ', en: 'Equipment and tools' },
  licences: { vi: 'Gia hạn bản quyền phần mềm', en: 'Software licences' },
  services: { vi: 'Thuê dịch vụ bảo đảm an toàn thông tin', en: 'Security services' },
  training: { vi: 'Tập huấn, tuyên truyền', en: 'Training and awareness' },
  drills: { vi: 'Diễn tập ứng cứu sự cố', en: 'Response drills' },
  contingency: { vi: 'Dự phòng ứng cứu, khắc phục sự cố', en: 'Incident response contingency' },
  other: { vi: 'Chi khác', en: 'Other' },
};

export const BUDGET_LINE_STATUSES = ['draft', 'submitted', 'approved', 'rejected'] as const;
export type BudgetLineStatus = (typeof BUDGET_LINE_STATUSES)[number];

export const BUDGET_LINE_STATUS_LABELS: Record<BudgetLineStatus, LocalizedText> = {
  draft: { vi: 'Dự thảo', en: 'Draft' },
  submitted: { vi: 'Đã trình thẩm định', en: 'Submitted' },
  approved: { vi: 'Đã phê duyệt', en: 'Approved' },
  rejected: { vi: 'Không phê duyệt', en: 'Rejected' },
};

const Vnd = Type.Integer({ minimum: 0, maximum: Number.MAX_SAFE_INTEGER });
const literals = <T extends string>(values: readonly T[]) => Type.Union(values.map((v) => Type.Literal(v)));

export const BudgetLineInputSchema = Type.Object(
  {
    fiscalYear: Type.Integer({ minimum: 2000, maximum: 2100 }),
    category: literals(BUDGET_CATEGORIES),
    title: Type.String({ minLength: 1, maxLength: 300 }),
    /** Estimate in đồng. */
    amount: Vnd,
    note: Type.Optional(Type.String({ maxLength: 2000 })),
  },
  { additionalProperties: false },
);
export type BudgetLineInput = Static<typeof BudgetLineInputSchema>;

export const SpendingInputSchema = Type.Object(
  {
    lineId: RefId('budget_line'),
    amount: Vnd,
    spentOn: Type.String({ format: 'date' }),
    note: Type.Optional(Type.String({ maxLength: 2000 })),
  },
  { additionalProperties: false },
);
export type SpendingInput = Static<typeof SpendingInputSchema>;

// ---------------------------------------------------------------------------------------------
// Status rule: the focal office drafts and submits; only finance decides (seed IV.3).

/** The role that holds the budget 'approve' permission. */
export const BUDGET_APPROVER_ROLE = 'finance';

export interface BudgetActor {
  roles: readonly string[];
}

const TRANSITIONS: Record<BudgetLineStatus, readonly BudgetLineStatus[]> = {
  draft: ['submitted'],
  // Withdrawing back to draft lets the focal office fix a submitted line before finance decides.
  submitted: ['approved', 'rejected', 'draft'],
  // An approved line is the allocation of record: change it with a new line, not an edit.
  approved: [],
  rejected: ['draft'],
};

export type BudgetTransitionCheck =
  | { ok: true }
  | { ok: false; code: 'budget.invalid_transition' | 'budget.approver_required' };

export function canApproveBudget(actor: BudgetActor): boolean {
  return actor.roles.includes(BUDGET_APPROVER_ROLE);
}

/** Approving or rejecting needs the finance role; other moves follow the transition table. */
export function checkBudgetTransition(
  actor: BudgetActor,
  from: BudgetLineStatus,
  to: BudgetLineStatus,
): BudgetTransitionCheck {
  if (!TRANSITIONS[from].includes(to)) return { ok: false, code: 'budget.invalid_transition' };
  if ((to === 'approved' || to === 'rejected') && !canApproveBudget(actor)) {
    return { ok: false, code: 'budget.approver_required' };
  }
  return { ok: true };
}

// ---------------------------------------------------------------------------------------------
// Totals.

export interface BudgetLineForTotals {
  id: string;
  category: BudgetCategory;
  status: BudgetLineStatus;
  amount: number;
}

export interface SpendingForTotals {
  lineId: string;
  amount: number;
}

export interface CategoryTotals {
  category: BudgetCategory;
  /** Non-rejected lines: what the focal office asks for. */
  requested: number;
  /** Approved lines: the allocation. */
  estimate: number;
  actual: number;
  /** estimate − actual; negative means overspent. */
  variance: number;
}

export interface BudgetTotals {
  categories: CategoryTotals[];
  total: Omit<CategoryTotals, 'category'>;
  /** Spending whose line is unknown: shown to the user rather than silently dropped. */
  unmatchedSpending: number;
}

function assertVnd(n: number, what: string): void {
  if (!Number.isSafeInteger(n) || n < 0)
    throw new RangeError(`${what} must be a whole, non-negative number of đồng: ${n}`);
}

function add(a: number, b: number): number {
  const sum = a + b;
  if (!Number.isSafeInteger(sum)) throw new RangeError('budget total exceeds the safe integer range');
  return sum;
}

/** Per category, in the order of BUDGET_CATEGORIES; spending is attributed to its line's category. */
export function budgetTotals(
  lines: readonly BudgetLineForTotals[],
  spending: readonly SpendingForTotals[],
): BudgetTotals {
  const rows = new Map<BudgetCategory, CategoryTotals>(
    BUDGET_CATEGORIES.map((category) => [
      category,
      { category, requested: 0, estimate: 0, actual: 0, variance: 0 },
    ]),
  );
  const categoryOfLine = new Map<string, BudgetCategory>();
  for (const line of lines) {
    assertVnd(line.amount, `line ${line.id} amount`);
    categoryOfLine.set(line.id, line.category);
    const row = rows.get(line.category)!;
    if (line.status !== 'rejected') row.requested = add(row.requested, line.amount);
    if (line.status === 'approved') row.estimate = add(row.estimate, line.amount);
  }
  let unmatchedSpending = 0;
  for (const entry of spending) {
    assertVnd(entry.amount, `spending on line ${entry.lineId}`);
    const category = categoryOfLine.get(entry.lineId);
    if (category === undefined) {
      unmatchedSpending = add(unmatchedSpending, entry.amount);
      continue;
    }
    const row = rows.get(category)!;
    row.actual = add(row.actual, entry.amount);
  }
  const categories = [...rows.values()].map((row) => ({ ...row, variance: row.estimate - row.actual }));
  const total = categories.reduce(
    (acc, row) => ({
      requested: add(acc.requested, row.requested),
      estimate: add(acc.estimate, row.estimate),
      actual: add(acc.actual, row.actual),
      variance: 0,
    }),
    { requested: 0, estimate: 0, actual: 0, variance: 0 },
  );
  total.variance = total.estimate - total.actual;
  return { categories, total, unmatchedSpending };
}

/** Vietnamese money format: dots group thousands, the symbol follows: 1234567 → "1.234.567 ₫". */
export function formatVnd(n: number): string {
  if (!Number.isSafeInteger(n)) throw new RangeError(`not a whole number of đồng: ${n}`);
  const digits = String(Math.abs(n)).replace(/\B(?=(\d{3})+(?!\d))/g, '.');
  return `${n < 0 ? '-' : ''}${digits} ₫`;
}
