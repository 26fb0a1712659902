import { Button, Group, Paper, Stack, Text } from '@mantine/core';
import { can } from '@ungcuu/domain/auth/permissions.ts';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { AppModal } from '../../../components/app-modal.tsx';
import { type Column, DataTable } from '../../../components/data-table/data-table.tsx';
import { FilterBar, SearchFilter } from '../../../components/data-table/list-page-parts.tsx';
import { useTableState } from '../../../components/data-table/use-table-state.ts';
import { FormError } from '../../../components/form-error.tsx';
import { PageHeader } from '../../../components/page-header.tsx';
import { formatDateTime, useLocale } from '../../../i18n/i18n.ts';
import { useSession } from '../../auth/components/session-gate.tsx';
import { SystemSelect } from '../../systems/components/system-select.tsx';
import type { UnmappedHost } from '../alert-types.ts';
import { useMapHost, useUnmapped } from '../hooks/use-alerts.ts';

/** Host names, IPs and agents that alerts named but no system owns, and their mapping to a system. */
export function UnmappedPage() {
  const { t } = useTranslation();
  const { locale } = useLocale();
  const { actor } = useSession();
  const table = useTableState({}, { pageSize: 50 });
  const unmapped = useUnmapped(table.q, table.paging);
  const [target, setTarget] = useState<UnmappedHost | null>(null);
  const manage = can(actor, 'alert.manage');
  const columns: Column<UnmappedHost>[] = [
    {
      key: 'value',
      header: t('alerts.unmapped.value'),
      render: (h) => (
        <Text ff="monospace" size="sm">
          {h.value}
        </Text>
      ),
    },
    { key: 'kind', header: t('alerts.unmapped.kind'), render: (h) => t(`alerts.unmapped.kinds.${h.kind}`) },
    { key: 'count', header: t('alerts.unmapped.count'), render: (h) => h.count },
    {
      key: 'lastSeen',
      header: t('alerts.unmapped.lastSeen'),
      render: (h) => formatDateTime(h.lastSeen, locale),
      visibleFrom: 'sm',
    },
    {
      key: 'source',
      header: t('alerts.unmapped.source'),
      render: (h) => h.lastSourceName ?? '–',
      visibleFrom: 'md',
    },
  ];
  return (
    <>
      <PageHeader title={t('alerts.unmapped.title')} intro={t('alerts.unmapped.intro')} />
      <FilterBar>
        <SearchFilter label={t('alerts.search')} value={table.search} onChange={table.setSearch} />
      </FilterBar>
      <Paper withBorder>
        <DataTable
          query={unmapped}
          columns={columns}
          rowKey={(h) => `${h.kind}:${h.value}`}
          page={table.page}
          pageSize={table.pageSize}
          onPage={table.setPage}
          minWidth={640}
          emptyText={t('alerts.unmapped.empty')}
          testId="unmapped-table"
          {...(manage
            ? {
                rowActions: (h: UnmappedHost) => (
                  <Button size="xs" variant="light" onClick={() => setTarget(h)}>
                    {t('alerts.unmapped.map')}
                  </Button>
                ),
              }
            : {})}
        />
      </Paper>
      <AppModal
        opened={target !== null}
        onClose={() => setTarget(null)}
        title={t('alerts.unmapped.mapTitle', { value: target?.value ?? '' })}
      >
        {target && <MapForm host={target} onDone={() => setTarget(null)} />}
      </AppModal>
    </>
  );
}

function MapForm({ host, onDone }: { host: UnmappedHost; onDone: () => void }) {
  const { t } = useTranslation();
  const map = useMapHost();
  const [systemId, setSystemId] = useState<string | null>(null);
  return (
    <Stack>
      <SystemSelect
        label={t('alerts.unmapped.system')}
        value={systemId}
        onChange={(id) => setSystemId(id)}
        required
      />
      <FormError error={map.error} />
      {map.data && (
        <Text size="sm" role="status">
          {t('alerts.unmapped.mapped', { alerts: map.data.remappedAlerts, groups: map.data.remappedGroups })}
        </Text>
      )}
      <Group justify="flex-end">
        {map.data ? (
          <Button onClick={onDone}>{t('common.close')}</Button>
        ) : (
          <Button
            disabled={!systemId}
            loading={map.isPending}
            onClick={() => systemId && map.mutate({ value: host.value, systemId })}
          >
            {t('alerts.unmapped.map')}
          </Button>
        )}
      </Group>
    </Stack>
  );
}
