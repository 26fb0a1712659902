import assert from 'node:assert/strict';
import { afterEach, test } from 'node:test';
import { Route, Routes } from 'react-router';
import {
  fireEvent,
  renderWithApp,
  screen,
  stubFetch,
  testSession,
  waitFor,
  within,
} from '../../../test/render.tsx';
import { defacedDiff, MONITOR, monitorDetail, monitorView } from '../testing/monitor-fixtures.ts';
import { MonitorPage } from './monitor-page.tsx';
import { MonitorsPage } from './monitors-page.tsx';

// The machine running the suite may be busy: give the DOM time before calling a wait failed.
const SLOW = { timeout: 20_000 };
let restore = () => {};
afterEach(() => restore());

const listPaths = (calls: { method: string; path: string }[]) =>
  calls.filter((c) => c.method === 'GET' && c.path.startsWith('/api/monitors?')).map((c) => c.path);

// ---- The monitors list ----

test('monitors list: rows from the server with status, uptime and a link to each monitor', async () => {
  const down = monitorView({
    id: '00000000-0000-4000-8000-0000000000b2',
    name: 'Dịch vụ công phường',
    kind: 'http',
    status: 'down',
    lastOk: false,
    lastMessage: 'HTTP 500',
  });
  const stub = stubFetch({ 'GET /api/monitors': { items: [down, monitorView()], total: 2 } });
  restore = stub.restore;
  renderWithApp(<MonitorsPage />, { session: testSession(['coordinator']) });
  const table = await screen.findByTestId('monitors-table', undefined, SLOW);
  const rows = within(table).getAllByRole('row').slice(1);
  assert.equal(rows.length, 2);
  const first = within(rows[0] as HTMLElement);
  assert.equal(
    first.getByRole('link', { name: 'Dịch vụ công phường' }).getAttribute('href'),
    `/monitoring/${down.id}`,
  );
  assert.ok(first.getByText('Có sự cố'));
  assert.ok(first.getByText('HTTP 500'));
  const second = within(rows[1] as HTMLElement);
  assert.ok(second.getByText('99.75 %'));
  assert.ok(second.getByText('118 ms'));
  assert.ok(second.getByText(/Thay đổi giao diện \(deface\) · https:\/\/bachsam/));
  assert.deepEqual(listPaths(stub.calls), ['/api/monitors?limit=50&offset=0']);
  // The focal office may add monitors and probes.
  assert.ok(screen.getByRole('button', { name: 'Thêm giám sát' }));
  assert.ok(screen.getByRole('button', { name: 'Điểm đo từ xa' }));
});

test('monitors list: a viewer sees the list without the buttons that change it', async () => {
  restore = stubFetch({ 'GET /api/monitors': { items: [], total: 0 } }).restore;
  renderWithApp(<MonitorsPage />, { session: testSession(['viewer']) });
  await screen.findByText(/Chưa có giám sát nào/, undefined, SLOW);
  assert.equal(screen.queryByRole('button', { name: 'Thêm giám sát' }), null);
  assert.equal(screen.queryByRole('button', { name: 'Tạo từ danh mục hệ thống' }), null);
});

test('monitors list: a filter goes back to page 1 and the search is sent once typing stops', async () => {
  const many = Array.from({ length: 50 }, (_, i) =>
    monitorView({ id: `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`, name: `Giám sát ${i}` }),
  );
  const stub = stubFetch({ 'GET /api/monitors': { items: many, total: 120 } });
  restore = stub.restore;
  renderWithApp(<MonitorsPage />, { session: testSession(['coordinator']) });
  await screen.findByText('Giám sát 0', undefined, SLOW);
  fireEvent.click(screen.getByRole('button', { name: '2' }));
  await waitFor(() => assert.ok(listPaths(stub.calls).includes('/api/monitors?limit=50&offset=50')), SLOW);

  fireEvent.click(screen.getByLabelText('Trạng thái', { selector: 'input' }));
  fireEvent.click(await screen.findByRole('option', { name: 'Có sự cố', hidden: true }, SLOW));
  await waitFor(
    () => assert.ok(listPaths(stub.calls).includes('/api/monitors?status=down&limit=50&offset=0')),
    SLOW,
  );

  const before = listPaths(stub.calls).length;
  const search = screen.getByRole('searchbox', { name: 'Tìm theo tên, địa chỉ' });
  for (const text of ['b', 'ba', 'bach']) fireEvent.change(search, { target: { value: text } });
  await waitFor(
    () => assert.ok(listPaths(stub.calls).includes('/api/monitors?status=down&q=bach&limit=50&offset=0')),
    SLOW,
  );
  assert.equal(listPaths(stub.calls).length - before, 1, 'one request for the whole word, not one per key');
});

