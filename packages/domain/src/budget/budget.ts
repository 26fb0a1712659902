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

export const BUDGET_LINE_STATUSES = ['draft', 'submitted', 'appraised', 'approved', 'rejected'] as const;
export type BudgetLineStatus = (typeof BUDGET_LINE_STATUSES)[number];

export const BUDGET_LINE_STATUS_LABELS: Record<BudgetLineStatus, LocalizedText> = {
  draft: { vi: 'Dự thảo', en: 'Draft' },
  submitted: { vi: 'Đã trình thẩm định', en: 'Submitted for appraisal' },
  appraised: { vi: 'Đã thẩm định, chờ quyết định', en: 'Appraised, awaiting decision' },
  approved: { vi: 'Đã phê duyệt', en: 'Approved' },
  rejected: { vi: 'Không phê duyệt', en: 'Rejected' },
};

/** Seed III: "kinh phí ... từ ngân sách thị xã và các nguồn hợp pháp khác". */
export const FUNDING_SOURCES = ['town_budget', 'other_lawful'] as const;
export type FundingSource = (typeof FUNDING_SOURCES)[number];
export const FUNDING_SOURCE_LABELS: Record<FundingSource, LocalizedText> = {
  town_budget: { vi: 'Ngân sách thị xã', en: 'Town budget' },
  other_lawful: { vi: 'Nguồn hợp pháp khác', en: 'Other lawful sources' },
};

/** What the finance office advises (seed IV.3: "tham mưu"). */
export const APPRAISAL_RECOMMENDATIONS = ['approve', 'reduce', 'reject'] as const;
export type AppraisalRecommendation = (typeof APPRAISAL_RECOMMENDATIONS)[number];
export const APPRAISAL_LABELS: Record<AppraisalRecommendation, LocalizedText> = {
  approve: { vi: 'Đề nghị phê duyệt', en: 'Recommend approval' },
  reduce: { vi: 'Đề nghị điều chỉnh giảm', en: 'Recommend a reduced amount' },
  reject: { vi: 'Đề nghị không phê duyệt', en: 'Recommend rejection' },
};

/** What the People's Committee decides. */
export const BUDGET_DECISIONS = ['approve', 'reject'] as const;
export type BudgetDecision = (typeof BUDGET_DECISIONS)[number];

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
    /** Default: the town budget. */
    fundingSource: Type.Optional(literals(FUNDING_SOURCES)),
    fundingNote: Type.Optional(Type.String({ maxLength: 500 })),
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

export const AppraisalInputSchema = Type.Object(
  {
    recommendation: literals(APPRAISAL_RECOMMENDATIONS),
    /** Needed when reducing; otherwise the amount asked (approve) or none (reject). */
    proposedAmount: Type.Optional(Vnd),
    note: Type.Optional(Type.String({ maxLength: 2000 })),
  },
  { additionalProperties: false },
);
export type AppraisalInput = Static<typeof AppraisalInputSchema>;

export const DecisionInputSchema = Type.Object(
  {
    decision: literals(BUDGET_DECISIONS),
    /** Approving: the amount approved (default: finance's proposed amount, else the amount asked). */
    amount: Type.Optional(Vnd),
    note: Type.Optional(Type.String({ maxLength: 2000 })),
  },
  { additionalProperties: false },
);
export type DecisionInput = Static<typeof DecisionInputSchema>;

// ---------------------------------------------------------------------------------------------
// Status rule (seed IV.1, IV.3; docs/decisions/0026): the focal office drafts and submits, the
// finance office appraises (advises), the People's Committee's leader decides.

/** The role that appraises (Phòng Tài chính – Kế hoạch). */
export const BUDGET_APPRAISER_ROLE = 'finance';
/** The role that decides (lãnh đạo UBND). */
export const BUDGET_DECIDER_ROLE = 'leader';

export interface BudgetActor {
  roles: readonly string[];
}

