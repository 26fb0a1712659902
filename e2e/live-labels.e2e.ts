// Issue 7, loose ends seen in the browser: a ward officer's notification bell moves without a
// reload when the coordinator gives the ward a task; the incident page names its playbook by
// title and version; the audit screen shows labels, not action codes.
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { BUILTIN_PLAYBOOKS } from '@ungcuu/domain/playbooks/catalogue.ts';
import type { BrowserContext, Page } from 'playwright-core';
import { ARTIFACTS, type Harness, skipReason, startHarness } from './harness.ts';

const PASSWORD = 'demo-password-2026';
const OFFICER = 'canbo.phandinhphung';

/** The coordinator works through the API in this test: a signed-in session of its own. */
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

async function signIn(
  h: Harness,
  username: string,
  errors: string[],
): Promise<{ context: BrowserContext; page: Page }> {
  const context = await h.browser.newContext({ viewport: { width: 1366, height: 900 }, locale: 'vi-VN' });
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

describe('live bell and labels in the browser', { skip: skipReason(), timeout: 240_000 }, () => {
  let h: Harness;
  const contexts: BrowserContext[] = [];
  const pageErrors: string[] = [];
  let incidentId = '';

  before(async () => {
    h = await startHarness({ demo: true });
  });
  after(async () => {
    for (const c of contexts) await c.close().catch(() => undefined);
    await h?.stop();
  });

  it("the officer's bell counts a task given to the ward, without a reload", async () => {
    const officer = await signIn(h, OFFICER, pageErrors);
    contexts.push(officer.context);
    const p = officer.page;
    const me = await p.evaluate(
      async () =>
        (await (await fetch('/api/auth/me')).json()) as { unitId?: string; user?: { unitId: string } },
    );
    const unitId = me.user?.unitId ?? me.unitId;
    assert.ok(unitId, `the officer's unit: ${JSON.stringify(me)}`);
    const unreadNow = await p.evaluate(
      async () =>
        ((await (await fetch('/api/notifications?limit=1&offset=0')).json()) as { unread: number }).unread,
    );
    const bell = p.getByTestId('notification-bell');
    await bell.waitFor();
    // A marker that a reload would wipe: the count must arrive through the change stream.
    await p.evaluate(() => {
      (window as unknown as { __noReload: boolean }).__noReload = true;
    });

    const coordinator = await apiSession(h, 'dieuphoi');
    const reported = await coordinator('POST', '/api/incidents', {
      title: 'Trang thông tin điện tử phường bị thay đổi giao diện',
      description: 'Trang chủ hiện hình ảnh lạ và khẩu hiệu của nhóm tin tặc.',
      detectedAt: new Date(Date.now() - 30 * 60_000).toISOString(),
      triggers: { C1: true },
    });
    incidentId = reported.incident.id;
    await coordinator('POST', `/api/incidents/${incidentId}/tasks`, {
      title: 'Chụp lại giao diện bị thay đổi và tạm dừng trang',
      assigneeUnitId: unitId,
    });

    const expected = `Thông báo, ${unreadNow + 1} chưa đọc`;
    await p
      .locator(`[data-testid="notification-bell"][aria-label="${expected}"]`)
      .waitFor({ timeout: 15_000 });
    assert.equal(await p.evaluate(() => (window as unknown as { __noReload?: boolean }).__noReload), true);
    await p.screenshot({ path: join(ARTIFACTS, 'live-labels-01-bell.png') });

    // The playbook on the incident page: title and version label, never its code.
    await coordinator('POST', `/api/incidents/${incidentId}/classify`, { subtype: 'attack.defacement' });
    const playbook = BUILTIN_PLAYBOOKS.find((b) => b.subtype === 'attack.defacement')!;
    await p.goto(`${h.baseUrl}/incidents/${incidentId}`);
    const shown = p.getByTestId('incident-playbook');
    await shown.waitFor();
    const text = ((await shown.textContent()) ?? '').trim();
    assert.equal(text, `${playbook.title.vi} (phiên bản ${playbook.version})`);
    assert.ok(!text.includes(playbook.code), text);
  });

  it('the audit screen shows a label for every action', async () => {
    const admin = await signIn(h, 'quantri', pageErrors);
    contexts.push(admin.context);
    const p = admin.page;
    await p.goto(`${h.baseUrl}/admin/audit`);
    const actions = p.getByTestId('audit-action');
    await actions.first().waitFor();
    const texts = (await actions.allTextContents()).map((s) => s.trim());
    assert.ok(texts.length > 5, `audit rows: ${texts.length}`);
    const raw = texts.filter((s) => /^[a-z_]+(\.[a-z_]+)+$/.test(s));
    assert.deepEqual(raw, [], 'no raw action codes on the audit screen');
    assert.ok(texts.includes('Giao nhiệm vụ'), `the task given above is labelled: ${texts.join(' | ')}`);
    await p.screenshot({ path: join(ARTIFACTS, 'live-labels-02-audit.png') });
    assert.deepEqual(pageErrors, []);
  });
});
