import type { RouteObject } from 'react-router';
import { ClassifierPage } from './pages/classifier-page.tsx';

/** The classification suggester's accuracy and model versions (registered in app/router.tsx). */
export const CLASSIFIER_ROUTES: RouteObject[] = [{ path: '/admin/classifier', element: <ClassifierPage /> }];
