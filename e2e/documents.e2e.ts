// Reports in a real browser with the demo town: the focal office draws up next year's plan and
// edits one section; the leader opens «Báo cáo», downloads the plan as DOCX and PDF and the annual
// Mẫu 05 as DOCX; each file is read back (document.xml; pdftotext). Screenshots go to e2e/artifacts/.
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { docxText, pdfText, squash } from '@ungcuu/core/documents/testing/read-back.ts';
import type { BrowserContext, Page } from 'playwright-core';
import { ARTIFACTS, addTestStyle, type Harness, skipReason, startHarness } from './harness.ts';

const PASSWORD = 'demo-password-2026';
const NEXT_YEAR = new Date().getFullYear() + 1;
const ADDED = 'Hoàn thành diễn tập thực chiến toàn thị xã trước ngày 31/10.';

describe('reports in the browser', { skip: skipReason(), timeout: 300_000 }, () => {
  let h: Harness;
  let context: BrowserContext;
  let page: Page;
  const pageErrors: string[] = [];

  const shot = async (name: string) => {
    await page.evaluate(() => window.scrollTo(0, 0));
    const unhide = await addTestStyle(page, '.mantine-Notifications-root{display:none}');
    await page.screenshot({ path: join(ARTIFACTS, `documents-${name}.png`), fullPage: true });
    await unhide();
  };

  async function signIn(username: string) {
    await page.goto(`${h.baseUrl}/sign-in`);
    await page.getByLabel('Tên đăng nhập').fill(username);
    await page.getByLabel('Mật khẩu').fill(PASSWORD);
    await page.getByRole('button', { name: 'Đăng nhập' }).click();
    await page.getByRole('heading', { name: /^Xin chào, / }).waitFor();
  }

  async function download(testId: string): Promise<{ name: string; bytes: Buffer }> {
    const [file] = await Promise.all([page.waitForEvent('download'), page.getByTestId(testId).click()]);
    const path = join(ARTIFACTS, `documents-${file.suggestedFilename()}`);
    await file.saveAs(path);
    return { name: file.suggestedFilename(), bytes: await readFile(path) };
  }

  before(async () => {
    h = await startHarness({ demo: true });
    context = await h.browser.newContext({
      viewport: { width: 1366, height: 900 },
      locale: 'vi-VN',
      acceptDownloads: true,
    });
    context.setDefaultTimeout(20_000);
    page = await context.newPage();
    page.on('pageerror', (e) => pageErrors.push(e.message));
  });

  after(async () => {
    await context?.close().catch(() => undefined);
    await h?.stop();
  });

  it("the focal office draws up next year's plan and edits a section", async () => {
    await signIn('dieuphoi');
    await page
      .getByRole('navigation', { name: 'Điều hướng chính' })
      .getByRole('link', { name: 'Báo cáo' })
      .click();
    await page.getByRole('heading', { name: 'Báo cáo', exact: true }).waitFor();
    await page.getByTestId('plan-create').click();
    await page.getByRole('heading', { name: `Kế hoạch năm ${NEXT_YEAR}` }).waitFor();
    const purpose = page.getByTestId('plan-section-purpose');
    const box = purpose.getByRole('textbox');
    await box.fill(`${await box.inputValue()}\n- ${ADDED}`);
    await purpose.getByRole('button', { name: 'Lưu' }).click();
    await purpose.getByText('Đã sửa · v2').waitFor();
    await shot('plan-editor');
    await context.clearCookies();
  });

  it('the leader downloads the plan (DOCX and PDF) and the annual Mẫu 05', async () => {
    await signIn('lanhdao');
    await page
      .getByRole('navigation', { name: 'Điều hướng chính' })
      .getByRole('link', { name: 'Báo cáo' })
      .click();
    await page.getByTestId(`plan-${NEXT_YEAR}`).click();
    await page.getByRole('heading', { name: `Kế hoạch năm ${NEXT_YEAR}` }).waitFor();
    // A leader reads; there is nothing to edit.
    assert.equal(await page.getByTestId('plan-section-purpose').getByRole('textbox').count(), 0);

    const docx = await download('plan-download-docx');
    assert.match(docx.name, new RegExp(`^Ke-hoach-ung-pho-su-co-${NEXT_YEAR}\\.docx$`));
    const docText = squash(await docxText(docx.bytes));
    for (const expected of ['KẾ HOẠCH', 'UBND THỊ XÃ MỸ HÀO', ADDED, 'III. KINH PHÍ', 'Nơi nhận:']) {
      assert.ok(docText.includes(expected), `DOCX missing: ${expected}`);
    }
    const pdf = await download('plan-download-pdf');
    const text = pdfText(pdf.bytes);
    for (const expected of ['CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'UBND THỊ XÃ MỸ HÀO', ADDED]) {
      assert.ok(text.includes(expected), `PDF missing: ${expected}`);
    }

    await page.getByRole('link', { name: 'Báo cáo' }).first().click();
    await page.getByTestId('mau05-table').waitFor();
    await shot('reports');
    const mau05 = await download('mau05-download-docx');
    const total = (await page.getByTestId('mau05-total-count').textContent())?.trim() ?? '';
    const mau05Text = squash(await docxText(mau05.bytes));
    assert.ok(mau05Text.includes('BÁO CÁO TỔNG HỢP'));
    assert.ok(mau05Text.includes(`Tổng cộng${total}`), `Mẫu 05 total ${total}`);
    assert.deepEqual(pageErrors, []);
  });
});
