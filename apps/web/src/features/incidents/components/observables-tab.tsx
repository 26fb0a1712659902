import { Anchor, Badge, Button, Group, Paper, Select, Stack, Table, Text, TextInput } from '@mantine/core';
import {
  OBSERVABLE_KIND_LABELS,
  OBSERVABLE_KINDS,
  type ObservableKind,
} from '@ungcuu/domain/incidents/observables.ts';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { notifySuccess } from '../../../api/client.ts';
import { LongList } from '../../../components/long-list.tsx';
import { QueryState } from '../../../components/query-state.tsx';
import { useLocale } from '../../../i18n/i18n.ts';
import { useAddObservable, useObservables } from '../hooks/use-incident-work.ts';
import type { IncidentDetail } from '../incident-types.ts';
import { SharingBar } from './sharing-bar.tsx';

function AddObservable({ incidentId }: { incidentId: string }) {
  const { t } = useTranslation();
  const { label } = useLocale();
  const add = useAddObservable(incidentId);
  const [kind, setKind] = useState<ObservableKind>('ip');
  const [value, setValue] = useState('');
  return (
    <Paper withBorder p="sm" bg="gray.0">
      <form
        onSubmit={(e) => {
          e.preventDefault();
          if (!value.trim()) return;
          add.mutate(
            { kind, value: value.trim() },
            {
              onSuccess: () => {
                notifySuccess(t('incidents.observables.added'));
                setValue('');
              },
            },
          );
        }}
      >
        <Group align="flex-end" gap="sm" wrap="wrap">
          <Select
            label={t('incidents.observables.kind')}
            data={OBSERVABLE_KINDS.map((k) => ({ value: k, label: label(OBSERVABLE_KIND_LABELS[k]) }))}
            value={kind}
            onChange={(v) => v && setKind(v as ObservableKind)}
            allowDeselect={false}
            style={{ flex: '1 1 12rem' }}
          />
          <TextInput
            label={t('incidents.observables.value')}
            description={t('incidents.observables.valueHint')}
            value={value}
            onChange={(e) => setValue(e.currentTarget.value)}
            maxLength={2000}
            style={{ flex: '3 1 18rem' }}
            ff="monospace"
          />
          <Button type="submit" loading={add.isPending} disabled={!value.trim()}>
            {t('incidents.observables.add')}
          </Button>
        </Group>
      </form>
    </Paper>
  );
}

/**
 * Dấu hiệu: IP addresses, domains, hashes… named in the incident (typed or found in the report text),
 * each with the other incidents that share it: the way to see one campaign behind several reports.
 */
export function ObservablesTab({ incident }: { incident: IncidentDetail }) {
  const { t } = useTranslation();
  const { label } = useLocale();
  const list = useObservables(incident.id);
  const canAdd = incident.allowedActions.includes('incident.update') && incident.state !== 'closed';
  return (
    <Stack gap="md">
      {incident.visibility === 'full' && <SharingBar incident={incident} canImport={canAdd} />}
      {canAdd && <AddObservable incidentId={incident.id} />}
      <QueryState isPending={list.isPending} error={list.error} onRetry={() => void list.refetch()}>
        {(list.data ?? []).length === 0 ? (
          <Text c="dimmed">{t('incidents.observables.empty')}</Text>
        ) : (
          <Table.ScrollContainer minWidth={560}>
            <Table verticalSpacing="xs" data-testid="observables-table">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('incidents.observables.kind')}</Table.Th>
                  <Table.Th>{t('incidents.observables.value')}</Table.Th>
                  <Table.Th>{t('incidents.observables.sharedWith')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <LongList
                items={list.data ?? []}
                estimate={48}
                frame={(rows, padding) => (
                  <Table.Tbody>
                    {padding.top > 0 && <tr aria-hidden style={{ height: padding.top }} />}
                    {rows}
                    {padding.bottom > 0 && <tr aria-hidden style={{ height: padding.bottom }} />}
                  </Table.Tbody>
                )}
                row={(o, index, measure) => (
                  <Table.Tr key={o.id} ref={measure} data-index={index}>
                    <Table.Td>
                      <Text size="sm">{label(OBSERVABLE_KIND_LABELS[o.kind])}</Text>
                      {o.source !== 'manual' && (
                        <Badge size="xs" variant="light" color="gray" style={{ textTransform: 'none' }}>
                          {t('incidents.observables.extracted')}
                        </Badge>
                      )}
                    </Table.Td>
                    <Table.Td>
                      <Text size="sm" ff="monospace" style={{ wordBreak: 'break-all' }}>
                        {o.normalized}
                      </Text>
                      {o.value !== o.normalized && (
                        <Text size="xs" c="dimmed" ff="monospace" style={{ wordBreak: 'break-all' }}>
                          {o.value}
                        </Text>
                      )}
                    </Table.Td>
                    <Table.Td>
                      {o.sharedWith.length === 0 ? (
                        <Text size="sm" c="dimmed">
                          —
                        </Text>
                      ) : (
                        <Stack gap={2}>
                          {o.sharedWith.map((other) => (
                            <Anchor key={other.id} component={Link} to={`/incidents/${other.id}`} size="sm">
                              <Text span ff="monospace" fw={600}>
                                {other.code}
                              </Text>{' '}
                              {other.title}
                            </Anchor>
                          ))}
                        </Stack>
                      )}
                    </Table.Td>
                  </Table.Tr>
                )}
              />
            </Table>
          </Table.ScrollContainer>
        )}
      </QueryState>
    </Stack>
  );
}
