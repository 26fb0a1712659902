import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { InjectOptions, LightMyRequestResponse } from 'fastify';

// The methods inject() accepts (light-my-request's list, narrower than fastify's route methods).
type HTTPMethods = NonNullable<InjectOptions['method']>;

import { TestContext, type TestUser } from '../testing/test-app.ts';
import { expectError } from './systems.testkit.ts';

// Shared by the incident route tests: the people and units of a small town, an intake factory,
// readers of the audit trail and timeline, and one describe per endpoint with its tests in the
// fixed order 401 → 400 → 403 → 404 → other refusals → success.

type Lazy<T> = () => T;

export interface Unit {
  id: string;
  code: string;
  name: string;
}

/** Who takes part in an incident reported by commune A. */
export interface World {
  focal: Unit;
  communeA: Unit;
  communeB: Unit;
  provider: Unit;
  external: Unit;
  admin: TestUser;
  coordinator: TestUser;
  leader: TestUser;
  officerA: TestUser;
  officerB: TestUser;
  viewerA: TestUser;
  /** A responder of the service provider the focal office brings in (assign). */
  responderP: TestUser;
  /** A user of the external body (provincial police) an incident is escalated to. */
  externalUser: TestUser;
}

export async function buildWorld(ctx: TestContext): Promise<World> {
  // The focal office first: playbook steps for the coordinator go to the oldest focal office.
  const focal = await ctx.unit({ type: 'focal_office', name: 'Phòng Văn hoá, Khoa học và Thông tin' });
  const leadership = await ctx.unit({ type: 'people_committee_office', name: 'Văn phòng HĐND và UBND' });
  const communeA = await ctx.unit({ name: 'UBND phường Minh Đức' });
  const communeB = await ctx.unit({ name: 'UBND xã Ngọc Lâm' });
  const provider = await ctx.unit({ type: 'service_provider', name: 'VNPT Hưng Yên' });
  const external = await ctx.unit({ type: 'external', name: 'PA05 Công an tỉnh' });
  return {
    focal,
    communeA,
    communeB,
    provider,
    external,
    admin: await ctx.user(['admin'], { unitId: focal.id }),
    coordinator: await ctx.user(['coordinator'], { unitId: focal.id }),
    leader: await ctx.user(['leader'], { unitId: leadership.id }),
    officerA: await ctx.user(['unit_officer'], { unitId: communeA.id }),
    officerB: await ctx.user(['unit_officer'], { unitId: communeB.id }),
    viewerA: await ctx.user(['viewer'], { unitId: communeA.id }),
    responderP: await ctx.user(['responder'], { unitId: provider.id }),
    externalUser: await ctx.user(['unit_officer'], { unitId: external.id }),
  };
}

/** `f` without its leading test context (the world passes its own). */
type Bound<F> = F extends (ctx: TestContext, ...rest: infer A) => infer R ? (...rest: A) => R : never;

/**
 * A fresh app and the town's units and users, filled in before the file's first test, with the
 * helpers below already given that app.
 */
export type IncidentTestWorld = World & {
  ctx: TestContext;
  endpoint(name: string, spec: EndpointSpec): void;
  report: Bound<typeof report>;
  call: Bound<typeof call>;
  ok: Bound<typeof ok>;
  audits: Bound<typeof audits>;
  auditActions: Bound<typeof auditActions>;
  timeline: Bound<typeof timeline>;
  incidentRow: Bound<typeof incidentRow>;
};

/** The set-up every incident route test file shares: call it once at the top of the file. */
export function incidentTestWorld(): IncidentTestWorld {
  const world = {
    endpoint: (name: string, spec: EndpointSpec) => endpoint(() => world.ctx, name, spec),
    report: (...a) => report(world.ctx, ...a),
    call: (...a) => call(world.ctx, ...a),
    ok: (...a) => ok(world.ctx, ...a),
    audits: (...a) => audits(world.ctx, ...a),
    auditActions: (...a) => auditActions(world.ctx, ...a),
    timeline: (...a) => timeline(world.ctx, ...a),
    incidentRow: (...a) => incidentRow(world.ctx, ...a),
  } as IncidentTestWorld;
  before(async () => {
    const ctx = await TestContext.create();
    Object.assign(world, { ctx }, await buildWorld(ctx));
  });
  after(() => world.ctx?.close());
  return world;
}

export const UNKNOWN_ID = '00000000-0000-4000-8000-0000000000ff';

export const hoursAgo = (h: number) => new Date(Date.now() - h * 3600_000).toISOString();

export const ransomware = (overrides: Record<string, unknown> = {}) => ({
  title: 'Máy tính kế toán bị mã hóa dữ liệu',
  description:
    'Sáng nay máy kế toán hiện màn hình đòi tiền chuộc, các file bị đổi đuôi .locked, không mở được.',
  detectedAt: hoursAgo(1),
  triggers: { C1: true },
  ...overrides,
});

export interface IncidentView {
  id: string;
  code: string;
  state: string;
  [key: string]: unknown;
}

/** Reports an incident through the API as `user` (their own unit unless the body says otherwise). */
export async function report(
  ctx: TestContext,
  user: TestUser,
  overrides: Record<string, unknown> = {},
): Promise<IncidentView> {
  const res = await ctx.inject({
    method: 'POST',
    url: '/api/incidents',
    headers: user.headers,
    payload: ransomware(overrides),
  });
  assert.equal(res.statusCode, 201, res.body.slice(0, 500));
  return res.json().incident;
}

