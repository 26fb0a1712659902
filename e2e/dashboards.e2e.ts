// Dashboards in a real browser against the real server with the demo town loaded: the leader
// signs in and lands on the leadership dashboard ("Cần quyết định" first), clicks a bar of a
// chart and reaches the incident list with the same filter, answers a unit's proposal; each
// role's dashboard is photographed on a desktop and a phone (e2e/artifacts/dashboards-*.png).
// The leader downloading the annual plan (DOCX, PDF) and Mẫu 05 is tested in e2e/documents.e2e.ts.
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { BrowserContext, Page } from 'playwright-core';
import { ARTIFACTS, type Harness, skipReason, startHarness } from './harness.ts';

const PASSWORD = 'demo-password-2026';
const WARD = 'UBND phường Bần Yên Nhân';
const PROPOSAL = 'Đề nghị bổ sung kinh phí gia hạn tường lửa';

/** A signed-in API session (cookie + CSRF) for arranging data without the interface. */
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

interface Person {
  context: BrowserContext;
  page: Page;
}

async function signIn(h: Harness, username: string, phone: boolean, errors: string[]): Promise<Person> {
  const context = await h.browser.newContext(
    phone
      ? { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, locale: 'vi-VN' }
      : { viewport: { width: 1440, height: 900 }, locale: 'vi-VN' },
  );
  context.setDefaultTimeout(20_000);
  const page = await context.newPage();
  page.on('pageerror', (e) => errors.push(`${username}: ${e.message}`));
  await page.goto(`${h.baseUrl}/sign-in`);
  await page.getByLabel('Tên đăng nhập').fill(username);
  await page.getByLabel('Mật khẩu').fill(PASSWORD);
  await page.getByRole('button', { name: 'Đăng nhập' }).click();
  await page.getByRole('heading', { name: /^Xin chào, / }).waitFor();
  return { context, page };
}

/** The page once every tile has its figures (no skeleton left) and the charts are drawn. */
async function settled(page: Page): Promise<void> {
  await page.locator('.mantine-Skeleton-root').first().waitFor({ state: 'detached' });
  await page.locator('[data-testid^="tile-incidents-"] canvas').first().waitFor();
}

