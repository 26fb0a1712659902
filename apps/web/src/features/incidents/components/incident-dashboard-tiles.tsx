import { Card, Group, SimpleGrid, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { can } from '@ungcuu/domain/auth/permissions.ts';
import type { IncidentState } from '@ungcuu/domain/incidents/lifecycle.ts';
import { TIER_LABELS, type Tier } from '@ungcuu/domain/incidents/severity.ts';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { apiGet } from '../../../api/client.ts';
import type { Page } from '../../../api/types.ts';
import { formatCount } from '../../../components/table-pager.tsx';
import { useLocale } from '../../../i18n/i18n.ts';
import { useSession } from '../../auth/components/session-gate.tsx';
import { EMPTY_FILTERS, filtersToParams } from '../hooks/incident-filters.ts';
import { TIER_COLORS } from './badges.tsx';

const OPEN_STATES: IncidentState[] = ['new', 'triaged', 'responding', 'contained', 'recovered'];
const SHOWN_TIERS: Tier[] = ['T4', 'T3', 'T2', 'T1'];

/**
 * A count from a list endpoint (limit 1: the total is what matters); the change events refresh
 * 'dashboard'. Incident lists stop counting at 1,000: past it the tile says "More than 1,000".
 */
function useCount(key: string, path: string) {
  const { t } = useTranslation();
  const { locale } = useLocale();
  return useQuery({
    queryKey: ['dashboard', 'incidents', key],
    queryFn: ({ signal }) => apiGet<Page<unknown>>(path, undefined, signal),
    select: (page) =>
      page.totalCapped ? t('common.moreThan', { total: formatCount(page.total, locale) }) : page.total,
  });
}

function TierTile({ tier }: { tier: Tier }) {
  const { label } = useLocale();
  const qs = filtersToParams({ ...EMPTY_FILTERS, state: OPEN_STATES, tier: [tier] }).toString();
  const count = useCount(tier, `/api/incidents?${qs}&limit=1&offset=0`);
  return (
    <Card
      withBorder
      padding="md"
      component={Link}
      to={`/incidents?${qs}`}
      style={{ textDecoration: 'none', borderLeft: `4px solid var(--mantine-color-${TIER_COLORS[tier]}-6)` }}
      data-testid={`dashboard-tier-${tier}`}
    >
      <Text size="sm" c="dimmed">
        {tier} · {label(TIER_LABELS[tier])}
      </Text>
      <Text fz={32} fw={700} c="navy.9" lh={1.2}>
        {count.data ?? '…'}
      </Text>
    </Card>
  );
}

/** Open incidents by tier, and the tasks waiting for me: the first thing to look at each morning. */
export function IncidentDashboardTiles() {
  const { t } = useTranslation();
  const { actor } = useSession();
  const mine = useCount(
    'mine',
    '/api/tasks/mine?status=open&status=accepted&status=in_progress&limit=1&offset=0',
  );
  if (!can(actor, 'incident.read')) return null;
  return (
    <>
      <Group justify="space-between" mt="md">
        <Title order={2} size="h4">
          {t('incidents.dashboard.title')}
        </Title>
      </Group>
      <SimpleGrid cols={{ base: 2, md: 5 }} spacing="sm">
        {SHOWN_TIERS.map((tier) => (
          <TierTile key={tier} tier={tier} />
        ))}
        <Card withBorder padding="md" component={Link} to="/tasks/mine" style={{ textDecoration: 'none' }}>
          <Text size="sm" c="dimmed">
            {t('incidents.dashboard.myTasks')}
          </Text>
          <Text fz={32} fw={700} c="navy.9" lh={1.2}>
            {mine.data ?? '…'}
          </Text>
        </Card>
      </SimpleGrid>
    </>
  );
}
