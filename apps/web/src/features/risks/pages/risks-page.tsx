import { Alert, Button, CloseButton, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { IconClipboardList, IconPlus } from '@tabler/icons-react';
import { can } from '@ungcuu/domain/auth/permissions.ts';
import { riskBand } from '@ungcuu/domain/risks/risk-scoring.ts';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { AppModal } from '../../../components/app-modal.tsx';
import { PageHeader } from '../../../components/page-header.tsx';
import { QueryState } from '../../../components/query-state.tsx';
import { TablePager } from '../../../components/table-pager.tsx';
import { UnitName } from '../../../components/unit-select.tsx';
import { useSession } from '../../auth/components/session-gate.tsx';
import { SystemSelect } from '../../systems/components/system-select.tsx';
import { HeatMap } from '../components/heat-map.tsx';
import { RiskDialog } from '../components/risk-dialog.tsx';
import { RiskFilterBar } from '../components/risk-filters.tsx';
import { RiskTable } from '../components/risk-table.tsx';
import { NO_RISK_FILTERS, type RiskFilters, useHeatMap, useRiskList } from '../hooks/use-risks.ts';
import type { RiskView } from '../risk-types.ts';

const PAGE_SIZE = 20;
/** A heat-map cell shows its rows on one page: the cell's count is known from the map. */
const CELL_PAGE = 200;

/** Pick a system, then answer its guided assessment on the system's page. */
function StartAssessment({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [systemId, setSystemId] = useState<string | null>(null);
  return (
    <Stack>
      <Text size="sm">{t('risks.assessment.pickIntro')}</Text>
      <SystemSelect
        label={t('risks.fields.system')}
        value={systemId}
        onChange={setSystemId}
        testId="assessment-system"
      />
      <Group justify="flex-end">
        <Button
          disabled={!systemId}
          onClick={() => {
            onClose();
            void navigate(`/systems/${systemId}?tab=assessment`);
          }}
        >
          {t('risks.assessment.start')}
        </Button>
      </Group>
    </Stack>
  );
}

/** The risk register across systems, with the heat map of the town or of one unit. */
export function RisksPage() {
  const { t } = useTranslation();
  const { actor } = useSession();
  const [filters, setFilters] = useState<RiskFilters>(NO_RISK_FILTERS);
  const [page, setPage] = useState(1);
  const [open, setOpen] = useState<RiskView | 'new' | null>(null);
  const [picking, setPicking] = useState(false);
  const cell = filters.cell;
  const list = useRiskList(
    cell ? { ...filters, band: riskBand(cell.likelihood * cell.impact), status: 'open' } : filters,
    cell ? CELL_PAGE : PAGE_SIZE,
    cell ? 0 : (page - 1) * PAGE_SIZE,
  );
  const map = useHeatMap(filters.unitId);
  const cellCount = cell ? (map.data?.cells[cell.likelihood - 1]?.[cell.impact - 1] ?? 0) : 0;
  const update = (next: RiskFilters) => {
    setFilters(next);
    setPage(1);
  };
  const scopeTitle =
    map.data?.scope === 'unit' || filters.unitId ? (
      <UnitName id={filters.unitId ?? map.data?.unitId ?? actor.unitId} />
    ) : (
      t('risks.heatMap.town')
    );
  return (
    <>
      <PageHeader
        title={t('risks.title')}
        intro={t('risks.intro')}
        actions={
          <>
            <Button
              variant="light"
              leftSection={<IconClipboardList size={16} aria-hidden />}
              onClick={() => setPicking(true)}
            >
              {t('risks.assessment.open')}
            </Button>
            {can(actor, 'risk.manage') && (
              <Button leftSection={<IconPlus size={16} aria-hidden />} onClick={() => setOpen('new')}>
                {t('risks.create')}
              </Button>
            )}
          </>
        }
      />
      <Paper withBorder p="md" mb="md">
        <Title order={2} size="h5" mb="sm">
          {t('risks.heatMap.title')} — {scopeTitle}
        </Title>
        <QueryState isPending={map.isPending} error={map.error} onRetry={() => void map.refetch()}>
          {map.data && (
            <HeatMap map={map.data} selected={cell} onSelect={(c) => update({ ...filters, cell: c })} />
          )}
        </QueryState>
      </Paper>
      <RiskFilterBar filters={filters} onChange={update} />
      {cell && (
        <Alert variant="light" color="navy" mb="sm" data-testid="cell-filter">
          <Group justify="space-between" wrap="nowrap">
            <Text size="sm">
              {t('risks.heatMap.cellFilter', {
                likelihood: cell.likelihood,
                impact: cell.impact,
                count: cellCount,
              })}
            </Text>
            <CloseButton
              aria-label={t('risks.heatMap.clearCell')}
              onClick={() => update({ ...filters, cell: null })}
            />
          </Group>
        </Alert>
      )}
      <QueryState isPending={list.isPending} error={list.error} onRetry={() => void list.refetch()}>
        <RiskTable risks={list.data?.items ?? []} onOpen={setOpen} />
        {list.data?.items.length === 0 && (
          <Text c="dimmed" ta="center" py="lg">
            {t('risks.empty')}
          </Text>
        )}
        {!cell && (
          <TablePager page={page} pageSize={PAGE_SIZE} total={list.data?.total ?? 0} onChange={setPage} />
        )}
      </QueryState>
      <RiskDialog risk={open} systemId={filters.systemId} onClose={() => setOpen(null)} />
      <AppModal
        opened={picking}
        onClose={() => setPicking(false)}
        title={t('risks.assessment.open')}
        size="lg"
      >
        {picking && <StartAssessment onClose={() => setPicking(false)} />}
      </AppModal>
    </>
  );
}
