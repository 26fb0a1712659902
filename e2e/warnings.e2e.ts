// Warnings end to end in a real browser (issue 11) with the demo town loaded: three units run
// Apache HTTP Server 2.4.57 on one of their systems, a fourth runs 2.4.58. The focal office writes a
// warning about "< 2.4.58" in the form, sees in the preview exactly the three units and why, and
// publishes it with yesterday as the deadline. Two wards acknowledge and report done in their own
// sessions; the third unit stays overdue and shows so on the compliance view. Screenshots, desktop
// and phone, go to e2e/artifacts/.
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { BrowserContext, Page } from 'playwright-core';
import { ARTIFACTS, addTestStyle, type Harness, skipReason, startHarness } from './harness.ts';

const PASSWORD = 'demo-password-2026';
const TITLE = 'Lỗ hổng Apache HTTP Server cho phép chèn yêu cầu (CVE-2023-25690)';
/** Units with an officer in the demo town, each running the affected version. */
const AFFECTED = [
  { code: 'P-BANYENNHAN', name: 'UBND phường Bần Yên Nhân', officer: 'canbo.banyennhan' },
  { code: 'P-PHANDINHPHUNG', name: 'UBND phường Phan Đình Phùng', officer: 'canbo.phandinhphung' },
  { code: 'NOIVU', name: 'Phòng Nội vụ', officer: 'canbo.noivu' },
];
const PATCHED = { code: 'P-BACHSAM', name: 'UBND phường Bạch Sam' };

function vnDay(days: number): string {
  return new Date(Date.now() + 7 * 3_600_000 + days * 86_400_000).toISOString().slice(0, 10);
}

