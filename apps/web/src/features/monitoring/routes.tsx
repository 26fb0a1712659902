import type { RouteObject } from 'react-router';
import { MonitorPage } from './pages/monitor-page.tsx';
import { MonitorsPage } from './pages/monitors-page.tsx';
import { UnitStatusPage } from './pages/unit-status-page.tsx';

/** The monitoring module's pages (registered in app/router.tsx). */
export const MONITORING_ROUTES: RouteObject[] = [
  { path: '/monitoring', element: <MonitorsPage /> },
  { path: '/monitoring/status/:unitId', element: <UnitStatusPage /> },
  { path: '/monitoring/:id', element: <MonitorPage /> },
];
