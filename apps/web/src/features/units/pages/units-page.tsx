import {
  ActionIcon,
  Badge,
  Button,
  Checkbox,
  Group,
  Menu,
  Select,
  Table,
  Text,
  TextInput,
} from '@mantine/core';
import { useDebouncedValue, useMediaQuery } from '@mantine/hooks';
import { IconArchive, IconDots, IconPencil, IconPlus, IconSearch } from '@tabler/icons-react';
import { can } from '@ungcuu/domain/auth/permissions.ts';
import { UNIT_TYPE_LABELS, UNIT_TYPES, type UnitType } from '@ungcuu/domain/org/unit-types.ts';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { notifySuccess } from '../../../api/client.ts';
import type { Unit } from '../../../api/types.ts';
import { AppModal } from '../../../components/app-modal.tsx';
import { useConfirm } from '../../../components/confirm-dialog.tsx';
import { PageHeader } from '../../../components/page-header.tsx';
import { QueryState } from '../../../components/query-state.tsx';
import { TablePager } from '../../../components/table-pager.tsx';
import { useDialogTarget } from '../../../components/use-dialog-target.ts';
import { useLocale } from '../../../i18n/i18n.ts';
import { useSession } from '../../auth/components/session-gate.tsx';
import { UnitForm } from '../components/unit-form.tsx';
import { useArchiveUnit, useUnitList } from '../hooks/use-units.ts';

const PAGE_SIZE = 20;

