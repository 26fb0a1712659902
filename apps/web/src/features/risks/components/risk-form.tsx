import { Button, Group, Select, SimpleGrid, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import type { Subtype } from '@ungcuu/domain/incidents/taxonomy.ts';
import { type RiskRating, riskBand } from '@ungcuu/domain/risks/risk-scoring.ts';
import { useTranslation } from 'react-i18next';
import { notifySuccess } from '../../../api/client.ts';
import { nullableText } from '../../../lib/format.ts';
import { SystemSelect } from '../../systems/components/system-select.tsx';
import { useSaveRisk } from '../hooks/use-risks.ts';
import {
  RISK_STATUSES,
  RISK_TREATMENTS,
  type RiskStatus,
  type RiskTreatment,
  type RiskView,
} from '../risk-types.ts';
import { RatingInput } from './rating-input.tsx';
import { ScoreBadge } from './score-badge.tsx';
import { ThreatSelect } from './threat-select.tsx';

interface Values {
  systemId: string | null;
  subtype: Subtype | null;
  likelihood: RiskRating | null;
  impact: RiskRating | null;
  vulnerability: string;
  controls: string;
  treatment: RiskTreatment;
  mitigation: string;
  ownerName: string;
  dueDate: string;
  reviewDate: string;
  status: RiskStatus;
}

function initial(risk: RiskView | undefined, systemId: string | null): Values {
  return {
    systemId: risk?.systemId ?? systemId,
    subtype: risk?.subtype ?? null,
    likelihood: risk?.likelihood ?? null,
    impact: risk?.impact ?? null,
    vulnerability: risk?.vulnerability ?? '',
    controls: risk?.controls ?? '',
    treatment: risk?.treatment ?? 'mitigate',
    mitigation: risk?.mitigation ?? '',
    ownerName: risk?.ownerName ?? '',
    dueDate: risk?.dueDate ?? '',
    reviewDate: risk?.reviewDate ?? '',
    status: risk?.status ?? 'open',
  };
}

/** One row of the risk register: the threat, its rating with written meanings, and its treatment. */
export function RiskForm({
  risk,
  systemId = null,
  onDone,
}: {
  risk?: RiskView;
  systemId?: string | null;
  onDone: () => void;
}) {
  const { t } = useTranslation();
  const save = useSaveRisk();
  const form = useForm<Values>({
    mode: 'controlled',
    initialValues: initial(risk, systemId),
    validate: {
      systemId: (v) => (v ? null : t('errors.required')),
      subtype: (v) => (v ? null : t('errors.required')),
      likelihood: (v) => (v ? null : t('risks.validation.rating')),
      impact: (v) => (v ? null : t('risks.validation.rating')),
    },
  });
  const v = form.values;
  const score = v.likelihood && v.impact ? v.likelihood * v.impact : null;
  const submit = (values: Values) =>
    save.mutate(
      {
        id: risk?.id,
        version: risk?.version,
        input: {
          systemId: values.systemId!,
          subtype: values.subtype!,
          likelihood: values.likelihood!,
          impact: values.impact!,
          vulnerability: values.vulnerability.trim(),
          mitigation: values.mitigation.trim(),
          controls: nullableText(values.controls),
          treatment: values.treatment,
          ownerName: nullableText(values.ownerName),
          dueDate: nullableText(values.dueDate),
          reviewDate: nullableText(values.reviewDate),
          status: values.status,
        },
      },
      {
        onSuccess: () => {
          notifySuccess(risk ? t('risks.updated') : t('risks.created'));
          onDone();
        },
      },
    );
  return (
    <form onSubmit={form.onSubmit(submit)} noValidate data-testid="risk-form">
      <Stack>
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
          <SystemSelect
            label={t('risks.fields.system')}
            required
            disabled={!!risk || !!systemId}
            value={v.systemId}
            onChange={(id) => form.setFieldValue('systemId', id)}
            error={form.errors.systemId as string | undefined}
            testId="risk-system"
          />
          <ThreatSelect
            label={t('risks.fields.threat')}
            required
            value={v.subtype}
            onChange={(s) => form.setFieldValue('subtype', s)}
            error={form.errors.subtype as string | undefined}
          />
        </SimpleGrid>
        <RatingInput
          label={t('risks.fields.likelihood')}
          scale="likelihood"
          value={v.likelihood}
          onChange={(r) => form.setFieldValue('likelihood', r)}
          testId="rating-likelihood"
        />
        {form.errors.likelihood && (
          <Text size="xs" c="red">
            {form.errors.likelihood}
          </Text>
        )}
        <RatingInput
          label={t('risks.fields.impact')}
          scale="impact"
          value={v.impact}
          onChange={(r) => form.setFieldValue('impact', r)}
          testId="rating-impact"
        />
        {form.errors.impact && (
          <Text size="xs" c="red">
            {form.errors.impact}
          </Text>
        )}
        <Group gap="xs" data-testid="risk-score-preview">
          <Text size="sm" fw={500}>
            {t('risks.fields.score')}:
          </Text>
          {score ? (
            <ScoreBadge score={score} band={riskBand(score)} />
          ) : (
            <Text size="sm">{t('common.none')}</Text>
          )}
          <Text size="xs" c="dimmed">
            {t('risks.scoreRule')}
          </Text>
        </Group>
        <Textarea
          label={t('risks.fields.vulnerability')}
          autosize
          minRows={2}
          {...form.getInputProps('vulnerability')}
        />
        <Textarea
          label={t('risks.fields.controls')}
          autosize
          minRows={2}
          {...form.getInputProps('controls')}
        />
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
          <Select
            label={t('risks.fields.treatment')}
            data={RISK_TREATMENTS.map((x) => ({ value: x, label: t(`risks.treatments.${x}`) }))}
            allowDeselect={false}
            {...form.getInputProps('treatment')}
          />
          <TextInput label={t('risks.fields.owner')} {...form.getInputProps('ownerName')} />
        </SimpleGrid>
        <Textarea
          label={t('risks.fields.mitigation')}
          autosize
          minRows={2}
          {...form.getInputProps('mitigation')}
        />
        <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm">
          <TextInput label={t('risks.fields.due')} type="date" {...form.getInputProps('dueDate')} />
          <TextInput label={t('risks.fields.review')} type="date" {...form.getInputProps('reviewDate')} />
          <Select
            label={t('risks.fields.status')}
            data={RISK_STATUSES.map((x) => ({ value: x, label: t(`risks.statuses.${x}`) }))}
            allowDeselect={false}
            {...form.getInputProps('status')}
          />
        </SimpleGrid>
        <Group justify="flex-end">
          <Button type="submit" loading={save.isPending}>
            {t('common.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
