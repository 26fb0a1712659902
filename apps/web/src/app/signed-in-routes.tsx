import { lazy, Suspense } from 'react';
import { useRoutes } from 'react-router';
import { AppLayout } from '../components/app-layout.tsx';
import { MODULES } from '../components/nav-items.ts';
import { NotFoundPage, PlaceholderPage } from '../components/placeholder-page.tsx';
import { ALERT_ROUTES } from '../features/alerts/routes.tsx';
import { BUDGET_ROUTES } from '../features/budget/routes.tsx';
import { CLASSIFIER_ROUTES } from '../features/classifier/routes.tsx';
import { INCIDENT_ROUTES } from '../features/incidents/routes.tsx';
import { INSPECTION_ROUTES } from '../features/inspections/routes.tsx';
import { LESSON_ROUTES } from '../features/lessons/routes.tsx';
import { MAIL_INTAKE_ROUTES } from '../features/mail-intake/routes.tsx';
import { MONITORING_ROUTES } from '../features/monitoring/routes.tsx';
import { PLAYBOOK_ROUTES } from '../features/playbooks/routes.tsx';
import { PROPOSAL_ROUTES } from '../features/proposals/routes.tsx';
import { INTAKE_ADMIN_ROUTES } from '../features/public-intake/routes.tsx';
import { READINESS_ROUTES } from '../features/readiness/routes.tsx';
import { REGIME_ROUTES } from '../features/regimes/routes.tsx';
import { REPORT_ROUTES } from '../features/reports/routes.tsx';
import { REQUEST_ROUTES } from '../features/requests/routes.tsx';
import { RISK_ROUTES } from '../features/risks/routes.tsx';
import { SYSTEM_ROUTES } from '../features/systems/routes.tsx';
import { WARNING_ROUTES } from '../features/warnings/routes.tsx';

// Each page its own chunk, loaded when opened (decision 0033): the report form comes without the
// admin, chart or document pages. AppLayout's Suspense shows a loader meanwhile.
const AdminHomePage = lazy(() =>
  import('../features/admin/pages/admin-home-page.tsx').then((m) => ({ default: m.AdminHomePage })),
);
const AuditPage = lazy(() =>
  import('../features/audit/pages/audit-page.tsx').then((m) => ({ default: m.AuditPage })),
);
const ImportPage = lazy(() =>
  import('../features/import/pages/import-page.tsx').then((m) => ({ default: m.ImportPage })),
);
const NotificationAdminPage = lazy(() =>
  import('../features/notifications/pages/notification-admin-page.tsx').then((m) => ({
    default: m.NotificationAdminPage,
  })),
);
const NotificationPreferencesPage = lazy(() =>
  import('../features/notifications/pages/notification-preferences-page.tsx').then((m) => ({
    default: m.NotificationPreferencesPage,
  })),
);
const RolesPage = lazy(() =>
  import('../features/roles/pages/roles-page.tsx').then((m) => ({ default: m.RolesPage })),
);
const SecuritySettingsPage = lazy(() =>
  import('../features/security/pages/security-settings-page.tsx').then((m) => ({
    default: m.SecuritySettingsPage,
  })),
);
const TeamPage = lazy(() =>
  import('../features/team/pages/team-page.tsx').then((m) => ({ default: m.TeamPage })),
);
const TokensPage = lazy(() =>
  import('../features/tokens/pages/tokens-page.tsx').then((m) => ({ default: m.TokensPage })),
);
const UnitsPage = lazy(() =>
  import('../features/units/pages/units-page.tsx').then((m) => ({ default: m.UnitsPage })),
);
const UsersPage = lazy(() =>
  import('../features/users/pages/users-page.tsx').then((m) => ({ default: m.UsersPage })),
);

// The dashboard carries the charts: its own chunk even among the signed-in pages.
const AccountPasswordPage = lazy(() =>
  import('../features/auth/pages/account-pages.tsx').then((m) => ({ default: m.AccountPasswordPage })),
);
const AccountTotpPage = lazy(() =>
  import('../features/auth/pages/account-pages.tsx').then((m) => ({ default: m.AccountTotpPage })),
);
const DashboardPage = lazy(() =>
  import('../features/dashboard/pages/dashboard-page.tsx').then((m) => ({ default: m.DashboardPage })),
);
const DashboardViewPage = lazy(() =>
  import('../features/dashboard/pages/dashboard-page.tsx').then((m) => ({ default: m.DashboardViewPage })),
);

/**
 * The pages behind the session, loaded as their own chunks once someone is signed in (issue 13):
 * app/router.tsx keeps only the sign-in page, the public report form and the session gate.
 * New signed-in pages are registered here.
 */
export default function SignedInRoutes() {
  return useRoutes([
    {
      element: <AppLayout />,
      children: [
        {
          index: true,
          element: (
            <Suspense fallback={null}>
              <DashboardPage />
            </Suspense>
          ),
        },
        {
          path: '/dashboards/:view',
          element: (
            <Suspense fallback={null}>
              <DashboardViewPage />
            </Suspense>
          ),
        },
        ...PROPOSAL_ROUTES,
        ...INCIDENT_ROUTES,
        ...SYSTEM_ROUTES,
        ...RISK_ROUTES,
        ...READINESS_ROUTES,
        ...INSPECTION_ROUTES,
        ...BUDGET_ROUTES,
        ...LESSON_ROUTES,
        ...REPORT_ROUTES,
        ...MONITORING_ROUTES,
        ...ALERT_ROUTES,
        ...WARNING_ROUTES,
        ...REQUEST_ROUTES,
        ...MODULES.filter((m) => !m.ready).map((m) => ({
          path: m.path,
          element: <PlaceholderPage module={m.key} />,
        })),
        { path: '/admin', element: <AdminHomePage /> },
        { path: '/admin/units', element: <UnitsPage /> },
        { path: '/admin/users', element: <UsersPage /> },
        { path: '/admin/roles', element: <RolesPage /> },
        { path: '/admin/team', element: <TeamPage /> },
        { path: '/admin/audit', element: <AuditPage /> },
        { path: '/admin/tokens', element: <TokensPage /> },
        { path: '/admin/import', element: <ImportPage /> },
        { path: '/admin/security', element: <SecuritySettingsPage /> },
        { path: '/admin/notifications', element: <NotificationAdminPage /> },
        ...INTAKE_ADMIN_ROUTES,
        ...MAIL_INTAKE_ROUTES,
        ...PLAYBOOK_ROUTES,
        ...REGIME_ROUTES,
        ...CLASSIFIER_ROUTES,
        { path: '/account/password', element: <AccountPasswordPage /> },
        { path: '/account/two-factor', element: <AccountTotpPage /> },
        { path: '/account/notifications', element: <NotificationPreferencesPage /> },
        { path: '*', element: <NotFoundPage /> },
      ],
    },
  ]);
}