export function UnitsPage() {
  const { t } = useTranslation();
  const { label } = useLocale();
  const { actor } = useSession();
  const phone = useMediaQuery('(max-width: 48em)');
  const [search, setSearch] = useState('');
  const [q] = useDebouncedValue(search.trim(), 300);
  const [type, setType] = useState<UnitType | null>(null);
  const [includeArchived, setIncludeArchived] = useState(false);
  const [page, setPage] = useState(1);
  const editing = useDialogTarget<Unit>();
  const [confirm, confirmElement] = useConfirm();
  const archive = useArchiveUnit();
  const list = useUnitList({ q, type, includeArchived, limit: PAGE_SIZE, offset: (page - 1) * PAGE_SIZE });

  const onArchive = async (unit: Unit) => {
    if (!(await confirm(t('units.archiveConfirm', { name: unit.name }), t('units.archive')))) return;
    archive.mutate(unit.id, { onSuccess: () => notifySuccess(t('units.archivedDone')) });
  };

  return (
    <>
      <PageHeader
        title={t('units.title')}
        intro={t('units.intro')}
        actions={
          can(actor, 'unit.create') && (
            <Button leftSection={<IconPlus size={16} aria-hidden />} onClick={() => editing.open('new')}>
              {t('units.create')}
            </Button>
          )
        }
      />
      <Group align="flex-end" gap="sm" mb="md">
        <TextInput
          label={t('units.search')}
          placeholder={t('units.searchPlaceholder')}
          leftSection={<IconSearch size={16} aria-hidden />}
          value={search}
          onChange={(e) => {
            setSearch(e.currentTarget.value);
            setPage(1);
          }}
          type="search"
          style={{ flex: '1 1 16rem' }}
        />
        <Select
          label={t('units.typeFilter')}
          placeholder={t('common.all')}
          data={UNIT_TYPES.map((v) => ({ value: v, label: label(UNIT_TYPE_LABELS[v]) }))}
          value={type}
          onChange={(v) => {
            setType(v as UnitType | null);
            setPage(1);
          }}
          clearable
          style={{ flex: '1 1 14rem' }}
        />
        <Checkbox
          label={t('units.includeArchived')}
          checked={includeArchived}
          onChange={(e) => {
            setIncludeArchived(e.currentTarget.checked);
            setPage(1);
          }}
          mb={8}
        />
      </Group>
      <QueryState isPending={list.isPending} error={list.error} onRetry={() => void list.refetch()}>
        <Table.ScrollContainer minWidth={phone ? 0 : 720}>
          <Table striped highlightOnHover verticalSpacing="xs" data-testid="units-table">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('units.cols.code')}</Table.Th>
                <Table.Th>{t('units.cols.name')}</Table.Th>
                <Table.Th visibleFrom="sm">{t('units.cols.type')}</Table.Th>
                <Table.Th visibleFrom="sm">{t('units.cols.focal')}</Table.Th>
                <Table.Th>
                  <span className="sr-only">{t('common.actions')}</span>
                </Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {list.data?.items.map((unit) => (
                <Table.Tr key={unit.id}>
                  <Table.Td>
                    <Text size="sm" ff="monospace">
                      {unit.code}
                    </Text>
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm" fw={500}>
                      {unit.name}
                    </Text>
                    {phone && (
                      <Text size="xs" c="dimmed">
                        {label(UNIT_TYPE_LABELS[unit.type])}
                        {unit.focalMain ? ` · ${unit.focalMain.name}` : ''}
                      </Text>
                    )}
                    {unit.archived && (
                      <Badge size="xs" color="gray" variant="light">
                        {t('units.archivedBadge')}
                      </Badge>
                    )}
                  </Table.Td>
                  <Table.Td visibleFrom="sm">
                    <Text size="sm">{label(UNIT_TYPE_LABELS[unit.type])}</Text>
                  </Table.Td>
                  <Table.Td visibleFrom="sm">
                    {unit.focalMain ? (
                      <>
                        <Text size="sm">{unit.focalMain.name}</Text>
                        <Text size="xs" c="dimmed">
                          {[unit.focalMain.mobile, unit.focalMain.phone, unit.focalMain.email]
                            .filter(Boolean)
                            .join(' · ')}
                        </Text>
                      </>
                    ) : (
                      <Text size="sm" c="dimmed">
                        {t('common.none')}
                      </Text>
                    )}
                  </Table.Td>
                  <Table.Td>
                    <UnitActions
                      unit={unit}
                      onEdit={() => editing.open(unit)}
                      onArchive={() => void onArchive(unit)}
                    />
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
        {list.data?.items.length === 0 && (
          <Text c="dimmed" ta="center" py="lg">
            {t('common.noResults')}
          </Text>
        )}
        <TablePager page={page} pageSize={PAGE_SIZE} total={list.data?.total ?? 0} onChange={setPage} />
      </QueryState>
      <AppModal
        opened={editing.opened}
        onClose={() => editing.close()}
        title={editing.last === 'new' ? t('units.create') : t('units.edit')}
        size="xl"
        fullScreen={phone}
      >
        {editing.opened && (
          <UnitForm unit={editing.last === 'new' ? undefined : editing.last} onDone={() => editing.close()} />
        )}
      </AppModal>
      {confirmElement}
    </>
  );
}

function UnitActions({ unit, onEdit, onArchive }: { unit: Unit; onEdit: () => void; onArchive: () => void }) {
  const { t } = useTranslation();
  const mayEdit = unit.allowedActions.includes('unit.update');
  const mayArchive = unit.allowedActions.includes('unit.delete') && !unit.archived;
  if (!mayEdit && !mayArchive) return null;
  return (
    <Group gap={4} justify="flex-end" wrap="nowrap">
      {mayEdit && (
        <Button
          size="compact-sm"
          variant="subtle"
          leftSection={<IconPencil size={14} aria-hidden />}
          onClick={onEdit}
        >
          {t('common.edit')}
        </Button>
      )}
      {mayArchive && (
        <Menu position="bottom-end" withinPortal>
          <Menu.Target>
            <ActionIcon
              variant="subtle"
              color="gray"
              aria-label={t('common.moreActions', { name: unit.name })}
            >
              <IconDots size={16} aria-hidden />
            </ActionIcon>
          </Menu.Target>
          <Menu.Dropdown>
            <Menu.Item color="red" leftSection={<IconArchive size={14} aria-hidden />} onClick={onArchive}>
              {t('units.archive')}
            </Menu.Item>
          </Menu.Dropdown>
        </Menu>
      )}
    </Group>
  );
}
