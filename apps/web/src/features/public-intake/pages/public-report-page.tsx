import { Alert, Anchor, Stack, Text } from '@mantine/core';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { ApiError } from '../../../api/client.ts';
import { FormError } from '../../../components/form-error.tsx';
import { AuthFrame } from '../../auth/components/auth-frame.tsx';
import { ReportForm } from '../../incidents/components/report-form.tsx';
import { PublicAcknowledgement } from '../components/public-acknowledgement.tsx';
import { usePublicIntakeStatus, usePublicReport } from '../hooks/use-intake.ts';
import { UNIT_PARAM } from '../intake-types.ts';

const UNIT_CODE = /^[A-Za-z0-9._-]{1,40}$/;

/** A refusal that deserves its own explanation rather than the server's one-line message. */
function refusal(error: unknown): 'disabled' | 'throttled' | 'other' | null {
  if (!error) return null;
  if (error instanceof ApiError && error.code === 'intake.disabled') return 'disabled';
  if (error instanceof ApiError && error.status === 429) return 'throttled';
  return 'other';
}

/**
 * "Báo cáo sự cố" for anyone, without signing in (outside the session gate). Works when an
 * administrator has enabled public intake; the server limits each address to 5 reports in 10 minutes.
 */
export function PublicReportPage() {
  const { t } = useTranslation();
  const [params] = useSearchParams();
  const report = usePublicReport();
  const alertRef = useRef<HTMLDivElement>(null);
  const raw = params.get(UNIT_PARAM)?.trim() ?? '';
  const unitCode = UNIT_CODE.test(raw) ? raw.toUpperCase() : null;
  const status = usePublicIntakeStatus();
  const why = refusal(report.error) ?? (status.data?.enabled === false ? 'disabled' : null);

  // On a phone the button sits at the bottom of a long form: bring the answer into view.
  useEffect(() => {
    if (report.data) window.scrollTo({ top: 0 });
    else if (why) alertRef.current?.scrollIntoView({ block: 'center' });
  }, [report.data, why]);

  return (
    <AuthFrame title={t('publicReport.pageTitle')} width={680}>
      {report.data ? (
        <PublicAcknowledgement ack={report.data} onAnother={() => report.reset()} />
      ) : (
        <Stack gap="md">
          <Text size="sm" c="dimmed">
            {t('publicReport.intro')}
          </Text>
          <div ref={alertRef}>
            {why === 'disabled' && (
              <Alert
                color="orange"
                title={t('publicReport.disabledTitle')}
                role="alert"
                data-testid="intake-disabled"
              >
                {t('publicReport.disabledBody')}
              </Alert>
            )}
            {why === 'throttled' && (
              <Alert
                color="orange"
                title={t('publicReport.throttledTitle')}
                role="alert"
                data-testid="intake-throttled"
              >
                {t('publicReport.throttledBody')}
              </Alert>
            )}
            {why === 'other' && <FormError error={report.error} />}
          </div>
          <ReportForm
            variant="public"
            onSubmit={(input) => report.mutate(input)}
            busy={report.isPending}
            unitCode={unitCode}
          />
        </Stack>
      )}
      <Anchor component={Link} to="/sign-in" size="sm" display="block" ta="center" mt="lg">
        {t('publicReport.toSignIn')}
      </Anchor>
    </AuthFrame>
  );
}
