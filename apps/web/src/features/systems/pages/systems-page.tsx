import { Anchor, Button, Group, Stack, Table, Text } from '@mantine/core';
import { useDebouncedValue, useMediaQuery } from '@mantine/hooks';
import { IconDownload, IconFileImport, IconPlus } from '@tabler/icons-react';
import { can } from '@ungcuu/domain/auth/permissions.ts';
import { BACKUP_STATUS_LABELS, SYSTEM_KIND_LABELS } from '@ungcuu/domain/systems/system.ts';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { AppModal } from '../../../components/app-modal.tsx';
import { PageHeader } from '../../../components/page-header.tsx';
import { QueryState } from '../../../components/query-state.tsx';
import { TablePager } from '../../../components/table-pager.tsx';
import { useLocale } from '../../../i18n/i18n.ts';
import { downloadFile } from '../../../lib/download-file.ts';
import { formatDay } from '../../../lib/format.ts';
import { useSession } from '../../auth/components/session-gate.tsx';
import { ApprovalBadge, CriticalBadge, LevelBadge } from '../components/system-badges.tsx';
import { SystemFilterBar } from '../components/system-filters.tsx';
import { SystemForm } from '../components/system-form.tsx';
import { SystemImport } from '../components/system-import.tsx';
import { NO_SYSTEM_FILTERS, type SystemFilters, systemQuery, useSystemList } from '../hooks/use-systems.ts';

const PAGE_SIZE = 20;

/** The inventory of information systems (phase P0): search, filters, create, import, export. */
export function SystemsPage() {
  const { t } = useTranslation();
  const { label } = useLocale();
  const { actor } = useSession();
  const navigate = useNavigate();
  const phone = useMediaQuery('(max-width: 48em)');
  const [search, setSearch] = useState('');
  const [q] = useDebouncedValue(search.trim(), 300);
  const [filters, setFilters] = useState<SystemFilters>(NO_SYSTEM_FILTERS);
  const [page, setPage] = useState(1);
  const [dialog, setDialog] = useState<'new' | 'import' | null>(null);
  const [exporting, setExporting] = useState(false);
  const active = { ...filters, q };
  const list = useSystemList(active, PAGE_SIZE, (page - 1) * PAGE_SIZE);
  const mayCreate = can(actor, 'system.create');

  const exportXlsx = async () => {
    setExporting(true);
    await downloadFile('/api/systems/export', 'he-thong-thong-tin.xlsx', {
      ...systemQuery(active),
      format: 'xlsx',
    });
    setExporting(false);
  };

  return (
    <>
      <PageHeader
        title={t('systems.title')}
        intro={t('systems.intro')}
        actions={
          <>
            <Button
              variant="default"
              leftSection={<IconDownload size={16} aria-hidden />}
              loading={exporting}
              onClick={() => void exportXlsx()}
            >
              {t('systems.export')}
            </Button>
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
        search={search}
        onSearch={(text) => {
          setSearch(text);
          setPage(1);
        }}
        filters={filters}
        onChange={(next) => {
          setFilters(next);
          setPage(1);
        }}
      />
      <QueryState isPending={list.isPending} error={list.error} onRetry={() => void list.refetch()}>
        <Table.ScrollContainer minWidth={phone ? 0 : 860}>
          <Table striped highlightOnHover verticalSpacing="xs" data-testid="systems-table">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('systems.cols.name')}</Table.Th>
                <Table.Th visibleFrom="sm">{t('systems.cols.level')}</Table.Th>
                <Table.Th visibleFrom="sm">{t('systems.cols.units')}</Table.Th>
                <Table.Th visibleFrom="sm">{t('systems.cols.backup')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {list.data?.items.map((s) => (
                <Table.Tr key={s.id}>
                  <Table.Td>
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
                  </Table.Td>
                  <Table.Td visibleFrom="sm">
                    <Stack gap={4} align="flex-start">
                      <LevelBadge level={s.securityLevel} />
                      <ApprovalBadge status={s.levelApproval.status} />
                    </Stack>
                  </Table.Td>
                  <Table.Td visibleFrom="sm">
                    <Text size="sm">{s.operatingUnitName}</Text>
                    {s.ownerUnitId !== s.operatingUnitId && (
                      <Text size="xs" c="dimmed">
                        {t('systems.ownerIs', { name: s.ownerUnitName })}
                      </Text>
                    )}
                  </Table.Td>
                  <Table.Td visibleFrom="sm">
                    <Text size="sm">{label(BACKUP_STATUS_LABELS[s.backup.status])}</Text>
                    <Text size="xs" c="dimmed">
                      {s.backup.lastRestoreTestAt
                        ? t('systems.restoreTestedOn', { date: formatDay(s.backup.lastRestoreTestAt) })
                        : t('systems.noRestoreTest')}
                    </Text>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
        {list.data?.items.length === 0 && (
          <Text c="dimmed" ta="center" py="lg">
            {t('systems.empty')}
          </Text>
        )}
        <TablePager page={page} pageSize={PAGE_SIZE} total={list.data?.total ?? 0} onChange={setPage} />
      </QueryState>
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
