import { Anchor, Button, FileButton, Group, SegmentedControl, Select, Text, TextInput } from '@mantine/core';
import { IconFileImport, IconPlus } from '@tabler/icons-react';
import { can, widestScope } from '@ungcuu/domain/auth/permissions.ts';
import { WARNING_STATUSES, type WarningStatus } from '@ungcuu/domain/warnings/warning.ts';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { type Column, DataTable } from '../../../components/data-table/data-table.tsx';
import { useTableState } from '../../../components/data-table/use-table-state.ts';
import { FormError } from '../../../components/form-error.tsx';
import { PageHeader } from '../../../components/page-header.tsx';
import { UnitSelect } from '../../../components/unit-select.tsx';
import { formatDay } from '../../../lib/format.ts';
import { useSession } from '../../auth/components/session-gate.tsx';
import { SeverityBadge, TargetStatusBadge, TlpBadge } from '../components/warning-badges.tsx';
import {
  useImportCve,
  useImportShared,
  useUnitWarnings,
  useWarningList,
  type WarningFilters,
} from '../hooks/use-warnings.ts';
import type { UnitCompliance, WarningSummary } from '../warning-types.ts';

/** Every warning sent to one unit with its answer (the office's per-unit compliance). */
function UnitWarnings() {
  const { t } = useTranslation();
  const [unitId, setUnitId] = useState<string | null>(null);
  const [page, setPage] = useState(1);
  const list = useUnitWarnings(unitId, 20, (page - 1) * 20);
  const columns: Column<UnitCompliance['items'][number]>[] = [
    {
      key: 'title',
      header: t('warnings.cols.warning'),
      render: (w) => (
        <Anchor component={Link} to={`/warnings/${w.warningId}`} size="sm">
          {w.code} · {w.title}
        </Anchor>
      ),
    },
    {
      key: 'status',
      header: t('warnings.cols.status'),
      render: (w) => <TargetStatusBadge status={w.status} overdue={w.overdue} />,
    },
    {
      key: 'deadline',
      header: t('warnings.cols.deadline'),
      visibleFrom: 'sm',
      render: (w) => formatDay(w.deadline),
    },
  ];
  return (
    <>
      <UnitSelect
        label={t('warnings.byUnit.unit')}
        value={unitId}
        onChange={(id) => {
          setUnitId(id);
          setPage(1);
        }}
      />
      {unitId && (
        <DataTable
          query={list}
          columns={columns}
          rowKey={(w) => w.warningId}
          page={page}
          pageSize={20}
          onPage={setPage}
          minWidth={640}
          emptyText={t('warnings.empty')}
        />
      )}
    </>
  );
}

/**
 * Warnings (cảnh báo, issue 11). The focal office sees every warning with its compliance counts;
 * a unit sees "Cảnh báo gửi đơn vị": the published warnings sent to it and its own answer.
 */
