import { useEffect, useRef, useState } from 'react';
import { ApiError, api, apiGet } from '../../../api/request.ts';
import { LightFrame } from '../../../components/light/light-frame.tsx';
import { Alert, Anchor, Stack, Text } from '../../../components/light/light-ui.tsx';
import { useFirstPaintText } from '../../../i18n/first-paint-i18n.ts';
import { PublicAcknowledgement } from '../components/public-acknowledgement.tsx';
import { PublicReportForm } from '../components/public-report-form.tsx';
import type { PublicAcknowledgement as Ack, PublicReportInput } from '../intake-types.ts';
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
 * Drawn without Mantine, React Query or the router: the first paint of a phone (decision 0033).
 */
export function PublicReportPage() {
  const { t } = useFirstPaintText();
  const alertRef = useRef<HTMLDivElement>(null);
  const raw = new URLSearchParams(window.location.search).get(UNIT_PARAM)?.trim() ?? '';
  const unitCode = UNIT_CODE.test(raw) ? raw.toUpperCase() : null;
  const [enabled, setEnabled] = useState<boolean | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [ack, setAck] = useState<Ack | null>(null);

  // Whether the form is open (public endpoint), so the page can say so before anyone types.
  useEffect(() => {
    const abort = new AbortController();
    apiGet<{ enabled: boolean }>('/api/public/intake', undefined, abort.signal).then(
      (status) => setEnabled(status.enabled),
      () => undefined,
    );
    return () => abort.abort();
  }, []);
  const why = refusal(error) ?? (enabled === false ? 'disabled' : null);

  // On a phone the button sits at the bottom of a long form: bring the answer into view.
  useEffect(() => {
    if (ack) window.scrollTo({ top: 0 });
    else if (why) alertRef.current?.scrollIntoView({ block: 'center' });
  }, [ack, why]);

  const send = (input: PublicReportInput) => {
    setBusy(true);
    setError(null);
    api<Ack>('POST', '/api/public/incidents', { body: input, quiet: true })
      .then(setAck, setError)
      .finally(() => setBusy(false));
  };

  return (
    <LightFrame title={t('publicReport.pageTitle')} width={680}>
      {ack ? (
        <PublicAcknowledgement ack={ack} onAnother={() => setAck(null)} />
      ) : (
        <Stack>
          <Text size="sm" dimmed>
            {t('publicReport.intro')}
          </Text>
          <div ref={alertRef}>
            {why === 'disabled' && (
              <Alert color="orange" title={t('publicReport.disabledTitle')} testId="intake-disabled">
                {t('publicReport.disabledBody')}
              </Alert>
            )}
            {why === 'throttled' && (
              <Alert color="orange" title={t('publicReport.throttledTitle')} testId="intake-throttled">
                {t('publicReport.throttledBody')}
              </Alert>
            )}
            {why === 'other' && (
              <Alert color="red" title={t('errors.title')} testId="form-error">
                {error instanceof ApiError ? error.localized() : t('errors.unexpected')}
              </Alert>
            )}
          </div>
          <PublicReportForm onSubmit={send} busy={busy} unitCode={unitCode} />
        </Stack>
      )}
      <Anchor
        href="/sign-in"
        size="sm"
        style={{ marginTop: 'var(--mantine-spacing-lg)', textAlign: 'center', display: 'block' }}
      >
        {t('publicReport.toSignIn')}
      </Anchor>
    </LightFrame>
  );
}
