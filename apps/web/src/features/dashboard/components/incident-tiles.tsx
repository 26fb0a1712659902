import { Group, Text } from '@mantine/core';
import type { IncidentState } from '@ungcuu/domain/incidents/lifecycle.ts';
import type { Tier } from '@ungcuu/domain/incidents/severity.ts';
import type { CauseGroup, Subtype } from '@ungcuu/domain/incidents/taxonomy.ts';
import { breakdownRowLabel } from '@ungcuu/domain/statistics/statistics.ts';
import type { Breakdown } from '@ungcuu/domain/statistics/statistics-api.ts';
import { useTranslation } from 'react-i18next';
import { useLocale } from '../../../i18n/i18n.ts';
import {
  type DashboardFilter,
  incidentListLink,
  type Narrowing,
  statisticsQuery,
} from '../hooks/dashboard-filters.ts';
import { useBreakdown, useResponseTimes } from '../hooks/use-statistics.ts';
import { barOption, ChartTile, columnOption, type TileRow } from './chart-tile.tsx';
import { formatNumber } from './number-format.ts';

const OPEN_COLOR = '#d9480f';
const CLOSED_COLOR = '#2b8a3e';

/** What a breakdown row narrows the incident list to. */
function narrowing(by: Breakdown, key: string): Narrowing | null {
  if (key === '' && by !== 'system') return null;
  switch (by) {
    case 'cause_group':
      return { causeGroup: key as CauseGroup };
    case 'subtype':
      return { subtype: key as Subtype };
    case 'tier':
      return { tier: key as Tier };
    case 'unit':
      return { unitId: key };
    case 'system':
      return key ? { systemId: key } : null;
    case 'month':
      return { month: key };
    case 'state':
      return { state: [key as IncidentState] };
  }
}

/** Incidents by one dimension, open and closed stacked; each bar opens the list behind it. */
export function BreakdownTile({
  by,
  filter,
  title,
}: {
  by: Breakdown;
  filter: DashboardFilter;
  title: string;
}) {
  const { t } = useTranslation();
  const { locale } = useLocale();
  const stat = useBreakdown(by, filter);
  const rows: TileRow[] = (stat.data?.items ?? []).map((r) => {
    const narrow = narrowing(by, r.key);
    return {
      key: r.key || '—',
      label: breakdownRowLabel(by, r.key, r.label, locale),
      values: [r.total, r.open, r.closed],
      ...(narrow ? { to: incidentListLink(filter, narrow) } : {}),
    };
  });
  const series = [
    { name: t('dashboards.open'), index: 1, color: OPEN_COLOR },
    { name: t('dashboards.closed'), index: 2, color: CLOSED_COLOR },
  ];
  return (
    <ChartTile
      title={title}
      testId={`tile-incidents-${by}`}
      columns={[
        t(`dashboards.by.${by}`),
        t('dashboards.total'),
        t('dashboards.open'),
        t('dashboards.closed'),
      ]}
      rows={rows}
      option={by === 'month' ? columnOption(rows, series) : barOption(rows, series)}
      chartHeight={by === 'month' ? 260 : Math.max(160, Math.min(rows.length, 15) * 26 + 40)}
      loading={stat.isPending}
      exportQuery={statisticsQuery(filter, { tile: 'breakdown', by })}
      fileName={`su-co-theo-${by.replace('_', '-')}`}
      summary={
        stat.data && (
          <Text size="sm" c="dimmed" mb="xs">
            {t('dashboards.totals', {
              total: formatNumber(stat.data.total, locale),
              open: formatNumber(stat.data.open, locale),
              closed: formatNumber(stat.data.closed, locale),
            })}
          </Text>
        )
      }
    />
  );
}

/** Median and 90th percentile hours to acknowledge, contain and close, per month of detection. */
export function ResponseTimesTile({ filter }: { filter: DashboardFilter }) {
  const { t } = useTranslation();
  const { locale } = useLocale();
  const stat = useResponseTimes(filter);
  const items = stat.data?.items ?? [];
  const rows: TileRow[] = items.map((m) => ({
    key: m.month,
    label: breakdownRowLabel('month', m.month, null, locale),
    values: [
      m.acknowledge.medianHours,
      m.acknowledge.p90Hours,
      m.contain.medianHours,
      m.contain.p90Hours,
      m.close.medianHours,
      m.close.p90Hours,
    ],
    to: incidentListLink(filter, { month: m.month }),
  }));
  const names = [
    t('dashboards.times.ackMedian'),
    t('dashboards.times.ackP90'),
    t('dashboards.times.containMedian'),
    t('dashboards.times.containP90'),
    t('dashboards.times.closeMedian'),
    t('dashboards.times.closeP90'),
  ];
  const colors = ['#1c7ed6', '#74c0fc', '#e8590c', '#ffa94d', '#2b8a3e', '#8ce99a'];
  const option = {
    grid: { left: 8, right: 8, top: 48, bottom: 8, containLabel: true },
    tooltip: { trigger: 'axis' },
    legend: { top: 0, type: 'scroll' },
    xAxis: { type: 'category', data: rows.map((r) => r.label) },
    yAxis: { type: 'value', name: t('dashboards.times.hours') },
    series: names.map((name, i) => ({
      type: 'line',
      name,
      data: rows.map((r) => r.values[i]),
      connectNulls: true,
      lineStyle: i % 2 === 1 ? { type: 'dashed' } : undefined,
      itemStyle: { color: colors[i] },
    })),
  };
  const last = items.at(-1);
  return (
    <ChartTile
      title={t('dashboards.times.title')}
      testId="tile-response-times"
      columns={[t('dashboards.by.month'), ...names]}
      rows={rows}
      option={option}
      chartHeight={280}
      loading={stat.isPending}
      formatValue={(v) => (v === null ? '—' : `${formatNumber(v, locale, 1)} ${t('dashboards.times.h')}`)}
      exportQuery={statisticsQuery(filter, { tile: 'response_times' })}
      fileName="thoi-gian-xu-ly"
      summary={
        last && (
          <Group gap="lg" mb="xs">
            <Text size="sm">
              {t('dashboards.times.lastAck', {
                value:
                  last.acknowledge.medianHours === null
                    ? '—'
                    : formatNumber(last.acknowledge.medianHours, locale, 1),
              })}
            </Text>
            <Text size="sm">
              {t('dashboards.times.lastClose', {
                value:
                  last.close.medianHours === null ? '—' : formatNumber(last.close.medianHours, locale, 1),
              })}
            </Text>
          </Group>
        )
      }
    />
  );
}
