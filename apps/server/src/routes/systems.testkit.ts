import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { InjectOptions, LightMyRequestResponse } from 'fastify';

// The methods inject() accepts (light-my-request's list, narrower than fastify's route methods).
type HTTPMethods = NonNullable<InjectOptions['method']>;

import type { TestContext, TestUser } from '../testing/test-app.ts';

// Shared by the preparedness route tests (systems, risks, readiness, inspections, budget): the
// fixed 401 → 400 → 403 → 404 → success sequence per endpoint, and factories for their records.

type Lazy<T> = () => T;

export interface EndpointSpec {
  method: HTTPMethods;
  url: Lazy<string>;
  payload?: Lazy<unknown>;
  headers?: Lazy<Record<string, string>>;
  /** Who makes the successful call. */
  as: Lazy<TestUser>;
  /** A request the schema refuses (400 validation.failed), or why there is none. */
  bad: { url?: Lazy<string>; payload?: Lazy<unknown> } | { na: string };
  /** Someone refused (403), or why a list is filtered instead: the check then proves the filtering. */
  forbidden:
    | { user: Lazy<TestUser>; url?: Lazy<string>; payload?: Lazy<unknown>; code?: string }
    | { scoped: string; check: () => Promise<void> }
    /** Someone of another unit: the record is, to them, not there (404 like an unknown id, issue 7). */
    | { hidden: Lazy<TestUser>; url?: Lazy<string>; payload?: Lazy<unknown> };
  notFound: { url?: Lazy<string>; payload?: Lazy<unknown> } | { na: string };
  success: { status: number; check?: (res: LightMyRequestResponse) => void | Promise<void> };
}

export function expectError(res: LightMyRequestResponse, status: number, code?: string): void {
  assert.equal(res.statusCode, status, res.body.slice(0, 500));
  const error = res.json().error;
  if (code) assert.equal(error.code, code);
  assert.ok(error.messages.vi && error.messages.en, 'both languages');
}

/** One describe per endpoint, its tests in the fixed order. */
export function endpoint(ctx: Lazy<TestContext>, name: string, spec: EndpointSpec): void {
  const call = (
    user: TestUser | null,
    parts: { url?: Lazy<string> | undefined; payload?: Lazy<unknown> | undefined } = {},
  ) => {
    const payload = (parts.payload ?? spec.payload)?.();
    return ctx().inject({
      method: spec.method,
      url: (parts.url ?? spec.url)(),
      headers: { ...(user?.headers ?? {}), ...(spec.headers?.() ?? {}) },
      ...(payload === undefined ? {} : { payload: payload as string }),
    });
  };
  describe(name, () => {
    test('401 without a session', async () => {
      expectError(await call(null), 401, 'auth.required');
    });
    const bad = spec.bad;
    // An endpoint without input to refuse, or without a record to miss, has no 400 or 404 case.
    if (!('na' in bad))
      test('400 on input the schema refuses', async () => {
        expectError(await call(spec.as(), bad), 400, 'validation.failed');
      });
    const forbidden = spec.forbidden;
    if ('scoped' in forbidden) test(`403 replaced by scoping: ${forbidden.scoped}`, forbidden.check);
    else if ('hidden' in forbidden)
      test('404 for someone of another unit, who may not see the record', async () => {
        expectError(await call(forbidden.hidden(), forbidden), 404, 'not_found');
      });
    else
      test('403 for someone without the right on this record', async () => {
        expectError(await call(forbidden.user(), forbidden), 403, forbidden.code ?? 'forbidden');
      });
    const notFound = spec.notFound;
    if (!('na' in notFound))
      test('404 for an unknown record', async () => {
        expectError(await call(spec.as(), notFound), 404, 'not_found');
      });
    test(`${spec.success.status} on success`, async () => {
      const res = await call(spec.as());
      assert.equal(res.statusCode, spec.success.status, res.body.slice(0, 800));
      await spec.success.check?.(res);
    });
  });
}

export const UNKNOWN_ID = '00000000-0000-4000-8000-0000000000ff';

/** 'YYYY-MM-DD', `days` from today (UTC date is close enough for fixtures a day or more away). */
export function dayFromToday(days: number): string {
  return new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);
}

export function systemInput(
  unitId: string,
  overrides: Record<string, unknown> = {},
): Record<string, unknown> & { name: string } {
  return {
    name: `Cổng thông tin điện tử ${Math.floor(Math.random() * 1e6)}`,
    kind: 'portal',
    ownerUnitId: unitId,
    operatingUnitId: unitId,
    securityLevel: 2,
    levelApproval: { status: 'draft', decisionRef: null, decisionDate: null },
    nationalCritical: false,
    dataSensitivity: 'public',
    hosting: { kind: 'provincial_datacenter' },
    providers: { connectivity: 'VNPT Hưng Yên' },
    addresses: [{ kind: 'domain', value: 'myhao.hungyen.gov.vn' }],
    software: [{ product: 'Liferay', version: '7.4' }],
    backup: { status: 'regular', lastRestoreTestAt: null },
    contacts: [{ name: 'Nguyễn Văn An', phone: '0912345678' }],
    ...overrides,
  } as Record<string, unknown> & { name: string };
}

/** Creates a system through the API (as a coordinator, who may create anywhere); returns its view. */
export async function createSystem(
  ctx: TestContext,
  as: TestUser,
  unitId: string,
  overrides: Record<string, unknown> = {},
): Promise<{ id: string; name: string; [k: string]: unknown }> {
  const res = await ctx.inject({
    method: 'POST',
    url: '/api/systems',
    headers: as.headers,
    payload: systemInput(unitId, overrides),
  });
  assert.equal(res.statusCode, 201, res.body);
  return res.json();
}

export async function post(ctx: TestContext, as: TestUser, url: string, payload: unknown, status = 201) {
  const res = await ctx.inject({ method: 'POST', url, headers: as.headers, payload: payload as object });
  assert.equal(res.statusCode, status, res.body.slice(0, 800));
  return res.json();
}

export async function get(ctx: TestContext, as: TestUser, url: string, status = 200) {
  const res = await ctx.inject({ method: 'GET', url, headers: as.headers });
  assert.equal(res.statusCode, status, res.body.slice(0, 800));
  return res.json();
}

/** A multipart body with one file field, as a browser sends it. */
export function multipart(
  filename: string,
  content: Buffer | string,
  contentType = 'application/octet-stream',
) {
  const boundary = `----ungcuu${Math.floor(Math.random() * 1e9)}`;
  const body = Buffer.concat([
    Buffer.from(
      `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${filename}"\r\nContent-Type: ${contentType}\r\n\r\n`,
    ),
    Buffer.isBuffer(content) ? content : Buffer.from(content, 'utf8'),
    Buffer.from(`\r\n--${boundary}--\r\n`),
  ]);
  return { body, headers: { 'content-type': `multipart/form-data; boundary=${boundary}` } };
}
