import type { RouteObject } from 'react-router';
import { PlanEditorPage } from './pages/plan-editor-page.tsx';
import { ReportsPage } from './pages/reports-page.tsx';

/** The reports module's pages (registered in app/router.tsx). */
export const REPORT_ROUTES: RouteObject[] = [
  { path: '/reports', element: <ReportsPage /> },
  { path: '/reports/plans/:year', element: <PlanEditorPage /> },
];
