import { Button, Group, Text } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { QueryState } from '../../../components/query-state.tsx';
import { TablePager } from '../../../components/table-pager.tsx';
import { NO_RISK_FILTERS, useRiskList } from '../hooks/use-risks.ts';
import type { RiskView } from '../risk-types.ts';
import { RiskDialog } from './risk-dialog.tsx';
import { RiskTable } from './risk-table.tsx';

const PAGE_SIZE = 20;

/** One system's risk register (inside the system's page). */
export function RiskRegister({ systemId, mayManage }: { systemId: string; mayManage: boolean }) {
  const { t } = useTranslation();
  const [page, setPage] = useState(1);
  const [open, setOpen] = useState<RiskView | 'new' | null>(null);
  const list = useRiskList({ ...NO_RISK_FILTERS, systemId }, PAGE_SIZE, (page - 1) * PAGE_SIZE);
  return (
    <>
      <Group justify="space-between" mb="sm">
        <Text size="sm" c="dimmed">
          {t('risks.registerIntro')}
        </Text>
        {mayManage && (
          <Button size="sm" leftSection={<IconPlus size={16} aria-hidden />} onClick={() => setOpen('new')}>
            {t('risks.create')}
          </Button>
        )}
      </Group>
      <QueryState isPending={list.isPending} error={list.error} onRetry={() => void list.refetch()}>
        <RiskTable risks={list.data?.items ?? []} onOpen={setOpen} withSystem={false} />
        {list.data?.items.length === 0 && (
          <Text c="dimmed" ta="center" py="lg">
            {t('risks.empty')}
          </Text>
        )}
        <TablePager page={page} pageSize={PAGE_SIZE} total={list.data?.total ?? 0} onChange={setPage} />
      </QueryState>
      <RiskDialog risk={open} systemId={systemId} onClose={() => setOpen(null)} />
    </>
  );
}