async function apiSession(h: Harness, username: string) {
  const res = await fetch(`${h.baseUrl}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username, password: PASSWORD }),
  });
  assert.equal(res.status, 200, await res.clone().text());
  const cookie = (res.headers.get('set-cookie') ?? '').split(';')[0]!;
  const { csrfToken } = (await res.json()) as { csrfToken: string };
  return async (method: string, path: string, body?: unknown) => {
    const r = await fetch(`${h.baseUrl}${path}`, {
      method,
      headers: {
        cookie,
        'x-csrf-token': csrfToken,
        ...(body === undefined ? {} : { 'content-type': 'application/json' }),
      },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
    const text = await r.text();
    assert.ok(r.ok, `${method} ${path}: ${r.status} ${text.slice(0, 300)}`);
    return text ? JSON.parse(text) : null;
  };
}

describe('warnings in the browser', { skip: skipReason(), timeout: 420_000 }, () => {
  let h: Harness;
  const contexts: BrowserContext[] = [];
  const pageErrors: string[] = [];
  let office: Page;
  let warningUrl = '';

  async function signIn(username: string, viewport = { width: 1366, height: 900 }): Promise<Page> {
    const context = await h.browser.newContext({ viewport, locale: 'vi-VN' });
    context.setDefaultTimeout(20_000);
    contexts.push(context);
    const page = await context.newPage();
    page.on('pageerror', (e) => pageErrors.push(`${username}: ${e.message}`));
    await page.goto(`${h.baseUrl}/sign-in`);
    await page.getByLabel('Tên đăng nhập').fill(username);
    await page.getByLabel('Mật khẩu').fill(PASSWORD);
    await page.getByRole('button', { name: 'Đăng nhập' }).click();
    await page.getByRole('heading', { name: /^Xin chào, / }).waitFor();
    return page;
  }

  const shot = async (page: Page, name: string) => {
    await page.evaluate(() => window.scrollTo(0, 0));
    const unhide = await addTestStyle(page, '.mantine-Notifications-root{display:none}');
    await page.screenshot({ path: join(ARTIFACTS, `warnings-${name}.png`), fullPage: true });
    await unhide();
  };

  before(async () => {
    h = await startHarness({ demo: true });
    // The inventory, through the API: a web server system with its product entry in each unit.
    const api = await apiSession(h, 'dieuphoi');
    for (const [i, u] of [...AFFECTED, PATCHED].entries()) {
      const unit = (
        await api('GET', `/api/units?q=${encodeURIComponent(u.code)}&limit=5&offset=0`)
      ).items.find((x: { code: string }) => x.code === u.code);
      const system = await api('POST', '/api/systems', {
        name: `Máy chủ web dịch vụ công ${u.code}`,
        kind: 'portal',
        ownerUnitId: unit.id,
        operatingUnitId: unit.id,
        securityLevel: 2,
        levelApproval: { status: 'draft', decisionRef: null, decisionDate: null },
        nationalCritical: false,
        dataSensitivity: 'public',
        hosting: { kind: 'provincial_datacenter' },
        providers: {},
        addresses: [{ kind: 'domain', value: `dvc${i}.myhao.gov.vn` }],
        software: [],
        backup: { status: 'regular', lastRestoreTestAt: null },
        contacts: [],
      });
      await api('POST', `/api/systems/${system.id}/products`, {
        vendor: 'Apache',
        product: 'HTTP Server',
        version: u === PATCHED ? '2.4.58' : '2.4.57',
      });
    }
    office = await signIn('dieuphoi');
  });

  after(async () => {
    for (const c of contexts) await c.close().catch(() => undefined);
    await h?.stop();
    assert.deepEqual(pageErrors, []);
  });

  it('the office writes the warning; the preview names exactly the units running 2.4.57', async () => {
    await office
      .getByRole('navigation', { name: 'Điều hướng chính' })
      .getByRole('link', { name: 'Cảnh báo' })
      .click();
    await office.getByRole('heading', { name: 'Cảnh báo', exact: true }).waitFor();
    await office.getByRole('link', { name: 'Soạn cảnh báo' }).click();
    // The form is its own chunk: until it arrives the list stays on screen, and its search box
    // ("Tìm theo mã, tiêu đề…") would take the title.
    await office.getByRole('heading', { name: 'Soạn cảnh báo', exact: true }).waitFor();
    await office.getByLabel('Tiêu đề').fill(TITLE);
    await office.getByLabel('Hạn báo cáo kết quả').fill(vnDay(-1));
    await office
      .getByLabel('Việc đơn vị cần làm')
      .fill('Nâng cấp Apache HTTP Server lên 2.4.58 trở lên, báo cáo kết quả.');
    await office.getByRole('button', { name: 'Thêm sản phẩm' }).click();
    await office.getByLabel('Hãng').fill('Apache Software Foundation');
    await office.getByLabel('Sản phẩm', { exact: true }).fill('Apache HTTP Server');
    await office.getByLabel('Phiên bản bị ảnh hưởng').fill('< 2.4.58');
    const preview = office.getByTestId('targeting-preview');
    await preview.getByText('Sẽ gửi tới 3 đơn vị').waitFor();
    for (const u of AFFECTED) await preview.getByText(u.name).waitFor();
    assert.equal(await preview.getByText(PATCHED.name).count(), 0, 'the unit on 2.4.58 is not a target');
    await shot(office, 'form');
    await office.getByRole('button', { name: 'Lưu' }).click();
    await office.getByRole('heading', { name: new RegExp(TITLE.slice(0, 30)) }).waitFor();
    warningUrl = office.url();
    await office.getByRole('button', { name: 'Phát hành' }).click();
    await office.getByRole('dialog').getByRole('button', { name: 'Phát hành' }).click();
    const compliance = office.getByTestId('compliance-table');
    await compliance.waitFor();
    for (const u of AFFECTED) await compliance.getByText(u.name).waitFor();
    assert.equal(await compliance.getByText(PATCHED.name).count(), 0);
  });

  for (const u of AFFECTED.slice(0, 2))
    it(`${u.name} acknowledges and reports done`, async () => {
      const page = await signIn(u.officer);
      await page.goto(`${h.baseUrl}/warnings`);
      await page.getByRole('heading', { name: 'Cảnh báo gửi đơn vị' }).waitFor();
      await page.getByRole('link', { name: TITLE }).click();
      const panel = page.getByTestId('target-panel');
      await panel.getByText(`Máy chủ web dịch vụ công ${u.code}: Apache HTTP Server 2.4.57`).waitFor();
      await panel.getByText('Quá hạn').waitFor();
      await panel.getByRole('button', { name: 'Xác nhận đã nhận' }).click();
      await panel.getByText('Đã xác nhận, đang xử lý').waitFor();
      await panel.getByLabel(/Ghi chú/).fill('Đã nâng cấp lên Apache 2.4.62, kiểm tra lại phiên bản.');
      await panel.getByRole('button', { name: 'Gửi báo cáo' }).click();
      await panel.getByText('Đã thực hiện').waitFor();
      assert.equal(await panel.getByText('Quá hạn').count(), 0);
      if (u === AFFECTED[0]) await shot(page, 'unit');
    });

  it('the compliance view: two done, the third unit overdue', async () => {
    await office.goto(warningUrl);
    const counts = office.getByTestId('compliance');
    await counts.locator('[data-count="done"]').getByText('2', { exact: true }).waitFor();
    await counts.locator('[data-count="overdue"]').getByText('1', { exact: true }).waitFor();
    const row = office
      .getByTestId('compliance-table')
      .getByRole('row')
      .filter({ hasText: AFFECTED[2]!.name });
    await row.getByText('Quá hạn').waitFor();
    await row.getByText('Đã gửi, chưa xác nhận').waitFor();
    for (const u of AFFECTED.slice(0, 2)) {
      const done = office.getByTestId('compliance-table').getByRole('row').filter({ hasText: u.name });
      await done.getByText('Đã thực hiện').waitFor();
      assert.equal(await done.getByText('Quá hạn').count(), 0);
    }
    await shot(office, 'compliance');
    const phone = await signIn('dieuphoi', { width: 390, height: 844 });
    await phone.goto(warningUrl);
    await phone.getByTestId('compliance-table').getByText(AFFECTED[2]!.name).waitFor();
    await shot(phone, 'compliance-phone');
  });
});
