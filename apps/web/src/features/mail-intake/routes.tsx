import { lazy } from 'react';
import type { RouteObject } from 'react-router';

// Each page its own chunk, loaded when opened (decision 0033): the report form comes without the
// admin, chart or document pages. AppLayout's Suspense shows a loader meanwhile.
const MailIntakePage = lazy(() =>
  import('./pages/mail-intake-page.tsx').then((m) => ({ default: m.MailIntakePage })),
);

export const MAIL_INTAKE_ROUTES: RouteObject[] = [
  { path: '/admin/mail-intake', element: <MailIntakePage /> },
];
