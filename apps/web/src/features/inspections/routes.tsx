import { lazy } from 'react';
import type { RouteObject } from 'react-router';

// Each page its own chunk, loaded when opened (decision 0033): the report form comes without the
// admin, chart or document pages. AppLayout's Suspense shows a loader meanwhile.
const InspectionDetailPage = lazy(() =>
  import('./pages/inspection-detail-page.tsx').then((m) => ({ default: m.InspectionDetailPage })),
);
const InspectionsPage = lazy(() =>
  import('./pages/inspections-page.tsx').then((m) => ({ default: m.InspectionsPage })),
);

/** The periodic inspections module's pages (registered in app/router.tsx). */
export const INSPECTION_ROUTES: RouteObject[] = [
  { path: '/inspections', element: <InspectionsPage /> },
  { path: '/inspections/:id', element: <InspectionDetailPage /> },
];
