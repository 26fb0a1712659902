// Sorting of a server-paged table: the table only says which column and which way; the API sorts,
// because a page of 20 rows sorted in the browser would be a lie about the other pages.

export type SortDirection = 'asc' | 'desc';

export interface SortState {
  key: string;
  direction: SortDirection;
}

/** The sort after a click on a column header: a new column starts ascending, the same column flips. */
export function nextSort(current: SortState | null, key: string): SortState {
  if (current?.key !== key) return { key, direction: 'asc' };
  return { key, direction: current.direction === 'asc' ? 'desc' : 'asc' };
}

/** The query parameters a list endpoint that sorts takes (`sort`, `order`); none when unsorted. */
export function sortQuery(sort: SortState | null): { sort?: string; order?: SortDirection } {
  return sort ? { sort: sort.key, order: sort.direction } : {};
}

/** The `aria-sort` of a header: screen readers announce the order of the sorted column only. */
export function ariaSort(sort: SortState | null, key: string): 'ascending' | 'descending' | 'none' {
  if (sort?.key !== key) return 'none';
  return sort.direction === 'asc' ? 'ascending' : 'descending';
}
