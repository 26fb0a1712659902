import { Anchor, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatDateTime, useLocale } from '../../../i18n/i18n.ts';
import { useIncidentAlerts } from '../hooks/use-alerts.ts';
import { SeverityBadge } from './severity-badge.tsx';

/** "Cảnh báo liên quan": the alert groups an incident was opened from; nothing when there are none. */
export function IncidentAlertsPanel({ incidentId }: { incidentId: string }) {
  const { t } = useTranslation();
  const { locale } = useLocale();
  const related = useIncidentAlerts(incidentId);
  const data = related.data;
  if (!data || data.groups.length === 0) return null;
  return (
    <Paper withBorder p="md" data-testid="incident-alerts">
      <Title order={2} size="h4">
        {t('alerts.incidentPanel.title')}
      </Title>
      <Text size="sm" c="dimmed" mb="xs">
        {t('alerts.incidentPanel.summary', { groups: data.groups.length, total: data.total })}
      </Text>
      <Stack gap="xs">
        {data.groups.map((g) => (
          <Text key={g.id} size="sm" component="div">
            <SeverityBadge severity={g.severity} />{' '}
            <Anchor component={Link} to={`/alerts/groups/${g.id}`}>
              {g.ruleName ?? g.ruleId ?? t('alerts.noRule')}
            </Anchor>{' '}
            · {g.systemName ?? g.hostKey ?? '–'} · {g.count}× · {formatDateTime(g.lastSeen, locale)}
          </Text>
        ))}
      </Stack>
      <Table.ScrollContainer minWidth={500} mt="sm">
        <Table striped>
          <Table.Tbody>
            {data.items.map((a) => (
              <Table.Tr key={a.id}>
                <Table.Td>{formatDateTime(a.receivedAt, locale)}</Table.Td>
                <Table.Td>{[a.host, a.srcIp].filter(Boolean).join(' · ') || '–'}</Table.Td>
                <Table.Td>
                  <Text size="sm" lineClamp={1}>
                    {a.message ?? a.ruleName}
                  </Text>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </Paper>
  );
}
