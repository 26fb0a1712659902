import { Button, Fieldset, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { IconSend } from '@tabler/icons-react';
import type { CSSProperties } from 'react';
import { useTranslation } from 'react-i18next';
import { optionalEmail, optionalPhone } from '../../../lib/validators.ts';
import { fromLocalInput, toLocalInput } from '../../incidents/datetime.ts';
import type { PublicReportInput } from '../intake-types.ts';

interface Values {
  title: string;
  description: string;
  detectedAt: string;
  reporterName: string;
  reporterPhone: string;
  reporterEmail: string;
  website: string;
}

// The server refuses a detection time more than a few minutes ahead (clock drift allowance).
const FUTURE_TOLERANCE_MS = 5 * 60_000;

/** Off-screen rather than display:none: simple robots fill every input they find in the markup. */
const HONEYPOT_STYLE: CSSProperties = {
  position: 'absolute',
  left: '-10000px',
  top: 'auto',
  width: 1,
  height: 1,
  overflow: 'hidden',
};

const LEGEND = { legend: { fontWeight: 700, fontSize: 'var(--mantine-font-size-md)', marginBottom: 4 } };

/**
 * What a citizen fills in on a phone: what happened, when, and how to reach them. The `website`
 * field is a honeypot that people never see and leave empty.
 */
export function PublicReportForm({
  onSubmit,
  busy,
  unitCode,
}: {
  onSubmit: (input: PublicReportInput) => void;
  busy: boolean;
  unitCode: string | null;
}) {
  const { t } = useTranslation();
  const form = useForm<Values>({
    mode: 'controlled',
    initialValues: {
      title: '',
      description: '',
      detectedAt: toLocalInput(new Date()),
      reporterName: '',
      reporterPhone: '',
      reporterEmail: '',
      website: '',
    },
    validate: {
      title: (v) => (v.trim().length >= 3 ? null : t('publicReport.titleTooShort')),
      description: (v) => (v.trim().length >= 10 ? null : t('publicReport.descriptionTooShort')),
      detectedAt: (v) => {
        const iso = fromLocalInput(v);
        if (!iso) return t('errors.required');
        return new Date(iso).getTime() > Date.now() + FUTURE_TOLERANCE_MS
          ? t('publicReport.detectedInFuture')
          : null;
      },
      reporterName: (v) => (v.trim().length >= 2 ? null : t('publicReport.nameTooShort')),
      reporterPhone: optionalPhone(t('errors.phone')),
      reporterEmail: optionalEmail(t('errors.email')),
    },
  });

  const submit = (v: Values) =>
    onSubmit({
      title: v.title.trim(),
      description: v.description.trim(),
      detectedAt: fromLocalInput(v.detectedAt)!,
      ...(unitCode ? { unitCode } : {}),
      reporterName: v.reporterName.trim(),
      ...(v.reporterPhone.trim() ? { reporterPhone: v.reporterPhone.trim() } : {}),
      ...(v.reporterEmail.trim() ? { reporterEmail: v.reporterEmail.trim() } : {}),
      website: v.website,
    });

  return (
    <form onSubmit={form.onSubmit(submit)} noValidate data-testid="public-report-form">
      <Stack gap="md" pos="relative">
        <Fieldset legend={t('publicReport.whatHappened')} variant="unstyled" styles={LEGEND}>
          <Stack gap="sm">
            <TextInput
              label={t('publicReport.title')}
              placeholder={t('publicReport.titlePlaceholder')}
              required
              maxLength={300}
              data-testid="public-title"
              {...form.getInputProps('title')}
            />
            <Textarea
              label={t('publicReport.description')}
              description={t('publicReport.descriptionHint')}
              required
              autosize
              minRows={4}
              maxRows={12}
              maxLength={10_000}
              data-testid="public-description"
              {...form.getInputProps('description')}
            />
            <TextInput
              type="datetime-local"
              label={t('publicReport.detectedAt')}
              required
              data-testid="public-detected-at"
              {...form.getInputProps('detectedAt')}
            />
            {unitCode && (
              <Text size="sm" c="dimmed" data-testid="public-unit">
                {t('publicReport.unitTarget', { code: unitCode })}
              </Text>
            )}
          </Stack>
        </Fieldset>

        <Fieldset legend={t('publicReport.reporter')} variant="unstyled" styles={LEGEND}>
          <Stack gap="sm">
            <Text size="sm" c="dimmed">
              {t('publicReport.reporterHint')}
            </Text>
            <TextInput
              label={t('publicReport.reporterName')}
              autoComplete="name"
              required
              maxLength={200}
              data-testid="public-name"
              {...form.getInputProps('reporterName')}
            />
            <TextInput
              label={t('publicReport.reporterPhone')}
              type="tel"
              inputMode="tel"
              autoComplete="tel"
              maxLength={20}
              data-testid="public-phone"
              {...form.getInputProps('reporterPhone')}
            />
            <TextInput
              label={t('publicReport.reporterEmail')}
              type="email"
              autoComplete="email"
              maxLength={254}
              data-testid="public-email"
              {...form.getInputProps('reporterEmail')}
            />
          </Stack>
        </Fieldset>

        <div style={HONEYPOT_STYLE} aria-hidden="true">
          <label htmlFor="public-report-website">{t('publicReport.honeypot')}</label>
          <input
            id="public-report-website"
            type="text"
            name="website"
            tabIndex={-1}
            autoComplete="off"
            value={form.values.website}
            onChange={(e) => form.setFieldValue('website', e.currentTarget.value)}
          />
        </div>

        <Text size="xs" c="dimmed">
          {t('publicReport.privacy')}
        </Text>
        <Button
          type="submit"
          size="md"
          loading={busy}
          leftSection={<IconSend size={18} aria-hidden />}
          data-testid="public-submit"
          fullWidth
        >
          {t('publicReport.submit')}
        </Button>
      </Stack>
    </form>
  );
}
