// Monitoring end to end in a real browser against the real server with the demo town loaded
// (issue 10, "How it is checked"): a local web site on loopback is watched by a defacement
// monitor; the test defaces it; the focal office's coordinator sees the incident appear with the
// diff, and once the unit has restored the site approves the new page as the baseline.
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { BrowserContext, Page } from 'playwright-core';
import {
  DEFACED_PAGE,
  portalPage,
  startTestSite,
  type TestSite,
} from '../packages/core/src/monitoring/testing/test-site.ts';
import { ARTIFACTS, type Harness, skipReason, startHarness } from './harness.ts';

const PASSWORD = 'demo-password-2026';
const MONITOR_NAME = 'Cổng TTĐT phường Bạch Sam – giao diện';

describe('monitoring end to end in the browser', { skip: skipReason(), timeout: 300_000 }, () => {
  let h: Harness;
  let site: TestSite;
  let context: BrowserContext;
  let page: Page;
  let monitorUrl = '';
  const pageErrors: string[] = [];

  const shot = async (name: string) => {
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.screenshot({ path: join(ARTIFACTS, `monitoring-${name}.png`), fullPage: true });
  };

  before(async () => {
    site = await startTestSite(portalPage(1));
    h = await startHarness({ demo: true });
    context = await h.browser.newContext({ viewport: { width: 1366, height: 900 }, locale: 'vi-VN' });
    context.setDefaultTimeout(20_000);
    page = await context.newPage();
    page.on('pageerror', (e) => pageErrors.push(e.message));
    await page.goto(`${h.baseUrl}/sign-in`);
    await page.getByLabel('Tên đăng nhập').fill('dieuphoi');
    await page.getByLabel('Mật khẩu').fill(PASSWORD);
    await page.getByRole('button', { name: 'Đăng nhập' }).click();
    await page.getByRole('heading', { name: /^Xin chào, / }).waitFor();
  });

  after(async () => {
    await context?.close().catch(() => undefined);
    await h?.stop();
    await site?.close();
    assert.deepEqual(pageErrors, [], 'no uncaught errors in the page');
  });

  it('the coordinator puts the site under a defacement monitor; the first page seen is the baseline', async () => {
    await page.getByTestId('nav-monitoring').click();
    await page.getByTestId('nav-monitors').click();
    await page.getByRole('heading', { name: 'Giám sát hệ thống' }).waitFor();
    await page.getByRole('button', { name: 'Thêm giám sát' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('Tên giám sát').fill(MONITOR_NAME);
    await dialog.getByRole('combobox', { name: 'Loại giám sát' }).click();
    await page.getByRole('option', { name: 'Thay đổi giao diện (deface)' }).click();
    await dialog.getByRole('textbox', { name: /^Địa chỉ/ }).fill(`${site.httpUrl}trang-chu`);
    await dialog.getByRole('button', { name: 'Lưu' }).click();
    await dialog.waitFor({ state: 'hidden' });

    await page.getByRole('link', { name: MONITOR_NAME }).click();
    await page.getByRole('heading', { name: MONITOR_NAME }).waitFor();
    monitorUrl = new URL(page.url()).pathname;
    assert.match(monitorUrl, /^\/monitoring\/[0-9a-f-]{36}$/);
    // The first check runs at once and its page becomes the approved baseline.
    await page.getByText('Hoạt động', { exact: true }).first().waitFor();
    await page.getByText('Lần kiểm tra gần nhất giống bản gốc.').waitFor();
    assert.ok(site.requests > 0, 'the server fetched the test site');
    await shot('01-baseline');
  });

  it('the site is defaced: an incident appears and the monitor shows the diff with the markers', async () => {
    site.state.html = DEFACED_PAGE;
    await page.getByRole('button', { name: 'Kiểm tra ngay' }).click();
    await page.getByText('Có sự cố', { exact: true }).first().waitFor();
    await page.getByText('+ hacked by xteam').waitFor();
    await page
      .getByText(/^Dòng chữ tin tặc để lại: hacked by/)
      .first()
      .waitFor();
    await page.getByText(/^Mức giống bản gốc: \d+ %$/).waitFor();
    const incidentLink = page.getByRole('link', { name: 'Xem sự cố đã tạo từ giám sát này' });
    await incidentLink.waitFor();
    await shot('02-defaced-diff');

    await page.goto(`${h.baseUrl}/incidents`);
    const row = page.getByTestId('incident-row').filter({ hasText: 'bị thay đổi giao diện (deface)' });
    await row.first().waitFor();
    assert.equal(await row.count(), 1, 'one incident for the outage');
    await shot('03-incident-listed');
    await row.first().getByRole('link').first().click();
    await page.getByTestId('incident-code').waitFor();
    await page.getByText(MONITOR_NAME).first().waitFor();
    await page.getByText(site.httpUrl, { exact: false }).first().waitFor();
    await shot('04-incident');
  });

  it('after the unit restores the site, the coordinator approves the restored page as the new baseline', async () => {
    // Restored, with a new notice added since: close enough to the baseline to be up again,
    // different enough to be worth a person's approval.
    site.state.html = portalPage(
      1,
      '<article><h2>Thông báo mới</h2><p>Cổng thông tin đã được khôi phục và rà soát lại toàn bộ tài khoản quản trị.</p></article>',
    );
    await page.goto(`${h.baseUrl}${monitorUrl}`);
    await page.getByRole('button', { name: 'Kiểm tra ngay' }).click();
    await page.getByText('Hoạt động', { exact: true }).first().waitFor();
    await page.getByText(/\+ .*đã được khôi phục/).waitFor();
    await shot('05-recovered-diff');
    await page.getByRole('button', { name: 'Phê duyệt làm bản gốc mới' }).click();
    await page.getByText('Lần kiểm tra gần nhất giống bản gốc.').waitFor();
    assert.equal(await page.getByRole('button', { name: 'Phê duyệt làm bản gốc mới' }).count(), 0);
    await shot('06-new-baseline');
  });

  it('a Wazuh source posts a batch with its token: the group appears live and becomes an incident', async () => {
    await page.goto(`${h.baseUrl}/alerts/sources`);
    await page.getByRole('heading', { name: 'Nguồn cảnh báo' }).waitFor();
    await page.getByRole('button', { name: 'Thêm nguồn' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByRole('textbox', { name: /Tên nguồn/ }).fill('Wazuh phường Bạch Sam');
    await dialog.getByRole('button', { name: 'Lưu' }).click();
    const url = ((await dialog.getByTestId('source-url').textContent()) ?? '').trim();
    const secret = ((await dialog.getByTestId('source-secret').textContent()) ?? '').trim();
    assert.equal(url, `${h.baseUrl}/api/alerts/wazuh`);
    assert.ok(secret.length > 20);
    await shot('07-source-created');
    await dialog.getByRole('button', { name: 'Đóng' }).first().click();

    await page.getByTestId('nav-alerts').click();
    await page.getByRole('heading', { name: 'Cảnh báo an ninh' }).waitFor();
    await page.getByText('Chưa có nhóm cảnh báo nào.').waitFor();
    await page.evaluate(() => {
      (window as unknown as { __noReload: boolean }).__noReload = true;
    });

    // What Wazuh's integrator posts (rule 5712 at level 7: below the automatic incident level).
    const batch = Array.from({ length: 5 }, (_, i) => ({
      timestamp: new Date().toISOString(),
      rule: {
        level: 7,
        description: 'sshd: brute force trying to get access to the system. Authentication failed.',
        id: '5712',
        groups: ['syslog', 'sshd', 'authentication_failures'],
      },
      agent: { id: '003', name: 'web-bachsam', ip: '10.20.1.15' },
      manager: { name: 'wazuh-manager' },
      id: `1764900764.${2291845 + i}`,
      full_log: `Dec  5 09:12:4${i} web-bachsam sshd[2211]: Failed password for invalid user admin from 203.0.113.45 port 5123${i} ssh2`,
      decoder: { name: 'sshd' },
      data: { srcip: '203.0.113.45', srcport: `5123${i}`, srcuser: 'admin' },
      location: '/var/log/auth.log',
    }));
    const res = await fetch(url, {
      method: 'POST',
      headers: { authorization: `Bearer ${secret}`, 'content-type': 'application/json' },
      body: JSON.stringify(batch),
    });
    assert.equal(res.status, 200, await res.clone().text());
    assert.equal(((await res.json()) as { accepted: number }).accepted, 5);

    // The change event (SSE) brings the group in: no reload.
    const link = page.getByTestId('alert-group-link').filter({ hasText: 'brute force' });
    await link.waitFor();
    assert.equal(
      await page.evaluate(() => (window as unknown as { __noReload?: boolean }).__noReload === true),
      true,
      'the group appeared without a reload',
    );
    await page.getByTestId('alert-group-count').getByText('5', { exact: true }).waitFor();
    await shot('08-alert-group-live');

    await link.click();
    await page.getByRole('button', { name: 'Mở sự cố từ các cảnh báo này' }).click();
    await page.getByText(/^Đã mở sự cố SC-\d{4}-\d{4}\.$/).waitFor();
    await shot('09-incident-from-alerts');
    await page
      .getByRole('link', { name: /^SC-\d{4}-\d{4}$/ })
      .first()
      .click();
    await page.getByTestId('incident-code').waitFor();
    await page.getByTestId('incident-alerts').getByText('Cảnh báo liên quan').waitFor();
    await page.getByTestId('incident-alerts').getByText('1 nhóm, 5 cảnh báo').waitFor();
    await shot('10-incident-related-alerts');
  });
});
