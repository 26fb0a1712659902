import type { RouteObject } from 'react-router';
import { BudgetPage } from './pages/budget-page.tsx';

/** The budget module's page (registered in app/router.tsx). */
export const BUDGET_ROUTES: RouteObject[] = [{ path: '/budget', element: <BudgetPage /> }];
