import assert from 'node:assert/strict';
import { afterEach, test } from 'node:test';
import { fireEvent, renderWithApp, screen, stubFetch, testSession, waitFor } from '../../../test/render.tsx';
import { WarningForm } from './warning-form.tsx';
import { parseIndicatorLines } from './warning-form-values.ts';

const session = testSession(['coordinator']);
let restore = () => {};
afterEach(() => restore());

const type = (label: RegExp, value: string, index = 0) =>
  fireEvent.change(screen.getAllByLabelText(label)[index]!, { target: { value } });

test('indicator lines: "kind value", else a URL or a domain', () => {
  assert.deepEqual(parseIndicatorLines('domain evil[.]com\nip 203.0.113.5\nhxxp://x.com/a\n\nbad.example'), [
    { type: 'domain', value: 'evil[.]com' },
    { type: 'ip', value: '203.0.113.5' },
    { type: 'url', value: 'hxxp://x.com/a' },
    { type: 'domain', value: 'bad.example' },
  ]);
});

test('a product row is sent as typed, the preview names the units that run it and why', async () => {
  const stub = stubFetch({
    'POST /api/warnings/targeting-preview': {
      items: [
        {
          unitId: 'u1',
          unitName: 'UBND phường Bạch Sam',
          unitType: 'commune',
          reason: 'product',
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
      ],
    },
    'POST /api/warnings': { id: 'w1' },
  });
  restore = stub.restore;
  let saved = '';
  renderWithApp(<WarningForm onDone={(id) => (saved = id)} />, { session });
  type(/Tiêu đề/, 'Lỗ hổng Apache');
  fireEvent.click(screen.getByRole('button', { name: 'Thêm sản phẩm' }));
  type(/^Hãng/, 'Apache Software Foundation');
  type(/^Sản phẩm$/, 'Apache HTTP Server');
  type(/Phiên bản bị ảnh hưởng/, '< 2.4.58');
  await waitFor(() => assert.ok(screen.getByText(/Sẽ gửi tới 1 đơn vị/)), { timeout: 3000 });
  assert.ok(screen.getByText(/Cổng thông tin \(Apache HTTP Server 2\.4\.57\)/));
  fireEvent.click(screen.getByRole('button', { name: 'Lưu' }));
  await waitFor(() => assert.equal(saved, 'w1'));
  const post = stub.calls.find((c) => c.method === 'POST' && c.path === '/api/warnings');
  assert.ok(post);
  const body = post.body as { products: unknown; targeting: unknown };
  assert.deepEqual(body.products, [
    {
      vendor: 'Apache Software Foundation',
      product: 'Apache HTTP Server',
      versionRange: '< 2.4.58',
      cpe: null,
    },
  ]);
  assert.deepEqual(body.targeting, { mode: 'products' });
});
