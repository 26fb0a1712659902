import { Anchor, Paper, SegmentedControl, Select, Text, TextInput } from '@mantine/core';
import {
  ALERT_GROUP_STATUS_LABELS,
  ALERT_GROUP_STATUSES,
  ALERT_SEVERITIES,
  ALERT_SEVERITY_LABELS,
  ALERT_STATUSES,
  type AlertSeverity,
} from '@ungcuu/domain/alerts/alert.ts';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { type Column, DataTable } from '../../../components/data-table/data-table.tsx';
import { FilterBar, SearchFilter } from '../../../components/data-table/list-page-parts.tsx';
import { useTableState } from '../../../components/data-table/use-table-state.ts';
import { PageHeader } from '../../../components/page-header.tsx';
import { UnitSelect } from '../../../components/unit-select.tsx';
import { formatDateTime, useLocale } from '../../../i18n/i18n.ts';
import { SystemSelect } from '../../systems/components/system-select.tsx';
import type { AlertGroupView, AlertView } from '../alert-types.ts';
import { AssetCell } from '../components/asset-cell.tsx';
import { SeverityBadge } from '../components/severity-badge.tsx';
import {
  type AlertFilters,
  NO_FILTERS,
  useAlertGroups,
  useAlertSources,
  useAlerts,
} from '../hooks/use-alerts.ts';

type View = 'groups' | 'alerts';

/** A calendar day in Vietnam (UTC+7) → the instant it starts (or, `end`, the next one starts). */
function dayInstant(day: string, end: boolean): string | null {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(day)) return null;
  const start = Date.parse(`${day}T00:00:00+07:00`);
  return Number.isNaN(start) ? null : new Date(start + (end ? 86_400_000 : 0)).toISOString();
}

/**
 * Alerts from the units' security tools (issue 10): groups by fingerprint (the default view) or
 * every alert; paged by the server, refreshed live by the server's change events.
 */
