import { createBrowserRouter } from 'react-router';
import { AppLayout } from '../components/app-layout.tsx';
import { MODULES } from '../components/nav-items.ts';
import { NotFoundPage, PlaceholderPage } from '../components/placeholder-page.tsx';
import { AdminHomePage } from '../features/admin/pages/admin-home-page.tsx';
import { AuditPage } from '../features/audit/pages/audit-page.tsx';
import {
  FORCED_PASSWORD_PATH,
  FORCED_TOTP_PATH,
  RequireSession,
} from '../features/auth/components/session-gate.tsx';
import {
  AccountPasswordPage,
  AccountTotpPage,
  ForcedPasswordPage,
  ForcedTotpPage,
} from '../features/auth/pages/account-pages.tsx';
import { SignInPage } from '../features/auth/pages/sign-in-page.tsx';
import { BUDGET_ROUTES } from '../features/budget/routes.tsx';
import { CLASSIFIER_ROUTES } from '../features/classifier/routes.tsx';
import { DashboardPage } from '../features/dashboard/pages/dashboard-page.tsx';
import { ImportPage } from '../features/import/pages/import-page.tsx';
import { INCIDENT_ROUTES } from '../features/incidents/routes.tsx';
import { INSPECTION_ROUTES } from '../features/inspections/routes.tsx';
import { MAIL_INTAKE_ROUTES } from '../features/mail-intake/routes.tsx';
import { MONITORING_ROUTES } from '../features/monitoring/routes.tsx';
import { NotificationAdminPage } from '../features/notifications/pages/notification-admin-page.tsx';
import { NotificationPreferencesPage } from '../features/notifications/pages/notification-preferences-page.tsx';
import { PLAYBOOK_ROUTES } from '../features/playbooks/routes.tsx';
import { INTAKE_ADMIN_ROUTES, PUBLIC_INTAKE_ROUTE } from '../features/public-intake/routes.tsx';
import { READINESS_ROUTES } from '../features/readiness/routes.tsx';
import { REGIME_ROUTES } from '../features/regimes/routes.tsx';
import { REPORT_ROUTES } from '../features/reports/routes.tsx';
import { RISK_ROUTES } from '../features/risks/routes.tsx';
import { RolesPage } from '../features/roles/pages/roles-page.tsx';
import { SecuritySettingsPage } from '../features/security/pages/security-settings-page.tsx';
import { SYSTEM_ROUTES } from '../features/systems/routes.tsx';
import { TeamPage } from '../features/team/pages/team-page.tsx';
import { TokensPage } from '../features/tokens/pages/tokens-page.tsx';
import { UnitsPage } from '../features/units/pages/units-page.tsx';
import { UsersPage } from '../features/users/pages/users-page.tsx';

export function createRouter() {
  return createBrowserRouter([
    { path: '/sign-in', element: <SignInPage /> },
    PUBLIC_INTAKE_ROUTE,
    {
      element: <RequireSession />,
      children: [
        { path: FORCED_PASSWORD_PATH, element: <ForcedPasswordPage /> },
        { path: FORCED_TOTP_PATH, element: <ForcedTotpPage /> },
        {
          element: <AppLayout />,
          children: [
            { index: true, element: <DashboardPage /> },
            ...INCIDENT_ROUTES,
            ...SYSTEM_ROUTES,
            ...RISK_ROUTES,
            ...READINESS_ROUTES,
            ...INSPECTION_ROUTES,
            ...BUDGET_ROUTES,
            ...MONITORING_ROUTES,
            ...REPORT_ROUTES,
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
      ],
    },
  ]);
}
