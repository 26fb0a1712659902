import type { RouteObject } from 'react-router';
import { RequestCreatePage } from './pages/request-create-page.tsx';
import { RequestPage } from './pages/request-page.tsx';
import { RequestsPage } from './pages/requests-page.tsx';

export const REQUEST_ROUTES: RouteObject[] = [
  { path: '/requests', element: <RequestsPage /> },
  { path: '/requests/new', element: <RequestCreatePage /> },
  { path: '/requests/:id', element: <RequestPage /> },
];