// ---- One monitor ----

function renderMonitor(
  roles: Parameters<typeof testSession>[0],
  detail = monitorDetail(),
  diff = defacedDiff(),
) {
  const stub = stubFetch({
    [`GET /api/monitors/${MONITOR}`]: detail,
    [`GET /api/monitors/${MONITOR}/diff`]: diff,
    [`POST /api/monitors/${MONITOR}/approve-baseline`]: detail,
    [`POST /api/monitors/${MONITOR}/check-now`]: detail,
  });
  restore = stub.restore;
  renderWithApp(
    <Routes>
      <Route path="/monitoring/:id" element={<MonitorPage />} />
    </Routes>,
    { session: testSession(roles), path: `/monitoring/${MONITOR}` },
  );
  return stub;
}

test('monitor page: a defaced page shows the incident, the markers and the diff; approving sends the version read', async () => {
  const incidentId = '00000000-0000-4000-8000-0000000000c1';
  const stub = renderMonitor(
    ['coordinator'],
    monitorDetail({ status: 'down', incidentId, lastOk: false, downSince: '2026-12-05T03:00:00.000Z' }),
  );
  await screen.findByRole('heading', { name: 'Cổng TTĐT phường – giao diện' }, SLOW);
  assert.ok(screen.getByText('Có sự cố'));
  assert.equal(
    screen.getByRole('link', { name: 'Xem sự cố đã tạo từ giám sát này' }).getAttribute('href'),
    `/incidents/${incidentId}`,
  );
  await screen.findByText('Mức giống bản gốc: 12 %', undefined, SLOW);
  assert.ok(screen.getByText('Dòng chữ tin tặc để lại: hacked by xteam'));
  assert.ok(screen.getByText('− cổng thông tin điện tử phường bạch sam'));
  assert.ok(screen.getByText('+ hacked by xteam'));
  assert.ok(screen.getByText('… 7 dòng không đổi'));
  assert.ok(
    screen.getByText('Trang đã thay đổi: giống 12 % bản gốc. Dòng chữ tin tặc để lại: «hacked by xteam»'),
    'the failed check is listed in words, not as the stored code',
  );

  // The page still carries attack markers: the approval is asked once more, and nothing is sent before.
  fireEvent.click(screen.getByRole('button', { name: 'Phê duyệt làm bản gốc mới' }));
  const dialog = await screen.findByRole('dialog', undefined, SLOW);
  assert.match(dialog.textContent ?? '', /vẫn có dấu hiệu tấn công/);
  assert.equal(stub.calls.filter((c) => c.method === 'POST').length, 0);
  fireEvent.click(within(dialog).getByRole('button', { name: 'Phê duyệt làm bản gốc mới' }));
  await waitFor(
    () =>
      assert.deepEqual(
        stub.calls.find((c) => c.method === 'POST')?.body,
        { version: 4 },
        'the approval names the version the person saw',
      ),
    SLOW,
  );
  fireEvent.click(screen.getByRole('button', { name: 'Kiểm tra ngay' }));
  await waitFor(() => assert.ok(stub.calls.some((c) => c.path.endsWith('/check-now'))), SLOW);
});

test('monitor page: without the right to manage, no approval and no actions', async () => {
  renderMonitor(['viewer'], monitorDetail({ allowedActions: [] }));
  await screen.findByText('Mức giống bản gốc: 12 %', undefined, SLOW);
  assert.equal(screen.queryByRole('button', { name: 'Phê duyệt làm bản gốc mới' }), null);
  assert.equal(screen.queryByRole('button', { name: 'Kiểm tra ngay' }), null);
  assert.equal(screen.queryByRole('button', { name: 'Tạm dừng' }), null);
});

test('monitor page: a page like its baseline says so and offers nothing to approve', async () => {
  renderMonitor(
    ['coordinator'],
    monitorDetail(),
    defacedDiff({ changed: false, markers: [], parts: [], similarity: 1 }),
  );
  await screen.findByText('Lần kiểm tra gần nhất giống bản gốc.', undefined, SLOW);
  assert.equal(screen.queryByRole('button', { name: 'Phê duyệt làm bản gốc mới' }), null);
});

test('monitor page: an HTTP monitor has no baseline section', async () => {
  renderMonitor(['coordinator'], monitorDetail({ kind: 'http' }));
  await screen.findByRole('heading', { name: 'Cổng TTĐT phường – giao diện' }, SLOW);
  assert.equal(screen.queryByText('So sánh với bản gốc đã phê duyệt'), null);
});
