import type { RouteObject } from 'react-router';
import { BudgetLinePage } from './pages/budget-line-page.tsx';
import { BudgetPage } from './pages/budget-page.tsx';

/** The budget module's pages (registered in app/router.tsx). */
export const BUDGET_ROUTES: RouteObject[] = [
  { path: '/budget', element: <BudgetPage /> },
  { path: '/budget/lines/:id', element: <BudgetLinePage /> },
];
