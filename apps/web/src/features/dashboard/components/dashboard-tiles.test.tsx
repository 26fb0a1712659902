import assert from 'node:assert/strict';
import { afterEach, test } from 'node:test';
import {
  fireEvent,
  renderWithApp,
  screen,
  stubFetch,
  testSession,
  waitFor,
  within,
} from '../../../test/render.tsx';
import { ProposalList } from '../../proposals/components/proposal-list.tsx';
import type { DashboardFilter } from '../hooks/dashboard-filters.ts';
import { BreakdownTile } from './incident-tiles.tsx';
import { OverdueTile } from './preparedness-tiles.tsx';

const UNIT = '0b6f3a52-9f0e-4c1e-8d7a-1a2b3c4d5e6f';
const FILTER: DashboardFilter = { from: '2026-01-01', to: '2026-12-05', unitId: null, causeGroup: null };
let restore = () => {};
afterEach(() => restore());

function fetchStub(routes: Record<string, unknown>) {
  const stub = stubFetch(routes);
  restore = stub.restore;
  return stub;
}

test('a breakdown tile: its table names units, writes numbers the Vietnamese way, and links to the filtered list', async () => {
  const stub = fetchStub({
    'GET /api/statistics/incidents': {
      by: 'unit',
      total: 1240,
      open: 40,
      closed: 1200,
      items: [{ key: UNIT, label: 'UBND phường Bần Yên Nhân', total: 1240, open: 40, closed: 1200 }],
    },
  });
  renderWithApp(<BreakdownTile by="unit" filter={FILTER} title="Sự cố theo đơn vị" />, {
    session: testSession(['coordinator']),
  });
  await screen.findByText('Tổng số 1.240 sự cố: 40 đang xử lý, 1.200 đã kết thúc.');
  fireEvent.click(screen.getByRole('radio', { name: 'Bảng' }));
  const table = await screen.findByTestId('tile-incidents-unit-table');
  const link = within(table).getByRole('link', { name: 'UBND phường Bần Yên Nhân' });
  const params = new URLSearchParams(link.getAttribute('href')!.split('?')[1]);
  assert.equal(params.get('unitId'), UNIT);
  assert.equal(params.get('from'), '2026-01-01');
  assert.equal(params.get('to'), '2026-12-05');
  assert.ok(within(table).getByText('1.240'));
  assert.equal(stub.calls[0]?.path, '/api/statistics/incidents?by=unit&from=2026-01-01&to=2026-12-05');
});

test('a cause-group tile labels codes in the reader language', async () => {
  fetchStub({
    'GET /api/statistics/incidents': {
      by: 'cause_group',
      total: 3,
      open: 1,
      closed: 2,
      items: [
        { key: 'attack', label: null, total: 2, open: 1, closed: 1 },
        { key: '', label: null, total: 1, open: 0, closed: 1 },
      ],
    },
  });
  renderWithApp(<BreakdownTile by="cause_group" filter={FILTER} title="Theo nguyên nhân" />, {
    session: testSession(['leader']),
  });
  fireEvent.click(await screen.findByRole('radio', { name: 'Bảng' }));
  const table = await screen.findByTestId('tile-incidents-cause_group-table');
  const attack = within(table).getByRole('link', { name: 'Tấn công mạng' });
  assert.match(attack.getAttribute('href')!, /causeGroup=attack/);
  // Unclassified incidents have no list filter of their own: a plain label, not a link.
  assert.ok(within(table).getByText('Chưa phân loại'));
  assert.equal(within(table).queryByRole('link', { name: 'Chưa phân loại' }), null);
});

test('the overdue tile counts overdue tasks and legal reports and opens the overdue list', async () => {
  fetchStub({
    'GET /api/statistics/overdue': {
      tasks: 3,
      tasksByUnit: [{ unitId: UNIT, unitName: 'UBND xã Ngọc Lâm', n: 3 }],
      deadlines: 2,
      deadlinesByReport: [
        { code: 'emergency', label: { vi: 'Báo cáo khẩn cấp', en: 'Emergency report' }, n: 2 },
      ],
    },
  });
  renderWithApp(<OverdueTile filter={FILTER} />, { session: testSession(['coordinator']) });
  const all = await screen.findByRole('link', { name: '3 nhiệm vụ quá hạn' });
  assert.match(all.getAttribute('href')!, /overdue=true/);
  assert.doesNotMatch(all.getAttribute('href')!, /from=/, 'overdue is judged now, whatever the period');
  assert.ok(screen.getByText('2 báo cáo theo quy định quá hạn'));
  assert.ok(screen.getByText('Báo cáo khẩn cấp: 2'));
});

const PROPOSAL = {
  id: '00000000-0000-4000-8000-0000000000c1',
  title: 'Đề nghị bổ sung kinh phí tường lửa',
  content: 'Bản quyền hết hạn 31/12.',
  unitId: UNIT,
  unitName: 'UBND phường Minh Đức',
  raisedByUserId: UNIT,
  raisedByName: 'Trần Văn Bình',
  sharedWithAll: false,
  incidentId: null,
  incidentCode: null,
  riskId: null,
  budgetLineId: null,
  status: 'open' as const,
  answer: null,
  answeredBy: null,
  answeredByName: null,
  answeredAt: null,
  version: 1,
  createdAt: '2026-12-01T02:00:00.000Z',
};

test('a leader answers a proposal; declining needs a written answer', async () => {
  const stub = fetchStub({
    [`POST /api/proposals/${PROPOSAL.id}/answer`]: { ...PROPOSAL, status: 'declined' },
  });
  renderWithApp(<ProposalList items={[{ ...PROPOSAL, allowedActions: ['proposal.answer'] }]} />, {
    session: testSession(['leader']),
  });
  fireEvent.click(screen.getByTestId('proposal-answer-open'));
  fireEvent.click(await screen.findByLabelText('Không đồng ý'));
  const send = screen.getByTestId('proposal-answer-submit');
  assert.ok(send.hasAttribute('disabled') || send.getAttribute('data-disabled') === 'true');
  fireEvent.change(screen.getByTestId('proposal-answer'), {
    target: { value: 'Chưa bố trí được kinh phí năm nay.' },
  });
  fireEvent.click(screen.getByTestId('proposal-answer-submit'));
  await waitFor(() => assert.ok(stub.calls.some((c) => c.method === 'POST')));
  const post = stub.calls.find((c) => c.method === 'POST')!;
  assert.equal(post.path, `/api/proposals/${PROPOSAL.id}/answer?version=1`);
  assert.deepEqual(post.body, { decision: 'declined', answer: 'Chưa bố trí được kinh phí năm nay.' });
});

test('a unit sees its proposal and the status, without the answer button', () => {
  renderWithApp(<ProposalList items={[{ ...PROPOSAL, allowedActions: [] }]} />, {
    session: testSession(['unit_officer']),
  });
  assert.ok(screen.getByText('Chờ trả lời'));
  assert.equal(screen.queryByTestId('proposal-answer-open'), null);
});
