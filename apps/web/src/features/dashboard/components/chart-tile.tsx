import {
  Anchor,
  Button,
  Card,
  Group,
  Menu,
  ScrollArea,
  SegmentedControl,
  Skeleton,
  Table,
  Text,
  Title,
} from '@mantine/core';
import { IconDownload } from '@tabler/icons-react';
import { type ReactNode, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { useLocale } from '../../../i18n/i18n.ts';
import { downloadFile } from '../../../lib/download-file.ts';
import { Chart } from './chart.tsx';
import { csvText, formatNumber } from './number-format.ts';

export interface TileRow {
  key: string;
  label: string;
  values: (number | null)[];
  /** The list behind this row (same filters); the bar and the table row open it. */
  to?: string;
}

export interface ChartTileProps {
  title: string;
  testId: string;
  /** Headings: the label column, then one per value. */
  columns: string[];
  rows: TileRow[];
  /** The chart of these rows (an ECharts option); without one the tile is a table only. */
  option?: Record<string, unknown>;
  chartHeight?: number;
  loading?: boolean;
  /** How a value cell is written (defaults to a plain number). */
  formatValue?: (value: number | null, column: number) => string;
  /** The statistics export query of this tile (server CSV/XLSX); without it, CSV made here. */
  exportQuery?: string;
  fileName: string;
  /** A figure or note above the chart. */
  summary?: ReactNode;
  empty?: string;
}

/**
 * A dashboard tile: a chart or its table (the same figures), a download, and click-through from
 * a bar or a row to the list behind it.
 */
export function ChartTile(props: ChartTileProps) {
  const { t } = useTranslation();
  const { locale } = useLocale();
  const navigate = useNavigate();
  const [view, setView] = useState<'chart' | 'table'>(props.option ? 'chart' : 'table');
  const format = props.formatValue ?? ((v: number | null) => formatNumber(v, locale));

  const downloadCsvHere = () => {
    const blob = new Blob(
      [
        csvText(
          props.columns,
          props.rows.map((r) => [r.label, ...r.values]),
        ),
      ],
      { type: 'text/csv;charset=utf-8' },
    );
    const url = URL.createObjectURL(blob);
    const a = document.createElement('a');
    a.href = url;
    a.download = `${props.fileName}.csv`;
    a.click();
    URL.revokeObjectURL(url);
  };
  const download = (format: 'csv' | 'xlsx') =>
    props.exportQuery
      ? downloadFile(
          `/api/statistics/export?${props.exportQuery}&format=${format}`,
          `${props.fileName}.${format}`,
        )
      : downloadCsvHere();

  return (
    <Card withBorder padding="md" data-testid={props.testId} className="dashboard-tile">
      <Group justify="space-between" align="flex-start" mb="xs" gap="xs">
        <Title order={3} size="h5" style={{ flex: '1 1 12rem' }}>
          {props.title}
        </Title>
        <Group gap={6} className="no-print">
          {props.option && (
            <SegmentedControl
              size="xs"
              value={view}
              onChange={(v) => setView(v as 'chart' | 'table')}
              data={[
                { value: 'chart', label: t('dashboards.chart') },
                { value: 'table', label: t('dashboards.table') },
              ]}
              aria-label={t('dashboards.viewAs')}
            />
          )}
          <Menu position="bottom-end" withinPortal>
            <Menu.Target>
              <Button
                size="compact-xs"
                variant="default"
                leftSection={<IconDownload size={14} aria-hidden />}
              >
                {t('dashboards.download')}
              </Button>
            </Menu.Target>
            <Menu.Dropdown>
              <Menu.Item onClick={() => download('csv')}>CSV</Menu.Item>
              {props.exportQuery && <Menu.Item onClick={() => download('xlsx')}>Excel (XLSX)</Menu.Item>}
            </Menu.Dropdown>
          </Menu>
        </Group>
      </Group>
      {props.summary}
      {props.loading ? (
        <Skeleton height={props.chartHeight ?? 240} />
      ) : props.rows.length === 0 ? (
        <Text c="dimmed" size="sm" py="md">
          {props.empty ?? t('dashboards.noData')}
        </Text>
      ) : view === 'chart' && props.option ? (
        <Chart
          option={props.option}
          height={props.chartHeight ?? 240}
          label={props.title}
          onItemClick={(i) => {
            const to = props.rows[i]?.to;
            if (to) navigate(to);
          }}
        />
      ) : (
        <ScrollArea.Autosize mah={props.chartHeight ? props.chartHeight + 60 : 320} type="auto">
          <Table striped highlightOnHover fz="sm" data-testid={`${props.testId}-table`}>
            <Table.Thead>
              <Table.Tr>
                {props.columns.map((c, i) => (
                  <Table.Th key={c} ta={i === 0 ? 'left' : 'right'}>
                    {c}
                  </Table.Th>
                ))}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {props.rows.map((r) => (
                <Table.Tr key={r.key}>
                  <Table.Td>
                    {r.to ? (
                      <Anchor component={Link} to={r.to} size="sm">
                        {r.label}
                      </Anchor>
                    ) : (
                      r.label
                    )}
                  </Table.Td>
                  {r.values.map((v, i) => (
                    <Table.Td key={props.columns[i + 1] ?? i} ta="right">
                      {format(v, i)}
                    </Table.Td>
                  ))}
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </ScrollArea.Autosize>
      )}
    </Card>
  );
}

/** A horizontal bar chart of the rows' first values (long Vietnamese labels read best sideways). */
export function barOption(rows: TileRow[], series: { name: string; index: number; color?: string }[]) {
  const ordered = [...rows];
  return {
    grid: { left: 8, right: 24, top: series.length > 1 ? 28 : 8, bottom: 8, containLabel: true },
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
    legend: series.length > 1 ? { top: 0 } : undefined,
    xAxis: { type: 'value', minInterval: 1 },
    yAxis: {
      type: 'category',
      inverse: true,
      data: ordered.map((r) => r.label),
      axisLabel: { width: 180, overflow: 'truncate' },
    },
    series: series.map((s) => ({
      type: 'bar',
      name: s.name,
      stack: series.length > 1 ? 'all' : undefined,
      data: ordered.map((r) => r.values[s.index] ?? 0),
      itemStyle: s.color ? { color: s.color } : undefined,
      cursor: 'pointer',
    })),
  };
}

/** A vertical bar chart over time (months). */
export function columnOption(rows: TileRow[], series: { name: string; index: number; color?: string }[]) {
  return {
    grid: { left: 8, right: 8, top: 28, bottom: 8, containLabel: true },
    tooltip: { trigger: 'axis' },
    legend: { top: 0 },
    xAxis: { type: 'category', data: rows.map((r) => r.label) },
    yAxis: { type: 'value', minInterval: 1 },
    series: series.map((s) => ({
      type: 'bar',
      name: s.name,
      stack: 'all',
      data: rows.map((r) => r.values[s.index] ?? 0),
      itemStyle: s.color ? { color: s.color } : undefined,
      cursor: 'pointer',
    })),
  };
}
