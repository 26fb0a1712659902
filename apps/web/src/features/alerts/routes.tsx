import { lazy } from 'react';
import type { RouteObject } from 'react-router';

// Each page its own chunk, loaded when opened (decision 0033): the report form comes without the
// admin, chart or document pages. AppLayout's Suspense shows a loader meanwhile.
const AlertGroupPage = lazy(() =>
  import('./pages/alert-group-page.tsx').then((m) => ({ default: m.AlertGroupPage })),
);
const AlertSourcesPage = lazy(() =>
  import('./pages/alert-sources-page.tsx').then((m) => ({ default: m.AlertSourcesPage })),
);
const AlertsPage = lazy(() => import('./pages/alerts-page.tsx').then((m) => ({ default: m.AlertsPage })));
const SuppressionsPage = lazy(() =>
  import('./pages/suppressions-page.tsx').then((m) => ({ default: m.SuppressionsPage })),
);
const UnmappedPage = lazy(() =>
  import('./pages/unmapped-page.tsx').then((m) => ({ default: m.UnmappedPage })),
);

/** The alert screens (registered in app/router.tsx; in the menu under "Giám sát"). */
export const ALERT_ROUTES: RouteObject[] = [
  { path: '/alerts', element: <AlertsPage /> },
  { path: '/alerts/groups/:id', element: <AlertGroupPage /> },
  { path: '/alerts/unmapped', element: <UnmappedPage /> },
  { path: '/alerts/suppressions', element: <SuppressionsPage /> },
  { path: '/alerts/sources', element: <AlertSourcesPage /> },
];
