import type { RouteObject } from 'react-router';
import { PUBLIC_REPORT_PATH } from './intake-types.ts';
import { IntakeSettingsPage } from './pages/intake-settings-page.tsx';
import { PublicReportPage } from './pages/public-report-page.tsx';

/** Outside the session gate: anyone may open it. */
export const PUBLIC_INTAKE_ROUTE: RouteObject = { path: PUBLIC_REPORT_PATH, element: <PublicReportPage /> };

/** Inside the signed-in frame. */
export const INTAKE_ADMIN_ROUTES: RouteObject[] = [
  { path: '/admin/intake', element: <IntakeSettingsPage /> },
];
