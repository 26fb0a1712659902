import assert from 'node:assert/strict';
import { test } from 'node:test';
import i18next from 'i18next';
import { renderWithApp, screen } from '../test/render.tsx';
import { TablePager } from './table-pager.tsx';

test('an exact total reads as it is; a capped one as «hơn 1.000» / "more than 1,000"', async () => {
  const exact = renderWithApp(<TablePager page={1} pageSize={25} total={134} onChange={() => {}} />);
  assert.ok(screen.getByText('Hiển thị 1–25 trên tổng số 134'));
  exact.unmount();
  const capped = renderWithApp(
    <TablePager page={2} pageSize={25} total={1000} totalCapped onChange={() => {}} />,
  );
  assert.ok(screen.getByText('Hiển thị 26–50 trên tổng số hơn 1.000'));
  await i18next.changeLanguage('en');
  capped.rerender(<TablePager page={2} pageSize={25} total={1000} totalCapped onChange={() => {}} />);
  assert.ok(await screen.findByText('Showing 26–50 of more than 1,000'));
  await i18next.changeLanguage('vi');
});
