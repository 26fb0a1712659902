import assert from 'node:assert/strict';
import { afterEach, test } from 'node:test';
import { fireEvent, renderWithApp, screen, stubFetch, testSession, waitFor } from '../../../test/render.tsx';
import {
  CONTRACT_FORM,
  DRILL_FORM,
  EQUIPMENT_FORM,
  fieldsOf,
  type ItemFormSpec,
  LICENCE_FORM,
  TRAINING_FORM,
} from '../item-form-specs.ts';
import type { ContractView } from '../readiness-types.ts';
import { ItemForm } from './item-form.tsx';

const session = testSession(['unit_officer']);
const REQUIRED = 'Trường này bắt buộc.';
let restore = () => {};
afterEach(() => restore());

function fetchStub(routes: Record<string, unknown> = {}) {
  const stub = stubFetch(routes);
  restore = stub.restore;
  return stub;
}

const save = () => fireEvent.click(screen.getByRole('button', { name: 'Lưu' }));
const type = (label: RegExp, value: string) =>
  fireEvent.change(screen.getByLabelText(label), { target: { value } });

test('a new licence: required product and expiry date are refused in Vietnamese, nothing is sent', async () => {
  const stub = fetchStub();
  renderWithApp(<ItemForm spec={LICENCE_FORM} onDone={() => {}} />, { session });
  assert.ok(screen.getByTestId('licence-form'));
  save();
  await waitFor(() => assert.equal(screen.getAllByText(REQUIRED).length, 2));
  assert.equal(stub.calls.filter((c) => c.method !== 'GET').length, 0, 'an invalid form makes no request');
});

test('a new licence posts trimmed text, blanks as null, in the signed-in unit', async () => {
  const stub = fetchStub({ 'POST /api/readiness/licences': { id: 'x' } });
  let closed = 0;
  renderWithApp(<ItemForm spec={LICENCE_FORM} onDone={() => closed++} />, { session });
  type(/Sản phẩm/, '  Kaspersky Endpoint  ');
  type(/Hết hạn ngày/, '2027-01-31');
  save();
  await waitFor(() => assert.equal(closed, 1));
  const post = stub.calls.find((c) => c.method === 'POST');
  assert.deepEqual(post, {
    method: 'POST',
    path: '/api/readiness/licences',
    body: {
      unitId: session.actor.unitId,
      kind: 'antivirus',
      product: 'Kaspersky Endpoint',
      vendor: null,
      seats: null,
      expiresOn: '2027-01-31',
      notes: null,
    },
  });
  assert.equal(screen.queryByText(REQUIRED), null);
});

test('editing a contract patches its version and keeps the contacts the form does not show', async () => {
  const stub = fetchStub({ 'PATCH /api/readiness/contracts/c1': { id: 'c1' } });
  const contract = {
    id: 'c1',
    version: 4,
    unitId: session.actor.unitId,
    provider: 'VNCERT',
    scope: 'Ứng cứu sự cố',
    contractRef: null,
    contacts: [
      { name: 'Trần Văn An', phone: '0901000000' },
      { name: 'Lê Thị Bình', email: 'binh@example.vn' },
    ],
    startsOn: null,
    endsOn: null,
    notes: null,
  } as unknown as ContractView;
  let closed = 0;
  renderWithApp(<ItemForm spec={CONTRACT_FORM} item={contract} onDone={() => closed++} />, { session });
  assert.equal((screen.getByLabelText(/Người liên hệ/) as HTMLInputElement).value, 'Trần Văn An');
  type(/Người liên hệ/, 'Phạm Minh Châu');
  type(/Điện thoại liên hệ/, '');
  save();
  await waitFor(() => assert.equal(closed, 1));
  const patch = stub.calls.find((c) => c.method === 'PATCH');
  assert.ok(patch, 'the edit is sent');
  assert.equal(patch.path, '/api/readiness/contracts/c1?version=4');
  assert.deepEqual((patch.body as { contacts: unknown }).contacts, [
    { name: 'Phạm Minh Châu' },
    { name: 'Lê Thị Bình', email: 'binh@example.vn' },
  ]);
});

test('every form shows Vietnamese labels for all its fields (no raw message keys)', () => {
  fetchStub({
    'GET /api/users': { items: [], total: 0 },
    'GET /api/systems': { items: [], total: 0 },
  });
  const specs = [
    EQUIPMENT_FORM,
    LICENCE_FORM,
    CONTRACT_FORM,
    TRAINING_FORM,
    DRILL_FORM,
  ] as unknown as ItemFormSpec<never, Record<string, unknown>>[];
  for (const spec of specs) {
    const { container, unmount } = renderWithApp(<ItemForm spec={spec} onDone={() => {}} />, { session });
    const labels = [...container.querySelectorAll('label')].map((l) => l.textContent ?? '');
    // Every field has a label (a segmented control's is one label for the group).
    assert.ok(labels.length >= fieldsOf(spec.rows).length, `${spec.path}: ${labels.join(' | ')}`);
    assert.ok(!/readiness\./.test(container.textContent ?? ''), `${spec.path} shows a message key`);
    unmount();
  }
});

test('a drill drops blank participants and trims the rest', () => {
  const values = DRILL_FORM.initialValues(undefined, 'u1');
  const input = DRILL_FORM.toInput(
    { ...values, title: ' Diễn tập ransomware ', heldOn: '2026-11-20', participants: [' An ', '', '  '] },
    undefined,
  );
  assert.deepEqual(input, {
    unitId: 'u1',
    kind: 'drill',
    title: 'Diễn tập ransomware',
    scenarioSubtype: null,
    heldOn: '2026-11-20',
    participants: ['An'],
    findings: null,
    systemIds: [],
  });
});
