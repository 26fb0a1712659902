import type { RouteObject } from 'react-router';
import { AlertGroupPage } from './pages/alert-group-page.tsx';
import { AlertSourcesPage } from './pages/alert-sources-page.tsx';
import { AlertsPage } from './pages/alerts-page.tsx';
import { SuppressionsPage } from './pages/suppressions-page.tsx';
import { UnmappedPage } from './pages/unmapped-page.tsx';

/** The alert screens (registered in app/router.tsx; in the menu under "Giám sát"). */
export const ALERT_ROUTES: RouteObject[] = [
  { path: '/alerts', element: <AlertsPage /> },
  { path: '/alerts/groups/:id', element: <AlertGroupPage /> },
  { path: '/alerts/unmapped', element: <UnmappedPage /> },
  { path: '/alerts/suppressions', element: <SuppressionsPage /> },
  { path: '/alerts/sources', element: <AlertSourcesPage /> },
];
