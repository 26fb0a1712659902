import { lazy } from 'react';
import type { RouteObject } from 'react-router';

// Each page its own chunk, loaded when opened (decision 0033): the report form comes without the
// admin, chart or document pages. AppLayout's Suspense shows a loader meanwhile.
const MonitorPage = lazy(() => import('./pages/monitor-page.tsx').then((m) => ({ default: m.MonitorPage })));
const MonitorsPage = lazy(() =>
  import('./pages/monitors-page.tsx').then((m) => ({ default: m.MonitorsPage })),
);
const UnitStatusPage = lazy(() =>
  import('./pages/unit-status-page.tsx').then((m) => ({ default: m.UnitStatusPage })),
);

/** The monitoring module's pages (registered in app/router.tsx). */
export const MONITORING_ROUTES: RouteObject[] = [
  { path: '/monitoring', element: <MonitorsPage /> },
  { path: '/monitoring/status/:unitId', element: <UnitStatusPage /> },
  { path: '/monitoring/:id', element: <MonitorPage /> },
];
