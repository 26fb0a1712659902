// Part 5: the web app in Chromium (phone viewport, a fresh context per page, so nothing cached):
// bytes of JavaScript loaded before the sign-in page renders, and time to interactive of the
// sign-in page and of the public (phone) report form. Served from a small database of its own.

import { spawnSync } from 'node:child_process';
import { gzipSync } from 'node:zlib';
import { openDatabase } from '@ungcuu/core/db/engine.ts';
import { migrate } from '@ungcuu/core/db/migrate.ts';
import { databaseUrlWithName } from '@ungcuu/core/testing/test-db.ts';
import { sql } from 'kysely';
import type { Browser } from 'playwright-core';
import { figure } from './report.ts';
import { admin, root, startServer } from './servers.ts';
import { town } from './town.ts';

const CHROMIUM_FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

async function measurePage(browser: Browser, url: string, ready: string) {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true });
  const page = await context.newPage();
  const scripts: Promise<{ raw: number; gz: number }>[] = [];
  page.on('response', (res) => {
    if (res.request().resourceType() === 'script')
      scripts.push(
        res
          .body()
          .then((b) => ({ raw: b.length, gz: gzipSync(b).length }))
          .catch(() => ({ raw: 0, gz: 0 })),
      );
  });
  const t0 = Date.now();
  await page.goto(url, { waitUntil: 'domcontentloaded' });
  await page.waitForSelector(ready, { state: 'visible', timeout: 60_000 });
  // Interactive: the control is there and the main thread is idle.
  await page.evaluate(() => new Promise((r) => requestIdleCallback(() => r(null), { timeout: 5000 })));
  const tti = Date.now() - t0;
  const sizes = await Promise.all(scripts);
  await context.close();
  return { tti, raw: sizes.reduce((n, s) => n + s.raw, 0), gz: sizes.reduce((n, s) => n + s.gz, 0) };
}

export async function measureWeb(baseUrl: string) {
  console.log('\n5. Web app in Chromium');
  const web = spawnSync('npm', ['run', 'build', '-w', 'apps/web'], { cwd: root, stdio: 'ignore' });
  if (web.status !== 0) throw new Error('web build failed');
  const name = 'ungcuu_bench_web';
  await admin(`drop database if exists ${name} with (force)`, baseUrl);
  await admin(`create database ${name}`, baseUrl);
  const url = databaseUrlWithName(baseUrl, name);
  const handle = await openDatabase({ databaseUrl: url, poolSize: 2 });
  await migrate(handle.db);
  const t = await town(handle.db, handle);
  // The public form open, as a town that takes reports from citizens has it.
  await sql`insert into settings (key, value, updated_at) values ('intake.public', ${JSON.stringify({ enabled: true, defaultUnitId: t.focalId })}::jsonb, now())`.execute(
    handle.db,
  );
  await handle.close();
  const server = await startServer({ DATABASE_URL: url, UNGCUU_WORKERS: '1' });
  const { chromium } = await import('playwright-core');
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: CHROMIUM_FLAGS });
  try {
    const signIn = await measurePage(browser, `${server.url}/sign-in`, 'input[type="password"]');
    figure(
      'sign-in page: JavaScript loaded before it renders',
      `${(signIn.gz / 1024).toFixed(0)} KB gzip (${(signIn.raw / 1024).toFixed(0)} KB raw)`,
      '≤ 150 KB gzip',
      signIn.gz <= 150 * 1024,
    );
    figure(
      'sign-in page: time to interactive (Chromium, phone viewport)',
      `${signIn.tti} ms`,
      'reference',
      null,
    );
    const form = await measurePage(browser, `${server.url}/bao-cao-su-co`, 'textarea');
    figure(
      'public report form: time to interactive',
      `${form.tti} ms, ${(form.gz / 1024).toFixed(0)} KB JS gzip`,
      'reference',
      null,
    );
  } finally {
    await browser.close();
    await server.stop();
    await admin(`drop database if exists ${name} with (force)`, baseUrl);
  }
}