export async function call(
  ctx: TestContext,
  user: TestUser | null,
  method: HTTPMethods,
  url: string,
  payload?: unknown,
): Promise<LightMyRequestResponse> {
  return ctx.inject({
    method,
    url,
    headers: user?.headers ?? {},
    ...(payload === undefined ? {} : { payload: payload as object }),
  });
}

/** Calls and insists on the status; returns the JSON body. */
export async function ok(
  ctx: TestContext,
  user: TestUser,
  method: HTTPMethods,
  url: string,
  payload?: unknown,
  status = method === 'POST' ? 201 : 200,
) {
  const res = await call(ctx, user, method, url, payload);
  assert.equal(res.statusCode, status, `${method} ${url}: ${res.body.slice(0, 500)}`);
  return res.json();
}

/** Audit rows about one entity, oldest first. */
export async function audits(ctx: TestContext, entityId: string) {
  return ctx.db
    .selectFrom('audit_log')
    .select(['action', 'actor_user_id', 'entity_type', 'before', 'after'])
    .where('entity_id', '=', entityId)
    .orderBy('id')
    .execute();
}

export async function auditActions(ctx: TestContext, entityId: string): Promise<string[]> {
  return (await audits(ctx, entityId)).map((a) => a.action);
}

/** The incident's timeline as stored, in time order. */
export async function timeline(ctx: TestContext, incidentId: string) {
  return ctx.db
    .selectFrom('incident_timeline')
    .select(['event', 'kind', 'at', 'text', 'data', 'actor_user_id'])
    .where('incident_id', '=', incidentId)
    .orderBy('at')
    .orderBy('id')
    .execute();
}

export async function incidentRow(ctx: TestContext, id: string) {
  return ctx.db.selectFrom('incidents').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
}

/** One refused request: who sends what, and the error expected. */
export interface Refusal {
  why: string;
  as?: Lazy<TestUser>;
  url?: Lazy<string>;
  payload?: Lazy<unknown>;
  headers?: Lazy<Record<string, string>>;
  status?: number;
  code?: string;
  /** Puts the world in the state this refusal needs (e.g. a setting switched off). */
  arrange?: () => Promise<void>;
  /** More to check on the refusal (e.g. which rule it names). */
  expect?: (res: LightMyRequestResponse) => void;
}

/** A slot of the fixed order that cannot arise for this endpoint, and the check that shows why. */
export interface Instead {
  instead: string;
  check: () => Promise<void>;
}

export interface EndpointSpec {
  method: HTTPMethods;
  url: Lazy<string>;
  payload?: Lazy<unknown>;
  headers?: Lazy<Record<string, string>>;
  /** The caller's address, asked for on every request (rate-limited routes get a fresh one each time). */
  remoteAddress?: Lazy<string>;
  /** Who makes the successful call (and, unless a refusal says otherwise, the refused ones). */
  as: Lazy<TestUser>;
  /** Builds what this endpoint's tests act on (a fresh incident), before its first test. */
  setup?: () => Promise<void>;
  /** Public endpoints: what an anonymous caller gets instead of 401. */
  anonymous?: Instead;
  bad: Refusal[];
  forbidden: Refusal[] | Instead;
  notFound: Refusal[] | Instead;
  /** Refusals once who and what are settled: wrong state (409), file type (415), missing facts (422). */
  conflicts?: Refusal[];
  success: {
    status: number;
    why: string;
    arrange?: () => Promise<void>;
    check: (res: LightMyRequestResponse) => void | Promise<void>;
  };
}

/** One describe per endpoint, its tests in the fixed order. */
export function endpoint(ctx: Lazy<TestContext>, name: string, spec: EndpointSpec): void {
  const send = async (user: TestUser | null, r: Partial<Refusal> = {}) => {
    await r.arrange?.();
    const payload = (r.payload ?? spec.payload)?.();
    return ctx().inject({
      method: spec.method,
      url: (r.url ?? spec.url)(),
      headers: { ...(user?.headers ?? {}), ...((r.headers ?? spec.headers)?.() ?? {}) },
      ...(payload === undefined ? {} : { payload: payload as string }),
      ...(spec.remoteAddress ? { remoteAddress: spec.remoteAddress() } : {}),
    });
  };
  const refusals = (status: number, code: string, list: Refusal[]) => {
    for (const r of list) {
      const s = r.status ?? status;
      test(`${s} ${r.why}`, async () => {
        const res = await send((r.as ?? spec.as)(), r);
        expectError(res, s, r.code ?? code);
        r.expect?.(res);
      });
    }
  };
  const slot = (status: number, code: string, value: Refusal[] | Instead) => {
    if ('instead' in value) test(`${status} does not apply: ${value.instead}`, value.check);
    else refusals(status, code, value);
  };
  describe(name, () => {
    if (spec.setup) before(spec.setup);
    if (spec.anonymous) test(`401 does not apply: ${spec.anonymous.instead}`, spec.anonymous.check);
    else
      test('401 without a session', async () => {
        expectError(await send(null), 401, 'auth.required');
      });
    refusals(400, 'validation.failed', spec.bad);
    slot(403, 'forbidden', spec.forbidden);
    slot(404, 'not_found', spec.notFound);
    for (const r of spec.conflicts ?? []) {
      test(`${r.status} ${r.why}`, async () => {
        expectError(await send((r.as ?? spec.as)(), r), r.status!, r.code);
      });
    }
    test(`${spec.success.status} ${spec.success.why}`, async () => {
      const res = await send(spec.as(), {
        ...(spec.success.arrange ? { arrange: spec.success.arrange } : {}),
      });
      assert.equal(res.statusCode, spec.success.status, res.body.slice(0, 800));
      await spec.success.check(res);
    });
  });
}
