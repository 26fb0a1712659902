import type { RouteObject } from 'react-router';
import { RegimesPage } from './pages/regimes-page.tsx';

/** Reporting regimes (registered in app/router.tsx; listed under administration). */
export const REGIME_ROUTES: RouteObject[] = [{ path: '/admin/regimes', element: <RegimesPage /> }];
