import { Alert, Anchor, Button, Code, Paper, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { ALERT_GROUP_STATUS_LABELS, ALERT_SOURCE_KIND_LABELS } from '@ungcuu/domain/alerts/alert.ts';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { FormError } from '../../../components/form-error.tsx';
import { PageHeader } from '../../../components/page-header.tsx';
import { QueryState } from '../../../components/query-state.tsx';
import { formatDateTime, useLocale } from '../../../i18n/i18n.ts';
import { AssetCell } from '../components/asset-cell.tsx';
import { SeverityBadge } from '../components/severity-badge.tsx';
import { useAlertGroup, useCloseGroup, useOpenIncident } from '../hooks/use-alerts.ts';

function Fact({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    <Paper withBorder p="sm">
      <Text size="xs" c="dimmed">
        {label}
      </Text>
      <Text fw={600} component="div">
        {children}
      </Text>
    </Paper>
  );
}

/** One group of alerts: counts, the latest alerts, and the person's way to an incident. */
export function AlertGroupPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const { label, locale } = useLocale();
  const group = useAlertGroup(id);
  const open = useOpenIncident();
  const close = useCloseGroup();
  const g = group.data;
  const allowed = (action: string) => g?.allowedActions.includes(action) ?? false;
  return (
    <QueryState isPending={group.isPending} error={group.error} onRetry={() => void group.refetch()}>
      {g && (
        <Stack>
          <Anchor component={Link} to="/alerts" size="sm">
            {t('alerts.group.back')}
          </Anchor>
          <PageHeader
            title={g.ruleName ?? g.ruleId ?? t('alerts.noRule')}
            intro={`${label(ALERT_SOURCE_KIND_LABELS[g.sourceKind])} · ${g.sourceName} · ${label(ALERT_GROUP_STATUS_LABELS[g.status])}`}
            actions={
              <>
                {!g.incidentId && allowed('open_incident') && (
                  <Button
                    color="red"
                    loading={open.isPending}
                    onClick={() => open.mutate({ id })}
                    data-testid="open-incident-from-alerts"
                  >
                    {t('alerts.openIncident')}
                  </Button>
                )}
                {allowed('close') && (
                  <Button variant="default" loading={close.isPending} onClick={() => close.mutate(id)}>
                    {t('alerts.closeGroup')}
                  </Button>
                )}
              </>
            }
          />
          <FormError error={open.error ?? close.error} />
          {open.data?.incidentCode && (
            <Alert color="green" role="status">
              {t('alerts.openIncidentDone', { code: open.data.incidentCode })}
            </Alert>
          )}
          <SimpleGrid cols={{ base: 2, sm: 3, md: 6 }}>
            <Fact label={t('alerts.columns.severity')}>
              <SeverityBadge severity={g.severity} />
            </Fact>
            <Fact label={t('alerts.group.count')}>
              <span data-testid="alert-group-count">{g.count}</span>
            </Fact>
            <Fact label={t('alerts.group.suppressedCount')}>{g.suppressedCount}</Fact>
            <Fact label={t('alerts.group.firstSeen')}>{formatDateTime(g.firstSeen, locale)}</Fact>
            <Fact label={t('alerts.group.lastSeen')}>{formatDateTime(g.lastSeen, locale)}</Fact>
            <Fact label={t('alerts.columns.incident')}>
              {g.incidentId ? (
                <Anchor component={Link} to={`/incidents/${g.incidentId}`} ff="monospace">
                  {g.incidentCode}
                </Anchor>
              ) : (
                '–'
              )}
            </Fact>
          </SimpleGrid>
          <Paper withBorder p="sm">
            <Text size="xs" c="dimmed">
              {t('alerts.columns.asset')}
            </Text>
            <AssetCell {...g} />
            <Text size="xs" c="dimmed" mt="xs">
              {t('alerts.group.fingerprint')}: <Code>{g.fingerprint.slice(0, 16)}</Code>
            </Text>
          </Paper>
          <Paper withBorder p="sm">
            <Title order={2} size="h4" mb="xs">
              {t('alerts.group.latest')}
            </Title>
            <Table.ScrollContainer minWidth={600}>
              <Table striped>
                <Table.Tbody>
                  {g.alerts.map((a) => (
                    <Table.Tr key={a.id} data-testid="group-alert">
                      <Table.Td>{formatDateTime(a.receivedAt, locale)}</Table.Td>
                      <Table.Td>
                        <SeverityBadge severity={a.severity} />
                      </Table.Td>
                      <Table.Td>{[a.host, a.srcIp, a.destIp].filter(Boolean).join(' · ') || '–'}</Table.Td>
                      <Table.Td>
                        <Text size="sm" lineClamp={2}>
                          {a.message ?? a.ruleName}
                        </Text>
                      </Table.Td>
                      <Table.Td>{t(`alerts.alertStatus.${a.status}`)}</Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
          </Paper>
        </Stack>
      )}
    </QueryState>
  );
}