const TRANSITIONS: Record<BudgetLineStatus, readonly BudgetLineStatus[]> = {
  draft: ['submitted'],
  // Withdrawing back to draft lets the focal office fix a submitted line before finance appraises it.
  submitted: ['appraised', 'draft'],
  appraised: ['approved', 'rejected'],
  // An approved line is the allocation of record: change it with a new line, not an edit.
  approved: [],
  rejected: ['draft'],
};

export type BudgetCheckCode =
  | 'budget.invalid_transition'
  | 'budget.appraiser_required'
  | 'budget.decider_required'
  | 'budget.appraisal_invalid'
  | 'budget.decision_invalid';
export type BudgetTransitionCheck = { ok: true } | { ok: false; code: BudgetCheckCode };

export function canAppraiseBudget(actor: BudgetActor): boolean {
  return actor.roles.includes(BUDGET_APPRAISER_ROLE);
}
export function canDecideBudget(actor: BudgetActor): boolean {
  return actor.roles.includes(BUDGET_DECIDER_ROLE);
}

/** Appraising needs the finance role, deciding the leader role; other moves follow the table. */
export function checkBudgetTransition(
  actor: BudgetActor,
  from: BudgetLineStatus,
  to: BudgetLineStatus,
): BudgetTransitionCheck {
  if (!TRANSITIONS[from].includes(to)) return { ok: false, code: 'budget.invalid_transition' };
  if (to === 'appraised' && !canAppraiseBudget(actor))
    return { ok: false, code: 'budget.appraiser_required' };
  if ((to === 'approved' || to === 'rejected') && !canDecideBudget(actor))
    return { ok: false, code: 'budget.decider_required' };
  return { ok: true };
}

/**
 * Finance's recommendation: approving proposes the amount asked (or the amount given, not more);
 * reducing needs a smaller amount and a reason; rejecting needs a reason and proposes nothing.
 */
export function appraisalOutcome(
  asked: number,
  input: AppraisalInput,
): { ok: true; proposedAmount: number | null } | { ok: false; code: 'budget.appraisal_invalid' } {
  const note = input.note?.trim() ?? '';
  switch (input.recommendation) {
    case 'approve':
      if (input.proposedAmount !== undefined && input.proposedAmount !== asked)
        return { ok: false, code: 'budget.appraisal_invalid' };
      return { ok: true, proposedAmount: asked };
    case 'reduce':
      if (input.proposedAmount === undefined || input.proposedAmount >= asked || note === '')
        return { ok: false, code: 'budget.appraisal_invalid' };
      return { ok: true, proposedAmount: input.proposedAmount };
    case 'reject':
      if (input.proposedAmount !== undefined || note === '')
        return { ok: false, code: 'budget.appraisal_invalid' };
      return { ok: true, proposedAmount: null };
  }
}

/**
 * The leader's decision: approving sets the allocation (default finance's proposal, else the amount
 * asked; never more than asked); rejecting needs a reason.
 */
export function decisionOutcome(
  asked: number,
  proposed: number | null,
  input: DecisionInput,
): { ok: true; approvedAmount: number | null } | { ok: false; code: 'budget.decision_invalid' } {
  if (input.decision === 'reject') {
    if (input.amount !== undefined || (input.note?.trim() ?? '') === '')
      return { ok: false, code: 'budget.decision_invalid' };
    return { ok: true, approvedAmount: null };
  }
  const amount = input.amount ?? proposed ?? asked;
  if (amount > asked || amount === 0) return { ok: false, code: 'budget.decision_invalid' };
  return { ok: true, approvedAmount: amount };
}

// ---------------------------------------------------------------------------------------------
// Totals.

export interface BudgetLineForTotals {
  id: string;
  category: BudgetCategory;
  status: BudgetLineStatus;
  amount: number;
  /** What the leader approved; when absent an approved line counts at its amount. */
  approvedAmount?: number | null;
}

export interface SpendingForTotals {
  lineId: string;
  amount: number;
}

export interface CategoryTotals {
  category: BudgetCategory;
  /** Non-rejected lines: what the focal office asks for. */
  requested: number;
  /** Approved lines at the approved amount: the allocation. */
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
    if (line.status === 'approved') row.estimate = add(row.estimate, line.approvedAmount ?? line.amount);
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