describe('dashboards in the browser', { skip: skipReason(), timeout: 300_000 }, () => {
  let h: Harness;
  let leader: Person;
  const people: Person[] = [];
  const pageErrors: string[] = [];
  let officerApi: Awaited<ReturnType<typeof apiSession>>;
  let coordinatorApi: Awaited<ReturnType<typeof apiSession>>;
  let proposalId = '';

  const shot = async (p: Page, name: string) => {
    await p.evaluate(() => window.scrollTo(0, 0));
    await p.screenshot({ path: join(ARTIFACTS, `dashboards-${name}.png`), fullPage: true });
  };

  before(async () => {
    h = await startHarness({ demo: true });
    officerApi = await apiSession(h, 'canbo.banyennhan');
    coordinatorApi = await apiSession(h, 'dieuphoi');
    // A ward's ransomware beyond its capacity (T3, emergency report due at once) and a failure.
    const { incident } = await officerApi('POST', '/api/incidents', {
      title: 'Máy tính bộ phận một cửa bị mã hóa dữ liệu',
      description: 'Màn hình đòi tiền chuộc, các tệp bị đổi đuôi .locked, không mở được.',
      detectedAt: new Date(Date.now() - 3 * 3_600_000).toISOString(),
      triggers: { C1: true, C6: true },
    });
    await coordinatorApi('POST', `/api/incidents/${incident.id}/classify`, { subtype: 'attack.ransomware' });
    await coordinatorApi('POST', `/api/incidents/${incident.id}/transition`, { to: 'triaged' });
    await officerApi('POST', '/api/incidents', {
      title: 'Mất kết nối Internet tại trụ sở phường',
      description: 'Đường truyền cáp quang bị đứt, không truy cập được dịch vụ công.',
      detectedAt: new Date(Date.now() - 2 * 3_600_000).toISOString(),
      triggers: { C1: true },
    });
    const proposal = await officerApi('POST', '/api/proposals', {
      title: PROPOSAL,
      content: 'Bản quyền tường lửa của phường hết hạn ngày 31/12; đề nghị bổ sung 36.000.000 đồng.',
      incidentId: incident.id,
    });
    proposalId = proposal.id;
  });

  after(async () => {
    for (const p of people) await p.context.close().catch(() => undefined);
    await h?.stop();
    assert.deepEqual(pageErrors, [], 'no uncaught errors in any page');
  });

  it('the leader lands on the leadership dashboard, what needs a decision first', async () => {
    leader = await signIn(h, 'lanhdao', false, pageErrors);
    people.push(leader);
    const { page } = leader;
    await page.getByTestId('dashboard-leadership').waitFor();
    await page.getByRole('heading', { name: 'Cần quyết định' }).waitFor();
    await page
      .getByTestId('decisions-incidents')
      .getByText('Máy tính bộ phận một cửa bị mã hóa dữ liệu', { exact: false })
      .waitFor();
    await page.getByTestId('decisions-proposals').getByText(PROPOSAL).waitFor();
    await settled(page);
    await shot(page, 'leader-desktop');
  });

  it('a bar of the units chart opens the incident list filtered by that unit and period', async () => {
    const { page } = leader;
    const tile = page.getByTestId('tile-incidents-unit');
    await tile.scrollIntoViewIfNeeded();
    // Only the ward has incidents: its one bar fills the plot's width at mid-height (the chart is
    // a canvas; the click lands on the bar and ECharts reports which one).
    const canvas = tile.locator('canvas').first();
    const box = (await canvas.boundingBox())!;
    await page.mouse.click(box.x + box.width * 0.75, box.y + box.height * 0.5);
    await page.waitForURL(/\/incidents\?/);
    const url = new URL(page.url());
    assert.ok(url.searchParams.get('unitId'), `a unit filter in ${url}`);
    assert.ok(url.searchParams.get('from'), 'the dashboard period travels with the click');
    await page.getByText('Máy tính bộ phận một cửa bị mã hóa dữ liệu').first().waitFor();
    await page.getByText('Mất kết nối Internet tại trụ sở phường').first().waitFor();
    await shot(page, 'leader-click-through');
  });

  it('the table view shows the same figures, and the leader answers the proposal', async () => {
    const { page } = leader;
    await page.goto(h.baseUrl);
    await page.getByTestId('dashboard-leadership').waitFor();
    const tile = page.getByTestId('tile-incidents-unit');
    await tile.getByText('Bảng', { exact: true }).click();
    await tile.getByTestId('tile-incidents-unit-table').getByRole('link', { name: WARD }).waitFor();

    const card = page.getByTestId(`proposal-${proposalId}`);
    await card.getByTestId('proposal-answer-open').click();
    const dialog = page.getByRole('dialog');
    await dialog.getByText('Đồng ý', { exact: true }).click();
    await dialog
      .getByTestId('proposal-answer')
      .fill('Đồng ý; giao Phòng Tài chính – Kế hoạch bố trí kinh phí.');
    await dialog.getByTestId('proposal-answer-submit').click();
    await dialog.waitFor({ state: 'detached' });
    await card.waitFor({ state: 'detached' }); // no longer awaiting an answer
    const answered = await officerApi('GET', `/api/proposals/${proposalId}`);
    assert.equal(answered.status, 'accepted');
    assert.match(answered.answer, /Phòng Tài chính/);
  });

  it('each dashboard on a desktop and a phone (screenshots)', async () => {
    const phoneLeader = await signIn(h, 'lanhdao', true, pageErrors);
    people.push(phoneLeader);
    await phoneLeader.page.getByTestId('dashboard-leadership').waitFor();
    await settled(phoneLeader.page);
    await shot(phoneLeader.page, 'leader-phone');
    for (const [username, view, name] of [
      ['dieuphoi', 'focal', 'focal'],
      ['canbo.banyennhan', 'unit', 'unit'],
    ] as const) {
      for (const phone of [false, true]) {
        const person = await signIn(h, username, phone, pageErrors);
        people.push(person);
        await person.page.getByTestId(`dashboard-${view}`).waitFor();
        await settled(person.page);
        await shot(person.page, `${name}-${phone ? 'phone' : 'desktop'}`);
      }
    }
  });
});
