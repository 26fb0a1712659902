import { Anchor, Group, Stack, Text } from '@mantine/core';
import { BUDGET_CATEGORY_LABELS } from '@ungcuu/domain/budget/budget.ts';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useLocale } from '../../../i18n/i18n.ts';
import { useBudgetTotals } from '../../budget/hooks/use-budget.ts';
import { useReadinessSummary } from '../../readiness/hooks/use-readiness.ts';
import { useHeatMap } from '../../risks/hooks/use-risks.ts';
import { type DashboardFilter, incidentListLink, statisticsQuery } from '../hooks/dashboard-filters.ts';
import { useInspectionResults, useOverdue, useUptime } from '../hooks/use-statistics.ts';
import { barOption, ChartTile, type TileRow } from './chart-tile.tsx';
import { formatDong, formatNumber, formatPercent } from './number-format.ts';

const yearOf = (filter: DashboardFilter) => Number(filter.to.slice(0, 4));

/** Overdue incident tasks by assigned unit, and overdue legal reports of open incidents. */
export function OverdueTile({ filter }: { filter: DashboardFilter }) {
  const { t } = useTranslation();
  const { locale, label } = useLocale();
  const stat = useOverdue(filter);
  const rows: TileRow[] = (stat.data?.tasksByUnit ?? []).map((r) => ({
    key: r.unitId ?? '—',
    label: r.unitName ?? t('dashboards.overdue.noUnit'),
    values: [r.n],
    to: incidentListLink(filter, {
      overdue: true,
      ...(r.unitId ? { unitId: r.unitId } : {}),
      state: undefined,
    }),
  }));
  return (
    <ChartTile
      title={t('dashboards.overdue.title')}
      testId="tile-overdue"
      columns={[t('dashboards.overdue.unit'), t('dashboards.overdue.tasks')]}
      rows={rows}
      option={barOption(rows, [{ name: t('dashboards.overdue.tasks'), index: 0, color: '#c92a2a' }])}
      chartHeight={Math.max(140, Math.min(rows.length, 12) * 26 + 30)}
      loading={stat.isPending}
      exportQuery={statisticsQuery({ ...filter, from: '', to: '' }, { tile: 'overdue' })}
      fileName="qua-han"
      empty={t('dashboards.overdue.none')}
      summary={
        stat.data && (
          <Stack gap={2} mb="xs">
            <Group gap="lg">
              <Anchor component={Link} to={incidentListLink(filter, { overdue: true })} size="sm">
                {t('dashboards.overdue.tasksTotal', { n: formatNumber(stat.data.tasks, locale) })}
              </Anchor>
              <Text size="sm" c={stat.data.deadlines > 0 ? 'red.8' : undefined} fw={600}>
                {t('dashboards.overdue.deadlinesTotal', { n: formatNumber(stat.data.deadlines, locale) })}
              </Text>
            </Group>
            {stat.data.deadlinesByReport.map((d) => (
              <Text size="xs" c="dimmed" key={d.code}>
                {label(d.label)}: {formatNumber(d.n, locale)}
              </Text>
            ))}
          </Stack>
        )
      }
    />
  );
}

/** Share of successful checks per monitored system (the least available first). */
export function UptimeTile({ filter }: { filter: DashboardFilter }) {
  const { t } = useTranslation();
  const { locale } = useLocale();
  const stat = useUptime(filter);
  const rows: TileRow[] = (stat.data?.items ?? []).map((m) => ({
    key: m.monitorId,
    label: `${m.name} — ${m.unitName}`,
    values: [m.uptime === null ? null : Math.round(m.uptime * 10_000) / 100, m.checks],
    to: `/monitoring/${m.monitorId}`,
  }));
  return (
    <ChartTile
      title={t('dashboards.uptime.title')}
      testId="tile-uptime"
      columns={[
        t('dashboards.uptime.monitor'),
        t('dashboards.uptime.percent'),
        t('dashboards.uptime.checks'),
      ]}
      rows={rows}
      option={{
        ...barOption(rows, [{ name: t('dashboards.uptime.percent'), index: 0, color: '#1971c2' }]),
        xAxis: { type: 'value', min: 0, max: 100 },
      }}
      chartHeight={Math.max(140, Math.min(rows.length, 12) * 26 + 30)}
      loading={stat.isPending}
      formatValue={(v, i) =>
        i === 0 ? (v === null ? '—' : `${formatNumber(v, locale, 2)} %`) : formatNumber(v, locale)
      }
      exportQuery={statisticsQuery({ ...filter, causeGroup: null }, { tile: 'uptime' })}
      fileName="ty-le-hoat-dong"
      empty={t('dashboards.uptime.none')}
      summary={
        stat.data && stat.data.checks > 0 ? (
          <Text size="sm" mb="xs">
            {t('dashboards.uptime.overall', { value: formatPercent(stat.data.uptime, locale) })}
          </Text>
        ) : null
      }
    />
  );
}

