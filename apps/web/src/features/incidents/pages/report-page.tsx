import { Stack } from '@mantine/core';
import { widestScope } from '@ungcuu/domain/auth/permissions.ts';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../../components/page-header.tsx';
import { useSession } from '../../auth/components/session-gate.tsx';
import { ReportAcknowledgement } from '../components/report-acknowledgement.tsx';
import { ReportForm } from '../components/report-form.tsx';
import { useReportIncident } from '../hooks/use-incidents.ts';

export function ReportIncidentPage() {
  const { t } = useTranslation();
  const { me, actor } = useSession();
  const report = useReportIncident();
  // On a phone the button sits at the bottom of a long form: bring the code into view.
  useEffect(() => {
    if (report.data) window.scrollTo({ top: 0 });
  }, [report.data]);
  return (
    <Stack maw={720} gap={0}>
      <PageHeader title={t('report.pageTitle')} intro={t('report.intro')} />
      {report.data ? (
        <ReportAcknowledgement result={report.data} onAnother={() => report.reset()} />
      ) : (
        <ReportForm
          variant="signed-in"
          onSubmit={(input) => report.mutate(input)}
          busy={report.isPending}
          contact={{ name: me.user.fullName, phone: me.user.phone, email: me.user.email }}
          unitId={me.user.unitId}
          onBehalf={widestScope(actor, 'incident.report') === 'all'}
        />
      )}
    </Stack>
  );
}
