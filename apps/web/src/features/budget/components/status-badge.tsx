import { Badge } from '@mantine/core';
import { BUDGET_LINE_STATUS_LABELS, type BudgetLineStatus } from '@ungcuu/domain/budget/budget.ts';
import { useLocale } from '../../../i18n/i18n.ts';

const COLOR: Record<BudgetLineStatus, string> = {
  draft: 'gray',
  submitted: 'blue',
  appraised: 'violet',
  approved: 'teal',
  rejected: 'red',
};

export function BudgetStatusBadge({ status }: { status: BudgetLineStatus }) {
  const { label } = useLocale();
  return (
    <Badge color={COLOR[status]} variant="light" data-testid="budget-status">
      {label(BUDGET_LINE_STATUS_LABELS[status])}
    </Badge>
  );
}
