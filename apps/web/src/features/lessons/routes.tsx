import type { RouteObject } from 'react-router';
import { LessonsPage } from './pages/lessons-page.tsx';

/** The lessons library (registered in app/router.tsx). */
export const LESSON_ROUTES: RouteObject[] = [{ path: '/lessons', element: <LessonsPage /> }];
