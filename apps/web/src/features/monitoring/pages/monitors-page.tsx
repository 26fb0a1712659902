import { Anchor, Button, Group, Paper, Select, Table, Text, TextInput } from '@mantine/core';
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
import { FormError } from '../../../components/form-error.tsx';
import { PageHeader } from '../../../components/page-header.tsx';
import { QueryState } from '../../../components/query-state.tsx';
import { TablePager } from '../../../components/table-pager.tsx';
import { UnitSelect } from '../../../components/unit-select.tsx';
import { formatDateTime, useLocale } from '../../../i18n/i18n.ts';
import { useSession } from '../../auth/components/session-gate.tsx';
import { MonitorForm } from '../components/monitor-form.tsx';
import { ProbesPanel } from '../components/probes-panel.tsx';
import { MonitorStatusBadge, percent } from '../components/status-badge.tsx';
import { type MonitorFilters, useFromInventory, useMonitors } from '../hooks/use-monitors.ts';

const PAGE_SIZE = 50;

/** Monitors of the units' public systems (issue 10): down first, uptime, response time; paged by the server. */
export function MonitorsPage() {
  const { t } = useTranslation();
  const { label, locale } = useLocale();
  const { actor } = useSession();
  const [filters, setFilters] = useState<MonitorFilters>({ unitId: null, status: null, kind: null, q: '' });
  const [page, setPage] = useState(1);
  const [creating, setCreating] = useState(false);
  const [probes, setProbes] = useState(false);
  const monitors = useMonitors(filters, PAGE_SIZE, (page - 1) * PAGE_SIZE);
  const inventory = useFromInventory();
  const set = (patch: Partial<MonitorFilters>) => {
    setFilters({ ...filters, ...patch });
    setPage(1);
  };
  const manage = can(actor, 'monitor.manage');
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
      <Group mb="sm" align="flex-end">
        <TextInput
          label={t('monitoring.search')}
          value={filters.q}
          onChange={(e) => set({ q: e.currentTarget.value })}
          maxLength={200}
        />
        <UnitSelect
          label={t('monitoring.unit')}
          value={filters.unitId}
          onChange={(unitId) => set({ unitId })}
        />
        <Select
          label={t('monitoring.statusLabel')}
          clearable
          data={MONITOR_STATUSES.map((s) => ({ value: s, label: t(`monitoring.status.${s}`) }))}
          value={filters.status}
          onChange={(v) => set({ status: v as MonitorStatus | null })}
        />
        <Select
          label={t('monitoring.kind')}
          clearable
          data={MONITOR_KINDS.map((k) => ({ value: k, label: label(MONITOR_KIND_LABELS[k]) }))}
          value={filters.kind}
          onChange={(v) => set({ kind: v as MonitorKind | null })}
        />
        {filters.unitId && (
          <Anchor component={Link} to={`/monitoring/status/${filters.unitId}`}>
            {t('monitoring.statusPage')}
          </Anchor>
        )}
      </Group>
      <QueryState
        isPending={monitors.isPending}
        error={monitors.error}
        onRetry={() => void monitors.refetch()}
      >
        <Paper withBorder>
          <Table.ScrollContainer minWidth={800}>
            <Table striped highlightOnHover>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('monitoring.columns.name')}</Table.Th>
                  <Table.Th>{t('monitoring.columns.status')}</Table.Th>
                  <Table.Th>{t('monitoring.columns.uptime24h')}</Table.Th>
                  <Table.Th>{t('monitoring.columns.uptime30d')}</Table.Th>
                  <Table.Th>{t('monitoring.columns.response')}</Table.Th>
                  <Table.Th>{t('monitoring.columns.lastCheck')}</Table.Th>
                  <Table.Th>{t('monitoring.unit')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {monitors.data?.items.map((m) => (
                  <Table.Tr key={m.id}>
                    <Table.Td>
                      <Anchor component={Link} to={`/monitoring/${m.id}`}>
                        {m.name}
                      </Anchor>
                      <Text size="xs" c="dimmed">
                        {label(MONITOR_KIND_LABELS[m.kind])} · {m.target}
                      </Text>
                    </Table.Td>
                    <Table.Td>
                      <MonitorStatusBadge status={m.status} />
                    </Table.Td>
                    <Table.Td>{percent(m.uptime.h24)}</Table.Td>
                    <Table.Td>{percent(m.uptime.d30)}</Table.Td>
                    <Table.Td>
                      {m.uptime.avgResponseMs24h === null ? '–' : `${m.uptime.avgResponseMs24h} ms`}
                    </Table.Td>
                    <Table.Td>
                      {formatDateTime(m.lastCheckedAt, locale)}
                      {m.lastMessage && (
                        <Text size="xs" c={m.lastOk ? 'dimmed' : 'red'} lineClamp={1}>
                          {m.lastMessage}
                        </Text>
                      )}
                    </Table.Td>
                    <Table.Td>{m.unitName}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
          {monitors.data?.items.length === 0 && (
            <Text p="md" c="dimmed">
              {t('monitoring.empty')}
            </Text>
          )}
        </Paper>
        <TablePager page={page} pageSize={PAGE_SIZE} total={monitors.data?.total ?? 0} onChange={setPage} />
      </QueryState>
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
