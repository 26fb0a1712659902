import type { RouteObject } from 'react-router';
import { InspectionDetailPage } from './pages/inspection-detail-page.tsx';
import { InspectionsPage } from './pages/inspections-page.tsx';

/** The periodic inspections module's pages (registered in app/router.tsx). */
export const INSPECTION_ROUTES: RouteObject[] = [
  { path: '/inspections', element: <InspectionsPage /> },
  { path: '/inspections/:id', element: <InspectionDetailPage /> },
];
