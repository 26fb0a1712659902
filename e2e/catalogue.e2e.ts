// Public intake, playbooks and reporting regimes in real browsers against the real server with the
// demo town loaded: a citizen on a phone, signed out, first meets the "not enabled" answer; the
// administrator enables public intake for the focal office; the citizen's report then gets a code
// that the coordinator finds in the incident list. The administrator edits a step of the ransomware
// playbook (a save that drops a required phase is refused with the server's reasons) and gets
// version 2, then reads the 2026 reporting regime marked unverified and tries its JSON editor.
// Screenshots go to e2e/artifacts/catalogue-*.png.
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { ARTIFACTS, addTestStyle, type Harness, skipReason, startHarness } from './harness.ts';

const PASSWORD = 'demo-password-2026';
const FOCAL_OFFICE = 'Phòng Văn hoá, Khoa học và Thông tin';
const REPORT_TITLE = 'Trang thông tin điện tử của phường hiện nội dung cờ bạc';
const RANSOMWARE = 'Ứng phó tấn công mã hóa dữ liệu đòi tiền chuộc';
const NEW_STEP_TITLE = 'Cô lập máy ngay, giữ nguyên nguồn điện';

interface Person {
  context: BrowserContext;
  page: Page;
}

async function open(browser: Browser, phone: boolean, errors: string[], who: string): Promise<Person> {
  const context = await browser.newContext(
    phone
      ? { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, locale: 'vi-VN' }
      : { viewport: { width: 1366, height: 900 }, locale: 'vi-VN' },
  );
  context.setDefaultTimeout(15_000);
  const page = await context.newPage();
  page.on('pageerror', (e) => errors.push(`${who}: ${e.message}`));
  return { context, page };
}

