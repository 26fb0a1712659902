import { Alert, Button, Group, Stack, Textarea, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { notifySuccess } from '../../../api/client.ts';
import { todayVn } from '../../../lib/format.ts';
import { useCompleteInspection } from '../hooks/use-inspections.ts';
import type { InspectionDetail } from '../inspection-types.ts';

/** Closing the inspection: every applicable item answered; each "no"/"partial" becomes a remediation task. */
export function CompleteDialog({ inspection, onDone }: { inspection: InspectionDetail; onDone: () => void }) {
  const { t } = useTranslation();
  const complete = useCompleteInspection(inspection.id);
  const [conductedOn, setConductedOn] = useState(todayVn());
  const [inspector, setInspector] = useState(inspection.inspectorName ?? '');
  const [summary, setSummary] = useState('');
  const findings = inspection.items.filter(
    (i) => i.applies && (i.answer === 'no' || i.answer === 'partial'),
  ).length;
  const submit = () =>
    complete.mutate(
      {
        conductedOn,
        ...(inspector.trim() ? { inspectorName: inspector.trim() } : {}),
        ...(summary.trim() ? { summary: summary.trim() } : {}),
      },
      {
        onSuccess: (detail) => {
          notifySuccess(t('inspections.complete.done', { count: detail.remediationTasks.length }));
          onDone();
        },
      },
    );
  return (
    <Stack>
      <Alert color="blue" variant="light">
        {t('inspections.complete.intro', { count: findings })}
      </Alert>
      <TextInput
        label={t('inspections.complete.conductedOn')}
        type="date"
        required
        value={conductedOn}
        onChange={(e) => setConductedOn(e.currentTarget.value)}
      />
      <TextInput
        label={t('inspections.fields.inspector')}
        value={inspector}
        onChange={(e) => setInspector(e.currentTarget.value)}
      />
      <Textarea
        label={t('inspections.complete.summary')}
        autosize
        minRows={3}
        value={summary}
        onChange={(e) => setSummary(e.currentTarget.value)}
      />
      <Group justify="flex-end">
        <Button onClick={submit} loading={complete.isPending} disabled={!conductedOn}>
          {t('inspections.complete.submit')}
        </Button>
      </Group>
    </Stack>
  );
}
