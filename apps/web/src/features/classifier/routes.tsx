import { lazy } from 'react';
import type { RouteObject } from 'react-router';

// Each page its own chunk, loaded when opened (decision 0033): the report form comes without the
// admin, chart or document pages. AppLayout's Suspense shows a loader meanwhile.
const ClassifierPage = lazy(() =>
  import('./pages/classifier-page.tsx').then((m) => ({ default: m.ClassifierPage })),
);

/** The classification suggester's accuracy and model versions (registered in app/router.tsx). */
export const CLASSIFIER_ROUTES: RouteObject[] = [{ path: '/admin/classifier', element: <ClassifierPage /> }];
