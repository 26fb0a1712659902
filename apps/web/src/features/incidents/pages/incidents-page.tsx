import { Button, Text } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { IconChecklist, IconPlus } from '@tabler/icons-react';
import { can } from '@ungcuu/domain/auth/permissions.ts';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { PageHeader } from '../../../components/page-header.tsx';
import { QueryState } from '../../../components/query-state.tsx';
import { TablePager } from '../../../components/table-pager.tsx';
import { useSession } from '../../auth/components/session-gate.tsx';
import { IncidentFilterBar } from '../components/incident-filter-bar.tsx';
import { IncidentTable } from '../components/incident-table.tsx';
import { SavedFiltersMenu } from '../components/saved-filters-menu.tsx';
import { filtersFromParams, filtersToParams, type IncidentFilters } from '../hooks/incident-filters.ts';
import { useIncidentList, useOverdueIds } from '../hooks/use-incidents.ts';

const PAGE_SIZE = 25;

/** The incident queue: filters live in the address bar; new reports appear through the change events. */
export function IncidentsPage() {
  const { t } = useTranslation();
  const { actor } = useSession();
  const [params, setParams] = useSearchParams();
  const filters = useMemo(() => filtersFromParams(params), [params]);
  const page = Math.max(1, Number(params.get('page')) || 1);
  const [debouncedQ] = useDebouncedValue(filters.q, 300);
  const effective = { ...filters, q: debouncedQ };
  const list = useIncidentList(effective, PAGE_SIZE, (page - 1) * PAGE_SIZE);
  const overdue = useOverdueIds(effective);

  const update = (next: IncidentFilters, nextPage = 1) => {
    const p = filtersToParams(next);
    if (nextPage > 1) p.set('page', String(nextPage));
    setParams(p, { replace: true });
  };

  return (
    <>
      <PageHeader
        title={t('incidents.title')}
        intro={t('incidents.intro')}
        actions={
          <>
            <Button
              component={Link}
              to="/tasks/mine"
              variant="default"
              leftSection={<IconChecklist size={16} aria-hidden />}
            >
              {t('tasks.mine.title')}
            </Button>
            {can(actor, 'incident.report') && (
              <Button
                component={Link}
                to="/incidents/new"
                leftSection={<IconPlus size={16} aria-hidden />}
                data-testid="report-incident"
              >
                {t('report.pageTitle')}
              </Button>
            )}
          </>
        }
      />
      <IncidentFilterBar
        value={filters}
        onChange={(next) => update(next)}
        extra={<SavedFiltersMenu current={filters} onPick={(next) => update(next)} />}
      />
      <QueryState isPending={list.isPending} error={list.error} onRetry={() => void list.refetch()}>
        <IncidentTable items={list.data?.items ?? []} overdue={overdue.data ?? new Set()} />
        {list.data?.items.length === 0 && (
          <Text c="dimmed" ta="center" py="lg">
            {t('common.noResults')}
          </Text>
        )}
        <TablePager
          page={page}
          pageSize={PAGE_SIZE}
          total={list.data?.total ?? 0}
          totalCapped={list.data?.totalCapped}
          onChange={(p) => update(filters, p)}
        />
      </QueryState>
    </>
  );
}
