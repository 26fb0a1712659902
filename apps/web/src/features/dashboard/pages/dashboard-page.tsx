import { useTranslation } from 'react-i18next';
import { Navigate, useParams } from 'react-router';
import { useSession } from '../../auth/components/session-gate.tsx';
import { DASHBOARD_VIEWS, type DashboardView, landingView, RoleDashboard } from './dashboards.tsx';

/** The home page: each role lands on its own dashboard (leaders, focal office, units). */
export function DashboardPage() {
  const { t } = useTranslation();
  const { me, actor } = useSession();
  return (
    <RoleDashboard
      view={landingView(actor.roles)}
      welcome={t('dashboard.welcome', { name: me.user.fullName })}
    />
  );
}

/** `/dashboards/:view`: another role's dashboard, for those who read the whole town (and print it). */
export function DashboardViewPage() {
  const { view } = useParams();
  if (!(DASHBOARD_VIEWS as readonly string[]).includes(view ?? '')) return <Navigate to="/" replace />;
  return <RoleDashboard view={view as DashboardView} />;
}
