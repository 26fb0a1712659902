import type { RouteObject } from 'react-router';
import { ReadinessPage } from './pages/readiness-page.tsx';
import { UnitReadinessPage } from './pages/unit-readiness-page.tsx';

/** The readiness module's pages (registered in app/router.tsx); licence reminders link to /readiness/licences/:id. */
export const READINESS_ROUTES: RouteObject[] = [
  { path: '/readiness', element: <ReadinessPage /> },
  { path: '/readiness/units/:unitId', element: <UnitReadinessPage /> },
  { path: '/readiness/:tab', element: <ReadinessPage /> },
  { path: '/readiness/:tab/:id', element: <ReadinessPage /> },
];
