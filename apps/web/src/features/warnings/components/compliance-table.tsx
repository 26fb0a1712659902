import { Group, Paper, SegmentedControl, SimpleGrid, Text, Title } from '@mantine/core';
import { TARGET_STATUSES } from '@ungcuu/domain/warnings/warning.ts';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type Column, DataTable } from '../../../components/data-table/data-table.tsx';
import { formatDateTime, useLocale } from '../../../i18n/i18n.ts';
import { useCompliance } from '../hooks/use-warnings.ts';
import type { TargetRow } from '../warning-types.ts';
import { TargetStatusBadge } from './warning-badges.tsx';

const PAGE_SIZE = 50;

/** The focal office's view of one warning: counts by status, overdue units, each unit's answer. */
export function ComplianceTable({ warningId }: { warningId: string }) {
  const { t } = useTranslation();
  const { locale } = useLocale();
  const [status, setStatus] = useState<string>('');
  const [page, setPage] = useState(1);
  const query = useCompliance(warningId, status || null, PAGE_SIZE, (page - 1) * PAGE_SIZE, true);
  const counts = query.data?.counts;
  const columns: Column<TargetRow>[] = [
    {
      key: 'unit',
      header: t('warnings.compliance.unit'),
      render: (r) => (
        <>
          <Text size="sm" fw={500}>
            {r.unitName}
          </Text>
          <Text size="xs" c="dimmed">
            {t(`warnings.reason.${r.reason}`)}
            {r.matchedSystems.length > 0 &&
              `: ${r.matchedSystems.map((s) => `${s.systemName} (${s.product} ${s.version ?? ''})`).join(', ')}`}
          </Text>
        </>
      ),
    },
    {
      key: 'status',
      header: t('warnings.compliance.status'),
      render: (r) => <TargetStatusBadge status={r.status} overdue={r.overdue} />,
    },
    {
      key: 'note',
      header: t('warnings.compliance.note'),
      visibleFrom: 'sm',
      render: (r) => (
        <>
          <Text size="sm">{r.note ?? ''}</Text>
          {r.fileCount > 0 && (
            <Text size="xs" c="dimmed">
              {t('warnings.compliance.files', { count: r.fileCount })}
            </Text>
          )}
        </>
      ),
    },
    {
      key: 'at',
      header: t('warnings.compliance.respondedAt'),
      visibleFrom: 'sm',
      render: (r) => <Text size="xs">{formatDateTime(r.respondedAt ?? r.acknowledgedAt, locale)}</Text>,
    },
  ];
  return (
    <Paper withBorder p="md" data-testid="compliance">
      <Title order={2} size="h4" mb="sm">
        {t('warnings.compliance.title')}
      </Title>
      {counts && (
        <SimpleGrid cols={{ base: 3, sm: 7 }} mb="sm">
          {(['total', ...TARGET_STATUSES, 'overdue'] as const).map((k) => (
            <div key={k} data-count={k}>
              <Text size="xl" fw={700} c={k === 'overdue' && counts[k] > 0 ? 'red' : undefined}>
                {counts[k]}
              </Text>
              <Text size="xs" c="dimmed">
                {t(`warnings.counts.${k}`)}
              </Text>
            </div>
          ))}
        </SimpleGrid>
      )}
      <Group mb="sm">
        <SegmentedControl
          size="xs"
          value={status}
          onChange={(v) => {
            setStatus(v);
            setPage(1);
          }}
          data={[
            { value: '', label: t('common.all') },
            { value: 'overdue', label: t('warnings.counts.overdue') },
            { value: 'sent', label: t('warnings.counts.sent') },
            { value: 'done', label: t('warnings.counts.done') },
          ]}
        />
      </Group>
      <DataTable
        query={query}
        columns={columns}
        rowKey={(r) => r.unitId}
        page={page}
        pageSize={PAGE_SIZE}
        onPage={setPage}
        minWidth={720}
        testId="compliance-table"
        emptyText={t('warnings.compliance.empty')}
      />
    </Paper>
  );
}
