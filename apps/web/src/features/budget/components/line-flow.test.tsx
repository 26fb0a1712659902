import assert from 'node:assert/strict';
import { afterEach, test } from 'node:test';
import { fireEvent, renderWithApp, screen, stubFetch, waitFor } from '../../../test/render.tsx';
import type { BudgetLineDetail } from '../budget-types.ts';
import { AppraisalForm, DecisionForm, LineFlow } from './line-flow.tsx';

let restore = () => {};
afterEach(() => restore());

const ID = '11111111-1111-4111-8111-111111111111';

function line(overrides: Partial<BudgetLineDetail> = {}): BudgetLineDetail {
  return {
    id: ID,
    fiscalYear: 2027,
    unitId: '22222222-2222-4222-8222-222222222222',
    unitName: 'Phòng Văn hoá, Khoa học và Thông tin',
    category: 'licences',
    title: 'Gia hạn bản quyền diệt virus',
    amount: 36_000_000,
    spent: 0,
    status: 'submitted',
    fundingSource: 'town_budget',
    fundingNote: null,
    link: null,
    note: null,
    appraisal: null,
    appraisedAmount: null,
    appraisalNote: null,
    appraisedBy: null,
    appraisedByName: null,
    appraisedAt: null,
    approvedAmount: null,
    decidedBy: null,
    decidedByName: null,
    decidedAt: null,
    decisionNote: null,
    version: 2,
    createdAt: '2026-11-01T02:00:00.000Z',
    updatedAt: '2026-11-02T02:00:00.000Z',
    allowedActions: [],
    spending: [],
    history: [],
    ...overrides,
  };
}

test('the flow shows finance’s proposal and who decided', () => {
  renderWithApp(
    <LineFlow
      line={line({
        status: 'approved',
        appraisal: 'reduce',
        appraisedAmount: 30_000_000,
        appraisedByName: 'Lê Văn Tài',
        approvedAmount: 30_000_000,
        decidedByName: 'Nguyễn Quốc Khánh',
      })}
    />,
  );
  const flow = screen.getByTestId('budget-flow').textContent ?? '';
  assert.match(flow, /Lê Văn Tài/);
  assert.match(flow, /Nguyễn Quốc Khánh/);
  assert.match(flow, /30\.000\.000/);
});

test('finance recommends rejection with a reason', async () => {
  const stub = stubFetch({ [`POST /api/budget/lines/${ID}/appraisal`]: line({ status: 'appraised' }) });
  restore = stub.restore;
  renderWithApp(<AppraisalForm line={line({ allowedActions: ['budget.appraise'] })} />);
  fireEvent.click(screen.getByText('Đề nghị không phê duyệt'));
  fireEvent.change(screen.getByLabelText('Ý kiến thẩm định'), { target: { value: 'Trùng dự án tỉnh' } });
  fireEvent.click(screen.getByRole('button', { name: 'Thẩm định' }));
  await waitFor(() => assert.equal(stub.calls.length, 1));
  assert.deepEqual(stub.calls[0]!.body, { recommendation: 'reject', note: 'Trùng dự án tỉnh' });
});

test('the leader approves at finance’s proposal by default', async () => {
  const stub = stubFetch({ [`POST /api/budget/lines/${ID}/decision`]: line({ status: 'approved' }) });
  restore = stub.restore;
  renderWithApp(
    <DecisionForm
      line={line({
        status: 'appraised',
        appraisal: 'reduce',
        appraisedAmount: 30_000_000,
        allowedActions: ['budget.decide'],
      })}
    />,
  );
  fireEvent.click(screen.getAllByRole('button', { name: 'Phê duyệt' }).at(-1)!);
  await waitFor(() => assert.equal(stub.calls.length, 1));
  assert.deepEqual(stub.calls[0]!.body, { decision: 'approve', amount: 30_000_000 });
});
