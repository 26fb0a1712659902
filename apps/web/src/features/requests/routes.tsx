import { lazy } from 'react';
import type { RouteObject } from 'react-router';

// Each page its own chunk, loaded when opened (decision 0033): the report form comes without the
// admin, chart or document pages. AppLayout's Suspense shows a loader meanwhile.
const RequestCreatePage = lazy(() =>
  import('./pages/request-create-page.tsx').then((m) => ({ default: m.RequestCreatePage })),
);
const RequestPage = lazy(() => import('./pages/request-page.tsx').then((m) => ({ default: m.RequestPage })));
const RequestsPage = lazy(() =>
  import('./pages/requests-page.tsx').then((m) => ({ default: m.RequestsPage })),
);

export const REQUEST_ROUTES: RouteObject[] = [
  { path: '/requests', element: <RequestsPage /> },
  { path: '/requests/new', element: <RequestCreatePage /> },
  { path: '/requests/:id', element: <RequestPage /> },
];
