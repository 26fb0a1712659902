import { Button, Checkbox, Group, NumberInput, Paper, Stack, Text, Textarea, Title } from '@mantine/core';
import { formatDongVi } from '@ungcuu/domain/documents/vietnamese-typography.ts';
import type { IncidentPatch } from '@ungcuu/domain/incidents/schemas.ts';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { notifySuccess } from '../../../api/client.ts';
import { usePatchIncident } from '../hooks/use-incidents.ts';
import type { IncidentDetail } from '../incident-types.ts';

interface Draft {
  helpDomestic: boolean;
  helpForeign: boolean;
  coordinatorSupportRequested: boolean;
  helpingOrganisations: string;
  damageEstimate: number | null;
}

const draftOf = (i: IncidentDetail): Draft => ({
  helpDomestic: i.helpDomestic,
  helpForeign: i.helpForeign,
  coordinatorSupportRequested: i.coordinatorSupportRequested,
  helpingOrganisations: i.helpingOrganisations ?? '',
  damageEstimate: i.damageEstimate,
});

/**
 * What Mẫu 05 (the six-month and annual summary) counts for an attack: handled alone or with
 * domestic / foreign help, support asked of the national coordinator, estimated damage in đồng.
 */
export function Mau05FactsPanel({ incident }: { incident: IncidentDetail }) {
  const { t } = useTranslation();
  const patch = usePatchIncident(incident.id);
  const editable = incident.allowedActions.includes('incident.update') && incident.state !== 'closed';
  const savedKey = JSON.stringify(draftOf(incident));
  const [draft, setDraft] = useState<Draft>(() => draftOf(incident));
  useEffect(() => setDraft(JSON.parse(savedKey) as Draft), [savedKey]);
  const changed = JSON.stringify(draft) !== savedKey;
  const save = () => {
    const body: IncidentPatch = {
      helpDomestic: draft.helpDomestic,
      helpForeign: draft.helpForeign,
      coordinatorSupportRequested: draft.coordinatorSupportRequested,
      helpingOrganisations: draft.helpingOrganisations.trim() || null,
      damageEstimate: draft.damageEstimate,
    };
    patch.mutate(body, { onSuccess: () => notifySuccess(t('common.saved')) });
  };
  return (
    <Paper withBorder p={{ base: 'sm', sm: 'md' }} data-testid="mau05-facts">
      <Title order={2} size="h5" mb={4}>
        {t('reports.incidentFacts.title')}
      </Title>
      <Text size="xs" c="dimmed" mb="sm">
        {t('reports.incidentFacts.intro')}
      </Text>
      {editable ? (
        <Stack gap="xs">
          {(['helpDomestic', 'helpForeign', 'coordinatorSupportRequested'] as const).map((f) => (
            <Checkbox
              key={f}
              label={t(`reports.incidentFacts.${f}`)}
              checked={draft[f]}
              onChange={(e) => {
                const checked = e.currentTarget.checked;
                setDraft((d) => ({ ...d, [f]: checked }));
              }}
            />
          ))}
          <Textarea
            label={t('reports.incidentFacts.helpingOrganisations')}
            value={draft.helpingOrganisations}
            onChange={(e) => {
              const value = e.currentTarget.value;
              setDraft((d) => ({ ...d, helpingOrganisations: value }));
            }}
            autosize
            minRows={1}
            maxLength={2000}
          />
          <NumberInput
            label={t('reports.incidentFacts.damageEstimate')}
            value={draft.damageEstimate ?? ''}
            min={0}
            max={1_000_000_000_000_000}
            allowDecimal={false}
            allowNegative={false}
            thousandSeparator="."
            decimalSeparator=","
            onChange={(v) => setDraft((d) => ({ ...d, damageEstimate: typeof v === 'number' ? v : null }))}
          />
          <Group justify="flex-end">
            <Button onClick={save} disabled={!changed} loading={patch.isPending}>
              {t('common.save')}
            </Button>
          </Group>
        </Stack>
      ) : (
        <Text size="sm">
          {[
            incident.helpDomestic && t('reports.incidentFacts.helpDomestic'),
            incident.helpForeign && t('reports.incidentFacts.helpForeign'),
            incident.coordinatorSupportRequested && t('reports.incidentFacts.coordinatorSupportRequested'),
            incident.damageEstimate !== null && formatDongVi(incident.damageEstimate),
          ]
            .filter(Boolean)
            .join(' · ') || t('reports.incidentFacts.alone')}
        </Text>
      )}
    </Paper>
  );
}
