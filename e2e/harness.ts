// Starts the real server on a free port with a fresh data directory, and the system Chromium.
// Builds nothing: the web bundle must already be in apps/web/dist (`npm run build`).
import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { type Browser, chromium, type Page } from 'playwright-core';

export const ROOT = resolve(import.meta.dirname, '..');
export const ARTIFACTS = join(ROOT, 'e2e', 'artifacts');
/** The system Chromium; UNGCUU_E2E_CHROMIUM names another build (with UNGCUU_E2E_CHROMIUM_ARGS, e.g. `--no-zygote --single-process`). */
export const CHROMIUM = process.env.UNGCUU_E2E_CHROMIUM || '/usr/bin/chromium';
export const ADMIN_PASSWORD = 'admin-password-1';

const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
  ...(process.env.UNGCUU_E2E_CHROMIUM_ARGS ?? '').split(' ').filter(Boolean),
];

/**
 * Why the browser tests cannot run here, or undefined when they can. Under CI a missing browser
 * is not a reason to skip: the tests run and fail in `before` with a clear message.
 */
export function skipReason(): string | undefined {
  if (existsSync(CHROMIUM) || process.env.CI === 'true') return undefined;
  const message = `${CHROMIUM} not found: browser tests SKIPPED (install the chromium package; under CI=true this fails)`;
  console.warn(`\n${'!'.repeat(message.length)}\n${message}\n${'!'.repeat(message.length)}\n`);
  return message;
}

function assertPrerequisites(): void {
  if (!existsSync(CHROMIUM)) {
    throw new Error(`${CHROMIUM} is missing (CI=${process.env.CI ?? ''}): install the chromium package`);
  }
  if (!existsSync(join(ROOT, 'apps/web/dist/index.html'))) {
    throw new Error('apps/web/dist/index.html is missing: build the web first with `npm run build`');
  }
}

async function freePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolvePort(port));
    });
  });
}

export interface Harness {
  baseUrl: string;
  browser: Browser;
  /** Server output so far, for failure messages. */
  serverLog(): string;
  /**
   * Content-Security-Policy violations reported by any page of any context so far. stop() fails
   * when some are left: every browser test also proves the app works under the policy.
   */
  cspViolations: string[];
  stop(): Promise<void>;
}

/** Makes every new context report CSP violations (event and console message) into `into`. */
function watchCsp(browser: Browser, into: string[]): void {
  const newContext = browser.newContext.bind(browser);
  browser.newContext = async (...args: Parameters<Browser['newContext']>) => {
    const context = await newContext(...args);
    await context.addInitScript(() => {
      document.addEventListener('securitypolicyviolation', (e) => {
        console.error(
          `CSP violation: ${e.effectiveDirective} blocked ${e.blockedURI || 'inline'} at ${e.sourceFile}:${e.lineNumber}`,
        );
      });
    });
    context.on('console', (message) => {
      const text = message.text();
      if (text.startsWith('CSP violation') || text.includes('Content Security Policy')) {
        into.push(`${message.page()?.url() ?? ''}: ${text}`);
      }
    });
    return context;
  };
}

async function waitReady(baseUrl: string, child: ChildProcess, log: () => string): Promise<void> {
  const deadline = Date.now() + 90_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`server exited with ${child.exitCode}:\n${log()}`);
    try {
      const res = await fetch(`${baseUrl}/readyz`);
      if (res.ok) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`server not ready after 90 s:\n${log()}`);
}

async function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise<void>((r) => child.once('exit', () => r()));
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
  await exited;
  clearTimeout(timer);
}

export interface HarnessOptions {
  /** Load the demo people (units, users per role, password `demo-password-2026`; not the town's records) before the server starts. */
  demo?: boolean;
}

/** Runs the CLI's demo loader against the data directory the server will use. */
function loadDemo(env: NodeJS.ProcessEnv): void {
  const result = spawnSync(
    process.execPath,
    ['--import', 'tsx', 'apps/cli/src/main.ts', 'demo', '--people-only'],
    {
      cwd: ROOT,
      env,
      encoding: 'utf8',
      timeout: 120_000,
    },
  );
  if (result.status !== 0) {
    throw new Error(
      `demo loader failed (${result.status ?? result.signal}):\n${result.stdout}\n${result.stderr}`,
    );
  }
}

/**
 * Applies a stylesheet for the test's own needs (hiding toasts before a screenshot) and returns
 * its removal. page.addStyleTag writes a <style> element, which the app's Content-Security-Policy
 * refuses; a constructed stylesheet is not an inline style element and passes.
 */
export async function addTestStyle(page: Page, css: string): Promise<() => Promise<void>> {
  await page.evaluate((text) => {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(text);
    (window as unknown as { __testSheet?: CSSStyleSheet }).__testSheet = sheet;
    document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
  }, css);
  return async () => {
    await page.evaluate(() => {
      const sheet = (window as unknown as { __testSheet?: CSSStyleSheet }).__testSheet;
      document.adoptedStyleSheets = document.adoptedStyleSheets.filter((s) => s !== sheet);
    });
  };
}

export async function startHarness(options: HarnessOptions = {}): Promise<Harness> {
  assertPrerequisites();
  mkdirSync(ARTIFACTS, { recursive: true });
  const dataDir = await mkdtemp(join(tmpdir(), 'ungcuu-e2e-'));
  const port = await freePort();
  const baseUrl = `http://127.0.0.1:${port}`;
  const env: NodeJS.ProcessEnv = {
    PATH: process.env.PATH,
    HOME: process.env.HOME,
    NODE_ENV: 'test',
    PORT: String(port),
    HOST: '127.0.0.1',
    UNGCUU_DATA_DIR: dataDir,
    UNGCUU_ADMIN_PASSWORD: ADMIN_PASSWORD,
    LOG_LEVEL: 'warn',
    ...(process.env.DATABASE_URL ? { DATABASE_URL: process.env.DATABASE_URL } : {}),
  };
  if (options.demo) {
    try {
      loadDemo(env);
    } catch (error) {
      await rm(dataDir, { recursive: true, force: true });
      throw error;
    }
  }
  const child = spawn(process.execPath, ['--import', 'tsx', 'apps/server/src/server.ts'], {
    cwd: ROOT,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const keep = (chunk: Buffer) => {
    output = (output + chunk.toString()).slice(-20_000);
  };
  child.stdout?.on('data', keep);
  child.stderr?.on('data', keep);
  const log = () => output;

  let browser: Browser | undefined;
  try {
    await waitReady(baseUrl, child, log);
    browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
  } catch (error) {
    await stopChild(child);
    await rm(dataDir, { recursive: true, force: true });
    throw error;
  }
  const launched = browser;
  const cspViolations: string[] = [];
  watchCsp(launched, cspViolations);
  return {
    baseUrl,
    browser: launched,
    serverLog: log,
    cspViolations,
    async stop() {
      await launched.close().catch(() => undefined);
      await stopChild(child);
      await rm(dataDir, { recursive: true, force: true });
      if (cspViolations.length > 0) {
        throw new Error(`Content-Security-Policy violations:\n${[...new Set(cspViolations)].join('\n')}`);
      }
    },
  };
}
