import { SegmentedControl, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { widestScope } from '@ungcuu/domain/auth/permissions.ts';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { PageHeader } from '../../../components/page-header.tsx';
import { formatDay } from '../../../lib/format.ts';
import { useSession } from '../../auth/components/session-gate.tsx';
import { IncidentDashboardTiles } from '../../incidents/components/incident-dashboard-tiles.tsx';
import { DashboardFilterBar, useDashboardFilter } from '../components/dashboard-filter-bar.tsx';
import { DecisionsPanel } from '../components/decisions-panel.tsx';
import { BreakdownTile, ResponseTimesTile } from '../components/incident-tiles.tsx';
import {
  BudgetTile,
  InspectionsTile,
  OverdueTile,
  ReadinessTile,
  RiskHeatMapTile,
  UptimeTile,
} from '../components/preparedness-tiles.tsx';

export const DASHBOARD_VIEWS = ['leadership', 'focal', 'unit'] as const;
export type DashboardView = (typeof DASHBOARD_VIEWS)[number];

/** Which dashboard a person lands on: leaders theirs, the focal office (and administrators) theirs, units theirs. */
export function landingView(roles: readonly string[]): DashboardView {
  if (roles.includes('leader')) return 'leadership';
  if (roles.includes('coordinator') || roles.includes('admin')) return 'focal';
  return 'unit';
}

/** One of the three dashboards, with the shared filter bar and the print layout. */
export function RoleDashboard({ view, welcome }: { view: DashboardView; welcome?: string }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { me, actor } = useSession();
  const [filter, setFilter] = useDashboardFilter();
  const townWide = widestScope(actor, 'incident.read') === 'all';
  return (
    <Stack gap="md" className="dashboard-page" data-testid={`dashboard-${view}`}>
      <PageHeader
        title={welcome ?? t(`dashboards.views.${view}`)}
        intro={
          welcome
            ? `${t(`dashboards.views.${view}`)} — ${t(`dashboards.intro.${view}`)}`
            : t(`dashboards.intro.${view}`)
        }
        actions={
          townWide && (
            <SegmentedControl
              className="no-print"
              value={view}
              onChange={(v) => navigate(`/dashboards/${v}${window.location.search}`)}
              data={DASHBOARD_VIEWS.map((v) => ({ value: v, label: t(`dashboards.viewsShort.${v}`) }))}
            />
          )
        }
      />
      <Text className="print-only" size="sm">
        {t('dashboards.printedFor', {
          name: me.user.fullName,
          from: formatDay(filter.from),
          to: formatDay(filter.to),
        })}
      </Text>
      <DashboardFilterBar filter={filter} onChange={setFilter} unitPicker={townWide} />
      {view === 'leadership' && <DecisionsPanel filter={filter} />}
      {view !== 'leadership' && <IncidentDashboardTiles />}
      <Title order={2} size="h4">
        {t('dashboards.incidentsTitle')}
      </Title>
      <SimpleGrid cols={{ base: 1, lg: 2 }} spacing="sm" className="dashboard-grid">
        <BreakdownTile by="month" filter={filter} title={t('dashboards.tiles.month')} />
        <BreakdownTile by="cause_group" filter={filter} title={t('dashboards.tiles.causeGroup')} />
        {view !== 'leadership' && (
          <BreakdownTile by="subtype" filter={filter} title={t('dashboards.tiles.subtype')} />
        )}
        <BreakdownTile by="tier" filter={filter} title={t('dashboards.tiles.tier')} />
        {view !== 'unit' && <BreakdownTile by="unit" filter={filter} title={t('dashboards.tiles.unit')} />}
        {view !== 'leadership' && (
          <BreakdownTile by="system" filter={filter} title={t('dashboards.tiles.system')} />
        )}
        <ResponseTimesTile filter={filter} />
        <OverdueTile filter={filter} />
      </SimpleGrid>
      <Title order={2} size="h4">
        {t('dashboards.preparednessTitle')}
      </Title>
      <SimpleGrid cols={{ base: 1, lg: 2 }} spacing="sm" className="dashboard-grid">
        <ReadinessTile />
        <InspectionsTile filter={filter} />
        <RiskHeatMapTile filter={filter} />
        <BudgetTile filter={filter} />
        <UptimeTile filter={filter} />
      </SimpleGrid>
    </Stack>
  );
}
