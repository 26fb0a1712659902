import type { RouteObject } from 'react-router';
import { RisksPage } from './pages/risks-page.tsx';

/** The risk assessment module's pages (registered in app/router.tsx); assessments live on /systems/:id. */
export const RISK_ROUTES: RouteObject[] = [{ path: '/risks', element: <RisksPage /> }];
