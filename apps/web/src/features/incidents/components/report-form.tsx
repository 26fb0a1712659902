import { Button, Fieldset, Paper, Stack, Text, Textarea, TextInput, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useDebouncedValue } from '@mantine/hooks';
import { IconSend } from '@tabler/icons-react';
import type { IncidentReportInput, PublicIncidentReportInput } from '@ungcuu/domain/incidents/schemas.ts';
import type { CSSProperties } from 'react';
import { useTranslation } from 'react-i18next';
import { UnitSelect } from '../../../components/unit-select.tsx';
import { SystemSelect } from '../../systems/components/system-select.tsx';
import {
  type ContactDefaults,
  initialReportValues,
  type ReportValues,
  toIncidentReport,
  toPublicReport,
  validateReport,
} from '../report-form-values.ts';
import { SimilarToDraft } from './similar-panel.tsx';
import { TriggerQuestions, YesNoQuestion } from './trigger-questions.tsx';

/** Incidents this report may repeat, asked once typing pauses (a wave of the same report is one campaign). */
function DraftSimilar(props: { title: string; description: string; systemId: string | null }) {
  const [debounced] = useDebouncedValue(props, 600);
  return <SimilarToDraft {...debounced} />;
}

/** What only a signed-in officer is asked: the inventory system, the unit, the impact questions. */
interface SignedInProps {
  variant: 'signed-in';
  onSubmit: (input: IncidentReportInput) => void;
  /** The contact starts as the signed-in person. */
  contact: ContactDefaults;
  /** The unit whose systems are offered when no other unit is chosen. */
  unitId: string;
  /** People who may report for any unit pick the reporting unit. */
  onBehalf: boolean;
}

/** What only a citizen gets: a required name and description, the honeypot, the privacy note. */
interface PublicProps {
  variant: 'public';
  onSubmit: (input: PublicIncidentReportInput) => void;
  /** `?unit=CODE` of the public address: the report goes straight to that unit. */
  unitCode: string | null;
}

type Props = (SignedInProps | PublicProps) & { busy: boolean };

/** Per variant: the message namespace and the data-testid prefix the e2e tests use. */
const TEXTS = {
  'signed-in': { ns: 'report', id: 'report', form: 'report-form', contact: 'report.contact' },
  public: { ns: 'publicReport', id: 'public', form: 'public-report-form', contact: 'publicReport.reporter' },
} as const;

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
 * "Báo cáo sự cố", filled in within a minute on a phone, by a unit officer (signed in: only the
 * title is required, the contact is the officer) or by a citizen on the public page.
 */
