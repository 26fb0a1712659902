import { type Actor, allowedActions } from '@ungcuu/domain/auth/permissions.ts';
import { checkBudgetTransition } from '@ungcuu/domain/budget/budget.ts';
import type { BudgetLineView, SpendingView } from '@ungcuu/domain/budget/budget-api.ts';
import type { BudgetSpendingRow } from '../db/schema-preparedness.ts';
import { toDay, toInt, toIso } from '../shared/row-values.ts';
import type { BudgetLineWithTotals } from './budget.repository.ts';

/** Approving is offered only on a submitted line, to whoever the domain's approval rule lets decide. */
function lineActions(actor: Actor, row: BudgetLineWithTotals): string[] {
  const status = row.status as BudgetLineView['status'];
  return allowedActions(actor, ['budget.manage', 'budget.approve'], { unitIds: [row.unit_id] }).filter(
    (action) => action !== 'budget.approve' || checkBudgetTransition(actor, status, 'approved').ok,
  );
}

export function budgetLineView(actor: Actor, row: BudgetLineWithTotals): BudgetLineView {
  return {
    id: row.id,
    fiscalYear: row.fiscal_year,
    unitId: row.unit_id,
    unitName: row.unit_name,
    category: row.category as BudgetLineView['category'],
    title: row.title,
    amount: toInt(row.amount),
    spent: toInt(row.spent),
    status: row.status as BudgetLineView['status'],
    link:
      row.link_kind && row.link_id
        ? { kind: row.link_kind as NonNullable<BudgetLineView['link']>['kind'], id: row.link_id }
        : null,
    note: row.note,
    decidedBy: row.decided_by,
    decidedAt: toIso(row.decided_at),
    decisionNote: row.decision_note,
    version: row.version,
    createdAt: toIso(row.created_at)!,
    updatedAt: toIso(row.updated_at)!,
    allowedActions: lineActions(actor, row),
  };
}

export function spendingView(row: BudgetSpendingRow): SpendingView {
  return {
    id: row.id,
    lineId: row.line_id,
    amount: toInt(row.amount),
    spentOn: toDay(row.spent_on)!,
    note: row.note,
    createdBy: row.created_by,
    createdAt: toIso(row.created_at)!,
  };
}
