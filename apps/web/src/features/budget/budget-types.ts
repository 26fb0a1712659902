// Shapes of the budget API (GET /api/budget/…), derived from the response schemas. Money is whole đồng.

export type {
  BudgetEstimate,
  BudgetHistoryEntry,
  BudgetLineDetail,
  BudgetLineView,
  BudgetTotalsView,
  EstimateResource,
  SpendingView,
} from '@ungcuu/domain/budget/budget-api.ts';
