import { lazy } from 'react';
import type { RouteObject } from 'react-router';

// Each page its own chunk, loaded when opened (decision 0033): the report form comes without the
// admin, chart or document pages. AppLayout's Suspense shows a loader meanwhile.
const BudgetLinePage = lazy(() =>
  import('./pages/budget-line-page.tsx').then((m) => ({ default: m.BudgetLinePage })),
);
const BudgetPage = lazy(() => import('./pages/budget-page.tsx').then((m) => ({ default: m.BudgetPage })));

/** The budget module's pages (registered in app/router.tsx). */
export const BUDGET_ROUTES: RouteObject[] = [
  { path: '/budget', element: <BudgetPage /> },
  { path: '/budget/lines/:id', element: <BudgetLinePage /> },
];
