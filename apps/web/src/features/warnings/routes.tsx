import { lazy } from 'react';
import type { RouteObject } from 'react-router';

// Each page its own chunk, loaded when opened (decision 0033): the report form comes without the
// admin, chart or document pages. AppLayout's Suspense shows a loader meanwhile.
const WarningFormPage = lazy(() =>
  import('./pages/warning-form-page.tsx').then((m) => ({ default: m.WarningFormPage })),
);
const WarningPage = lazy(() => import('./pages/warning-page.tsx').then((m) => ({ default: m.WarningPage })));
const WarningsPage = lazy(() =>
  import('./pages/warnings-page.tsx').then((m) => ({ default: m.WarningsPage })),
);

/** The warnings module's pages (registered in app/router.tsx). */
export const WARNING_ROUTES: RouteObject[] = [
  { path: '/warnings', element: <WarningsPage /> },
  { path: '/warnings/new', element: <WarningFormPage /> },
  { path: '/warnings/:id', element: <WarningPage /> },
  { path: '/warnings/:id/edit', element: <WarningFormPage /> },
];
