import { Anchor, Button, Group, Select, Stack, Text } from '@mantine/core';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import { can } from '@ungcuu/domain/auth/permissions.ts';
import { type ReactNode, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { notifySuccess } from '../../../api/client.ts';
import { AppModal } from '../../../components/app-modal.tsx';
import { useConfirm } from '../../../components/confirm-dialog.tsx';
import {
  DataTable,
  type Column as TableColumn,
  usePhone,
} from '../../../components/data-table/data-table.tsx';
import { UnitSelect } from '../../../components/unit-select.tsx';
import { useSession } from '../../auth/components/session-gate.tsx';
import { type ItemFilters, useDeleteItem, useItem, useItems } from '../hooks/use-readiness.ts';
import type { ItemPath } from '../readiness-types.ts';

const PAGE_SIZE = 20;

interface Item {
  id: string;
  unitName: string;
  allowedActions: string[];
}

export interface Column<T> {
  key: string;
  header: string;
  render: (item: T) => ReactNode;
}

interface Props<T extends Item> {
  path: ItemPath;
  /** The record's name in the first column; a button that opens it. */
  title: (item: T) => string;
  columns: Column<T>[];
  kinds?: { label: string; options: { value: string; label: string }[] };
  renderForm: (item: T | undefined, onDone: () => void) => ReactNode;
  texts: { add: string; edit: string; empty: string; deleteConfirm: string; deleted: string };
  /** Open this record at once (a notification's link). */
  openId?: string | null;
}

/** One kind of readiness record: unit and kind filters, a server-paged table, create, edit, delete. */
export function ItemTab<T extends Item>({
  path,
  title,
  columns,
  kinds,
  renderForm,
  texts,
  openId,
}: Props<T>) {
  const { t } = useTranslation();
  const { actor } = useSession();
  const phone = usePhone();
  const [filters, setFilters] = useState<ItemFilters>({ unitId: null, kind: null });
  const [page, setPage] = useState(1);
  const [open, setOpen] = useState<T | 'new' | null>(null);
  const list = useItems<T>(path, filters, PAGE_SIZE, (page - 1) * PAGE_SIZE);
  const linked = useItem<T>(path, openId ?? null);
  const remove = useDeleteItem(path);
  const [confirm, confirmElement] = useConfirm();
  useEffect(() => {
    if (linked.data) setOpen(linked.data);
  }, [linked.data]);
  const set = (patch: Partial<ItemFilters>) => {
    setFilters({ ...filters, ...patch });
    setPage(1);
  };
  const current = open && open !== 'new' ? open : undefined;
  const mayManage = current
    ? current.allowedActions.includes('readiness.manage')
    : can(actor, 'readiness.manage');
  const onDelete = async () => {
    if (!current || !(await confirm(texts.deleteConfirm, t('readiness.delete')))) return;
    remove.mutate(current.id, {
      onSuccess: () => {
        notifySuccess(texts.deleted);
        setOpen(null);
      },
    });
  };
  // On phones the other columns fold under the record's name as "label: value" lines.
  const nameColumn: TableColumn<T> = {
    key: 'name',
    header: t('readiness.cols.name'),
    render: (item) => (
      <>
        <Anchor component="button" type="button" size="sm" fw={500} ta="left" onClick={() => setOpen(item)}>
          {title(item)}
        </Anchor>
        {phone && (
          <Stack gap={2} mt={4}>
            <Text size="xs">{item.unitName}</Text>
            {columns.map((c) => (
              <Group key={c.key} gap={6} wrap="wrap">
                <Text size="xs" c="dimmed">
                  {c.header}:
                </Text>
                <Text size="xs" component="div">
                  {c.render(item)}
                </Text>
              </Group>
            ))}
          </Stack>
        )}
      </>
    ),
  };
  const unitColumn: TableColumn<T> = {
    key: 'unit',
    header: t('readiness.cols.unit'),
    render: (item) => <Text size="sm">{item.unitName}</Text>,
  };
  const tableColumns = phone ? [nameColumn] : [nameColumn, unitColumn, ...columns];
  return (
    <Stack gap="sm">
      <Group align="flex-end" gap="sm">
        <div style={{ flex: '2 1 16rem' }}>
          <UnitSelect
            label={t('readiness.filters.unit')}
            value={filters.unitId}
            onChange={(unitId) => set({ unitId })}
            clearable
          />
        </div>
        {kinds && (
          <Select
            label={kinds.label}
            placeholder={t('common.all')}
            data={kinds.options}
            value={filters.kind}
            onChange={(kind) => set({ kind })}
            clearable
            style={{ flex: '1 1 12rem' }}
          />
        )}
        {can(actor, 'readiness.manage') && (
          <Button leftSection={<IconPlus size={16} aria-hidden />} onClick={() => setOpen('new')}>
            {texts.add}
          </Button>
        )}
      </Group>
      <DataTable
        query={list}
        columns={tableColumns}
        rowKey={(item) => item.id}
        page={page}
        pageSize={PAGE_SIZE}
        onPage={setPage}
        minWidth={760}
        testId={`readiness-${path}`}
        emptyText={texts.empty}
      />
      <AppModal
        opened={open !== null}
        onClose={() => setOpen(null)}
        title={current ? texts.edit : texts.add}
        size="lg"
        fullScreen={phone}
      >
        {open !== null && (
          <Stack>
            {mayManage ? (
              renderForm(current, () => setOpen(null))
            ) : (
              <Text size="sm">{t('readiness.readOnly')}</Text>
            )}
            {current && mayManage && (
              <Button
                variant="subtle"
                color="red"
                w="fit-content"
                leftSection={<IconTrash size={16} aria-hidden />}
                onClick={() => void onDelete()}
              >
                {t('readiness.delete')}
              </Button>
            )}
          </Stack>
        )}
      </AppModal>
      {confirmElement}
    </Stack>
  );
}
