// An incident end to end in real browsers against the real server with the demo town loaded:
// a ward officer reports ransomware from a phone, the focal office sees it arrive live, confirms
// the class, gives a playbook task to another ward whose officer accepts and completes it, then
// closes the incident and downloads the final report (Mẫu 04) as DOCX.
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import JSZip from 'jszip';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { ARTIFACTS, type Harness, skipReason, startHarness } from './harness.ts';

const PASSWORD = 'demo-password-2026';
const TITLE = 'Máy tính bộ phận một cửa bị mã hóa';
const DESCRIPTION = 'Màn hình đòi tiền chuộc, các tệp bị đổi đuôi';
const OTHER_UNIT = 'UBND phường Phan Đình Phùng';

interface Person {
  context: BrowserContext;
  page: Page;
}

async function signIn(browser: Browser, username: string, phone: boolean, errors: string[]): Promise<Person> {
  const context = await browser.newContext(
    phone
      ? { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, locale: 'vi-VN' }
      : { viewport: { width: 1366, height: 900 }, locale: 'vi-VN' },
  );
  context.setDefaultTimeout(15_000);
  const page = await context.newPage();
  page.on('pageerror', (e) => errors.push(`${username}: ${e.message}`));
  return { context, page };
}

async function login(h: Harness, person: Person, username: string): Promise<void> {
  const { page } = person;
  await page.goto(`${h.baseUrl}/sign-in`);
  await page.getByLabel('Tên đăng nhập').fill(username);
  await page.getByLabel('Mật khẩu').fill(PASSWORD);
  await page.getByRole('button', { name: 'Đăng nhập' }).click();
  await page.getByRole('heading', { name: /^Xin chào, / }).waitFor();
}

