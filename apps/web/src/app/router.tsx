import { LoadingOverlay } from '@mantine/core';
import { lazy, Suspense } from 'react';
import { createBrowserRouter } from 'react-router';
import {
  FORCED_PASSWORD_PATH,
  FORCED_TOTP_PATH,
  RequireSession,
} from '../features/auth/components/session-gate.tsx';
import { SignInRoute } from '../features/auth/pages/sign-in-route.tsx';
import { PUBLIC_REPORT_PATH } from '../features/public-intake/intake-types.ts';
import { PublicReportPage } from '../features/public-intake/pages/public-report-page.tsx';

const SignedInRoutes = lazy(() => import('./signed-in-routes.tsx'));
// The forced password / two-factor pages carry the QR code generator: loaded when needed.
const ForcedPasswordPage = lazy(() =>
  import('../features/auth/pages/account-pages.tsx').then((m) => ({ default: m.ForcedPasswordPage })),
);
const ForcedTotpPage = lazy(() =>
  import('../features/auth/pages/account-pages.tsx').then((m) => ({ default: m.ForcedTotpPage })),
);

export function createRouter() {
  return createBrowserRouter([
    { path: '/sign-in', element: <SignInRoute /> },
    // The public report form (phones): imported by itself, not through the module's route list.
    { path: PUBLIC_REPORT_PATH, element: <PublicReportPage /> },
    {
      element: <RequireSession />,
      children: [
        {
          path: FORCED_PASSWORD_PATH,
          element: (
            <Suspense fallback={<LoadingOverlay visible />}>
              <ForcedPasswordPage />
            </Suspense>
          ),
        },
        {
          path: FORCED_TOTP_PATH,
          element: (
            <Suspense fallback={<LoadingOverlay visible />}>
              <ForcedTotpPage />
            </Suspense>
          ),
        },
        // Everything behind the session: its own chunks, loaded after sign-in (issue 13), so the
        // sign-in page and the public report form carry no admin, chart or document code.
        {
          path: '*',
          element: (
            <Suspense fallback={<LoadingOverlay visible />}>
              <SignedInRoutes />
            </Suspense>
          ),
        },
      ],
    },
  ]);
}