export function AlertsPage() {
  const { t } = useTranslation();
  const { label, locale } = useLocale();
  const [view, setView] = useState<View>('groups');
  const [days, setDays] = useState({ from: '', to: '' });
  const table = useTableState<AlertFilters>(NO_FILTERS, { pageSize: 50 });
  const sources = useAlertSources();
  const groups = useAlertGroups(table.filters, table.q, table.paging, view === 'groups');
  const alerts = useAlerts(table.filters, table.q, table.paging, { enabled: view === 'alerts' });
  const switchView = (next: string) => {
    setView(next as View);
    table.setFilter('status', null);
  };
  const setDay = (which: 'from' | 'to', day: string) => {
    setDays({ ...days, [which]: day });
    table.setFilter(which, dayInstant(day, which === 'to'));
  };

  const groupColumns: Column<AlertGroupView>[] = [
    {
      key: 'severity',
      header: t('alerts.columns.severity'),
      render: (g) => <SeverityBadge severity={g.severity} />,
    },
    {
      key: 'rule',
      header: t('alerts.columns.rule'),
      render: (g) => (
        <>
          <Anchor component={Link} to={`/alerts/groups/${g.id}`} data-testid="alert-group-link">
            {g.ruleName ?? g.ruleId ?? t('alerts.noRule')}
          </Anchor>
          <Text size="xs" c="dimmed">
            {g.ruleId} · {label(ALERT_GROUP_STATUS_LABELS[g.status])}
          </Text>
        </>
      ),
    },
    {
      key: 'asset',
      header: t('alerts.columns.asset'),
      render: (g) => <AssetCell {...g} />,
    },
    {
      key: 'count',
      header: t('alerts.columns.count'),
      render: (g) => (
        <Text fw={600} data-testid="alert-group-count">
          {g.count}
        </Text>
      ),
    },
    { key: 'source', header: t('alerts.columns.source'), render: (g) => g.sourceName, visibleFrom: 'sm' },
    {
      key: 'lastSeen',
      header: t('alerts.columns.lastSeen'),
      render: (g) => formatDateTime(g.lastSeen, locale),
      visibleFrom: 'sm',
    },
    {
      key: 'incident',
      header: t('alerts.columns.incident'),
      render: (g) =>
        g.incidentId ? (
          <Anchor component={Link} to={`/incidents/${g.incidentId}`} ff="monospace" size="sm">
            {g.incidentCode}
          </Anchor>
        ) : (
          '–'
        ),
    },
  ];

  const alertColumns: Column<AlertView>[] = [
    {
      key: 'severity',
      header: t('alerts.columns.severity'),
      render: (a) => <SeverityBadge severity={a.severity} />,
    },
    {
      key: 'rule',
      header: t('alerts.columns.rule'),
      render: (a) => (
        <>
          {a.groupId ? (
            <Anchor component={Link} to={`/alerts/groups/${a.groupId}`}>
              {a.ruleName ?? a.ruleId ?? t('alerts.noRule')}
            </Anchor>
          ) : (
            <Text size="sm">{a.ruleName ?? a.ruleId ?? t('alerts.noRule')}</Text>
          )}
          {a.message && (
            <Text size="xs" c="dimmed" lineClamp={1}>
              {a.message}
            </Text>
          )}
        </>
      ),
    },
    { key: 'asset', header: t('alerts.columns.asset'), render: (a) => <AssetCell {...a} /> },
    { key: 'source', header: t('alerts.columns.source'), render: (a) => a.sourceName, visibleFrom: 'sm' },
    {
      key: 'status',
      header: t('alerts.columns.status'),
      render: (a) => t(`alerts.alertStatus.${a.status}`),
      visibleFrom: 'md',
    },
    {
      key: 'received',
      header: t('alerts.columns.received'),
      render: (a) => formatDateTime(a.receivedAt, locale),
    },
  ];

  const statuses =
    view === 'groups'
      ? ALERT_GROUP_STATUSES.map((s) => ({ value: s, label: label(ALERT_GROUP_STATUS_LABELS[s]) }))
      : ALERT_STATUSES.map((s) => ({ value: s, label: t(`alerts.alertStatus.${s}`) }));

  return (
    <>
      <PageHeader title={t('alerts.title')} intro={t('alerts.intro')} />
      <SegmentedControl
        mb="md"
        value={view}
        onChange={switchView}
        data={[
          { value: 'groups', label: t('alerts.view.groups') },
          { value: 'alerts', label: t('alerts.view.alerts') },
        ]}
      />
      <FilterBar>
        <SearchFilter label={t('alerts.search')} value={table.search} onChange={table.setSearch} />
        <Select
          label={t('alerts.filters.source')}
          clearable
          data={(sources.data?.items ?? []).map((s) => ({ value: s.id, label: s.name }))}
          value={table.filters.sourceId}
          onChange={(v) => table.setFilter('sourceId', v)}
        />
        <UnitSelect
          label={t('alerts.filters.unit')}
          value={table.filters.unitId}
          onChange={(v) => table.setFilter('unitId', v)}
        />
        <SystemSelect
          label={t('alerts.filters.system')}
          clearable
          value={table.filters.systemId}
          onChange={(v) => table.setFilter('systemId', v)}
        />
        <Select
          label={t('alerts.filters.severity')}
          clearable
          data={ALERT_SEVERITIES.map((s) => ({ value: s, label: label(ALERT_SEVERITY_LABELS[s]) }))}
          value={table.filters.severity}
          onChange={(v) => table.setFilter('severity', v as AlertSeverity | null)}
        />
        <Select
          label={t('alerts.filters.status')}
          clearable
          data={statuses}
          value={table.filters.status}
          onChange={(v) => table.setFilter('status', v)}
        />
        {view === 'alerts' && (
          <>
            <TextInput
              type="date"
              label={t('alerts.filters.from')}
              value={days.from}
              onChange={(e) => setDay('from', e.currentTarget.value)}
            />
            <TextInput
              type="date"
              label={t('alerts.filters.to')}
              value={days.to}
              onChange={(e) => setDay('to', e.currentTarget.value)}
            />
          </>
        )}
      </FilterBar>
      <Paper withBorder>
        {view === 'groups' ? (
          <DataTable
            query={groups}
            columns={groupColumns}
            rowKey={(g) => g.id}
            page={table.page}
            pageSize={table.pageSize}
            onPage={table.setPage}
            minWidth={900}
            emptyText={t('alerts.emptyGroups')}
            testId="alert-groups-table"
          />
        ) : (
          <DataTable
            query={alerts}
            columns={alertColumns}
            rowKey={(a) => a.id}
            page={table.page}
            pageSize={table.pageSize}
            onPage={table.setPage}
            minWidth={900}
            emptyText={t('alerts.empty')}
            testId="alerts-table"
          />
        )}
      </Paper>
    </>
  );
}
