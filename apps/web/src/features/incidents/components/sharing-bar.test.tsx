import assert from 'node:assert/strict';
import { afterEach, test } from 'node:test';
import { fireEvent, renderWithApp, screen, stubFetch, waitFor } from '../../../test/render.tsx';
import type { IncidentDetail } from '../incident-types.ts';
import { SharingBar } from './sharing-bar.tsx';

let restore = () => {};
afterEach(() => restore());

const incident = {
  id: '00000000-0000-4000-8000-0000000000e1',
  code: 'SC-2026-0001',
  tlp: 'amber',
} as IncidentDetail;

test('the incident page shows its TLP and the MISP/STIX export buttons; import only for those who may update', () => {
  const view = renderWithApp(<SharingBar incident={incident} canImport={false} />);
  assert.ok(screen.getByText('TLP:AMBER'));
  assert.ok(screen.getByText('Xuất MISP'));
  assert.ok(screen.getByText('Xuất STIX'));
  assert.equal(screen.queryByText('Nhập chỉ báo (MISP/STIX)'), null);
  view.rerender(<SharingBar incident={incident} canImport />);
  assert.ok(screen.getByText('Nhập chỉ báo (MISP/STIX)'));
});

test('an imported file is sent as a form upload and the result is announced', async () => {
  const stub = stubFetch({
    [`POST /api/incidents/${incident.id}/import-indicators`]: {
      format: 'stix',
      title: 'x',
      found: 7,
      added: 5,
      cves: [],
      tlp: 'red',
      tlpRaised: true,
      warnings: [],
    },
  });
  restore = stub.restore;
  const { container } = renderWithApp(<SharingBar incident={incident} canImport />);
  const input = container.ownerDocument.querySelector('input[type="file"]') as HTMLInputElement;
  const file = new File(['{"type":"bundle"}'], 'bundle.json', { type: 'application/json' });
  fireEvent.change(input, { target: { files: [file] } });
  await waitFor(() => assert.equal(stub.calls.length, 1));
  assert.equal(stub.calls[0]?.method, 'POST');
});
