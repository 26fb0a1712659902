import { lazy } from 'react';
import type { RouteObject } from 'react-router';

// Each page its own chunk, loaded when opened (decision 0033): the report form comes without the
// admin, chart or document pages. AppLayout's Suspense shows a loader meanwhile.
const MyTasksPage = lazy(() =>
  import('../tasks/pages/my-tasks-page.tsx').then((m) => ({ default: m.MyTasksPage })),
);
const IncidentDetailPage = lazy(() =>
  import('./pages/incident-detail-page.tsx').then((m) => ({ default: m.IncidentDetailPage })),
);
const IncidentsPage = lazy(() =>
  import('./pages/incidents-page.tsx').then((m) => ({ default: m.IncidentsPage })),
);
const ReportIncidentPage = lazy(() =>
  import('./pages/report-page.tsx').then((m) => ({ default: m.ReportIncidentPage })),
);

/** The incidents module's pages, inside the signed-in layout (registered in app/router.tsx). */
export const INCIDENT_ROUTES: RouteObject[] = [
  { path: '/incidents', element: <IncidentsPage /> },
  { path: '/incidents/new', element: <ReportIncidentPage /> },
  { path: '/incidents/:id', element: <IncidentDetailPage /> },
  { path: '/tasks/mine', element: <MyTasksPage /> },
];
