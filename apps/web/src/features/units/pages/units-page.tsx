import { ActionIcon, Badge, Button, Checkbox, Group, Menu, Select, Text } from '@mantine/core';
import { IconArchive, IconDots, IconDownload, IconPencil, IconPlus } from '@tabler/icons-react';
import { can } from '@ungcuu/domain/auth/permissions.ts';
import { UNIT_TYPE_LABELS, UNIT_TYPES, type UnitType } from '@ungcuu/domain/org/unit-types.ts';
import { useTranslation } from 'react-i18next';
import { notifySuccess } from '../../../api/client.ts';
import type { Unit } from '../../../api/types.ts';
import { useConfirm } from '../../../components/confirm-dialog.tsx';
import { type Column, DataTable, usePhone } from '../../../components/data-table/data-table.tsx';
import { FilterBar, RecordModal, SearchFilter } from '../../../components/data-table/list-page-parts.tsx';
import { useTableState } from '../../../components/data-table/use-table-state.ts';
import { PageHeader } from '../../../components/page-header.tsx';
import { useDialogTarget } from '../../../components/use-dialog-target.ts';
import { useLocale } from '../../../i18n/i18n.ts';
import { downloadFile } from '../../../lib/download-file.ts';
import { useSession } from '../../auth/components/session-gate.tsx';
import { UnitForm } from '../components/unit-form.tsx';
import { useArchiveUnit, useUnitList } from '../hooks/use-units.ts';

export function UnitsPage() {
  const { t } = useTranslation();
  const { label } = useLocale();
  const { actor } = useSession();
  const phone = usePhone();
  const table = useTableState<{ type: UnitType | null; includeArchived: boolean }>({
    type: null,
    includeArchived: false,
  });
  const { type, includeArchived } = table.filters;
  const editing = useDialogTarget<Unit>();
  const [confirm, confirmElement] = useConfirm();
  const archive = useArchiveUnit();
  const list = useUnitList({ q: table.q, type, includeArchived, ...table.paging });

  const onArchive = async (unit: Unit) => {
    if (!(await confirm(t('units.archiveConfirm', { name: unit.name }), t('units.archive')))) return;
    archive.mutate(unit.id, { onSuccess: () => notifySuccess(t('units.archivedDone')) });
  };

  const columns: Column<Unit>[] = [
    {
      key: 'code',
      header: t('units.cols.code'),
      render: (unit) => (
        <Text size="sm" ff="monospace">
          {unit.code}
        </Text>
      ),
    },
    {
      key: 'name',
      header: t('units.cols.name'),
      render: (unit) => (
        <>
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
        </>
      ),
    },
    {
      key: 'type',
      header: t('units.cols.type'),
      visibleFrom: 'sm',
      render: (unit) => <Text size="sm">{label(UNIT_TYPE_LABELS[unit.type])}</Text>,
    },
    {
      key: 'focal',
      header: t('units.cols.focal'),
      visibleFrom: 'sm',
      render: (unit) =>
        unit.focalMain ? (
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
        ),
    },
  ];

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
      <FilterBar>
        <SearchFilter
          label={t('units.search')}
          placeholder={t('units.searchPlaceholder')}
          value={table.search}
          onChange={table.setSearch}
        />
        <Select
          label={t('units.typeFilter')}
          placeholder={t('common.all')}
          data={UNIT_TYPES.map((v) => ({ value: v, label: label(UNIT_TYPE_LABELS[v]) }))}
          value={type}
          onChange={(v) => table.setFilter('type', v as UnitType | null)}
          clearable
          style={{ flex: '1 1 14rem' }}
        />
        <Checkbox
          label={t('units.includeArchived')}
          checked={includeArchived}
          onChange={(e) => table.setFilter('includeArchived', e.currentTarget.checked)}
          mb={8}
        />
      </FilterBar>
      <DataTable
        query={list}
        columns={columns}
        rowKey={(unit) => unit.id}
        page={table.page}
        pageSize={table.pageSize}
        onPage={table.setPage}
        minWidth={720}
        testId="units-table"
        rowActions={(unit) => (
          <UnitActions unit={unit} onEdit={() => editing.open(unit)} onArchive={() => void onArchive(unit)} />
        )}
      />
      <RecordModal dialog={editing} createTitle={t('units.create')} editTitle={t('units.edit')} size="xl">
        {(unit) => <UnitForm unit={unit} onDone={() => editing.close()} />}
      </RecordModal>
      {confirmElement}
    </>
  );
}

function UnitActions({ unit, onEdit, onArchive }: { unit: Unit; onEdit: () => void; onArchive: () => void }) {
  const { t } = useTranslation();
  const { actor } = useSession();
  const mayEdit = unit.allowedActions.includes('unit.update');
  const mayArchive = unit.allowedActions.includes('unit.delete') && !unit.archived;
  // Mẫu 01/02 name people and phones: the unit's own officers, the focal office and leadership.
  const mayPrint = mayEdit || can(actor, 'report.read');
  if (!mayEdit && !mayArchive && !mayPrint) return null;
  const print = (form: 'mau01' | 'mau02', format: 'docx' | 'pdf') =>
    void downloadFile(`/api/units/${unit.id}/documents/${form}.${format}`, `${form}-${unit.code}.${format}`);
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
      {(mayArchive || mayPrint) && (
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
            {mayPrint &&
              (['mau01', 'mau02'] as const).flatMap((form) =>
                (['docx', 'pdf'] as const).map((format) => (
                  <Menu.Item
                    key={`${form}-${format}`}
                    leftSection={<IconDownload size={14} aria-hidden />}
                    onClick={() => print(form, format)}
                  >
                    {t(`reports.memberForms.${form}`)} ({format.toUpperCase()})
                  </Menu.Item>
                )),
              )}
            {mayArchive && (
              <Menu.Item color="red" leftSection={<IconArchive size={14} aria-hidden />} onClick={onArchive}>
                {t('units.archive')}
              </Menu.Item>
            )}
          </Menu.Dropdown>
        </Menu>
      )}
    </Group>
  );
}
