import { Anchor, Button, Group, Select, Table, Tabs, Text } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { IconCalendarPlus } from '@tabler/icons-react';
import { can } from '@ungcuu/domain/auth/permissions.ts';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { AppModal } from '../../../components/app-modal.tsx';
import { PageHeader } from '../../../components/page-header.tsx';
import { QueryState } from '../../../components/query-state.tsx';
import { TablePager } from '../../../components/table-pager.tsx';
import { UnitSelect } from '../../../components/unit-select.tsx';
import { currentYearVn, formatDay, yearOptions } from '../../../lib/format.ts';
import { useSession } from '../../auth/components/session-gate.tsx';
import { ResultLine, StatusBadge } from '../components/badges.tsx';
import { CompareTab } from '../components/compare-tab.tsx';
import { PlanDialog } from '../components/plan-dialog.tsx';
import { RemediationTab } from '../components/remediation-tab.tsx';
import { type InspectionFilters, useInspectionList } from '../hooks/use-inspections.ts';
import { INSPECTION_STATUSES, type InspectionStatus } from '../inspection-types.ts';

const PAGE_SIZE = 20;
const TABS = ['plan', 'remediation', 'compare'] as const;
type Tab = (typeof TABS)[number];

function PlanTab() {
  const { t } = useTranslation();
  const { actor } = useSession();
  const [filters, setFilters] = useState<InspectionFilters>({
    year: currentYearVn(),
    unitId: null,
    status: null,
  });
  const [page, setPage] = useState(1);
  const [planning, setPlanning] = useState(false);
  const phone = useMediaQuery('(max-width: 48em)');
  const list = useInspectionList(filters, PAGE_SIZE, (page - 1) * PAGE_SIZE);
  const set = (patch: Partial<InspectionFilters>) => {
    setFilters({ ...filters, ...patch });
    setPage(1);
  };
  return (
    <>
      <Group align="flex-end" gap="sm" mb="md">
        <Select
          label={t('inspections.fields.year')}
          data={yearOptions()}
          value={String(filters.year)}
          onChange={(v) => v && set({ year: Number(v) })}
          allowDeselect={false}
          style={{ flex: '0 1 8rem' }}
        />
        <div style={{ flex: '2 1 16rem' }}>
          <UnitSelect
            label={t('inspections.fields.unit')}
            value={filters.unitId}
            onChange={(unitId) => set({ unitId })}
            clearable
          />
        </div>
        <Select
          label={t('inspections.fields.status')}
          placeholder={t('common.all')}
          data={INSPECTION_STATUSES.map((s) => ({ value: s, label: t(`inspections.statuses.${s}`) }))}
          value={filters.status}
          onChange={(v) => set({ status: v as InspectionStatus | null })}
          clearable
          style={{ flex: '1 1 10rem' }}
        />
        {can(actor, 'inspection.plan') && (
          <Button leftSection={<IconCalendarPlus size={16} aria-hidden />} onClick={() => setPlanning(true)}>
            {t('inspections.plan.open')}
          </Button>
        )}
      </Group>
      <QueryState isPending={list.isPending} error={list.error} onRetry={() => void list.refetch()}>
        <Table.ScrollContainer minWidth={phone ? 0 : 760}>
          <Table striped highlightOnHover verticalSpacing="xs" data-testid="inspections-table">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('inspections.fields.unit')}</Table.Th>
                <Table.Th>{t('inspections.fields.status')}</Table.Th>
                <Table.Th visibleFrom="sm">{t('inspections.fields.dates')}</Table.Th>
                <Table.Th visibleFrom="sm">{t('inspections.fields.result')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {list.data?.items.map((i) => (
                <Table.Tr key={i.id}>
                  <Table.Td>
                    <Anchor component={Link} to={`/inspections/${i.id}`} size="sm" fw={500}>
                      {i.unitName}
                    </Anchor>
                    {i.inspectorName && (
                      <Text size="xs" c="dimmed">
                        {t('inspections.inspectorIs', { name: i.inspectorName })}
                      </Text>
                    )}
                  </Table.Td>
                  <Table.Td>
                    <StatusBadge status={i.status} />
                    <Text size="xs" hiddenFrom="sm" mt={4}>
                      {i.result.compliancePercent === null ? '' : `${i.result.compliancePercent}%`}
                    </Text>
                  </Table.Td>
                  <Table.Td visibleFrom="sm">
                    <Text size="sm">
                      {i.conductedOn
                        ? t('inspections.conductedOn', { date: formatDay(i.conductedOn) })
                        : i.plannedOn
                          ? t('inspections.plannedOn', { date: formatDay(i.plannedOn) })
                          : t('common.none')}
                    </Text>
                  </Table.Td>
                  <Table.Td visibleFrom="sm">
                    <ResultLine result={i.result} />
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
        {list.data?.items.length === 0 && (
          <Text c="dimmed" ta="center" py="lg">
            {t('inspections.empty', { year: filters.year })}
          </Text>
        )}
        <TablePager page={page} pageSize={PAGE_SIZE} total={list.data?.total ?? 0} onChange={setPage} />
      </QueryState>
      <AppModal
        opened={planning}
        onClose={() => setPlanning(false)}
        title={t('inspections.plan.title')}
        size="lg"
      >
        {planning && <PlanDialog year={filters.year} onDone={() => setPlanning(false)} />}
      </AppModal>
    </>
  );
}

/** Periodic inspections (seed IV.1): the year's plan, remediation of findings, year-over-year comparison. */
export function InspectionsPage() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const tab: Tab = (TABS as readonly string[]).includes(params.get('tab') ?? '')
    ? (params.get('tab') as Tab)
    : 'plan';
  return (
    <>
      <PageHeader title={t('inspections.title')} intro={t('inspections.intro')} />
      <Tabs
        value={tab}
        onChange={(v) => setParams(v && v !== 'plan' ? { tab: v } : {}, { replace: true })}
        keepMounted={false}
      >
        <Tabs.List mb="md">
          {TABS.map((key) => (
            <Tabs.Tab key={key} value={key}>
              {t(`inspections.tabs.${key}`)}
            </Tabs.Tab>
          ))}
        </Tabs.List>
        <Tabs.Panel value="plan">
          <PlanTab />
        </Tabs.Panel>
        <Tabs.Panel value="remediation">
          <RemediationTab />
        </Tabs.Panel>
        <Tabs.Panel value="compare">
          <CompareTab />
        </Tabs.Panel>
      </Tabs>
    </>
  );
}
