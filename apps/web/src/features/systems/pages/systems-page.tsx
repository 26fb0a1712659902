import { Anchor, Button, Group, Stack, Text } from '@mantine/core';
import { IconFileImport, IconPlus } from '@tabler/icons-react';
import { can } from '@ungcuu/domain/auth/permissions.ts';
import { BACKUP_STATUS_LABELS, SYSTEM_KIND_LABELS } from '@ungcuu/domain/systems/system.ts';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { AppModal } from '../../../components/app-modal.tsx';
import { type Column, DataTable, usePhone } from '../../../components/data-table/data-table.tsx';
import { ExportButton } from '../../../components/data-table/list-page-parts.tsx';
import { useTableState } from '../../../components/data-table/use-table-state.ts';
import { PageHeader } from '../../../components/page-header.tsx';
import { useLocale } from '../../../i18n/i18n.ts';
import { formatDay } from '../../../lib/format.ts';
import { useSession } from '../../auth/components/session-gate.tsx';
import { ApprovalBadge, CriticalBadge, LevelBadge } from '../components/system-badges.tsx';
import { SystemFilterBar } from '../components/system-filters.tsx';
import { SystemForm } from '../components/system-form.tsx';
import { SystemImport } from '../components/system-import.tsx';
import { NO_SYSTEM_FILTERS, systemQuery, useSystemList } from '../hooks/use-systems.ts';
import type { SystemView } from '../system-types.ts';

/** The inventory of information systems (phase P0): search, filters, create, import, export. */
export function SystemsPage() {
  const { t } = useTranslation();
  const { label } = useLocale();
  const { actor } = useSession();
  const navigate = useNavigate();
  const phone = usePhone();
  const table = useTableState(NO_SYSTEM_FILTERS);
  const [dialog, setDialog] = useState<'new' | 'import' | null>(null);
  const active = { ...table.filters, q: table.q };
  const list = useSystemList(active, table.paging.limit, table.paging.offset);
  const mayCreate = can(actor, 'system.create');

  const columns: Column<SystemView>[] = [
    {
      key: 'name',
      header: t('systems.cols.name'),
      render: (s) => (
        <>
          <Anchor component={Link} to={`/systems/${s.id}`} fw={500} size="sm">
            {s.name}
          </Anchor>
          <Group gap={6} mt={2}>
            <Text size="xs" c="dimmed">
              {label(SYSTEM_KIND_LABELS[s.kind])}
            </Text>
            {s.nationalCritical && <CriticalBadge />}
          </Group>
          <Group gap={6} mt={4} hiddenFrom="sm">
            <LevelBadge level={s.securityLevel} size="xs" />
            <Text size="xs">{s.operatingUnitName}</Text>
          </Group>
        </>
      ),
    },
    {
      key: 'level',
      header: t('systems.cols.level'),
      visibleFrom: 'sm',
      render: (s) => (
        <Stack gap={4} align="flex-start">
          <LevelBadge level={s.securityLevel} />
          <ApprovalBadge status={s.levelApproval.status} />
        </Stack>
      ),
    },
    {
      key: 'units',
      header: t('systems.cols.units'),
      visibleFrom: 'sm',
      render: (s) => (
        <>
          <Text size="sm">{s.operatingUnitName}</Text>
          {s.ownerUnitId !== s.operatingUnitId && (
            <Text size="xs" c="dimmed">
              {t('systems.ownerIs', { name: s.ownerUnitName })}
            </Text>
          )}
        </>
      ),
    },
    {
      key: 'backup',
      header: t('systems.cols.backup'),
      visibleFrom: 'sm',
      render: (s) => (
        <>
          <Text size="sm">{label(BACKUP_STATUS_LABELS[s.backup.status])}</Text>
          <Text size="xs" c="dimmed">
            {s.backup.lastRestoreTestAt
              ? t('systems.restoreTestedOn', { date: formatDay(s.backup.lastRestoreTestAt) })
              : t('systems.noRestoreTest')}
          </Text>
        </>
      ),
    },
  ];

  return (
    <>
      <PageHeader
        title={t('systems.title')}
        intro={t('systems.intro')}
        actions={
          <>
            <ExportButton
              label={t('systems.export')}
              path="/api/systems/export"
              filename="he-thong-thong-tin.xlsx"
              query={{ ...systemQuery(active), format: 'xlsx' }}
            />
            {mayCreate && (
              <Button
                variant="light"
                leftSection={<IconFileImport size={16} aria-hidden />}
                onClick={() => setDialog('import')}
              >
                {t('systems.import.open')}
              </Button>
            )}
            {mayCreate && (
              <Button leftSection={<IconPlus size={16} aria-hidden />} onClick={() => setDialog('new')}>
                {t('systems.create')}
              </Button>
            )}
          </>
        }
      />
      <SystemFilterBar
        search={table.search}
        onSearch={table.setSearch}
        filters={table.filters}
        onChange={table.setFilters}
      />
      <DataTable
        query={list}
        columns={columns}
        rowKey={(s) => s.id}
        page={table.page}
        pageSize={table.pageSize}
        onPage={table.setPage}
        minWidth={860}
        testId="systems-table"
        emptyText={t('systems.empty')}
      />
      <AppModal
        opened={dialog !== null}
        onClose={() => setDialog(null)}
        title={dialog === 'import' ? t('systems.import.title') : t('systems.create')}
        size="xl"
        fullScreen={phone}
      >
        {dialog === 'new' && (
          <SystemForm
            unitId={actor.unitId}
            onDone={(saved) => {
              setDialog(null);
              void navigate(`/systems/${saved.id}`);
            }}
          />
        )}
        {dialog === 'import' && <SystemImport onDone={() => setDialog(null)} />}
      </AppModal>
    </>
  );
}
