import assert from 'node:assert/strict';
import { afterEach, test } from 'node:test';
import type { RequestDetail } from '@ungcuu/domain/requests/request-api.ts';
import { renderWithApp, screen, stubFetch, testSession, waitFor } from '../../../test/render.tsx';
import { RequestView } from './request-page.tsx';

let restore = () => {};
afterEach(() => restore());

const ID = '00000000-0000-4000-8000-0000000000c1';
const base: RequestDetail = {
  id: ID,
  title: 'Rà quét mã độc toàn bộ máy tính',
  template: 'scan_campaign',
  deadline: '2026-06-30',
  state: 'open',
  sentAt: '2026-06-01T02:00:00.000Z',
  targeted: 2,
  answered: 1,
  overdue: 0,
  myStatus: null,
  myCompliance: null,
  instructions: 'Quét và báo cáo.',
  fields: [{ key: 'scanned', label: 'Số máy đã quét', type: 'number', required: true, min: 0 }],
  targeting: { mode: 'all' },
  answers: [
    {
      unitId: '00000000-0000-4000-8000-0000000000d1',
      unitName: 'UBND phường Minh Đức',
      status: 'submitted',
      compliance: 'answered',
      answers: { scanned: 40 },
      submittedAt: '2026-06-10T02:00:00.000Z',
      submittedBy: 'Trần Văn An',
      reopenReason: null,
      version: 3,
    },
    {
      unitId: '00000000-0000-4000-8000-0000000000d2',
      unitName: 'UBND xã Ngọc Lâm',
      status: 'pending',
      compliance: 'overdue',
      answers: {},
      submittedAt: null,
      submittedBy: null,
      reopenReason: null,
      version: 1,
    },
  ],
  totals: [{ key: 'scanned', label: 'Số máy đã quét', total: 40, answered: 1 }],
  canManage: true,
  canAnswer: false,
};

function show(detail: RequestDetail, roles: Parameters<typeof testSession>[0]) {
  restore = stubFetch({ [`GET /api/requests/${ID}`]: detail }).restore;
  renderWithApp(<RequestView id={ID} />, { session: testSession(roles) });
}

test('the focal office sees compliance per unit, the totals and the download', async () => {
  show(base, ['coordinator']);
  await waitFor(() => assert.ok(screen.getByTestId('request-compliance')));
  assert.ok(screen.getByText('Quá hạn'));
  assert.ok(screen.getByText('Đã trả lời'));
  assert.equal(screen.getByTestId('total-scanned').textContent?.includes('40'), true);
  assert.ok(screen.getByTestId('request-download'));
});

test('a unit sees its own answer form, no totals and no other unit', async () => {
  const mine = {
    ...base,
    canManage: false,
    canAnswer: true,
    totals: [],
    myStatus: 'draft' as const,
    myCompliance: 'open' as const,
    answers: [
      {
        ...base.answers[1]!,
        status: 'draft' as const,
        compliance: 'open' as const,
        reopenReason: 'Thiếu số liệu',
      },
    ],
  };
  show(mine, ['unit_officer']);
  await waitFor(() => assert.ok(screen.getByTestId('answer-form')));
  assert.equal(screen.queryByTestId('request-compliance'), null);
  assert.equal(screen.queryByTestId('request-totals'), null);
  assert.ok(screen.getByText(/Thiếu số liệu/));
});
