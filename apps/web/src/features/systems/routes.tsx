import type { RouteObject } from 'react-router';
import { SystemDetailPage } from './pages/system-detail-page.tsx';
import { SystemsPage } from './pages/systems-page.tsx';

/** The information systems module's pages, inside the signed-in layout (registered in app/router.tsx). */
export const SYSTEM_ROUTES: RouteObject[] = [
  { path: '/systems', element: <SystemsPage /> },
  { path: '/systems/:id', element: <SystemDetailPage /> },
];
