import { Checkbox, Group, Select, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { QueryState } from '../../../components/query-state.tsx';
import { TablePager } from '../../../components/table-pager.tsx';
import { UnitSelect } from '../../../components/unit-select.tsx';
import { type RemediationFilters, useRemediationList } from '../hooks/use-inspections.ts';
import { RemediationTable } from './remediation-table.tsx';

const PAGE_SIZE = 20;

/** Every unit's remediation tasks, open first by default. */
export function RemediationTab() {
  const { t } = useTranslation();
  const [filters, setFilters] = useState<RemediationFilters>({ unitId: null, status: 'open', overdue: null });
  const [page, setPage] = useState(1);
  const list = useRemediationList(filters, PAGE_SIZE, (page - 1) * PAGE_SIZE);
  const set = (patch: Partial<RemediationFilters>) => {
    setFilters({ ...filters, ...patch });
    setPage(1);
  };
  return (
    <>
      <Group align="flex-end" gap="sm" mb="md">
        <div style={{ flex: '2 1 16rem' }}>
          <UnitSelect
            label={t('inspections.fields.unit')}
            value={filters.unitId}
            onChange={(unitId) => set({ unitId })}
            clearable
          />
        </div>
        <Select
          label={t('inspections.remediation.status')}
          placeholder={t('common.all')}
          data={[
            { value: 'open', label: t('inspections.remediation.open') },
            { value: 'done', label: t('inspections.remediation.done') },
          ]}
          value={filters.status}
          onChange={(v) => set({ status: v as 'open' | 'done' | null })}
          clearable
          style={{ flex: '1 1 10rem' }}
        />
        <Checkbox
          label={t('inspections.remediation.overdueOnly')}
          checked={!!filters.overdue}
          onChange={(e) => set({ overdue: e.currentTarget.checked || null })}
          mb={8}
        />
      </Group>
      <QueryState isPending={list.isPending} error={list.error} onRetry={() => void list.refetch()}>
        <RemediationTable tasks={list.data?.items ?? []} />
        {list.data?.items.length === 0 && (
          <Text c="dimmed" ta="center" py="lg">
            {t('inspections.remediation.empty')}
          </Text>
        )}
        <TablePager page={page} pageSize={PAGE_SIZE} total={list.data?.total ?? 0} onChange={setPage} />
      </QueryState>
    </>
  );
}
