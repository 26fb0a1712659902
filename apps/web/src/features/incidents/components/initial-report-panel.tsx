import { Button, Group, Paper, Stack, Switch, Text, Textarea, Title } from '@mantine/core';
import type { IncidentPatch } from '@ungcuu/domain/incidents/schemas.ts';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { notifySuccess } from '../../../api/client.ts';
import { usePatchIncident } from '../hooks/use-incidents.ts';
import type { IncidentDetail } from '../incident-types.ts';

interface Draft {
  howDetected: string;
  supportRequest: string;
  keepConfidential: boolean;
}

const draftOf = (i: IncidentDetail): Draft => ({
  howDetected: i.howDetected ?? '',
  supportRequest: i.supportRequest ?? '',
  keepConfidential: i.keepConfidential ?? false,
});

/**
 * Mẫu 03 sections 7 (how detected), 10 (request for support) and 11 (keep confidential): entered
 * by whoever may edit the incident, printed in the initial report.
 */
export function InitialReportPanel({ incident }: { incident: IncidentDetail }) {
  const { t } = useTranslation();
  const patch = usePatchIncident(incident.id);
  const editable = incident.allowedActions.includes('incident.update') && incident.state !== 'closed';
  const saved = draftOf(incident);
  const savedKey = JSON.stringify(saved);
  const [draft, setDraft] = useState<Draft>(saved);
  // A save by someone else (or this one) becomes the new starting point.
  useEffect(() => setDraft(JSON.parse(savedKey) as Draft), [savedKey]);
  const body: IncidentPatch = {};
  if (draft.howDetected !== saved.howDetected) body.howDetected = draft.howDetected.trim() || null;
  if (draft.supportRequest !== saved.supportRequest)
    body.supportRequest = draft.supportRequest.trim() || null;
  if (draft.keepConfidential !== saved.keepConfidential) body.keepConfidential = draft.keepConfidential;
  const changed = Object.keys(body).length > 0;

  return (
    <Paper withBorder p={{ base: 'sm', sm: 'md' }} data-testid="initial-report">
      <Title order={2} size="h5" mb={4}>
        {t('incidents.initialReport.title')}
      </Title>
      <Text size="xs" c="dimmed" mb="sm">
        {t('incidents.initialReport.intro')}
      </Text>
      {editable ? (
        <Stack gap="sm">
          <Textarea
            label={t('incidents.initialReport.howDetected')}
            description={t('incidents.initialReport.howDetectedHint')}
            value={draft.howDetected}
            onChange={(e) => {
              const value = e.currentTarget.value;
              setDraft((d) => ({ ...d, howDetected: value }));
            }}
            autosize
            minRows={2}
            maxLength={5_000}
            data-testid="initial-howDetected"
          />
          <Textarea
            label={t('incidents.initialReport.supportRequest')}
            description={t('incidents.initialReport.supportRequestHint')}
            value={draft.supportRequest}
            onChange={(e) => {
              const value = e.currentTarget.value;
              setDraft((d) => ({ ...d, supportRequest: value }));
            }}
            autosize
            minRows={2}
            maxLength={5_000}
            data-testid="initial-supportRequest"
          />
          <Switch
            label={t('incidents.initialReport.keepConfidential')}
            checked={draft.keepConfidential}
            onChange={(e) => {
              const value = e.currentTarget.checked;
              setDraft((d) => ({ ...d, keepConfidential: value }));
            }}
            data-testid="initial-keepConfidential"
          />
          <Group justify="flex-end">
            <Button
              onClick={() => patch.mutate(body, { onSuccess: () => notifySuccess(t('common.saved')) })}
              disabled={!changed}
              loading={patch.isPending}
              data-testid="initial-save"
            >
              {t('common.save')}
            </Button>
          </Group>
        </Stack>
      ) : (
        <Stack gap="xs">
          {(['howDetected', 'supportRequest'] as const).map((f) => (
            <div key={f}>
              <Text size="sm" fw={600}>
                {t(`incidents.initialReport.${f}`)}
              </Text>
              <Text size="sm" style={{ whiteSpace: 'pre-wrap' }} c={saved[f] ? undefined : 'dimmed'}>
                {saved[f] || t('incidents.outcome.empty')}
              </Text>
            </div>
          ))}
          <Text size="sm">
            <Text span fw={600}>
              {t('incidents.initialReport.keepConfidential')}:{' '}
            </Text>
            {saved.keepConfidential ? t('incidents.initialReport.yes') : t('incidents.initialReport.no')}
          </Text>
        </Stack>
      )}
    </Paper>
  );
}
