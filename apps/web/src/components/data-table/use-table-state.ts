import { useDebouncedValue } from '@mantine/hooks';
import { useCallback, useState } from 'react';
import type { SortState } from './sort.ts';

export const DEFAULT_PAGE_SIZE = 20;

/**
 * The state every server-paged list keeps: page, debounced search text, filters and sort. Any
 * change of search, filter or sort goes back to page 1 (page 5 of the old result means nothing).
 */
export function useTableState<F extends object>(
  initialFilters: F,
  {
    pageSize = DEFAULT_PAGE_SIZE,
    initialSort = null,
  }: { pageSize?: number; initialSort?: SortState | null } = {},
) {
  const [page, setPage] = useState(1);
  const [search, setSearchText] = useState('');
  const [q] = useDebouncedValue(search.trim(), 300);
  const [filters, setFilterState] = useState<F>(initialFilters);
  const [sort, setSortState] = useState<SortState | null>(initialSort);

  const setSearch = useCallback((text: string) => {
    setSearchText(text);
    setPage(1);
  }, []);
  const setFilter = useCallback(<K extends keyof F>(key: K, value: F[K]) => {
    setFilterState((f) => ({ ...f, [key]: value }));
    setPage(1);
  }, []);
  /** For a filter bar that hands back the whole filter object. */
  const setFilters = useCallback((next: F) => {
    setFilterState(next);
    setPage(1);
  }, []);
  const setSort = useCallback((next: SortState | null) => {
    setSortState(next);
    setPage(1);
  }, []);

  return {
    page,
    setPage,
    pageSize,
    /** `limit`/`offset` as the list endpoints take them. */
    paging: { limit: pageSize, offset: (page - 1) * pageSize },
    search,
    setSearch,
    q,
    filters,
    setFilter,
    setFilters,
    sort,
    setSort,
  };
}

export type TableState<F extends object> = ReturnType<typeof useTableState<F>>;
