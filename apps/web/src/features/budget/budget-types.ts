import type { BudgetCategory, BudgetLineStatus } from '@ungcuu/domain/budget/budget.ts';

// Shapes of the budget API (GET /api/budget/…). Money is whole đồng.

export type BudgetAction = 'budget.manage' | 'budget.approve';

export interface BudgetLineView {
  id: string;
  fiscalYear: number;
  unitId: string;
  unitName: string;
  category: BudgetCategory;
  title: string;
  amount: number;
  spent: number;
  status: BudgetLineStatus;
  link: { kind: 'readiness_item' | 'inspection_finding' | 'risk_treatment'; id: string } | null;
  note: string | null;
  decidedBy: string | null;
  decidedAt: string | null;
  decisionNote: string | null;
  version: number;
  createdAt: string;
  updatedAt: string;
  allowedActions: BudgetAction[];
}

export interface SpendingView {
  id: string;
  lineId: string;
  amount: number;
  spentOn: string;
  note: string | null;
  createdBy: string | null;
  createdAt: string;
}

export interface BudgetLineDetail extends BudgetLineView {
  spending: SpendingView[];
}

export interface Totals {
  requested: number;
  estimate: number;
  actual: number;
  variance: number;
}

export interface BudgetTotalsView {
  year: number;
  unitId: string | null;
  categories: (Totals & { category: BudgetCategory })[];
  total: Totals;
  unmatchedSpending: number;
}
