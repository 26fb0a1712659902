import assert from 'node:assert/strict';
import { afterEach, test } from 'node:test';
import type { MaintenanceView, SuppressionView } from '@ungcuu/domain/alerts/alerts-api.ts';
import {
  fireEvent,
  renderWithApp,
  screen,
  stubFetch,
  testSession,
  waitFor,
  within,
} from '../../../test/render.tsx';
import { SuppressionsPage } from './suppressions-page.tsx';

// The machine running the suite may be busy: give the DOM time before calling a wait failed.
const SLOW = { timeout: 20_000 };
let restore = () => {};
afterEach(() => restore());

const RULE: SuppressionView = {
  id: '00000000-0000-4000-8000-0000000000a1',
  sourceId: null,
  sourceName: null,
  ruleId: '5712',
  host: 'may-chu-mot-cua',
  fingerprint: null,
  reason: 'Quét lỗ hổng định kỳ của Trung tâm',
  expiresAt: '2026-12-31T10:00:00.000Z',
  active: true,
  hits: 42,
  createdAt: '2026-12-01T03:00:00.000Z',
  createdByName: 'Điều phối viên',
};
const WINDOW: MaintenanceView = {
  id: '00000000-0000-4000-8000-0000000000b1',
  systemId: '00000000-0000-4000-8000-0000000000c1',
  systemName: 'Cổng thông tin điện tử phường',
  unitId: '00000000-0000-4000-8000-0000000000d1',
  unitName: 'UBND phường Bạch Sam',
  startsAt: '2026-12-06T13:00:00.000Z',
  endsAt: '2026-12-06T15:00:00.000Z',
  reason: 'Nâng cấp máy chủ',
  active: false,
  createdAt: '2026-12-01T03:00:00.000Z',
};

function stub() {
  const s = stubFetch({
    'GET /api/alert-suppressions': { items: [RULE] },
    'GET /api/alert-maintenance': { items: [WINDOW] },
    'GET /api/alert-sources': { items: [] },
    [`PATCH /api/alert-suppressions/${RULE.id}`]: RULE,
    [`PATCH /api/alert-maintenance/${WINDOW.id}`]: WINDOW,
    [`DELETE /api/alert-suppressions/${RULE.id}`]: { deleted: true },
  });
  restore = s.restore;
  return s;
}

test('a suppression rule is edited in place: the form starts from the rule and sends a PATCH', async () => {
  const s = stub();
  renderWithApp(<SuppressionsPage />, { session: testSession(['coordinator']) });
  const table = await screen.findByTestId('suppressions-table', undefined, SLOW);
  await within(table).findByText('Quét lỗ hổng định kỳ của Trung tâm', undefined, SLOW);
  fireEvent.click(within(table).getByRole('button', { name: 'Sửa' }));
  const dialog = await screen.findByRole('dialog', { name: 'Sửa quy tắc chặn' }, SLOW);
  const reason = within(dialog).getByRole('textbox', { name: /Lý do/ }) as HTMLInputElement;
  assert.equal(reason.value, 'Quét lỗ hổng định kỳ của Trung tâm');
  fireEvent.change(reason, { target: { value: 'Quét định kỳ hằng tuần' } });
  fireEvent.click(within(dialog).getByRole('button', { name: 'Lưu' }));
  await waitFor(() => assert.ok(s.calls.some((c) => c.method === 'PATCH')), SLOW);
  const sent = s.calls.find((c) => c.method === 'PATCH')!;
  assert.equal(sent.path, `/api/alert-suppressions/${RULE.id}`);
  assert.deepEqual(sent.body, {
    sourceId: null,
    ruleId: '5712',
    host: 'may-chu-mot-cua',
    reason: 'Quét định kỳ hằng tuần',
    expiresAt: RULE.expiresAt,
  });
});

test('removing a rule asks first; cancelling sends nothing', async () => {
  const s = stub();
  renderWithApp(<SuppressionsPage />, { session: testSession(['coordinator']) });
  const table = await screen.findByTestId('suppressions-table', undefined, SLOW);
  await within(table).findByText('5712', undefined, SLOW);
  fireEvent.click(within(table).getByRole('button', { name: 'Xoá' }));
  const ask = await screen.findByRole('dialog', { name: 'Xin xác nhận' }, SLOW);
  assert.match(ask.textContent ?? '', /Quét lỗ hổng định kỳ của Trung tâm/);
  fireEvent.click(within(ask).getByRole('button', { name: 'Huỷ' }));
  assert.equal(s.calls.filter((c) => c.method === 'DELETE').length, 0);
  fireEvent.click(within(table).getByRole('button', { name: 'Xoá' }));
  const again = await screen.findByRole('dialog', { name: 'Xin xác nhận' }, SLOW);
  fireEvent.click(within(again).getByRole('button', { name: 'Xoá' }));
  await waitFor(() => assert.equal(s.calls.filter((c) => c.method === 'DELETE').length, 1), SLOW);
});

test('a maintenance window is edited with its system fixed; only times and work are sent', async () => {
  const s = stub();
  renderWithApp(<SuppressionsPage />, { session: testSession(['coordinator']) });
  const table = await screen.findByTestId('maintenance-table', undefined, SLOW);
  await within(table).findByText('Nâng cấp máy chủ', undefined, SLOW);
  fireEvent.click(within(table).getByRole('button', { name: 'Sửa' }));
  const dialog = await screen.findByRole('dialog', { name: 'Sửa lịch bảo trì' }, SLOW);
  const system = within(dialog).getByRole('textbox', { name: /Hệ thống/ }) as HTMLInputElement;
  assert.equal(system.value, 'Cổng thông tin điện tử phường');
  assert.ok(system.readOnly);
  fireEvent.change(within(dialog).getByRole('textbox', { name: /Nội dung bảo trì/ }), {
    target: { value: 'Nâng cấp máy chủ và sao lưu' },
  });
  fireEvent.click(within(dialog).getByRole('button', { name: 'Lưu' }));
  await waitFor(() => assert.ok(s.calls.some((c) => c.method === 'PATCH')), SLOW);
  assert.deepEqual(s.calls.find((c) => c.method === 'PATCH')!.body, {
    startsAt: WINDOW.startsAt,
    endsAt: WINDOW.endsAt,
    reason: 'Nâng cấp máy chủ và sao lưu',
  });
});

test('a viewer sees the lists without edit or remove buttons', async () => {
  stub();
  renderWithApp(<SuppressionsPage />, { session: testSession(['viewer']) });
  const table = await screen.findByTestId('suppressions-table', undefined, SLOW);
  await within(table).findByText('5712', undefined, SLOW);
  assert.equal(within(table).queryByRole('button', { name: 'Sửa' }), null);
  assert.equal(screen.queryByRole('button', { name: 'Thêm quy tắc chặn' }), null);
});
