import { Badge, Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { notifySuccess } from '../../../api/client.ts';
import { useAssign } from '../hooks/use-incidents.ts';
import type { IncidentDetail } from '../incident-types.ts';
import { UnitMultiSelect, UserSelect, useUserById } from './people-pickers.tsx';

/** Người chủ trì (lead) and the responding units; the focal office changes them (seed II.1.d). */
export function AssignmentPanel({ incident }: { incident: IncidentDetail }) {
  const { t } = useTranslation();
  const assign = useAssign(incident.id);
  const canAssign = incident.allowedActions.includes('incident.assign');
  const lead = useUserById(incident.leadUserId);
  const [leadId, setLeadId] = useState<string | null>(incident.leadUserId);
  const [units, setUnits] = useState<string[]>(incident.respondingUnitIds);
  // Another person may change the assignment meanwhile: follow the server unless editing.
  const key = `${incident.leadUserId}|${incident.respondingUnitIds.join(',')}`;
  // biome-ignore lint/correctness/useExhaustiveDependencies: reset when the server's assignment changes
  useEffect(() => {
    setLeadId(incident.leadUserId);
    setUnits(incident.respondingUnitIds);
  }, [key]);
  const dirty = leadId !== incident.leadUserId || units.join(',') !== incident.respondingUnitIds.join(',');
  const unitName = (id: string) => incident.units.find((u) => u.id === id)?.name ?? '…';

  return (
    <Paper withBorder p={{ base: 'sm', sm: 'md' }} data-testid="assignment">
      <Title order={2} size="h5" mb="xs">
        {t('incidents.assign.title')}
      </Title>
      {canAssign ? (
        <Stack gap="sm">
          <UserSelect
            label={t('incidents.assign.lead')}
            value={leadId}
            onChange={setLeadId}
            testId="assign-lead"
          />
          <UnitMultiSelect
            label={t('incidents.assign.units')}
            value={units}
            onChange={setUnits}
            known={incident.units}
            testId="assign-units"
          />
          {dirty && (
            <Group justify="flex-end">
              <Button
                size="xs"
                loading={assign.isPending}
                onClick={() =>
                  assign.mutate(
                    { leadUserId: leadId, respondingUnitIds: units },
                    { onSuccess: () => notifySuccess(t('incidents.assign.done')) },
                  )
                }
              >
                {t('common.save')}
              </Button>
            </Group>
          )}
        </Stack>
      ) : (
        <Stack gap={6}>
          <Text size="sm">
            <Text span c="dimmed">
              {t('incidents.assign.lead')}:{' '}
            </Text>
            {incident.leadUserId ? (lead.data?.fullName ?? '…') : t('incidents.assign.noLead')}
          </Text>
          <Group gap={4}>
            <Text size="sm" c="dimmed">
              {t('incidents.assign.units')}:
            </Text>
            {incident.respondingUnitIds.length === 0 && <Text size="sm">—</Text>}
            {incident.respondingUnitIds.map((id) => (
              <Badge key={id} variant="light" color="gray" style={{ textTransform: 'none' }}>
                {unitName(id)}
              </Badge>
            ))}
          </Group>
        </Stack>
      )}
    </Paper>
  );
}
