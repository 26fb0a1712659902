import { lazy } from 'react';
import type { RouteObject } from 'react-router';

// Each page its own chunk, loaded when opened (decision 0033): the report form comes without the
// admin, chart or document pages. AppLayout's Suspense shows a loader meanwhile.
const PlanEditorPage = lazy(() =>
  import('./pages/plan-editor-page.tsx').then((m) => ({ default: m.PlanEditorPage })),
);
const ReportsPage = lazy(() => import('./pages/reports-page.tsx').then((m) => ({ default: m.ReportsPage })));

/** The reports module's pages (registered in app/router.tsx). */
export const REPORT_ROUTES: RouteObject[] = [
  { path: '/reports', element: <ReportsPage /> },
  { path: '/reports/plans/:year', element: <PlanEditorPage /> },
];
