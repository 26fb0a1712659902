import { Anchor, Button, Group, Paper, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { checkMessageText } from '@ungcuu/domain/monitoring/check-messages.ts';
import { MONITOR_KIND_LABELS } from '@ungcuu/domain/monitoring/monitor.ts';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { FormError } from '../../../components/form-error.tsx';
import { PageHeader } from '../../../components/page-header.tsx';
import { QueryState } from '../../../components/query-state.tsx';
import { formatDateTime, useLocale } from '../../../i18n/i18n.ts';
import { DiffView } from '../components/diff-view.tsx';
import { Sparkline } from '../components/sparkline.tsx';
import { MonitorStatusBadge, percent } from '../components/status-badge.tsx';
import { useMonitor, useMonitorAction } from '../hooks/use-monitors.ts';

/** One monitor: state, uptime, response-time chart, recent checks and, for baselines, the diff. */
export function MonitorPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const { label, locale } = useLocale();
  const monitor = useMonitor(id);
  const action = useMonitorAction();
  const m = monitor.data;
  const manage = m?.allowedActions.includes('monitor.manage') ?? false;
  return (
    <QueryState isPending={monitor.isPending} error={monitor.error} onRetry={() => void monitor.refetch()}>
      {m && (
        <Stack>
          <PageHeader
            title={m.name}
            intro={`${label(MONITOR_KIND_LABELS[m.kind])} · ${m.target} · ${m.unitName}`}
            actions={
              manage && (
                <>
                  <Button variant="default" onClick={() => action.mutate({ id, action: 'check-now' })}>
                    {t('monitoring.checkNow')}
                  </Button>
                  <Button
                    variant="default"
                    onClick={() => action.mutate({ id, action: m.enabled ? 'pause' : 'resume' })}
                  >
                    {m.enabled ? t('monitoring.pause') : t('monitoring.resume')}
                  </Button>
                </>
              )
            }
          />
          <FormError error={action.error} />
          <SimpleGrid cols={{ base: 2, sm: 5 }}>
            <Paper withBorder p="sm">
              <Text size="xs" c="dimmed">
                {t('monitoring.columns.status')}
              </Text>
              <MonitorStatusBadge status={m.status} />
            </Paper>
            <Paper withBorder p="sm">
              <Text size="xs" c="dimmed">
                {t('monitoring.columns.uptime24h')}
              </Text>
              <Text fw={600}>{percent(m.uptime.h24)}</Text>
            </Paper>
            <Paper withBorder p="sm">
              <Text size="xs" c="dimmed">
                {t('monitoring.columns.uptime30d')}
              </Text>
              <Text fw={600}>{percent(m.uptime.d30)}</Text>
            </Paper>
            <Paper withBorder p="sm">
              <Text size="xs" c="dimmed">
                {t('monitoring.uptime1y')}
              </Text>
              <Text fw={600}>{percent(m.uptime.y1)}</Text>
            </Paper>
            <Paper withBorder p="sm">
              <Text size="xs" c="dimmed">
                {t('monitoring.columns.response')}
              </Text>
              <Text fw={600}>
                {m.uptime.avgResponseMs24h === null ? '–' : `${m.uptime.avgResponseMs24h} ms`}
              </Text>
            </Paper>
          </SimpleGrid>
          {m.incidentId && (
            <Anchor component={Link} to={`/incidents/${m.incidentId}`}>
              {t('monitoring.openIncident')}
            </Anchor>
          )}
          <Paper withBorder p="sm">
            <Title order={2} size="h4" mb="xs">
              {t('monitoring.chart48h')}
            </Title>
            <Sparkline points={m.hourly} />
          </Paper>
          {(m.kind === 'defacement' || m.kind === 'dns') && (
            <Paper withBorder p="sm">
              <Title order={2} size="h4" mb="xs">
                {t('monitoring.diffTitle')}
              </Title>
              <Text size="xs" c="dimmed" mb="xs">
                {t('monitoring.baselineApprovedAt', { at: formatDateTime(m.baselineApprovedAt, locale) })}
              </Text>
              <DiffView
                monitorId={m.id}
                version={m.version}
                checkedAt={m.lastCheckedAt}
                canApprove={manage}
              />
            </Paper>
          )}
          <Paper withBorder p="sm">
            <Title order={2} size="h4" mb="xs">
              {t('monitoring.recent')}
            </Title>
            <Table>
              <Table.Tbody>
                {m.recent.map((r) => (
                  <Table.Tr key={`${r.checkedAt}-${r.probeName ?? ''}`}>
                    <Table.Td>{formatDateTime(r.checkedAt, locale)}</Table.Td>
                    <Table.Td c={r.ok ? 'green' : 'red'}>
                      {r.ok ? t('monitoring.ok') : t('monitoring.failed')}
                    </Table.Td>
                    <Table.Td>{r.responseMs === null ? '–' : `${r.responseMs} ms`}</Table.Td>
                    <Table.Td>{r.message === null ? '–' : label(checkMessageText(r.message))}</Table.Td>
                    <Table.Td>{r.probeName ?? t('monitoring.server')}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Paper>
          <Group>
            <Anchor component={Link} to={`/monitoring/status/${m.unitId}`}>
              {t('monitoring.statusPage')}
            </Anchor>
          </Group>
        </Stack>
      )}
    </QueryState>
  );
}
