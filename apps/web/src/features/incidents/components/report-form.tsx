import { Button, Fieldset, Paper, Stack, Text, Textarea, TextInput, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useDebouncedValue } from '@mantine/hooks';
import { IconSend } from '@tabler/icons-react';
import { widestScope } from '@ungcuu/domain/auth/permissions.ts';
import type { IncidentReportInput } from '@ungcuu/domain/incidents/schemas.ts';
import { noTriggers, type TriggerFlags } from '@ungcuu/domain/incidents/triggers.ts';
import { useTranslation } from 'react-i18next';
import { UnitSelect } from '../../../components/unit-select.tsx';
import { optionalEmail, optionalPhone } from '../../../lib/validators.ts';
import { useSession } from '../../auth/components/session-gate.tsx';
import { SystemSelect } from '../../systems/components/system-select.tsx';
import { fromLocalInput, toLocalInput } from '../datetime.ts';
import { SimilarToDraft } from './similar-panel.tsx';
import { TriggerQuestions, YesNoQuestion } from './trigger-questions.tsx';

/** Incidents this report may repeat, asked once typing pauses (a wave of the same report is one campaign). */
function DraftSimilar(props: { title: string; description: string; systemId: string | null }) {
  const [debounced] = useDebouncedValue(props, 600);
  return <SimilarToDraft {...debounced} />;
}

interface Values {
  title: string;
  description: string;
  detectedAt: string;
  systemId: string | null;
  systemText: string;
  triggers: TriggerFlags;
  personalData: boolean;
  reportingUnitId: string | null;
  contactName: string;
  contactPhone: string;
  contactEmail: string;
}

// The server refuses a detection time more than a few minutes ahead (clock drift allowance).
const FUTURE_TOLERANCE_MS = 5 * 60_000;

/**
 * "Báo cáo sự cố": what a unit officer fills in within a minute on a phone. Only the title is
 * required; the detection time defaults to now and the contact to the signed-in person.
 */
export function ReportForm({
  onSubmit,
  busy,
}: {
  onSubmit: (input: IncidentReportInput) => void;
  busy: boolean;
}) {
  const { t } = useTranslation();
  const { me, actor } = useSession();
  const onBehalf = widestScope(actor, 'incident.report') === 'all';
  const form = useForm<Values>({
    mode: 'controlled',
    initialValues: {
      title: '',
      description: '',
      detectedAt: toLocalInput(new Date()),
      systemId: null,
      systemText: '',
      triggers: noTriggers(),
      personalData: false,
      reportingUnitId: null,
      contactName: me.user.fullName,
      contactPhone: me.user.phone ?? '',
      contactEmail: me.user.email ?? '',
    },
    validate: {
      title: (v) => (v.trim().length >= 3 ? null : t('report.titleTooShort')),
      detectedAt: (v) => {
        const iso = fromLocalInput(v);
        if (!iso) return t('errors.required');
        return new Date(iso).getTime() > Date.now() + FUTURE_TOLERANCE_MS
          ? t('report.detectedInFuture')
          : null;
      },
      contactPhone: optionalPhone(t('errors.phone')),
      contactEmail: optionalEmail(t('errors.email')),
    },
  });

  const submit = (v: Values) =>
    onSubmit({
      title: v.title.trim(),
      ...(v.description.trim() ? { description: v.description.trim() } : {}),
      detectedAt: fromLocalInput(v.detectedAt)!,
      ...(v.systemId ? { systemId: v.systemId } : {}),
      ...(v.systemText.trim() ? { systemText: v.systemText.trim() } : {}),
      ...(v.reportingUnitId ? { reportingUnitId: v.reportingUnitId } : {}),
      triggers: v.triggers,
      personalData: v.personalData,
      contact: { name: v.contactName.trim(), phone: v.contactPhone.trim(), email: v.contactEmail.trim() },
    });

  return (
    <form onSubmit={form.onSubmit(submit)} noValidate data-testid="report-form">
      <Stack gap="md">
        <Paper withBorder p={{ base: 'sm', sm: 'md' }}>
          <Stack gap="sm">
            <TextInput
              label={t('report.title')}
              placeholder={t('report.titlePlaceholder')}
              required
              maxLength={300}
              data-testid="report-title"
              {...form.getInputProps('title')}
            />
            <Textarea
              label={t('report.description')}
              placeholder={t('report.descriptionPlaceholder')}
              autosize
              minRows={3}
              maxRows={10}
              data-testid="report-description"
              {...form.getInputProps('description')}
            />
            <DraftSimilar
              title={form.values.title}
              description={form.values.description}
              systemId={form.values.systemId}
            />
            <TextInput
              type="datetime-local"
              label={t('report.detectedAt')}
              description={t('report.detectedAtHint')}
              required
              data-testid="report-detected-at"
              {...form.getInputProps('detectedAt')}
            />
            {/* From the inventory when it is there (its level and owner set the severity); free text otherwise. */}
            <SystemSelect
              label={t('report.systemFromInventory')}
              value={form.values.systemId}
              onChange={(id) => form.setFieldValue('systemId', id)}
              unitId={onBehalf ? form.values.reportingUnitId : me.user.unitId}
              clearable
            />
            {!form.values.systemId && (
              <TextInput
                label={t('report.system')}
                placeholder={t('report.systemPlaceholder')}
                maxLength={300}
                {...form.getInputProps('systemText')}
              />
            )}
            {onBehalf && (
              <UnitSelect
                label={t('report.reportingUnit')}
                description={t('report.reportingUnitHint')}
                value={form.values.reportingUnitId}
                onChange={(id) => form.setFieldValue('reportingUnitId', id)}
                clearable
              />
            )}
          </Stack>
        </Paper>

        <Paper withBorder p={{ base: 'sm', sm: 'md' }}>
          <Title order={2} size="h5" mb={4}>
            {t('report.triggersTitle')}
          </Title>
          <Text size="xs" c="dimmed" mb="md">
            {t('report.triggersIntro')}
          </Text>
          <Stack gap="md">
            <TriggerQuestions
              value={form.values.triggers}
              onChange={(v) => form.setFieldValue('triggers', v)}
            />
            <YesNoQuestion
              question={t('report.personalData')}
              hint={t('report.personalDataHint')}
              value={form.values.personalData}
              onChange={(v) => form.setFieldValue('personalData', v)}
              testId="report-personal-data"
            />
          </Stack>
        </Paper>

        <Fieldset legend={t('report.contact')} variant="default">
          <Stack gap="xs">
            <TextInput
              label={t('report.contactName')}
              autoComplete="name"
              {...form.getInputProps('contactName')}
            />
            <TextInput
              label={t('report.contactPhone')}
              type="tel"
              autoComplete="tel"
              {...form.getInputProps('contactPhone')}
            />
            <TextInput
              label={t('report.contactEmail')}
              type="email"
              autoComplete="email"
              {...form.getInputProps('contactEmail')}
            />
          </Stack>
        </Fieldset>

        <Button
          type="submit"
          size="md"
          loading={busy}
          leftSection={<IconSend size={18} aria-hidden />}
          data-testid="report-submit"
          fullWidth
        >
          {t('report.submit')}
        </Button>
      </Stack>
    </form>
  );
}
