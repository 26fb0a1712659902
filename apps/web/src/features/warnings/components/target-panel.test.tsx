import assert from 'node:assert/strict';
import { afterEach, test } from 'node:test';
import { fireEvent, renderWithApp, screen, stubFetch, testSession, waitFor } from '../../../test/render.tsx';
import type { WarningDetail } from '../warning-types.ts';
import { TargetPanel } from './target-panel.tsx';

const session = testSession(['unit_officer']);
let restore = () => {};
afterEach(() => restore());

const warning = (status: 'sent' | 'acknowledged', overdue = false): WarningDetail => ({
  id: 'w1',
  code: 'CB-2026-0001',
  title: 'Lỗ hổng Apache',
  severity: 'high',
  tlp: 'GREEN',
  status: 'published',
  deadline: '2026-12-01',
  publishedAt: '2026-11-20T01:00:00.000Z',
  createdAt: '2026-11-20T01:00:00.000Z',
  cves: [],
  counts: null,
  myTarget: {
    status,
    reason: 'product',
    overdue,
    note: null,
    acknowledgedAt: null,
    respondedAt: null,
    matchedSystems: [
      {
        systemId: 's1',
        systemName: 'Cổng thông tin',
        vendor: 'Apache',
        product: 'HTTP Server',
        version: '2.4.57',
        versionRange: '< 2.4.58',
      },
    ],
  },
  description: '',
  requiredActions: '',
  sourceRef: null,
  targeting: { mode: 'products' },
  products: [],
  indicators: [],
  files: [],
  incidents: [],
  version: 1,
  allowedActions: status === 'sent' ? ['warning.acknowledge', 'warning.respond'] : ['warning.respond'],
});

test('a unit sees its matched system and the overdue mark, and acknowledges', async () => {
  const stub = stubFetch({ 'POST /api/warnings/w1/acknowledge': {} });
  restore = stub.restore;
  renderWithApp(<TargetPanel warning={warning('sent', true)} />, { session });
  assert.ok(screen.getByText(/Cổng thông tin: Apache HTTP Server 2\.4\.57/));
  assert.ok(screen.getByText('Quá hạn'));
  fireEvent.click(screen.getByRole('button', { name: 'Xác nhận đã nhận' }));
  await waitFor(() => assert.ok(stub.calls.some((c) => c.path === '/api/warnings/w1/acknowledge')));
});

test('a unit reports done with its note', async () => {
  const stub = stubFetch({ 'POST /api/warnings/w1/respond': {} });
  restore = stub.restore;
  renderWithApp(<TargetPanel warning={warning('acknowledged')} />, { session });
  assert.equal(screen.queryByRole('button', { name: 'Xác nhận đã nhận' }), null);
  fireEvent.change(screen.getByLabelText(/Ghi chú/), { target: { value: 'Đã nâng cấp 2.4.62' } });
  fireEvent.click(screen.getByRole('button', { name: 'Gửi báo cáo' }));
  await waitFor(() => {
    const call = stub.calls.find((c) => c.path === '/api/warnings/w1/respond');
    assert.deepEqual(call?.body, { outcome: 'done', note: 'Đã nâng cấp 2.4.62' });
  });
});