export function ReportForm(props: Props) {
  const { t } = useTranslation();
  const { variant, busy } = props;
  const signedIn = props.variant === 'signed-in' ? props : null;
  const text = TEXTS[variant];
  const form = useForm<ReportValues>({
    mode: 'controlled',
    initialValues: initialReportValues(signedIn?.contact),
    validate: (values) =>
      Object.fromEntries(Object.entries(validateReport(values, variant)).map(([k, key]) => [k, t(key)])),
  });
  const submit = (v: ReportValues) =>
    props.variant === 'signed-in'
      ? props.onSubmit(toIncidentReport(v))
      : props.onSubmit(toPublicReport(v, props.unitCode));

  const facts = (
    <Stack gap="sm">
      <TextInput
        label={t(`${text.ns}.title`)}
        placeholder={t(`${text.ns}.titlePlaceholder`)}
        required
        maxLength={300}
        data-testid={`${text.id}-title`}
        {...form.getInputProps('title')}
      />
      <Textarea
        label={t(`${text.ns}.description`)}
        {...(signedIn
          ? { placeholder: t('report.descriptionPlaceholder'), minRows: 3, maxRows: 10 }
          : { description: t('publicReport.descriptionHint'), required: true, minRows: 4, maxRows: 12 })}
        autosize
        maxLength={10_000}
        data-testid={`${text.id}-description`}
        {...form.getInputProps('description')}
      />
      {signedIn && (
        <DraftSimilar
          title={form.values.title}
          description={form.values.description}
          systemId={form.values.systemId}
        />
      )}
      <TextInput
        type="datetime-local"
        label={t(`${text.ns}.detectedAt`)}
        description={signedIn ? t('report.detectedAtHint') : undefined}
        required
        data-testid={`${text.id}-detected-at`}
        {...form.getInputProps('detectedAt')}
      />
      {signedIn && (
        <>
          {/* From the inventory when it is there (its level and owner set the severity); free text otherwise. */}
          <SystemSelect
            label={t('report.systemFromInventory')}
            value={form.values.systemId}
            onChange={(id) => form.setFieldValue('systemId', id)}
            unitId={signedIn.onBehalf ? form.values.reportingUnitId : signedIn.unitId}
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
          {signedIn.onBehalf && (
            <UnitSelect
              label={t('report.reportingUnit')}
              description={t('report.reportingUnitHint')}
              value={form.values.reportingUnitId}
              onChange={(id) => form.setFieldValue('reportingUnitId', id)}
              clearable
            />
          )}
        </>
      )}
      {props.variant === 'public' && props.unitCode && (
        <Text size="sm" c="dimmed" data-testid="public-unit">
          {t('publicReport.unitTarget', { code: props.unitCode })}
        </Text>
      )}
    </Stack>
  );

  const contact = (
    <Stack gap={signedIn ? 'xs' : 'sm'}>
      {!signedIn && (
        <Text size="sm" c="dimmed">
          {t('publicReport.reporterHint')}
        </Text>
      )}
      <TextInput
        label={t(signedIn ? 'report.contactName' : 'publicReport.reporterName')}
        autoComplete="name"
        required={!signedIn}
        maxLength={200}
        data-testid={signedIn ? undefined : 'public-name'}
        {...form.getInputProps('contactName')}
      />
      <TextInput
        label={t(signedIn ? 'report.contactPhone' : 'publicReport.reporterPhone')}
        type="tel"
        inputMode="tel"
        autoComplete="tel"
        maxLength={20}
        data-testid={signedIn ? undefined : 'public-phone'}
        {...form.getInputProps('contactPhone')}
      />
      <TextInput
        label={t(signedIn ? 'report.contactEmail' : 'publicReport.reporterEmail')}
        type="email"
        autoComplete="email"
        maxLength={254}
        data-testid={signedIn ? undefined : 'public-email'}
        {...form.getInputProps('contactEmail')}
      />
    </Stack>
  );

  return (
    <form onSubmit={form.onSubmit(submit)} noValidate data-testid={text.form}>
      <Stack gap="md" pos="relative">
        {signedIn ? (
          <>
            <Paper withBorder p={{ base: 'sm', sm: 'md' }}>
              {facts}
            </Paper>
            <ImpactQuestions
              triggers={form.values.triggers}
              personalData={form.values.personalData}
              onTriggers={(v) => form.setFieldValue('triggers', v)}
              onPersonalData={(v) => form.setFieldValue('personalData', v)}
            />
            <Fieldset legend={t(text.contact)} variant="default">
              {contact}
            </Fieldset>
          </>
        ) : (
          <>
            <Fieldset legend={t('publicReport.whatHappened')} variant="unstyled" styles={LEGEND}>
              {facts}
            </Fieldset>
            <Fieldset legend={t(text.contact)} variant="unstyled" styles={LEGEND}>
              {contact}
            </Fieldset>
            <Honeypot value={form.values.website} onChange={(v) => form.setFieldValue('website', v)} />
            <Text size="xs" c="dimmed">
              {t('publicReport.privacy')}
            </Text>
          </>
        )}
        <Button
          type="submit"
          size="md"
          loading={busy}
          leftSection={<IconSend size={18} aria-hidden />}
          data-testid={`${text.id}-submit`}
          fullWidth
        >
          {t(`${text.ns}.submit`)}
        </Button>
      </Stack>
    </form>
  );
}

/** The questions that decide the initial severity (signed-in reports only). */
function ImpactQuestions({
  triggers,
  personalData,
  onTriggers,
  onPersonalData,
}: {
  triggers: ReportValues['triggers'];
  personalData: boolean;
  onTriggers: (value: ReportValues['triggers']) => void;
  onPersonalData: (value: boolean) => void;
}) {
  const { t } = useTranslation();
  return (
    <Paper withBorder p={{ base: 'sm', sm: 'md' }}>
      <Title order={2} size="h5" mb={4}>
        {t('report.triggersTitle')}
      </Title>
      <Text size="xs" c="dimmed" mb="md">
        {t('report.triggersIntro')}
      </Text>
      <Stack gap="md">
        <TriggerQuestions value={triggers} onChange={onTriggers} />
        <YesNoQuestion
          question={t('report.personalData')}
          hint={t('report.personalDataHint')}
          value={personalData}
          onChange={onPersonalData}
          testId="report-personal-data"
        />
      </Stack>
    </Paper>
  );
}

/** A field people never see and leave empty; the server drops reports that fill it. */
function Honeypot({ value, onChange }: { value: string; onChange: (value: string) => void }) {
  const { t } = useTranslation();
  return (
    <div style={HONEYPOT_STYLE} aria-hidden="true">
      <label htmlFor="public-report-website">{t('publicReport.honeypot')}</label>
      <input
        id="public-report-website"
        type="text"
        name="website"
        tabIndex={-1}
        autoComplete="off"
        value={value}
        onChange={(e) => onChange(e.currentTarget.value)}
      />
    </div>
  );
}
