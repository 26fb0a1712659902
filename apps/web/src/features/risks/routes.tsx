import { lazy } from 'react';
import type { RouteObject } from 'react-router';

// Each page its own chunk, loaded when opened (decision 0033): the report form comes without the
// admin, chart or document pages. AppLayout's Suspense shows a loader meanwhile.
const RisksPage = lazy(() => import('./pages/risks-page.tsx').then((m) => ({ default: m.RisksPage })));

/** The risk assessment module's pages (registered in app/router.tsx); assessments live on /systems/:id. */
export const RISK_ROUTES: RouteObject[] = [{ path: '/risks', element: <RisksPage /> }];
