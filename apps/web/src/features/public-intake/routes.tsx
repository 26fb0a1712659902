import { lazy } from 'react';
import type { RouteObject } from 'react-router';

// Each page its own chunk, loaded when opened (decision 0033): the report form comes without the
// admin, chart or document pages. AppLayout's Suspense shows a loader meanwhile.
const IntakeSettingsPage = lazy(() =>
  import('./pages/intake-settings-page.tsx').then((m) => ({ default: m.IntakeSettingsPage })),
);

/** Inside the signed-in frame. */
export const INTAKE_ADMIN_ROUTES: RouteObject[] = [
  { path: '/admin/intake', element: <IntakeSettingsPage /> },
];
