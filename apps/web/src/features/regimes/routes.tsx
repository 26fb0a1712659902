import { lazy } from 'react';
import type { RouteObject } from 'react-router';

// Each page its own chunk, loaded when opened (decision 0033): the report form comes without the
// admin, chart or document pages. AppLayout's Suspense shows a loader meanwhile.
const RegimesPage = lazy(() => import('./pages/regimes-page.tsx').then((m) => ({ default: m.RegimesPage })));

/** Reporting regimes (registered in app/router.tsx; listed under administration). */
export const REGIME_ROUTES: RouteObject[] = [{ path: '/admin/regimes', element: <RegimesPage /> }];
