import assert from 'node:assert/strict';
import { afterEach, test } from 'node:test';
import type { IncidentReportInput, PublicIncidentReportInput } from '@ungcuu/domain/incidents/schemas.ts';
import {
  fireEvent,
  renderWithApp,
  screen,
  stubFetch,
  testSession,
  waitFor,
  within,
} from '../../../test/render.tsx';
import { ReportForm } from './report-form.tsx';

const { me } = testSession();
const CONTACT = { name: me.user.fullName, phone: me.user.phone, email: me.user.email };
let restore = () => {};
afterEach(() => restore());

function withSystems() {
  restore = stubFetch({ 'GET /api/systems': { items: [], total: 0 } }).restore;
}

const type = (testIdOrLabel: string | RegExp, value: string) =>
  fireEvent.change(
    typeof testIdOrLabel === 'string'
      ? screen.getByTestId(testIdOrLabel)
      : screen.getByLabelText(testIdOrLabel),
    { target: { value } },
  );

function signedIn(onBehalf = false) {
  const sent: IncidentReportInput[] = [];
  withSystems();
  renderWithApp(
    <ReportForm
      variant="signed-in"
      onSubmit={(input) => sent.push(input)}
      busy={false}
      contact={CONTACT}
      unitId={me.user.unitId}
      onBehalf={onBehalf}
    />,
  );
  return sent;
}

function publicForm(unitCode: string | null = null) {
  const sent: PublicIncidentReportInput[] = [];
  renderWithApp(
    <ReportForm variant="public" onSubmit={(input) => sent.push(input)} busy={false} unitCode={unitCode} />,
  );
  return sent;
}

test('signed in: the officer is the contact, the impact questions and the system picker are asked', () => {
  signedIn();
  const form = screen.getByTestId('report-form');
  assert.equal((within(form).getByLabelText(/Họ và tên/) as HTMLInputElement).value, 'Nguyễn Thị Hoa');
  assert.ok(screen.getByTestId('trigger-C1'));
  assert.ok(screen.getByTestId('report-personal-data'));
  assert.ok(screen.getAllByLabelText(/Hệ thống trong danh mục/).length > 0);
  assert.equal(
    screen.queryAllByLabelText(/Đơn vị báo cáo/).length,
    0,
    'a unit officer reports for their own unit',
  );
  assert.equal(screen.queryByLabelText('Không điền vào ô này'), null, 'no honeypot for officers');
  assert.equal(screen.queryByTestId('public-submit'), null);
});

test('signed in for any unit: the reporting unit is asked', () => {
  signedIn(true);
  assert.ok(screen.getAllByLabelText(/Đơn vị báo cáo/).length > 0);
});

test('signed in: only the title is required; the report carries what was given', async () => {
  const sent = signedIn();
  fireEvent.click(screen.getByTestId('report-submit'));
  await waitFor(() => assert.ok(screen.getByText('Tên sự cố cần ít nhất 3 ký tự.')));
  assert.equal(sent.length, 0);
  type('report-title', '  Máy tính một cửa bị mã hóa  ');
  type('report-detected-at', '2026-12-01T08:30');
  fireEvent.click(screen.getByTestId('report-submit'));
  await waitFor(() => assert.equal(sent.length, 1));
  const report = sent[0]!;
  assert.equal(report.title, 'Máy tính một cửa bị mã hóa');
  assert.equal(report.detectedAt, new Date('2026-12-01T08:30').toISOString());
  assert.equal('description' in report, false, 'a blank description is left out');
  assert.deepEqual(report.contact, {
    name: 'Nguyễn Thị Hoa',
    phone: '0912345678',
    email: 'hoa@example.gov.vn',
  });
  assert.equal(report.personalData, false);
});

test('public: name and description are required, with the public wording', async () => {
  const sent = publicForm();
  fireEvent.click(screen.getByTestId('public-submit'));
  await waitFor(() => assert.ok(screen.getByText('Tóm tắt cần ít nhất 3 ký tự.')));
  assert.ok(screen.getByText('Mô tả cần ít nhất 10 ký tự.'));
  assert.ok(screen.getByText('Họ và tên cần ít nhất 2 ký tự.'));
  assert.equal(sent.length, 0);
  assert.equal(screen.queryByTestId('trigger-C1'), null, 'citizens are not asked the impact questions');
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
