import type { RouteObject } from 'react-router';
import { MailIntakePage } from './pages/mail-intake-page.tsx';

export const MAIL_INTAKE_ROUTES: RouteObject[] = [
  { path: '/admin/mail-intake', element: <MailIntakePage /> },
];
