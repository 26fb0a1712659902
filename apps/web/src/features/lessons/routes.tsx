import { lazy } from 'react';
import type { RouteObject } from 'react-router';

// Each page its own chunk, loaded when opened (decision 0033): the report form comes without the
// admin, chart or document pages. AppLayout's Suspense shows a loader meanwhile.
const LessonsPage = lazy(() => import('./pages/lessons-page.tsx').then((m) => ({ default: m.LessonsPage })));

/** The lessons library (registered in app/router.tsx). */
export const LESSON_ROUTES: RouteObject[] = [{ path: '/lessons', element: <LessonsPage /> }];
