import assert from 'node:assert/strict';
import { test } from 'node:test';
import { ApiError } from '../../api/client.ts';
import { fireEvent, renderWithApp, screen, stubFetch, waitFor, within } from '../../test/render.tsx';
import { type Column, DataTable, type ListQuery } from './data-table.tsx';
import { ExportButton } from './list-page-parts.tsx';
import type { SortState } from './sort.ts';

interface Row {
  id: string;
  name: string;
  code: string;
}

const COLUMNS: Column<Row>[] = [
  { key: 'code', header: 'Mã', render: (r) => r.code, sortKey: 'code' },
  { key: 'name', header: 'Tên', render: (r) => r.name },
];

const rows = (n: number): Row[] =>
  Array.from({ length: n }, (_, i) => ({ id: `r${i}`, name: `Đơn vị ${i + 1}`, code: `DV${i + 1}` }));

function query(over: Partial<ListQuery<Row>> = {}): ListQuery<Row> & { retries: number } {
  const q = {
    data: { items: rows(3), total: 3 },
    isPending: false,
    error: null,
    retries: 0,
    refetch: () => {
      q.retries++;
    },
    ...over,
  };
  return q;
}

function renderTable(props: Partial<Parameters<typeof DataTable<Row>>[0]> = {}) {
  return renderWithApp(
    <DataTable<Row>
      query={query()}
      columns={COLUMNS}
      rowKey={(r) => r.id}
      page={1}
      pageSize={20}
      onPage={() => {}}
      minWidth={600}
      testId="things-table"
      {...props}
    />,
  );
}

test('renders one row per item with the columns, the actions column and the count', () => {
  renderTable({ rowActions: (r) => <button type="button">Sửa {r.name}</button> });
  const table = screen.getByTestId('things-table');
  const bodyRows = within(table).getAllByRole('row').slice(1);
  assert.equal(bodyRows.length, 3);
  assert.match(bodyRows[1]!.textContent ?? '', /DV2.*Đơn vị 2.*Sửa Đơn vị 2/);
  // The actions header is there for screen readers only.
  assert.ok(within(table).getByText('Thao tác'));
  assert.ok(screen.getByText('Hiển thị 1–3 trên tổng số 3'));
  assert.equal(screen.queryByText('Không có bản ghi phù hợp.'), null);
});

test('an empty answer shows the empty message, a custom one when given', () => {
  const empty = query({ data: { items: [], total: 0 } });
  const { unmount } = renderTable({ query: empty });
  assert.ok(screen.getByText('Không có bản ghi phù hợp.'));
  unmount();
  renderTable({ query: empty, emptyText: 'Chưa có hệ thống nào.' });
  assert.ok(screen.getByText('Chưa có hệ thống nào.'));
});

test('a failed load shows the error in Vietnamese and retries on request', () => {
  const failed = query({
    data: undefined,
    error: new ApiError(403, 'auth.forbidden', { vi: 'Bạn không có quyền.', en: 'Forbidden.' }),
  });
  renderTable({ query: failed });
  const alert = screen.getByRole('alert');
  assert.match(alert.textContent ?? '', /Không tải được dữ liệu/);
  assert.match(alert.textContent ?? '', /Bạn không có quyền\./);
  assert.equal(screen.queryByTestId('things-table'), null);
  fireEvent.click(within(alert).getByRole('button', { name: 'Thử lại' }));
  assert.equal(failed.retries, 1);
});

test('while loading, a spinner replaces the table', () => {
  renderTable({ query: query({ data: undefined, isPending: true }) });
  assert.ok(screen.getByLabelText('Đang tải…'));
  assert.equal(screen.queryByTestId('things-table'), null);
});

test('the pager asks for the page clicked', () => {
  const pages: number[] = [];
  renderTable({ query: query({ data: { items: rows(20), total: 45 } }), onPage: (p) => pages.push(p) });
  assert.ok(screen.getByText('Hiển thị 1–20 trên tổng số 45'));
  fireEvent.click(screen.getByRole('button', { name: '3' }));
  fireEvent.click(screen.getByRole('button', { name: 'Trang sau' }));
  assert.deepEqual(pages, [3, 2]);
});

test('a sortable header asks for ascending first, then flips; other headers are plain', () => {
  const sorts: SortState[] = [];
  const { rerender } = renderTable({ sort: null, onSort: (s) => sorts.push(s) });
  const codeHeader = screen.getByRole('columnheader', { name: /Mã/ });
  assert.equal(codeHeader.getAttribute('aria-sort'), 'none');
  assert.equal(within(screen.getByRole('columnheader', { name: 'Tên' })).queryByRole('button'), null);
  fireEvent.click(within(codeHeader).getByRole('button'));
  assert.deepEqual(sorts, [{ key: 'code', direction: 'asc' }]);
  rerender(
    <DataTable<Row>
      query={query()}
      columns={COLUMNS}
      rowKey={(r) => r.id}
      page={1}
      pageSize={20}
      onPage={() => {}}
      minWidth={600}
      sort={{ key: 'code', direction: 'asc' }}
      onSort={(s) => sorts.push(s)}
    />,
  );
  const sorted = screen.getByRole('columnheader', { name: /Mã/ });
  assert.equal(sorted.getAttribute('aria-sort'), 'ascending');
  fireEvent.click(within(sorted).getByRole('button'));
  assert.deepEqual(sorts.at(-1), { key: 'code', direction: 'desc' });
});

test('the export button downloads with the page filters, blanks left out', async () => {
  const stub = stubFetch({ 'GET /api/systems/export': 'a;b' });
  try {
    renderWithApp(
      <ExportButton
        label="Xuất Excel"
        path="/api/systems/export"
        filename="he-thong.xlsx"
        query={{ format: 'xlsx', unitId: null, q: 'cổng' }}
      />,
    );
    fireEvent.click(screen.getByRole('button', { name: 'Xuất Excel' }));
    await waitFor(() => assert.equal(stub.calls.length, 1));
    assert.equal(stub.calls[0]?.path, `/api/systems/export?format=xlsx&q=${encodeURIComponent('cổng')}`);
  } finally {
    stub.restore();
  }
});
