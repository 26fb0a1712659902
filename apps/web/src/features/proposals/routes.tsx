import type { RouteObject } from 'react-router';
import { ProposalsPage } from './pages/proposals-page.tsx';

/** Proposals for the leaders (registered in app/router.tsx). */
export const PROPOSAL_ROUTES: RouteObject[] = [{ path: '/proposals', element: <ProposalsPage /> }];
