// Requests to units end to end (issue 11): the focal office sends a malware scan campaign from the
// built-in template to three units; two ward officers answer on their phones (one saves a draft
// first); the focal office sees two answered, one not, totals that add up, and downloads the XLSX.
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import ExcelJS from 'exceljs';
import type { BrowserContext, Page } from 'playwright-core';
import { ARTIFACTS, type Harness, skipReason, startHarness } from './harness.ts';

const PASSWORD = 'demo-password-2026';
const UNITS = ['UBND phường Bần Yên Nhân', 'UBND phường Phan Đình Phùng', 'Phòng Nội vụ'];

interface Person {
  context: BrowserContext;
  page: Page;
}

async function signIn(h: Harness, username: string, phone: boolean, errors: string[]): Promise<Person> {
  const context = await h.browser.newContext(
    phone
      ? { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, locale: 'vi-VN' }
      : { viewport: { width: 1366, height: 900 }, locale: 'vi-VN', acceptDownloads: true },
  );
  context.setDefaultTimeout(15_000);
  const page = await context.newPage();
  page.on('pageerror', (e) => errors.push(`${username}: ${e.message}`));
  await page.goto(`${h.baseUrl}/sign-in`);
  await page.getByLabel('Tên đăng nhập').fill(username);
  await page.getByLabel('Mật khẩu').fill(PASSWORD);
  await page.getByRole('button', { name: 'Đăng nhập' }).click();
  await page.getByRole('heading', { name: /^Xin chào, / }).waitFor();
  return { context, page };
}

describe('requests to units in the browser', { skip: skipReason(), timeout: 300_000 }, () => {
  let h: Harness;
  let coordinator: Person;
  const pageErrors: string[] = [];
  let requestUrl = '';
  const shot = async (p: Page, name: string) => {
    await p.screenshot({ path: join(ARTIFACTS, `requests-${name}.png`), fullPage: true });
  };

  before(async () => {
    h = await startHarness({ demo: true });
    coordinator = await signIn(h, 'dieuphoi', false, pageErrors);
  });
  after(async () => {
    await coordinator?.context.close().catch(() => undefined);
    await h?.stop();
    assert.deepEqual(pageErrors, [], 'no uncaught errors in any page');
  });

  it('the focal office sends a scan campaign from the template to three units', async () => {
    const c = coordinator.page;
    await c.getByRole('link', { name: 'Yêu cầu đơn vị' }).first().click();
    await c.getByRole('heading', { name: 'Yêu cầu đơn vị' }).waitFor();
    await c.getByRole('link', { name: 'Gửi yêu cầu mới' }).click();
    await c.getByTestId('request-template').click();
    await c.getByRole('option', { name: 'Rà quét mã độc toàn bộ máy tính' }).click();
    await c.getByTestId('field-2-label').waitFor();
    await c.getByTestId('request-deadline').fill('2099-06-30');
    await c.getByTestId('request-mode').getByText('Chọn từng đơn vị').click();
    const units = c.getByTestId('request-units');
    for (const name of UNITS) {
      await units.click();
      await units.fill(name.slice(0, 12));
      await c.getByRole('option', { name }).click();
    }
    await c.keyboard.press('Escape');
    await shot(c, '01-create');
    await c.getByTestId('request-send').click();
    await c.getByTestId('request-compliance').waitFor();
    requestUrl = c.url();
    assert.match(requestUrl, /\/requests\/[0-9a-f-]{36}$/);
    assert.equal(await c.getByTestId('request-compliance').locator('tbody tr').count(), 3);
  });

  for (const [username, figures, draftFirst] of [
    ['canbo.banyennhan', { scanned: '42', infected: '3', cleaned: '3' }, true],
    ['canbo.phandinhphung', { scanned: '18', infected: '1', cleaned: '0' }, false],
  ] as const) {
    it(`${username} answers on a phone`, async () => {
      const officer = await signIn(h, username, true, pageErrors);
      const p = officer.page;
      await p.goto(requestUrl);
      await p.getByTestId('answer-form').waitFor();
      await p.getByLabel(/Số máy đã quét/).fill(figures.scanned);
      if (draftFirst) {
        await p.getByTestId('answer-draft').click();
        await p.getByText('Đã lưu bản nháp.').waitFor();
        await p.reload();
        await p.getByTestId('answer-form').waitFor();
        assert.equal(await p.getByLabel(/Số máy đã quét/).inputValue(), figures.scanned);
      }
      await p.getByLabel(/Số máy nhiễm mã độc/).fill(figures.infected);
      await p.getByLabel(/Số máy đã xử lý sạch/).fill(figures.cleaned);
      await p.getByTestId('answer-submit').click();
      await p.getByTestId('answer-readonly').waitFor();
      // A unit never sees the other units nor the totals.
      assert.equal(await p.getByTestId('request-compliance').count(), 0);
      await shot(p, `02-answered-${username}`);
      await officer.context.close();
    });
  }

  it('the focal office sees two answered, one open, totals that add up, and downloads the XLSX', async () => {
    const c = coordinator.page;
    await c.goto(requestUrl);
    await c.getByTestId('request-totals').waitFor();
    assert.match((await c.getByTestId('total-scanned').textContent()) ?? '', /60/);
    assert.match((await c.getByTestId('total-infected').textContent()) ?? '', /4/);
    assert.match((await c.getByTestId('total-cleaned').textContent()) ?? '', /3/);
    const table = c.getByTestId('request-compliance');
    assert.equal(await table.getByText('Đã trả lời').count(), 2);
    assert.equal(await table.getByText('Chưa trả lời').count(), 1);
    await shot(c, '03-compliance');
    const [download] = await Promise.all([
      c.waitForEvent('download'),
      c.getByTestId('request-download').click(),
    ]);
    const path = join(ARTIFACTS, 'requests-answers.xlsx');
    await download.saveAs(path);
    assert.match(download.suggestedFilename(), /\.xlsx$/);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load((await readFile(path)) as unknown as ArrayBuffer);
    const sheet = book.worksheets[0]!;
    assert.equal(sheet.rowCount, 5, 'header, three units, total');
    const total = sheet.getRow(5);
    assert.equal(total.getCell(1).value, 'Tổng cộng');
    assert.equal(total.getCell(5).value, 60);
    assert.equal(total.getCell(6).value, 4);
  });
});
