import { Button, Group, Paper, Select, Text, Title } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { IconPlus } from '@tabler/icons-react';
import { can } from '@ungcuu/domain/auth/permissions.ts';
import {
  BUDGET_CATEGORIES,
  BUDGET_CATEGORY_LABELS,
  BUDGET_LINE_STATUS_LABELS,
  BUDGET_LINE_STATUSES,
  type BudgetCategory,
  type BudgetLineStatus,
} from '@ungcuu/domain/budget/budget.ts';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { AppModal } from '../../../components/app-modal.tsx';
import { ExportButton } from '../../../components/data-table/list-page-parts.tsx';
import { PageHeader } from '../../../components/page-header.tsx';
import { QueryState } from '../../../components/query-state.tsx';
import { TablePager } from '../../../components/table-pager.tsx';
import { UnitSelect } from '../../../components/unit-select.tsx';
import { useLocale } from '../../../i18n/i18n.ts';
import { currentYearVn, yearOptions } from '../../../lib/format.ts';
import { useSession } from '../../auth/components/session-gate.tsx';
import type { BudgetLineView } from '../budget-types.ts';
import { LineForm } from '../components/line-form.tsx';
import { LineTable } from '../components/line-table.tsx';
import { ResourcesTable } from '../components/resources-table.tsx';
import { SpendingPanel } from '../components/spending-panel.tsx';
import { TotalsTable } from '../components/totals-table.tsx';
import { type BudgetFilters, useBudgetLines, useBudgetTotals, useEstimate } from '../hooks/use-budget.ts';

const PAGE_SIZE = 20;

/** The response budget (seed III): the year's lines by category, their approval, spending and totals. */
export function BudgetPage() {
  const { t } = useTranslation();
  const { label } = useLocale();
  const { actor } = useSession();
  const phone = useMediaQuery('(max-width: 48em)');
  const [filters, setFilters] = useState<BudgetFilters>({
    year: currentYearVn(),
    unitId: null,
    status: null,
    category: null,
  });
  const [page, setPage] = useState(1);
  const [editing, setEditing] = useState<BudgetLineView | 'new' | null>(null);
  const [spendingOf, setSpendingOf] = useState<string | null>(null);
  const lines = useBudgetLines(filters, PAGE_SIZE, (page - 1) * PAGE_SIZE);
  const totals = useBudgetTotals(filters.year, filters.unitId);
  const estimate = useEstimate(filters.year, filters.unitId);
  const set = (patch: Partial<BudgetFilters>) => {
    setFilters({ ...filters, ...patch });
    setPage(1);
  };
  return (
    <>
      <PageHeader
        title={t('budget.title')}
        intro={t('budget.intro')}
        actions={
          <>
            <ExportButton
              label={t('budget.export')}
              path="/api/budget/export.xlsx"
              filename={`du-toan-${filters.year}.xlsx`}
              query={{ year: filters.year, unitId: filters.unitId }}
            />
            {can(actor, 'budget.manage') && (
              <Button leftSection={<IconPlus size={16} aria-hidden />} onClick={() => setEditing('new')}>
                {t('budget.create')}
              </Button>
            )}
          </>
        }
      />
      <Group align="flex-end" gap="sm" mb="md">
        <Select
          label={t('budget.fields.year')}
          data={yearOptions()}
          value={String(filters.year)}
          onChange={(v) => v && set({ year: Number(v) })}
          allowDeselect={false}
          style={{ flex: '0 1 8rem' }}
        />
        <div style={{ flex: '2 1 16rem' }}>
          <UnitSelect
            label={t('budget.fields.unit')}
            value={filters.unitId}
            onChange={(unitId) => set({ unitId })}
            clearable
          />
        </div>
        <Select
          label={t('budget.fields.status')}
          placeholder={t('common.all')}
          data={BUDGET_LINE_STATUSES.map((s) => ({ value: s, label: label(BUDGET_LINE_STATUS_LABELS[s]) }))}
          value={filters.status}
          onChange={(v) => set({ status: v as BudgetLineStatus | null })}
          clearable
          style={{ flex: '1 1 10rem' }}
        />
        <Select
          label={t('budget.fields.category')}
          placeholder={t('common.all')}
          data={BUDGET_CATEGORIES.map((c) => ({ value: c, label: label(BUDGET_CATEGORY_LABELS[c]) }))}
          value={filters.category}
          onChange={(v) => set({ category: v as BudgetCategory | null })}
          clearable
          style={{ flex: '1 1 14rem' }}
        />
      </Group>
      <Paper withBorder p="md" mb="md">
        <Title order={2} size="h5" mb="sm">
          {t('budget.totals.title', { year: filters.year })}
        </Title>
        <QueryState isPending={totals.isPending} error={totals.error} onRetry={() => void totals.refetch()}>
          {totals.data && <TotalsTable totals={totals.data} />}
        </QueryState>
      </Paper>
      <Title order={2} size="h5" mb="sm">
        {t('budget.linesTitle')}
      </Title>
      <QueryState isPending={lines.isPending} error={lines.error} onRetry={() => void lines.refetch()}>
        <LineTable
          lines={lines.data?.items ?? []}
          onEdit={setEditing}
          onSpending={(line) => setSpendingOf(line.id)}
        />
        {lines.data?.items.length === 0 && (
          <Text c="dimmed" ta="center" py="lg">
            {t('budget.empty', { year: filters.year })}
          </Text>
        )}
        <TablePager page={page} pageSize={PAGE_SIZE} total={lines.data?.total ?? 0} onChange={setPage} />
      </QueryState>
      <Paper withBorder p="md" mt="md">
        <Title order={2} size="h5" mb="sm">
          {t('budget.resources.title')}
        </Title>
        <QueryState
          isPending={estimate.isPending}
          error={estimate.error}
          onRetry={() => void estimate.refetch()}
        >
          {estimate.data && <ResourcesTable resources={estimate.data.resources} />}
        </QueryState>
      </Paper>
      <AppModal
        opened={editing !== null}
        onClose={() => setEditing(null)}
        title={editing === 'new' ? t('budget.create') : t('budget.edit')}
        size="lg"
        fullScreen={phone}
      >
        {editing !== null && (
          <LineForm
            line={editing === 'new' ? undefined : editing}
            year={filters.year}
            onDone={() => setEditing(null)}
          />
        )}
      </AppModal>
      <AppModal
        opened={spendingOf !== null}
        onClose={() => setSpendingOf(null)}
        title={t('budget.spending.title')}
        size="lg"
        fullScreen={phone}
      >
        {spendingOf && <SpendingPanel lineId={spendingOf} />}
      </AppModal>
    </>
  );
}
