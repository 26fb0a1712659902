import { Stack } from '@mantine/core';
import { can } from '@ungcuu/domain/auth/permissions.ts';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../../components/page-header.tsx';
import { useSession } from '../../auth/components/session-gate.tsx';
import { MaintenanceWindows } from '../components/maintenance-windows.tsx';
import { SuppressionRules } from '../components/suppression-rules.tsx';

/** Suppression rules (with expiry) and maintenance windows of systems (issue 10). */
export function SuppressionsPage() {
  const { t } = useTranslation();
  const { actor } = useSession();
  const manage = can(actor, 'alert.manage');
  return (
    <Stack>
      <PageHeader title={t('alerts.suppressions.title')} intro={t('alerts.suppressions.intro')} />
      <SuppressionRules manage={manage} />
      <MaintenanceWindows manage={manage} />
    </Stack>
  );
}
