import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { PublicIncidentReportInput } from '@ungcuu/domain/incidents/schemas.ts';
import { fireEvent, renderWithApp, screen, waitFor } from '../../../test/render.tsx';
import { PublicReportForm } from './public-report-form.tsx';

const type = (testId: string, value: string) =>
  fireEvent.change(screen.getByTestId(testId), { target: { value } });

function publicForm(unitCode: string | null = null) {
  const sent: PublicIncidentReportInput[] = [];
  renderWithApp(<PublicReportForm onSubmit={(input) => sent.push(input)} busy={false} unitCode={unitCode} />);
  return sent;
}

test('public: name and description are required, with the public wording', async () => {
  const sent = publicForm();
  fireEvent.click(screen.getByTestId('public-submit'));
  await waitFor(() => assert.ok(screen.getByText('Tóm tắt cần ít nhất 3 ký tự.')));
  assert.ok(screen.getByText('Mô tả cần ít nhất 10 ký tự.'));
  assert.ok(screen.getByText('Họ và tên cần ít nhất 2 ký tự.'));
  assert.equal(sent.length, 0);
  assert.equal(screen.getByTestId('public-title').getAttribute('aria-invalid'), 'true');
  assert.equal(screen.queryByTestId('public-unit'), null);
});

test('public: a bad phone number is refused; a good report goes with the honeypot and the unit code', async () => {
  const sent = publicForm('UBND-P1');
  assert.match(screen.getByTestId('public-unit').textContent ?? '', /UBND-P1/);
  type('public-title', 'Trang phường hiện nội dung lạ');
  type('public-description', 'Trang chủ hiện hình ảnh và chữ lạ từ sáng nay.');
  type('public-name', 'Trần Văn Bình');
  type('public-phone', 'gọi tôi');
  fireEvent.click(screen.getByTestId('public-submit'));
  await waitFor(() => assert.ok(screen.getByText(/Số điện thoại không hợp lệ/)));
  assert.equal(sent.length, 0);
  type('public-phone', '0912 345 678');
  fireEvent.click(screen.getByTestId('public-submit'));
  await waitFor(() => assert.equal(sent.length, 1));
  const { detectedAt, ...rest } = sent[0]!;
  assert.ok(!Number.isNaN(Date.parse(detectedAt)));
  assert.deepEqual(rest, {
    title: 'Trang phường hiện nội dung lạ',
    description: 'Trang chủ hiện hình ảnh và chữ lạ từ sáng nay.',
    unitCode: 'UBND-P1',
    reporterName: 'Trần Văn Bình',
    reporterPhone: '0912 345 678',
    website: '',
  });
});