describe('public intake, playbooks and regimes in the browser', {
  skip: skipReason(),
  timeout: 300_000,
}, () => {
  let h: Harness;
  let admin: Person;
  let citizen: Person;
  let coordinator: Person;
  const pageErrors: string[] = [];
  let code = '';

  /** A full-page picture, scrolled to the top first (the fixed header), without passing toasts. */
  const shot = async (p: Page, name: string, fullPage = true) => {
    await p.evaluate(() => window.scrollTo(0, 0));
    const unhide = await addTestStyle(p, '.mantine-Notifications-root{display:none}');
    await p.screenshot({ path: join(ARTIFACTS, `catalogue-${name}.png`), fullPage });
    await unhide();
  };

  /** A step that leaves a screenshot of every open page behind when it fails. */
  const step = (name: string, fn: () => Promise<void>) =>
    it(name, async () => {
      try {
        await fn();
      } catch (error) {
        const slug = name.replace(/[^a-z0-9]+/gi, '-').slice(0, 40);
        for (const [who, person] of Object.entries({ admin, citizen, coordinator })) {
          await person?.page
            .screenshot({ path: join(ARTIFACTS, `catalogue-failed-${slug}-${who}.png`), fullPage: true })
            .catch(() => undefined);
        }
        throw error;
      }
    });

  async function signIn(person: Person, username: string) {
    const { page } = person;
    await page.goto(`${h.baseUrl}/sign-in`);
    await page.getByLabel('Tên đăng nhập').fill(username);
    await page.getByLabel('Mật khẩu').fill(PASSWORD);
    await page.getByRole('button', { name: 'Đăng nhập' }).click();
    await page.getByRole('heading', { name: /^Xin chào, / }).waitFor();
  }

  before(async () => {
    h = await startHarness({ demo: true });
    admin = await open(h.browser, false, pageErrors, 'quantri');
    citizen = await open(h.browser, true, pageErrors, 'citizen');
    coordinator = await open(h.browser, false, pageErrors, 'dieuphoi');
    await signIn(admin, 'quantri');
  });

  after(async () => {
    for (const p of [admin, citizen, coordinator]) await p?.context.close().catch(() => undefined);
    await h?.stop();
  });

  step(
    'signed out, the sign-in page leads to the report form, which says intake is not enabled',
    async () => {
      const p = citizen.page;
      await p.goto(`${h.baseUrl}/sign-in`);
      await p.getByRole('link', { name: 'Báo cáo sự cố không cần đăng nhập' }).click();
      await p.waitForURL(/\/bao-cao-su-co$/);
      await p.getByRole('heading', { name: 'Báo cáo sự cố an toàn thông tin' }).waitFor();

      // The honeypot is in the form for robots, out of sight and out of reach for people.
      const trap = p.locator('input[name="website"]');
      assert.equal(await trap.getAttribute('tabindex'), '-1');
      assert.equal(await trap.getAttribute('autocomplete'), 'off');
      assert.equal(await trap.inputValue(), '');
      assert.equal(await p.locator('[aria-hidden="true"]:has(input[name="website"])').count(), 1);
      const box = await trap.boundingBox();
      assert.ok(box && box.x + box.width < 0, 'the honeypot is off-screen');

      await p.getByTestId('public-title').fill(REPORT_TITLE);
      await p
        .getByTestId('public-description')
        .fill('Sáng nay mở trang thì thấy quảng cáo cờ bạc trực tuyến thay cho tin tức của phường.');
      await p.getByTestId('public-name').fill('Nguyễn Thị Hoa');
      await p.getByTestId('public-phone').fill('0912 345 678');
      await shot(p, '01-public-form-phone');
      await p.getByTestId('public-submit').click();
      await p.getByTestId('intake-disabled').getByText('Chưa mở tiếp nhận báo cáo công khai').waitFor();
      assert.equal(await p.getByTestId('public-title').inputValue(), REPORT_TITLE, 'what was typed is kept');
      await shot(p, '02-public-disabled-phone');
    },
  );

  step('the administrator enables public intake for the focal office', async () => {
    const p = admin.page;
    await p.goto(`${h.baseUrl}/admin`);
    await p.getByTestId('nav-intake').click();
    await p.getByRole('heading', { name: 'Tiếp nhận báo cáo công khai' }).waitFor();
    await p.getByTestId('intake-status').getByText('Đang tắt').waitFor();
    assert.match((await p.getByTestId('intake-address').textContent()) ?? '', /\/bao-cao-su-co$/);

    // Enabling without a receiving unit is caught before the round trip.
    await p.getByRole('switch', { name: 'Bật trang báo cáo công khai' }).click();
    await p.getByTestId('intake-save').click();
    await p.getByText('Chọn đơn vị tiếp nhận trước khi bật trang báo cáo công khai.').waitFor();

    const unitBox = p.getByRole('combobox', { name: 'Đơn vị tiếp nhận mặc định' });
    await unitBox.click();
    await unitBox.fill('van hoa');
    await p.getByRole('option', { name: new RegExp(`^${FOCAL_OFFICE}`) }).click();
    await p.getByTestId('intake-save').click();
    await p.getByTestId('intake-status').getByText('Đang bật').waitFor();
    await p.getByText('Đã lưu thiết lập tiếp nhận công khai.').waitFor();
    await shot(p, '03-intake-settings');
  });

  step('the citizen sends the same report again and gets a code', async () => {
    const p = citizen.page;
    await p.getByTestId('public-submit').click();
    code = ((await p.getByTestId('public-ack-code').textContent()) ?? '').trim();
    assert.match(code, /^SC-\d{4}-\d{4}$/);
    await p.getByText(`Đã tiếp nhận báo cáo sự cố ${code}`).waitFor();
    const overflow = await p.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    assert.ok(overflow <= 0, `no sideways scrolling on a phone (${overflow}px too wide)`);
    await shot(p, '04-public-ack-phone');
  });

  step('the coordinator finds the public report in the incident list', async () => {
    await signIn(coordinator, 'dieuphoi');
    const p = coordinator.page;
    await p.goto(`${h.baseUrl}/incidents`);
    await p.getByRole('heading', { name: 'Sự cố', exact: true }).waitFor();
    const row = p.getByTestId('incident-row').filter({ hasText: code });
    await row.waitFor();
    await row.getByText(REPORT_TITLE).waitFor();
    await shot(p, '05-incidents');
  });

  step('a playbook without a required phase is refused with the server’s reasons', async () => {
    const p = admin.page;
    await p.getByTestId('nav-playbooks').click();
    await p.getByRole('heading', { name: 'Phương án ứng cứu', exact: true }).waitFor();
    await shot(p, '06-playbooks');
    await p.locator('[data-testid="playbook-card"][data-subtype="attack.ransomware"]').click();
    await p.getByRole('heading', { name: RANSOMWARE }).waitFor();
    await p.getByTestId('playbook-version').getByText('phiên bản 1').waitFor();
    await p.getByTestId('playbook-phase-P4').getByTestId('playbook-step').first().waitFor();
    await shot(p, '07-playbook-v1');

    await p.getByTestId('playbook-edit').click();
    const lessons = p
      .locator('[data-testid^="step-editor-"]')
      .filter({ has: p.getByText('P7', { exact: true }) });
    assert.ok((await lessons.count()) > 0, 'the ransomware playbook has lessons-learned steps');
    while ((await lessons.count()) > 0)
      await lessons
        .first()
        .getByRole('button', { name: /^Xoá bước/ })
        .click();
    await p.getByTestId('missing-phases').getByText(/P7/).waitFor();
    await p.getByTestId('playbook-save').click();
    const issue = p.getByTestId('validation-issue').filter({ hasText: 'Thiếu bước cho giai đoạn P7' });
    await issue.waitFor();
    assert.equal(await issue.getAttribute('data-code'), 'phase.missing');
    await shot(p, '08-playbook-refused');
    await p.getByRole('button', { name: 'Huỷ thay đổi' }).click();
    await p.getByTestId('playbook-version').getByText('phiên bản 1').waitFor();
  });

  step('the administrator edits one step of the ransomware playbook and gets version 2', async () => {
    const p = admin.page;
    await p.getByTestId('playbook-edit').click();
    const first = p.getByTestId('step-editor-0');
    await first.getByTestId('step-toggle').click();
    const title = first.getByLabel('Tên bước (tiếng Việt)');
    assert.equal(await title.inputValue(), 'Cô lập máy ngay, không tắt máy');
    await title.fill(NEW_STEP_TITLE);
    await shot(p, '09-playbook-editing');
    await p.getByRole('button', { name: 'Lưu thành phiên bản 2' }).click();
    await p.getByTestId('playbook-version').getByText('phiên bản 2').waitFor();
    await p
      .getByTestId('playbook-version-note')
      .getByText(/vẫn giữ phiên bản phương án/)
      .waitFor();
    const firstStep = p.getByTestId('playbook-phase-P1').getByTestId('playbook-step-title').first();
    assert.equal((await firstStep.textContent())?.trim(), NEW_STEP_TITLE);
    await shot(p, '10-playbook-v2');

    await p.getByRole('link', { name: 'Tất cả phương án' }).click();
    const card = p.locator('[data-testid="playbook-card"][data-subtype="attack.ransomware"]');
    await card.getByText('phiên bản 2').waitFor();
  });

  step('the 2026 regime is marked unverified; its JSON editor checks syntax and shows refusals', async () => {
    const p = admin.page;
    await p.getByTestId('nav-regimes').click();
    await p.getByRole('heading', { name: 'Chế độ báo cáo', exact: true }).waitFor();
    const regime2026 = p.locator('[data-testid="regime"][data-regime-id="vn_2026"]');
    await regime2026.getByRole('heading', { name: /Chế độ báo cáo 2026/ }).waitFor();
    await regime2026
      .getByTestId('regime-unverified')
      .getByText(/giá trị chưa kiểm chứng/)
      .waitFor();
    const unverifiedRows = regime2026.locator('[data-testid="deadline-row"][data-verified="false"]');
    assert.ok((await unverifiedRows.count()) > 0);
    await unverifiedRows.first().getByText('Chưa kiểm chứng').waitFor();
    await shot(p, '11-regimes');

    await regime2026.getByTestId('regime-edit').click();
    const dialog = p.getByRole('dialog');
    const json = dialog.getByTestId('regime-json');
    const text = await json.inputValue();
    assert.equal(JSON.parse(text).id, 'vn_2026');
    await json.fill(`${text.slice(0, -1)},`);
    await dialog.getByText(/^JSON không hợp lệ:/).waitFor();
    assert.equal(await dialog.getByTestId('regime-save').isDisabled(), true);
    await json.fill(text.replace('"effectiveFrom": "2026-07-01"', '"effectiveFrom": "2026-02-30"'));
    await dialog.getByTestId('regime-json-valid').waitFor();
    await dialog.getByTestId('regime-save').click();
    await dialog
      .getByTestId('validation-issue')
      .filter({ hasText: 'Ngày không hợp lệ' })
      .filter({ hasText: '/effectiveFrom' })
      .waitFor();
    await shot(p, '12-regime-json-refused', false);
    await dialog.getByRole('button', { name: 'Huỷ' }).click();
    await dialog.waitFor({ state: 'detached' });
  });

  it('no page raised an uncaught error', () => {
    assert.deepEqual(pageErrors, []);
  });
});
