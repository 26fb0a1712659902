import { lazy } from 'react';
import type { RouteObject } from 'react-router';

// Each page its own chunk, loaded when opened (decision 0033): the report form comes without the
// admin, chart or document pages. AppLayout's Suspense shows a loader meanwhile.
const PlaybookPage = lazy(() =>
  import('./pages/playbook-page.tsx').then((m) => ({ default: m.PlaybookPage })),
);
const PlaybooksPage = lazy(() =>
  import('./pages/playbooks-page.tsx').then((m) => ({ default: m.PlaybooksPage })),
);

/** Response playbooks (registered in app/router.tsx; listed under administration). */
export const PLAYBOOK_ROUTES: RouteObject[] = [
  { path: '/admin/playbooks', element: <PlaybooksPage /> },
  { path: '/admin/playbooks/:subtype', element: <PlaybookPage /> },
];
