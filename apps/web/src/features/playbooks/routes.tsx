import type { RouteObject } from 'react-router';
import { PlaybookPage } from './pages/playbook-page.tsx';
import { PlaybooksPage } from './pages/playbooks-page.tsx';

/** Response playbooks (registered in app/router.tsx; listed under administration). */
export const PLAYBOOK_ROUTES: RouteObject[] = [
  { path: '/admin/playbooks', element: <PlaybooksPage /> },
  { path: '/admin/playbooks/:subtype', element: <PlaybookPage /> },
];
