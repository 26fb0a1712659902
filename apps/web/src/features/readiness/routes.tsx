import { lazy } from 'react';
import type { RouteObject } from 'react-router';

// Each page its own chunk, loaded when opened (decision 0033): the report form comes without the
// admin, chart or document pages. AppLayout's Suspense shows a loader meanwhile.
const ReadinessPage = lazy(() =>
  import('./pages/readiness-page.tsx').then((m) => ({ default: m.ReadinessPage })),
);
const UnitReadinessPage = lazy(() =>
  import('./pages/unit-readiness-page.tsx').then((m) => ({ default: m.UnitReadinessPage })),
);

/** The readiness module's pages (registered in app/router.tsx); licence reminders link to /readiness/licences/:id. */
export const READINESS_ROUTES: RouteObject[] = [
  { path: '/readiness', element: <ReadinessPage /> },
  { path: '/readiness/units/:unitId', element: <UnitReadinessPage /> },
  { path: '/readiness/:tab', element: <ReadinessPage /> },
  { path: '/readiness/:tab/:id', element: <ReadinessPage /> },
];
