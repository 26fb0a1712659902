import type { PublicIncidentReportInput } from '@ungcuu/domain/incidents/schemas.ts';
import { type CSSProperties, useState } from 'react';
import { Button, Fieldset, Stack, Text, Textarea, TextInput } from '../../../components/light/light-ui.tsx';
import { type FirstPaintKey, useFirstPaintText } from '../../../i18n/first-paint-i18n.ts';
import {
  initialReportValues,
  type ReportValues,
  toPublicReport,
  validateReport,
} from '../../incidents/report-form-values.ts';

/** Off-screen rather than display:none: simple robots fill every input they find in the markup. */
const HONEYPOT_STYLE: CSSProperties = {
  position: 'absolute',
  left: '-10000px',
  top: 'auto',
  width: 1,
  height: 1,
  overflow: 'hidden',
};

type Errors = Partial<Record<keyof ReportValues, string>>;

/**
 * "Báo cáo sự cố" by a citizen, filled in within a minute on a phone: the same values and rules as
 * the signed-in report (incidents/report-form-values.ts), drawn without Mantine (decision 0033).
 */
export function PublicReportForm({
  onSubmit,
  busy,
  unitCode,
}: {
  onSubmit: (input: PublicIncidentReportInput) => void;
  busy: boolean;
  /** `?unit=CODE` of the public address: the report goes straight to that unit. */
  unitCode: string | null;
}) {
  const { t } = useFirstPaintText();
  const [values, setValues] = useState<ReportValues>(() => initialReportValues());
  const [errors, setErrors] = useState<Errors>({});
  const field = (
    name: 'title' | 'description' | 'detectedAt' | 'contactName' | 'contactPhone' | 'contactEmail',
  ) => ({
    value: values[name],
    error: errors[name],
    onChange: (e: React.ChangeEvent<HTMLInputElement | HTMLTextAreaElement>) => {
      const value = e.currentTarget.value;
      setValues((v) => ({ ...v, [name]: value }));
      // As Mantine's form does: an error goes once the field is changed.
      if (errors[name]) setErrors((all) => ({ ...all, [name]: undefined }));
    },
  });
  const submit = (event: React.FormEvent) => {
    event.preventDefault();
    const found = validateReport(values, 'public');
    // The rules name keys of the first-paint texts for the public variant.
    setErrors(Object.fromEntries(Object.entries(found).map(([k, key]) => [k, t(key as FirstPaintKey)])));
    if (Object.keys(found).length === 0) onSubmit(toPublicReport(values, unitCode));
  };

  return (
    <form onSubmit={submit} noValidate data-testid="public-report-form">
      <Stack style={{ position: 'relative' }}>
        <Fieldset legend={t('publicReport.whatHappened')}>
          <Stack gap="sm">
            <TextInput
              label={t('publicReport.title')}
              placeholder={t('publicReport.titlePlaceholder')}
              required
              maxLength={300}
              testId="public-title"
              {...field('title')}
            />
            <Textarea
              label={t('publicReport.description')}
              description={t('publicReport.descriptionHint')}
              required
              minRows={4}
              maxRows={12}
              maxLength={10_000}
              testId="public-description"
              {...field('description')}
            />
            <TextInput
              type="datetime-local"
              label={t('publicReport.detectedAt')}
              required
              testId="public-detected-at"
              {...field('detectedAt')}
            />
            {unitCode && (
              <Text size="sm" dimmed testId="public-unit">
                {t('publicReport.unitTarget', { code: unitCode })}
              </Text>
            )}
          </Stack>
        </Fieldset>
        <Fieldset legend={t('publicReport.reporter')}>
          <Stack gap="sm">
            <Text size="sm" dimmed>
              {t('publicReport.reporterHint')}
            </Text>
            <TextInput
              label={t('publicReport.reporterName')}
              autoComplete="name"
              required
              maxLength={200}
              testId="public-name"
              {...field('contactName')}
            />
            <TextInput
              label={t('publicReport.reporterPhone')}
              type="tel"
              inputMode="tel"
              autoComplete="tel"
              maxLength={20}
              testId="public-phone"
              {...field('contactPhone')}
            />
            <TextInput
              label={t('publicReport.reporterEmail')}
              type="email"
              autoComplete="email"
              maxLength={254}
              testId="public-email"
              {...field('contactEmail')}
            />
          </Stack>
        </Fieldset>
        {/* A field people never see and leave empty; the server drops reports that fill it. */}
        <div style={HONEYPOT_STYLE} aria-hidden="true">
          <label htmlFor="public-report-website">{t('publicReport.honeypot')}</label>
          <input
            id="public-report-website"
            type="text"
            name="website"
            tabIndex={-1}
            autoComplete="off"
            value={values.website}
            onChange={(e) => {
              const website = e.currentTarget.value;
              setValues((v) => ({ ...v, website }));
            }}
          />
        </div>
        <Text size="xs" dimmed>
          {t('publicReport.privacy')}
        </Text>
        <Button
          type="submit"
          size="md"
          loading={busy}
          leftSection={<SendIcon />}
          testId="public-submit"
          fullWidth
        >
          {t('publicReport.submit')}
        </Button>
      </Stack>
    </form>
  );
}

/** Tabler's "send" icon, inline: the icon library stays out of the first paint. */
function SendIcon() {
  return (
    <svg
      xmlns="http://www.w3.org/2000/svg"
      width={18}
      height={18}
      viewBox="0 0 24 24"
      fill="none"
      stroke="currentColor"
      strokeWidth={2}
      strokeLinecap="round"
      strokeLinejoin="round"
      aria-hidden
    >
      <path d="M10 14l11 -11" />
      <path d="M21 3l-6.5 18a.55 .55 0 0 1 -1 0l-3.5 -7l-7 -3.5a.55 .55 0 0 1 0 -1l18 -6.5" />
    </svg>
  );
}