/** All text runs of a WordprocessingML part, in order. */
function docxText(xml: string): string {
  return [...xml.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join('');
}

describe('incident end to end in the browser', { skip: skipReason(), timeout: 300_000 }, () => {
  let h: Harness;
  let officer: Person;
  let coordinator: Person;
  let otherOfficer: Person;
  const pageErrors: string[] = [];
  let code = '';
  let taskTitle = '';

  const shot = async (p: Page, name: string) => {
    // A full-page picture of a scrolled page draws the fixed header mid-page: scroll up first.
    await p.evaluate(() => window.scrollTo(0, 0));
    await p.screenshot({ path: join(ARTIFACTS, `incidents-${name}.png`), fullPage: true });
  };
  const state = () => coordinator.page.getByTestId('incident-state');

  before(async () => {
    h = await startHarness({ demo: true });
    officer = await signIn(h.browser, 'canbo.banyennhan', true, pageErrors);
    coordinator = await signIn(h.browser, 'dieuphoi', false, pageErrors);
    otherOfficer = await signIn(h.browser, 'canbo.phandinhphung', true, pageErrors);
    await login(h, officer, 'canbo.banyennhan');
    await login(h, coordinator, 'dieuphoi');
    await login(h, otherOfficer, 'canbo.phandinhphung');
  });

  after(async () => {
    for (const p of [officer, coordinator, otherOfficer]) await p?.context.close().catch(() => undefined);
    await h?.stop();
  });

  it('a ward officer reports ransomware from a phone while the focal office watches the list', async () => {
    const c = coordinator.page;
    await c.goto(`${h.baseUrl}/incidents`);
    await c.getByRole('heading', { name: 'Sự cố', exact: true }).waitFor();
    // A marker that a reload would wipe: the new incident must arrive through the change events.
    await c.evaluate(() => {
      (window as unknown as { __noReload: boolean }).__noReload = true;
    });

    const p = officer.page;
    await p.goto(`${h.baseUrl}/incidents/new`);
    await p.getByRole('heading', { name: 'Báo cáo sự cố' }).waitFor();
    await p.getByTestId('report-title').fill(TITLE);
    await p.getByTestId('report-description').fill(DESCRIPTION);
    await p.getByTestId('trigger-C1').getByText('Có', { exact: true }).click();
    // Beyond the commune's capacity (C6): the emergency report is due immediately.
    await p.getByTestId('trigger-C6').getByText('Có', { exact: true }).click();
    assert.match(await p.getByTestId('report-detected-at').inputValue(), /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/);
    assert.equal(await p.getByLabel('Họ và tên').inputValue(), 'Phạm Văn Bình', 'contact prefilled');
    await shot(p, '01-report-phone');
    await p.getByTestId('report-submit').click();
    code = ((await p.getByTestId('ack-code').textContent()) ?? '').trim();
    assert.match(code, /^SC-\d{4}-\d{4}$/);
    await p.getByText(`Đã tiếp nhận báo cáo sự cố ${code}`).waitFor();
    await shot(p, '02-acknowledgement-phone');

    const row = c.getByTestId('incident-row').filter({ hasText: code });
    await row.waitFor();
    await row.getByText(TITLE).waitFor();
    assert.equal(await c.evaluate(() => (window as unknown as { __noReload?: boolean }).__noReload), true);
    await shot(c, '03-list-live');
  });

  it('the coordinator confirms the suggested class and the playbook tasks appear', async () => {
    const c = coordinator.page;
    await c.getByTestId('incident-row').filter({ hasText: code }).getByRole('link', { name: code }).click();
    await c.getByTestId('incident-code').getByText(code).waitFor();
    const suggested = c.getByTestId('suggested-subtype');
    assert.equal(await suggested.getAttribute('data-subtype'), 'attack.ransomware');
    await c.getByTestId('severity-why').waitFor();
    // The C6 emergency report is due now, counted from the receipt; never "overdue by 0 minutes".
    const emergency = c.getByTestId('deadline').filter({ hasText: 'Báo cáo khẩn' });
    assert.equal(await emergency.getAttribute('data-status'), 'due_now');
    const emergencyText = (await emergency.textContent()) ?? '';
    assert.match(emergencyText, /Phải thực hiện ngay|Đến hạn ngay/);
    assert.doesNotMatch(emergencyText, /Quá hạn/);
    await shot(c, '04-detail-suggestion');

    await c.getByTestId('classify-confirm').click();
    await c
      .getByTestId('classification-confirmed')
      .getByText('Tấn công mã hóa phần mềm, dữ liệu, thiết bị')
      .waitFor();
    await c.getByTestId('task').first().waitFor();
    assert.ok((await c.getByTestId('task').count()) >= 5, 'the ransomware playbook brings its steps');
    await c.getByTestId('phase-P4').waitFor();
  });

  it('gives a containment task to another ward', async () => {
    const c = coordinator.page;
    const task = c.getByTestId('phase-P4').getByTestId('task').first();
    taskTitle = ((await task.getByTestId('task-title').textContent()) ?? '').trim();
    await task.getByTestId('task-assign').click();
    const dialog = c.getByRole('dialog');
    const unitBox = dialog.getByRole('combobox', { name: 'Đơn vị thực hiện' });
    await unitBox.click();
    await unitBox.fill('phan dinh');
    await c.getByRole('option', { name: new RegExp(`^${OTHER_UNIT}`) }).click();
    // The person picker offers only the people of the unit chosen.
    await dialog.getByRole('combobox', { name: 'Người thực hiện' }).click();
    await c.getByRole('option', { name: /canbo\.phandinhphung/ }).waitFor();
    const people = await c.getByRole('option').allTextContents();
    assert.ok(people.length > 0);
    for (const other of ['dieuphoi', 'canbo.banyennhan', 'quantri'])
      assert.ok(
        !people.some((o) => o.includes(`(${other})`)),
        `${other} is not of ${OTHER_UNIT}: ${people.join(' | ')}`,
      );
    await c.keyboard.press('Escape');
    await dialog.getByTestId('task-assign-save').click();
    await dialog.waitFor({ state: 'hidden' });
    await c
      .getByTestId('task')
      .filter({ hasText: taskTitle })
      .getByTestId('task-assignee')
      .getByText(OTHER_UNIT)
      .waitFor();
    await shot(c, '05-tasks');
  });

  it("that ward's officer accepts and completes it, and the focal office sees it live", async () => {
    const p = otherOfficer.page;
    await p.goto(`${h.baseUrl}/tasks/mine`);
    const task = p.getByTestId('task').filter({ hasText: taskTitle });
    await task.getByText(code).waitFor();
    await task.getByTestId('task-accept').click();
    await p.locator('[data-testid="task"][data-status="accepted"]', { hasText: taskTitle }).waitFor();
    await shot(p, '06-my-tasks-phone');
    await task.getByTestId('task-complete').click();
    await p
      .getByRole('dialog')
      .getByTestId('task-respond-text')
      .fill('Đã ngắt ổ sao lưu, kiểm tra 12 máy, không thấy lây lan.');
    await p.getByRole('dialog').getByTestId('task-respond-submit').click();
    await p.getByTestId('my-tasks-view').getByText('Đã xong', { exact: true }).click();
    await p.locator('[data-testid="task"][data-status="done"]', { hasText: taskTitle }).waitFor();

    await coordinator.page
      .locator('[data-testid="task"][data-status="done"]', { hasText: taskTitle })
      .waitFor();
  });

  it('the coordinator records the outcome and takes the incident to closed', async () => {
    const c = coordinator.page;
    await c.getByTestId('transition-triage').click();
    await state().getByText('Đã xác minh, phân loại').waitFor();
    await c.getByTestId('transition-start_response').click();
    await state().getByText('Đang ứng cứu').waitFor();

    await c
      .getByTestId('outcome-causeSummary')
      .fill('Cán bộ mở tệp đính kèm giả mạo hoá đơn, mã độc mã hoá dữ liệu máy một cửa.');
    await c
      .getByTestId('outcome-actionsTaken')
      .fill('Cô lập máy, ngắt ổ sao lưu, cài lại hệ điều hành, khôi phục dữ liệu từ bản sao lưu ngày 26/11.');
    await c
      .getByTestId('outcome-lessonsLearned')
      .fill('Tập huấn nhận diện thư giả mạo; sao lưu ngoại tuyến hằng tuần.');
    await c.getByTestId('outcome-save').click();

    // Clicking waits for the button to be enabled: containment needs the actions taken just saved.
    await c.getByTestId('transition-contain').click();
    await state().getByText('Đã ngăn chặn').waitFor();
    await c.getByTestId('transition-recover').click();
    await state().getByText('Đã khôi phục').waitFor();
    // Dismiss the earlier confirmations so the pictures show the dialog whole.
    // Toasts close on their own too, so one may vanish between finding and clicking it: click whatever is left.
    const closers = c.locator('.mantine-Notification-root button');
    for (let tries = 0; tries < 10 && (await closers.count()) > 0; tries++) {
      await closers
        .first()
        .click({ timeout: 1_000 })
        .catch(() => undefined);
    }
    await c.getByTestId('transition-close').click();
    // The close dialog lists what is still open: the other playbook steps and the reports not sent.
    const dialog = c.getByTestId('close-dialog');
    await dialog.getByTestId('close-open-tasks').waitFor();
    const reports = (await dialog.getByTestId('close-open-deadlines').textContent()) ?? '';
    assert.match(reports, /Mẫu 03/);
    assert.match(reports, /Báo cáo khẩn/);
    assert.equal(await dialog.getByTestId('close-submit').isDisabled(), true, 'a reason is required');
    await dialog
      .getByTestId('close-reason')
      .fill('Sự cố đã khắc phục; các bước còn lại không cần thực hiện, báo cáo gửi bằng văn bản giấy.');
    await c.screenshot({ path: join(ARTIFACTS, 'incidents-07-close-dialog.png') });
    await c.setViewportSize({ width: 390, height: 844 });
    await c.screenshot({ path: join(ARTIFACTS, 'incidents-07-close-dialog-phone.png') });
    await c.setViewportSize({ width: 1366, height: 900 });
    await dialog.getByTestId('close-submit').click();
    await state().getByText('Đã kết thúc').waitFor();
    // Nothing is offered on a closed incident but reopening: no task buttons, no deadline buttons.
    await c.locator('[data-testid="task"][data-status="cancelled"]').first().waitFor();
    assert.equal(await c.locator('button[data-testid^="task-"]').count(), 0);
    assert.equal(await c.getByTestId('deadlines').getByRole('button').count(), 0);
    assert.deepEqual(await c.getByTestId('lifecycle').getByRole('button').allTextContents(), [
      'Mở lại sự cố',
    ]);
    await c.getByTestId('deadlines-stopped').waitFor();
    await shot(c, '07-closed');

    // The ward whose task it was: nothing left to do in "Việc của tôi", nothing to press on the incident.
    const p = officer.page;
    await p.goto(`${h.baseUrl}/incidents`);
    await p
      .getByTestId('incident-row')
      .filter({ hasText: code })
      .getByRole('link', { name: code })
      .first()
      .click();
    await p.getByTestId('incident-state').getByText('Đã kết thúc').waitFor();
    assert.equal(await p.locator('button[data-testid^="task-"]').count(), 0);
    await shot(p, '07-closed-phone');
  });

  it('downloads Mẫu 04 as DOCX with the code and intact Vietnamese', async () => {
    const c = coordinator.page;
    await c.getByTestId('tab-documents').click();
    const [download] = await Promise.all([
      c.waitForEvent('download'),
      c.getByTestId('download-mau04').click(),
    ]);
    const path = join(ARTIFACTS, `incidents-${code}-mau04.docx`);
    await download.saveAs(path);
    assert.match(download.suggestedFilename(), /\.docx$/);
    const zip = await JSZip.loadAsync(await readFile(path));
    const xml = await zip.file('word/document.xml')?.async('string');
    assert.ok(xml, 'word/document.xml is in the package');
    const text = docxText(xml);
    assert.ok(text.includes(code), `the report names ${code}`);
    assert.ok(text.includes('BÁO CÁO KẾT THÚC'), 'the title is in intact Vietnamese');
    assert.ok(text.includes('khôi phục dữ liệu từ bản sao lưu'), 'the actions taken are in the report');
    await shot(c, '08-documents');
    assert.deepEqual(pageErrors, []);
  });
});
