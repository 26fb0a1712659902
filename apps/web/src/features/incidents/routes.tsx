import type { RouteObject } from 'react-router';
import { MyTasksPage } from '../tasks/pages/my-tasks-page.tsx';
import { IncidentDetailPage } from './pages/incident-detail-page.tsx';
import { IncidentsPage } from './pages/incidents-page.tsx';
import { ReportIncidentPage } from './pages/report-page.tsx';

/** The incidents module's pages, inside the signed-in layout (registered in app/router.tsx). */
export const INCIDENT_ROUTES: RouteObject[] = [
  { path: '/incidents', element: <IncidentsPage /> },
  { path: '/incidents/new', element: <ReportIncidentPage /> },
  { path: '/incidents/:id', element: <IncidentDetailPage /> },
  { path: '/tasks/mine', element: <MyTasksPage /> },
];
