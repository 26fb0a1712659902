import { Group, type MantineBreakpoint, Table, Text, UnstyledButton } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { IconArrowsSort, IconSortAscending, IconSortDescending } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { QueryState } from '../query-state.tsx';
import { TablePager } from '../table-pager.tsx';
import { ariaSort, nextSort, type SortState } from './sort.ts';

/** Below this width tables drop their minimum width and hide secondary columns. */
export const PHONE_QUERY = '(max-width: 48em)';

export function usePhone(): boolean {
  return useMediaQuery(PHONE_QUERY) ?? false;
}

export interface Column<T> {
  key: string;
  header: ReactNode;
  render: (row: T) => ReactNode;
  /** Secondary columns are hidden on narrow screens (the row shows their gist under the name). */
  visibleFrom?: MantineBreakpoint;
  /** The API's sort key; a column without one is not sortable. */
  sortKey?: string;
}

/** What the table needs of a TanStack list query (a `Page<T>` answer). */
export interface ListQuery<T> {
  data?: { items: T[]; total: number } | undefined;
  isPending: boolean;
  error: unknown;
  refetch: () => unknown;
}

interface Props<T> {
  query: ListQuery<T>;
  columns: Column<T>[];
  rowKey: (row: T) => string;
  page: number;
  pageSize: number;
  onPage: (page: number) => void;
  /** Minimum width on wider screens; the table scrolls sideways inside its container. */
  minWidth: number;
  sort?: SortState | null;
  onSort?: (sort: SortState) => void;
  /** Edit buttons or a menu, in a last column whose header only screen readers hear. */
  rowActions?: (row: T) => ReactNode;
  emptyText?: ReactNode;
  testId?: string;
}

/**
 * A server-paged table: loading and error states, rows, the empty message, the pager. Filters,
 * downloads and dialogs are the page's own; the parts in `list-page-parts.tsx` help lay them out.
 */
export function DataTable<T>({
  query,
  columns,
  rowKey,
  page,
  pageSize,
  onPage,
  minWidth,
  sort = null,
  onSort,
  rowActions,
  emptyText,
  testId,
}: Props<T>) {
  const { t } = useTranslation();
  const phone = usePhone();
  const items = query.data?.items ?? [];
  return (
    <QueryState isPending={query.isPending} error={query.error} onRetry={() => void query.refetch()}>
      <Table.ScrollContainer minWidth={phone ? 0 : minWidth}>
        <Table striped highlightOnHover verticalSpacing="xs" data-testid={testId}>
          <Table.Thead>
            <Table.Tr>
              {columns.map((c) => (
                <Table.Th
                  key={c.key}
                  visibleFrom={c.visibleFrom}
                  aria-sort={c.sortKey && onSort ? ariaSort(sort, c.sortKey) : undefined}
                >
                  {c.sortKey && onSort ? (
                    <SortButton
                      label={c.header}
                      state={ariaSort(sort, c.sortKey)}
                      onClick={() => onSort(nextSort(sort, c.sortKey as string))}
                    />
                  ) : (
                    c.header
                  )}
                </Table.Th>
              ))}
              {rowActions && (
                <Table.Th>
                  <span className="sr-only">{t('common.actions')}</span>
                </Table.Th>
              )}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {items.map((row) => (
              <Table.Tr key={rowKey(row)}>
                {columns.map((c) => (
                  <Table.Td key={c.key} visibleFrom={c.visibleFrom}>
                    {c.render(row)}
                  </Table.Td>
                ))}
                {rowActions && <Table.Td>{rowActions(row)}</Table.Td>}
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      {query.data && items.length === 0 && (
        <Text c="dimmed" ta="center" py="lg">
          {emptyText ?? t('common.noResults')}
        </Text>
      )}
      <TablePager page={page} pageSize={pageSize} total={query.data?.total ?? 0} onChange={onPage} />
    </QueryState>
  );
}

function SortButton({
  label,
  state,
  onClick,
}: {
  label: ReactNode;
  state: 'ascending' | 'descending' | 'none';
  onClick: () => void;
}) {
  const Icon =
    state === 'ascending' ? IconSortAscending : state === 'descending' ? IconSortDescending : IconArrowsSort;
  return (
    <UnstyledButton onClick={onClick} fw={700} fz="sm">
      <Group gap={4} wrap="nowrap">
        {label}
        <Icon size={14} aria-hidden />
      </Group>
    </UnstyledButton>
  );
}
