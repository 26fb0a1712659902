import { lazy } from 'react';
import type { RouteObject } from 'react-router';

// Each page its own chunk, loaded when opened (decision 0033): the report form comes without the
// admin, chart or document pages. AppLayout's Suspense shows a loader meanwhile.
const SystemDetailPage = lazy(() =>
  import('./pages/system-detail-page.tsx').then((m) => ({ default: m.SystemDetailPage })),
);
const SystemsPage = lazy(() => import('./pages/systems-page.tsx').then((m) => ({ default: m.SystemsPage })));

/** The information systems module's pages, inside the signed-in layout (registered in app/router.tsx). */
export const SYSTEM_ROUTES: RouteObject[] = [
  { path: '/systems', element: <SystemsPage /> },
  { path: '/systems/:id', element: <SystemDetailPage /> },
];
