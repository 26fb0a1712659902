import { Anchor, Badge, Card, Group, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { STATE_LABELS } from '@ungcuu/domain/incidents/lifecycle.ts';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatDateTime, useLocale } from '../../../i18n/i18n.ts';
import { TIER_COLORS } from '../../incidents/components/badges.tsx';
import { ProposalList } from '../../proposals/components/proposal-list.tsx';
import { useProposals } from '../../proposals/hooks/use-proposals.ts';
import { type DashboardFilter, incidentListLink } from '../hooks/dashboard-filters.ts';
import { useDecisions } from '../hooks/use-statistics.ts';
import { formatDong } from './number-format.ts';

function Section({
  title,
  count,
  children,
  testId,
}: {
  title: string;
  count: number;
  children: React.ReactNode;
  testId: string;
}) {
  return (
    <Card withBorder padding="md" data-testid={testId} className="dashboard-tile">
      <Group justify="space-between" mb="xs">
        <Title order={3} size="h5">
          {title}
        </Title>
        <Badge color={count > 0 ? 'red' : 'gray'} variant="light">
          {count}
        </Badge>
      </Group>
      {children}
    </Card>
  );
}

/** "Cần quyết định": what awaits the leaders now (seed IV: leaders decide escalations and the budget). */
export function DecisionsPanel({ filter }: { filter: DashboardFilter }) {
  const { t } = useTranslation();
  const { locale, label } = useLocale();
  const decisions = useDecisions();
  const proposals = useProposals('open', 20);
  const d = decisions.data;
  const none = (
    <Text size="sm" c="dimmed">
      {t('dashboards.decisions.nothing')}
    </Text>
  );
  return (
    <Stack gap="sm">
      <Title order={2} size="h4">
        {t('dashboards.decisions.title')}
      </Title>
      <SimpleGrid cols={{ base: 1, lg: 2 }} spacing="sm">
        <Section
          title={t('dashboards.decisions.incidents')}
          count={d?.incidents.length ?? 0}
          testId="decisions-incidents"
        >
          {d && d.incidents.length > 0 ? (
            <Stack gap={6}>
              {d.incidents.slice(0, 10).map((i) => (
                <Group key={i.id} gap="xs" wrap="nowrap">
                  <Badge color={TIER_COLORS[i.tier]} style={{ flex: 'none' }}>
                    {i.tier}
                  </Badge>
                  <Anchor component={Link} to={`/incidents/${i.id}`} size="sm" style={{ minWidth: 0 }}>
                    {i.code} — {i.title}
                  </Anchor>
                  <Text size="xs" c="dimmed" style={{ flex: 'none' }}>
                    {label(STATE_LABELS[i.state])}
                  </Text>
                </Group>
              ))}
              <Anchor
                component={Link}
                to={incidentListLink(filter, {
                  tier: 'T4',
                  state: ['new', 'triaged', 'responding', 'contained', 'recovered'],
                })}
                size="xs"
              >
                {t('dashboards.decisions.allT4')}
              </Anchor>
            </Stack>
          ) : (
            none
          )}
        </Section>
        <Section
          title={t('dashboards.decisions.reports')}
          count={d?.overdueReports.length ?? 0}
          testId="decisions-reports"
        >
          {d && d.overdueReports.length > 0 ? (
            <Table fz="sm">
              <Table.Tbody>
                {d.overdueReports.slice(0, 10).map((r) => (
                  <Table.Tr key={`${r.incidentId}-${r.code}`}>
                    <Table.Td>
                      <Anchor component={Link} to={`/incidents/${r.incidentId}`} size="sm">
                        {r.incidentCode}
                      </Anchor>
                    </Table.Td>
                    <Table.Td>{label(r.label)}</Table.Td>
                    <Table.Td c="red.8">{formatDateTime(r.dueAt, locale)}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          ) : (
            none
          )}
        </Section>
        <Section
          title={t('dashboards.decisions.escalations')}
          count={d?.escalations.length ?? 0}
          testId="decisions-escalations"
        >
          {d && d.escalations.length > 0 ? (
            <Stack gap={6}>
              {d.escalations.slice(0, 10).map((e) => (
                <Text size="sm" key={e.id}>
                  <Anchor component={Link} to={`/incidents/${e.incidentId}`} size="sm">
                    {e.incidentCode}
                  </Anchor>{' '}
                  → {e.toUnitName ?? '—'} · {formatDateTime(e.sentAt, locale)}
                </Text>
              ))}
            </Stack>
          ) : (
            none
          )}
        </Section>
        <Section
          title={t('dashboards.decisions.budget')}
          count={d?.budgetAwaiting.length ?? 0}
          testId="decisions-budget"
        >
          {d && d.budgetAwaiting.length > 0 ? (
            <Table fz="sm">
              <Table.Tbody>
                {d.budgetAwaiting.slice(0, 10).map((b) => (
                  <Table.Tr key={b.id}>
                    <Table.Td>
                      <Anchor component={Link} to="/budget" size="sm">
                        {b.title}
                      </Anchor>
                      <Text size="xs" c="dimmed">
                        {b.unitName} · {b.fiscalYear}
                      </Text>
                    </Table.Td>
                    <Table.Td ta="right" style={{ whiteSpace: 'nowrap' }}>
                      {formatDong(b.amount, locale)}
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          ) : (
            none
          )}
        </Section>
      </SimpleGrid>
      <Section
        title={t('dashboards.decisions.proposals')}
        count={d?.openProposals ?? 0}
        testId="decisions-proposals"
      >
        <ProposalList items={proposals.data?.items ?? []} />
        <Anchor component={Link} to="/proposals" size="xs" mt="xs" className="no-print">
          {t('dashboards.decisions.allProposals')}
        </Anchor>
      </Section>
    </Stack>
  );
}
