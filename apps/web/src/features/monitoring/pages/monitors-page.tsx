import { Anchor, Button, Paper, Select, Text } from '@mantine/core';
import { IconDatabaseImport, IconPlus, IconRadar } from '@tabler/icons-react';
import { can } from '@ungcuu/domain/auth/permissions.ts';
import {
  MONITOR_KIND_LABELS,
  MONITOR_KINDS,
  MONITOR_STATUSES,
  type MonitorKind,
  type MonitorStatus,
} from '@ungcuu/domain/monitoring/monitor.ts';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { AppModal } from '../../../components/app-modal.tsx';
import { type Column, DataTable } from '../../../components/data-table/data-table.tsx';
import { FilterBar, SearchFilter } from '../../../components/data-table/list-page-parts.tsx';
import { useTableState } from '../../../components/data-table/use-table-state.ts';
import { FormError } from '../../../components/form-error.tsx';
import { PageHeader } from '../../../components/page-header.tsx';
import { UnitSelect } from '../../../components/unit-select.tsx';
import { formatDateTime, useLocale } from '../../../i18n/i18n.ts';
import { useSession } from '../../auth/components/session-gate.tsx';
import { MonitorForm } from '../components/monitor-form.tsx';
import { ProbesPanel } from '../components/probes-panel.tsx';
import { MonitorStatusBadge, percent } from '../components/status-badge.tsx';
import { type MonitorFilters, useFromInventory, useMonitors } from '../hooks/use-monitors.ts';
import type { MonitorView } from '../monitoring-types.ts';

const PAGE_SIZE = 50;

/** Monitors of the units' public systems (issue 10): down first, uptime, response time; paged by the server. */
export function MonitorsPage() {
  const { t } = useTranslation();
  const { label, locale } = useLocale();
  const { actor } = useSession();
  const table = useTableState<Omit<MonitorFilters, 'q'>>(
    { unitId: null, status: null, kind: null },
    { pageSize: PAGE_SIZE },
  );
  const [creating, setCreating] = useState(false);
  const [probes, setProbes] = useState(false);
  const monitors = useMonitors({ ...table.filters, q: table.q }, table.paging.limit, table.paging.offset);
  const inventory = useFromInventory();
  const manage = can(actor, 'monitor.manage');
  const columns: Column<MonitorView>[] = [
    {
      key: 'name',
      header: t('monitoring.columns.name'),
      render: (m) => (
        <>
          <Anchor component={Link} to={`/monitoring/${m.id}`}>
            {m.name}
          </Anchor>
          <Text size="xs" c="dimmed">
            {label(MONITOR_KIND_LABELS[m.kind])} · {m.target}
          </Text>
        </>
      ),
    },
    {
      key: 'status',
      header: t('monitoring.columns.status'),
      render: (m) => <MonitorStatusBadge status={m.status} />,
    },
    { key: 'h24', header: t('monitoring.columns.uptime24h'), render: (m) => percent(m.uptime.h24) },
    {
      key: 'd30',
      header: t('monitoring.columns.uptime30d'),
      render: (m) => percent(m.uptime.d30),
      visibleFrom: 'sm',
    },
    {
      key: 'response',
      header: t('monitoring.columns.response'),
      render: (m) => (m.uptime.avgResponseMs24h === null ? '–' : `${m.uptime.avgResponseMs24h} ms`),
      visibleFrom: 'sm',
    },
    {
      key: 'lastCheck',
      header: t('monitoring.columns.lastCheck'),
      render: (m) => (
        <>
          {formatDateTime(m.lastCheckedAt, locale)}
          {m.lastMessage && (
            <Text size="xs" c={m.lastOk ? 'dimmed' : 'red'} lineClamp={1}>
              {m.lastMessage}
            </Text>
          )}
        </>
      ),
      visibleFrom: 'md',
    },
    { key: 'unit', header: t('monitoring.unit'), render: (m) => m.unitName, visibleFrom: 'sm' },
  ];
  return (
    <>
      <PageHeader
        title={t('monitoring.title')}
        intro={t('monitoring.intro')}
        actions={
          manage && (
            <>
              <Button
                variant="default"
                leftSection={<IconRadar size={16} aria-hidden />}
                onClick={() => setProbes(true)}
              >
                {t('monitoring.probes.title')}
              </Button>
              <Button
                variant="default"
                leftSection={<IconDatabaseImport size={16} aria-hidden />}
                loading={inventory.isPending}
                onClick={() => inventory.mutate()}
              >
                {t('monitoring.fromInventory')}
              </Button>
              <Button leftSection={<IconPlus size={16} aria-hidden />} onClick={() => setCreating(true)}>
                {t('monitoring.create')}
              </Button>
            </>
          )
        }
      />
      {inventory.data && (
        <Text size="sm" mb="sm" role="status">
          {t('monitoring.fromInventoryDone', inventory.data)}
        </Text>
      )}
      <FormError error={inventory.error} />
      <FilterBar>
        <SearchFilter label={t('monitoring.search')} value={table.search} onChange={table.setSearch} />
        <UnitSelect
          label={t('monitoring.unit')}
          value={table.filters.unitId}
          onChange={(unitId) => table.setFilter('unitId', unitId)}
        />
        <Select
          label={t('monitoring.statusLabel')}
          clearable
          data={MONITOR_STATUSES.map((s) => ({ value: s, label: t(`monitoring.status.${s}`) }))}
          value={table.filters.status}
          onChange={(v) => table.setFilter('status', v as MonitorStatus | null)}
        />
        <Select
          label={t('monitoring.kind')}
          clearable
          data={MONITOR_KINDS.map((k) => ({ value: k, label: label(MONITOR_KIND_LABELS[k]) }))}
          value={table.filters.kind}
          onChange={(v) => table.setFilter('kind', v as MonitorKind | null)}
        />
        {table.filters.unitId && (
          <Anchor component={Link} to={`/monitoring/status/${table.filters.unitId}`}>
            {t('monitoring.statusPage')}
          </Anchor>
        )}
      </FilterBar>
      <Paper withBorder>
        <DataTable
          query={monitors}
          columns={columns}
          rowKey={(m) => m.id}
          page={table.page}
          pageSize={table.pageSize}
          onPage={table.setPage}
          minWidth={800}
          emptyText={t('monitoring.empty')}
          testId="monitors-table"
        />
      </Paper>
      <AppModal opened={creating} onClose={() => setCreating(false)} title={t('monitoring.create')} size="lg">
        <MonitorForm onDone={() => setCreating(false)} />
      </AppModal>
      <AppModal
        opened={probes}
        onClose={() => setProbes(false)}
        title={t('monitoring.probes.title')}
        size="lg"
      >
        <ProbesPanel />
      </AppModal>
    </>
  );
}
