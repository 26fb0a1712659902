import { Anchor, Badge, Group, Paper, Table, Text } from '@mantine/core';
import { MONITOR_KIND_LABELS } from '@ungcuu/domain/monitoring/monitor.ts';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { PageHeader } from '../../../components/page-header.tsx';
import { QueryState } from '../../../components/query-state.tsx';
import { formatDateTime, useLocale } from '../../../i18n/i18n.ts';
import { MonitorStatusBadge, percent } from '../components/status-badge.tsx';
import { useUnitStatus } from '../hooks/use-monitors.ts';

/** A unit's status page: what is down, since when, and each system's uptime. */
export function UnitStatusPage() {
  const { unitId = '' } = useParams();
  const { t } = useTranslation();
  const { label, locale } = useLocale();
  const status = useUnitStatus(unitId);
  const s = status.data;
  return (
    <QueryState isPending={status.isPending} error={status.error} onRetry={() => void status.refetch()}>
      {s && (
        <>
          <PageHeader title={t('monitoring.statusOf', { unit: s.unitName })} />
          <Group mb="sm">
            {(['down', 'up', 'pending', 'paused'] as const).map((k) => (
              <Badge
                key={k}
                size="lg"
                variant="light"
                color={k === 'down' ? 'red' : k === 'up' ? 'green' : 'gray'}
              >
                {`${t(`monitoring.status.${k}`)}: ${s.counts[k] ?? 0}`}
              </Badge>
            ))}
          </Group>
          <Paper withBorder>
            <Table>
              <Table.Tbody>
                {s.monitors.map((m) => (
                  <Table.Tr key={m.id}>
                    <Table.Td>
                      <Anchor component={Link} to={`/monitoring/${m.id}`}>
                        {m.name}
                      </Anchor>
                      <Text size="xs" c="dimmed">
                        {label(MONITOR_KIND_LABELS[m.kind])}
                      </Text>
                    </Table.Td>
                    <Table.Td>
                      <MonitorStatusBadge status={m.status} />
                    </Table.Td>
                    <Table.Td>
                      {m.downSince
                        ? t('monitoring.downSince', { at: formatDateTime(m.downSince, locale) })
                        : ''}
                    </Table.Td>
                    <Table.Td>{`24h ${percent(m.uptime24h)}`}</Table.Td>
                    <Table.Td>{`30d ${percent(m.uptime30d)}`}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Paper>
        </>
      )}
    </QueryState>
  );
}