/** Open risks by likelihood × impact, from the risk register. */
export function RiskHeatMapTile({ filter }: { filter: DashboardFilter }) {
  const { t } = useTranslation();
  const map = useHeatMap(filter.unitId);
  const cells = map.data?.cells ?? [];
  const data = cells.flatMap((row, l) => row.map((n, i) => [i, l, n] as [number, number, number]));
  const rows: TileRow[] = cells.map((row, l) => ({
    key: String(l + 1),
    label: t('dashboards.risks.likelihood', { n: l + 1 }),
    values: row,
    to: '/risks',
  }));
  return (
    <ChartTile
      title={t('dashboards.risks.title')}
      testId="tile-risks"
      columns={[
        t('dashboards.risks.rowHead'),
        ...[1, 2, 3, 4, 5].map((n) => t('dashboards.risks.impact', { n })),
      ]}
      rows={map.data && map.data.total > 0 ? rows : []}
      option={{
        tooltip: {},
        grid: { left: 8, right: 8, top: 8, bottom: 48, containLabel: true },
        xAxis: {
          type: 'category',
          data: [1, 2, 3, 4, 5].map((n) => t('dashboards.risks.impact', { n })),
          name: '',
        },
        yAxis: {
          type: 'category',
          data: [1, 2, 3, 4, 5].map((n) => t('dashboards.risks.likelihood', { n })),
        },
        visualMap: {
          min: 0,
          max: Math.max(1, ...data.map((d) => d[2])),
          orient: 'horizontal',
          left: 'center',
          bottom: 0,
          inRange: { color: ['#fff9db', '#ffa94d', '#c92a2a'] },
        },
        series: [{ type: 'heatmap', data, label: { show: true }, cursor: 'pointer' }],
      }}
      chartHeight={260}
      loading={map.isPending}
      fileName="ban-do-rui-ro"
      empty={t('dashboards.risks.none')}
    />
  );
}

/** Requested, approved and spent per budget category of the year the period ends in. */
export function BudgetTile({ filter }: { filter: DashboardFilter }) {
  const { t } = useTranslation();
  const { locale, label } = useLocale();
  const year = yearOf(filter);
  const totals = useBudgetTotals(year, filter.unitId);
  const rows: TileRow[] = (totals.data?.categories ?? []).map((c) => ({
    key: c.category,
    label: label(BUDGET_CATEGORY_LABELS[c.category]),
    values: [c.requested, c.estimate, c.actual],
    to: '/budget',
  }));
  const option = {
    grid: { left: 8, right: 16, top: 28, bottom: 8, containLabel: true },
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
    legend: { top: 0 },
    xAxis: { type: 'value', axisLabel: { formatter: (v: number) => formatNumber(v / 1_000_000, locale) } },
    yAxis: {
      type: 'category',
      inverse: true,
      data: rows.map((r) => r.label),
      axisLabel: { width: 160, overflow: 'truncate' },
    },
    series: [
      { name: t('dashboards.budget.requested'), color: '#adb5bd' },
      { name: t('dashboards.budget.approved'), color: '#1971c2' },
      { name: t('dashboards.budget.spent'), color: '#2b8a3e' },
    ].map((s, i) => ({
      type: 'bar',
      name: s.name,
      itemStyle: { color: s.color },
      data: rows.map((r) => r.values[i]),
    })),
  };
  return (
    <ChartTile
      title={t('dashboards.budget.title', { year })}
      testId="tile-budget"
      columns={[
        t('dashboards.budget.category'),
        t('dashboards.budget.requested'),
        t('dashboards.budget.approved'),
        t('dashboards.budget.spent'),
      ]}
      rows={totals.data && totals.data.total.requested > 0 ? rows : []}
      option={option}
      chartHeight={260}
      loading={totals.isPending}
      formatValue={(v) => formatDong(v, locale)}
      fileName={`kinh-phi-${year}`}
      empty={t('dashboards.budget.none', { year })}
      summary={
        totals.data && (
          <Text size="sm" mb="xs">
            {t('dashboards.budget.summary', {
              approved: formatDong(totals.data.total.estimate, locale),
              spent: formatDong(totals.data.total.actual, locale),
            })}{' '}
            <Text span c="dimmed" size="xs">
              ({t('dashboards.budget.millions')})
            </Text>
          </Text>
        )
      }
    />
  );
}