export function WarningsPage() {
  const { t } = useTranslation();
  const { actor } = useSession();
  const navigate = useNavigate();
  const office = widestScope(actor, 'warning.read') === 'all';
  const manage = can(actor, 'warning.manage');
  const [view, setView] = useState<'list' | 'units'>('list');
  const table = useTableState<WarningFilters>({ status: null });
  const list = useWarningList(table.filters, table.q, table.paging.limit, table.paging.offset);
  const importCve = useImportCve();
  const importShared = useImportShared();

  const columns: Column<WarningSummary>[] = [
    {
      key: 'title',
      header: t('warnings.cols.warning'),
      render: (w) => (
        <>
          <Anchor component={Link} to={`/warnings/${w.id}`} fw={500} size="sm">
            {w.title}
          </Anchor>
          <Group gap={6} mt={2}>
            <Text size="xs" c="dimmed">
              {w.code}
              {w.cves.length > 0 && ` · ${w.cves.slice(0, 3).join(', ')}`}
            </Text>
            <TlpBadge tlp={w.tlp} />
          </Group>
        </>
      ),
    },
    {
      key: 'severity',
      header: t('warnings.cols.severity'),
      render: (w) => <SeverityBadge severity={w.severity} />,
    },
    {
      key: 'status',
      header: t('warnings.cols.status'),
      render: (w) =>
        w.myTarget && !office ? (
          <TargetStatusBadge status={w.myTarget.status} overdue={w.myTarget.overdue} />
        ) : (
          <Text size="sm">{t(`warnings.status.${w.status}`)}</Text>
        ),
    },
    {
      key: 'progress',
      header: t('warnings.cols.progress'),
      visibleFrom: 'sm',
      render: (w) =>
        w.counts ? (
          <Text size="sm" c={w.counts.overdue > 0 ? 'red' : undefined}>
            {t('warnings.progress', {
              answered: w.counts.done + w.counts.not_applicable + w.counts.cannot_do,
              total: w.counts.total,
              overdue: w.counts.overdue,
            })}
          </Text>
        ) : null,
    },
    {
      key: 'deadline',
      header: t('warnings.cols.deadline'),
      visibleFrom: 'sm',
      render: (w) => formatDay(w.deadline),
    },
  ];

  return (
    <>
      <PageHeader
        title={office ? t('warnings.title') : t('warnings.unitTitle')}
        intro={office ? t('warnings.intro') : t('warnings.unitIntro')}
        actions={
          manage && (
            <>
              <FileButton
                accept="application/json,.json"
                onChange={(f) =>
                  f && importCve.mutate(f, { onSuccess: (w) => void navigate(`/warnings/${w.id}`) })
                }
              >
                {(props) => (
                  <Button
                    {...props}
                    variant="light"
                    leftSection={<IconFileImport size={16} aria-hidden />}
                    loading={importCve.isPending}
                  >
                    {t('warnings.importCve')}
                  </Button>
                )}
              </FileButton>
              <FileButton
                accept="application/json,.json"
                onChange={(f) =>
                  f && importShared.mutate(f, { onSuccess: (w) => void navigate(`/warnings/${w.id}`) })
                }
              >
                {(props) => (
                  <Button
                    {...props}
                    variant="light"
                    leftSection={<IconFileImport size={16} aria-hidden />}
                    loading={importShared.isPending}
                  >
                    {t('warnings.importShared')}
                  </Button>
                )}
              </FileButton>
              <Button component={Link} to="/warnings/new" leftSection={<IconPlus size={16} aria-hidden />}>
                {t('warnings.create')}
              </Button>
            </>
          )
        }
      />
      <FormError error={importCve.error ?? importShared.error} />
      {office && (
        <SegmentedControl
          mb="sm"
          value={view}
          onChange={(v) => setView(v as 'list' | 'units')}
          data={[
            { value: 'list', label: t('warnings.views.list') },
            { value: 'units', label: t('warnings.views.units') },
          ]}
        />
      )}
      {view === 'units' && office ? (
        <UnitWarnings />
      ) : (
        <>
          <Group mb="sm" align="flex-end">
            <TextInput
              label={t('warnings.search')}
              value={table.search}
              onChange={(e) => table.setSearch(e.currentTarget.value)}
              maxLength={200}
            />
            <Select
              label={t('warnings.cols.status')}
              clearable
              data={WARNING_STATUSES.map((s) => ({ value: s, label: t(`warnings.status.${s}`) }))}
              value={table.filters.status}
              onChange={(v) => table.setFilter('status', v as WarningStatus | null)}
            />
          </Group>
          <DataTable
            query={list}
            columns={columns}
            rowKey={(w) => w.id}
            page={table.page}
            pageSize={table.pageSize}
            onPage={table.setPage}
            minWidth={760}
            testId="warnings-table"
            emptyText={t('warnings.empty')}
          />
        </>
      )}
    </>
  );
}
