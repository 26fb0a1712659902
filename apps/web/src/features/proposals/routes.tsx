import { lazy } from 'react';
import type { RouteObject } from 'react-router';

// Each page its own chunk, loaded when opened (decision 0033): the report form comes without the
// admin, chart or document pages. AppLayout's Suspense shows a loader meanwhile.
const ProposalsPage = lazy(() =>
  import('./pages/proposals-page.tsx').then((m) => ({ default: m.ProposalsPage })),
);

/** Proposals for the leaders (registered in app/router.tsx). */
export const PROPOSAL_ROUTES: RouteObject[] = [{ path: '/proposals', element: <ProposalsPage /> }];