/** Units by readiness band, and how many meet each criterion. */
export function ReadinessTile() {
  const { t } = useTranslation();
  const { locale, label } = useLocale();
  const summary = useReadinessSummary();
  const rows: TileRow[] = (summary.data?.criteria ?? []).map((c) => ({
    key: c.code,
    label: label(c.label),
    values: [c.met, c.notMet],
    to: '/readiness',
  }));
  return (
    <ChartTile
      title={t('dashboards.readiness.title')}
      testId="tile-readiness"
      columns={[
        t('dashboards.readiness.criterion'),
        t('dashboards.readiness.met'),
        t('dashboards.readiness.notMet'),
      ]}
      rows={rows}
      option={barOption(rows, [
        { name: t('dashboards.readiness.met'), index: 0, color: '#2b8a3e' },
        { name: t('dashboards.readiness.notMet'), index: 1, color: '#e03131' },
      ])}
      chartHeight={Math.max(160, rows.length * 26 + 40)}
      loading={summary.isPending}
      fileName="muc-do-san-sang"
      summary={
        summary.data && (
          <Group gap="lg" mb="xs">
            <Text size="sm">
              {t('dashboards.readiness.average', {
                value:
                  summary.data.averageScore === null
                    ? '—'
                    : formatNumber(summary.data.averageScore, locale, 1),
                units: formatNumber(summary.data.units, locale),
              })}
            </Text>
            {summary.data.distribution.map((b) => (
              <Text size="xs" c="dimmed" key={b.band}>
                {t(`dashboards.readiness.band.${b.band as 'weak' | 'partial' | 'good'}`)}:{' '}
                {formatNumber(b.count, locale)}
              </Text>
            ))}
          </Group>
        )
      }
    />
  );
}

/** The year's inspections by status, and open remediation tasks per unit. */
export function InspectionsTile({ filter }: { filter: DashboardFilter }) {
  const { t } = useTranslation();
  const { locale } = useLocale();
  const year = yearOf(filter);
  const stat = useInspectionResults(year, filter.unitId);
  const rows: TileRow[] = (stat.data?.remediationByUnit ?? []).map((r) => ({
    key: r.unitId,
    label: r.unitName,
    values: [r.open, r.overdue],
    to: '/inspections',
  }));
  return (
    <ChartTile
      title={t('dashboards.inspections.title', { year })}
      testId="tile-inspections"
      columns={[
        t('dashboards.overdue.unit'),
        t('dashboards.inspections.open'),
        t('dashboards.inspections.overdue'),
      ]}
      rows={rows}
      option={barOption(rows, [
        { name: t('dashboards.inspections.open'), index: 0, color: '#f08c00' },
        { name: t('dashboards.inspections.overdue'), index: 1, color: '#c92a2a' },
      ])}
      chartHeight={Math.max(140, Math.min(rows.length, 12) * 26 + 40)}
      loading={stat.isPending}
      fileName={`kiem-tra-${year}`}
      empty={t('dashboards.inspections.none')}
      summary={
        stat.data && (
          <Group gap="lg" mb="xs">
            {stat.data.byStatus.map((s) => (
              <Text size="sm" key={s.status}>
                {t(`dashboards.inspections.status.${s.status as 'planned' | 'in_progress' | 'completed'}`)}:{' '}
                {formatNumber(s.n, locale)}
              </Text>
            ))}
          </Group>
        )
      }
    />
  );
}
