import type { RouteObject } from 'react-router';
import { WarningFormPage } from './pages/warning-form-page.tsx';
import { WarningPage } from './pages/warning-page.tsx';
import { WarningsPage } from './pages/warnings-page.tsx';

/** The warnings module's pages (registered in app/router.tsx). */
export const WARNING_ROUTES: RouteObject[] = [
  { path: '/warnings', element: <WarningsPage /> },
  { path: '/warnings/new', element: <WarningFormPage /> },
  { path: '/warnings/:id', element: <WarningPage /> },
  { path: '/warnings/:id/edit', element: <WarningFormPage /> },
];
