import { Anchor, Badge, Button, Text } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { can } from '@ungcuu/domain/auth/permissions.ts';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { type Column, DataTable } from '../../../components/data-table/data-table.tsx';
import { useTableState } from '../../../components/data-table/use-table-state.ts';
import { PageHeader } from '../../../components/page-header.tsx';
import { formatDay } from '../../../lib/format.ts';
import { useSession } from '../../auth/components/session-gate.tsx';
import { type RequestList, useRequestList } from '../hooks/use-requests.ts';

type Row = RequestList['items'][number];

const COMPLIANCE_COLORS = { answered: 'green', open: 'blue', overdue: 'red' } as const;

/** Requests to units: the focal office sees progress, a unit its own status; newest first, paged. */
export function RequestsPage() {
  const { t } = useTranslation();
  const { actor } = useSession();
  const table = useTableState({});
  const list = useRequestList(table.paging);
  const manage = can(actor, 'request.manage');
  const columns: Column<Row>[] = [
    {
      key: 'title',
      header: t('requests.cols.title'),
      render: (r) => (
        <Anchor component={Link} to={`/requests/${r.id}`} size="sm" fw={500}>
          {r.title}
        </Anchor>
      ),
    },
    {
      key: 'deadline',
      header: t('requests.cols.deadline'),
      render: (r) => <Text size="sm">{formatDay(r.deadline)}</Text>,
    },
    {
      key: 'progress',
      header: t('requests.cols.progress'),
      render: (r) =>
        r.myCompliance ? (
          <Badge color={COMPLIANCE_COLORS[r.myCompliance]} variant="light">
            {t(`requests.compliance.${r.myCompliance}`)}
          </Badge>
        ) : (
          <>
            <Text size="sm">{t('requests.progress', { answered: r.answered, targeted: r.targeted })}</Text>
            {r.overdue > 0 && (
              <Text size="xs" c="red">
                {t('requests.overdueCount', { count: r.overdue })}
              </Text>
            )}
          </>
        ),
    },
    {
      key: 'state',
      header: t('requests.cols.status'),
      visibleFrom: 'sm',
      render: (r) => (
        <Badge color={r.state === 'open' ? 'blue' : 'gray'} variant="outline">
          {t(`requests.state.${r.state}`)}
        </Badge>
      ),
    },
  ];
  return (
    <>
      <PageHeader
        title={t('requests.title')}
        intro={t('requests.intro')}
        actions={
          manage && (
            <Button component={Link} to="/requests/new" leftSection={<IconPlus size={16} aria-hidden />}>
              {t('requests.create')}
            </Button>
          )
        }
      />
      <DataTable
        query={list}
        columns={columns}
        rowKey={(r) => r.id}
        page={table.page}
        pageSize={table.pageSize}
        onPage={table.setPage}
        minWidth={560}
        emptyText={t('requests.empty')}
        testId="requests-table"
      />
    </>
  );
}
