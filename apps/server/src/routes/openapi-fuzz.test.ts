import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { after, before, test } from 'node:test';
import fc from 'fast-check';
import type { InjectOptions, LightMyRequestResponse } from 'fastify';
import {
  encodePart,
  hostileNumberTexts,
  hostileText,
  hostileValue,
  type Json,
  plant,
  RawToken,
  replaceAll,
  type Schema,
  toJsonText,
  validValue,
} from '../testing/hostile-input.ts';
import { TEST_PASSWORD, TestContext, type TestUser } from '../testing/test-app.ts';

// Bounded fuzzing of every operation the server publishes in its OpenAPI document, as an
// administrator and as a ward officer: wrong types, overflowing and non-finite numbers, long and
// odd Unicode strings, NUL bytes, bad and foreign ids, missing and misshapen bodies. Whatever a
// client sends must end in a 4xx with a coded vi/en error, never a 5xx. The seed is fixed so a
// failure reproduces; each request differs only by the ids the database hands out.

// The methods inject() accepts (light-my-request's list, narrower than fastify's route methods).
type HTTPMethods = NonNullable<InjectOptions['method']>;

const SEED = 20_260_705;
const RUNS_PER_OPERATION = Number(process.env.FUZZ_RUNS ?? 6);
/** Streams that never end under inject; checked by their own tests. */
const SKIPPED = new Set(['GET /api/events']);
/** Operations that sign the caller out or change how signing in works go last. */
const LAST = [/^\w+ \/api\/auth\//, /^PUT \/api\/settings\/security$/, /^POST \/api\/auth\/login$/];

interface Parameter {
  name: string;
  in: 'path' | 'query' | 'header' | 'cookie';
  required?: boolean;
  schema: Schema;
}
interface Operation {
  key: string;
  method: HTTPMethods;
  path: string;
  params: Parameter[];
  body?: Schema;
}
interface Sent {
  op: string;
  as: string;
  url: string;
  body?: string;
  contentType?: string;
}

let ctx: TestContext;
let actors: { name: string; user: TestUser }[];
let protectedIds: Set<string>;
const ids = new Set<string>();
let sent = 0;
let succeeded = 0;
const serverErrors: { req: Sent; status: number; response: string }[] = [];
const uncoded: { req: Sent; status: number; response: string }[] = [];

function operations(): Operation[] {
  const spec = ctx.app.swagger() as {
    paths: Record<string, Record<string, { parameters?: Parameter[]; requestBody?: unknown }>>;
  };
  const ops: Operation[] = [];
  for (const [path, item] of Object.entries(spec.paths))
    for (const [method, op] of Object.entries(item)) {
      const key = `${method.toUpperCase()} ${path}`;
      if (SKIPPED.has(key)) continue;
      const content = (op.requestBody as { content?: Record<string, { schema?: Schema }> } | undefined)
        ?.content;
      ops.push({
        key,
        method: method.toUpperCase() as HTTPMethods,
        path,
        params: op.parameters ?? [],
        ...(content?.['application/json']?.schema ? { body: content['application/json'].schema } : {}),
      });
    }
  const rank = (o: Operation) => LAST.findIndex((r) => r.test(o.key));
  return ops.sort((a, b) => rank(a) - rank(b));
}

/** One request: path and query texts, and a body as raw JSON text (or none). */
interface Shape {
  path: Record<string, string>;
  query: [string, string][];
  body?: { text: string; contentType: string } | undefined;
}

function idPool(): string[] {
  return [...ids].filter((id) => !protectedIds.has(id)).slice(0, 400);
}

function asText(value: Json): string[] {
  if (Array.isArray(value)) return value.flatMap(asText);
  if (value instanceof RawToken) return [value.text];
  return [typeof value === 'string' ? value : JSON.stringify(value)];
}

function validPart(p: Parameter, pool: string[]): fc.Arbitrary<string[]> {
  if (p.in === 'path' && p.schema.format === 'uuid' && pool.length)
    return fc.constantFrom(...pool).map((id) => [id]);
  return validValue(p.schema, pool).map(asText);
}

/** Requests for one operation: each time one place (or none) holds something hostile. */
function requests(op: Operation): fc.Arbitrary<Shape> {
  const pool = idPool();
  const pathNames = op.params.filter((p) => p.in === 'path').map((p) => p.name);
  const queryNames = op.params.filter((p) => p.in === 'query').map((p) => p.name);
  const base = wellFormed(op, pool);
  const variants: fc.Arbitrary<Shape>[] = [
    base,
    fc.tuple(base, hostileValue, fc.nat()).map(([b, h, pick]) => {
      const body = b.body ? (JSON.parse(b.body.text) as Json) : undefined;
      return { ...b, body: jsonBody(body === undefined ? h : plant(body, pick, h)) };
    }),
    fc.tuple(base, garbageBody).map(([b, body]) => ({ ...b, body })),
  ];
  if (pathNames.length)
    variants.push(
      fc
        .tuple(base, fc.constantFrom(...pathNames), hostileText)
        .map(([b, name, h]) => ({ ...b, path: { ...b.path, [name]: h } })),
    );
  if (queryNames.length)
    variants.push(
      fc
        .tuple(base, fc.constantFrom(...queryNames), fc.array(hostileText, { minLength: 1, maxLength: 2 }))
        .map(([b, name, hs]) => ({
          ...b,
          query: [...b.query.filter(([k]) => k !== name), ...hs.map((h) => [name, h] as [string, string])],
        })),
    );
  return fc.oneof(...variants);
}

/** Well-formed requests: every part valid as far as the schema alone says. */
function wellFormed(op: Operation, pool = idPool()): fc.Arbitrary<Shape> {
  const pathParams = op.params.filter((p) => p.in === 'path');
  const queryParams = op.params.filter((p) => p.in === 'query');
  return fc.record({
    path: fc.record(
      Object.fromEntries(pathParams.map((p) => [p.name, validPart(p, pool).map((v) => v[0] ?? '')])),
    ),
    query: fc
      .tuple(
        ...queryParams.map((p) =>
          fc
            .option(validPart(p, pool), { nil: undefined, freq: 2 })
            .map((v) => (v ?? []).map((x) => [p.name, x] as [string, string])),
        ),
      )
      .map((q) => q.flat()),
    body: (op.body ? validValue(op.body, pool) : fc.constant(undefined)).map(jsonBody),
  });
}

function jsonBody(value: Json | undefined): Shape['body'] {
  return value === undefined ? undefined : { text: toJsonText(value), contentType: 'application/json' };
}

/** Whole bodies that are not what any operation takes. */
const garbageBody = fc.constantFrom<Shape['body']>(
  undefined,
  { text: '', contentType: 'application/json' },
  { text: 'null', contentType: 'application/json' },
  { text: '[]', contentType: 'application/json' },
  { text: '[{}]', contentType: 'application/json' },
  { text: '"x"', contentType: 'application/json' },
  { text: '1e309', contentType: 'application/json' },
  { text: '{', contentType: 'application/json' },
  { text: `${'['.repeat(5000)}${']'.repeat(5000)}`, contentType: 'application/json' },
  { text: `[${'0,'.repeat(100_000)}0]`, contentType: 'application/json' },
  { text: '{"a":"\\u0000"}', contentType: 'application/json' },
  { text: 'a=1&b=2', contentType: 'application/x-www-form-urlencoded' },
  { text: 'plain words', contentType: 'text/plain' },
  { text: '--x\r\n\r\n', contentType: 'multipart/form-data; boundary=x' },
);

function urlOf(op: Operation, shape: Shape): string {
  const path = op.path.replace(/\{(\w+)\}/g, (_m, name: string) => encodePart(shape.path[name] ?? ''));
  const query = shape.query.map(([k, v]) => `${encodePart(k)}=${encodePart(v)}`).join('&');
  return query ? `${path}?${query}` : path;
}

async function send(op: Operation, actor: { name: string; user: TestUser }, shape: Shape) {
  const req: Sent = { op: op.key, as: actor.name, url: urlOf(op, shape) };
  if (shape.body) {
    req.body = shape.body.text;
    req.contentType = shape.body.contentType;
  }
  let res = await inject(req, actor.user);
  // A request that signed the actor out (logout, a password change) is not a finding: sign in again.
  if (res.statusCode === 401 && !op.key.startsWith('POST /api/auth/login')) {
    actor.user.headers = await ctx.signIn(actor.user.username, TEST_PASSWORD).catch(() => ({}));
    res = await inject(req, actor.user);
  }
  record(req, res);
  if (res.statusCode < 300) {
    succeeded += 1;
    harvest(res.body);
  }
}

function inject(req: Sent, user: TestUser): Promise<LightMyRequestResponse> {
  sent += 1;
  return ctx.inject({
    method: req.op.split(' ')[0] as HTTPMethods,
    url: req.url,
    headers: {
      ...user.headers,
      ...(req.contentType ? { 'content-type': req.contentType } : {}),
    },
    ...(req.body !== undefined ? { payload: req.body } : {}),
  });
}

function record(req: Sent, res: LightMyRequestResponse) {
  if (res.statusCode >= 500) {
    serverErrors.push({ req, status: res.statusCode, response: res.body.slice(0, 300) });
  } else if (res.statusCode >= 400) {
    const body = safeJson(res.body) as { error?: { code?: string; messages?: { vi?: string; en?: string } } };
    if (!body?.error?.code || !body.error.messages?.vi || !body.error.messages?.en)
      uncoded.push({ req, status: res.statusCode, response: res.body.slice(0, 300) });
  }
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/g;
function harvest(text: string) {
  for (const m of text.slice(0, 200_000).matchAll(UUID)) ids.add(m[0]);
}

function samples(op: Operation, arb: fc.Arbitrary<Shape>, runs: number, salt: number): Shape[] {
  return fc.sample(arb, { seed: SEED + salt + hash(op.key), numRuns: runs });
}

function hash(text: string): number {
  let h = 0;
  for (const ch of text) h = (h * 31 + (ch.codePointAt(0) ?? 0)) | 0;
  return h;
}

before(async () => {
  ctx = await TestContext.create();
  const focal = await ctx.unit({ type: 'focal_office', name: 'Phòng Văn hoá, Khoa học và Thông tin' });
  const ward = await ctx.unit({ name: 'UBND phường Minh Đức' });
  const admin = await ctx.user(['admin'], { unitId: focal.id });
  const officer = await ctx.user(['unit_officer'], { unitId: ward.id });
  actors = [
    { name: 'admin', user: admin },
    { name: 'ward officer', user: officer },
  ];
  protectedIds = new Set([focal.id, ward.id, admin.id, officer.id]);
  await ctx.user(['coordinator'], { unitId: focal.id, signIn: false });
  await ctx.user(['unit_officer'], { unitId: (await ctx.unit()).id, signIn: false });
});
after(() => ctx.close());

test('every published operation answers hostile input with a coded 4xx, never a 5xx', async () => {
  const started = Date.now();
  const ops = operations();
  assert.ok(ops.length > 100, `the OpenAPI document lists ${ops.length} operations`);
  const early = ops.filter((o) => !LAST.some((r) => r.test(o.key)));
  const hasPathId = (o: Operation) => o.params.some((p) => p.in === 'path');
  const lists = early.filter((o) => o.method === 'GET' && !hasPathId(o));
  const creating = early.filter((o) => o.body && o.method !== 'DELETE');

  // Records first, made through the API with well-formed bodies, so that ids in paths and bodies
  // reach the code behind "not found"; their ids are gathered from every answer.
  for (const op of lists) for (const actor of actors) await send(op, actor, { path: {}, query: [] });
  for (const withPath of [false, true]) {
    for (const op of creating.filter((o) => hasPathId(o) === withPath))
      for (const actor of actors)
        for (const shape of samples(op, wellFormed(op), 3, 1)) await send(op, actor, shape);
    for (const op of lists) await send(op, actors[0]!, { path: {}, query: [] });
  }

  // Numbers in the query and the path: every integer or number parameter, every hostile spelling.
  for (const op of early)
    for (const p of op.params.filter((x) => ['integer', 'number'].includes(String(x.schema.type))))
      for (const text of hostileNumberTexts) {
        const [shape] = samples(op, wellFormed(op), 1, 2);
        if (!shape) continue;
        if (p.in === 'path') shape.path[p.name] = text;
        else shape.query = [...shape.query.filter(([k]) => k !== p.name), [p.name, text]];
        await send(op, actors[sent % 2]!, shape);
      }

  // Every free text of a well-formed body at once ending in NUL, then in a lone surrogate;
  // every number 1e309.
  const sweeps: ['text' | 'number', (old: Json) => Json][] = [
    ['text', (old) => `${String(old).slice(0, -1)}\u0000`],
    ['text', (old) => `${String(old).slice(0, -1)}\ud800`],
    ['number', () => new RawToken('1e309')],
  ];
  for (const op of early.filter((o) => o.body))
    for (const [kind, by] of sweeps) {
      const [shape] = samples(op, wellFormed(op), 1, 3);
      if (!shape?.body) continue;
      const body = replaceAll(JSON.parse(shape.body.text) as Json, kind, by);
      for (const actor of actors) await send(op, actor, { ...shape, body: jsonBody(body) });
    }

  // Then the hostile requests proper, a bounded number per operation and role.
  for (const op of ops)
    for (const [i, actor] of actors.entries())
      for (const shape of samples(op, requests(op), RUNS_PER_OPERATION, 10 + i)) await send(op, actor, shape);

  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  console.log(
    `openapi fuzz: ${sent} requests over ${ops.length} operations as ${actors.length} roles in ${seconds} s (${succeeded} accepted); ` +
      `${serverErrors.length} answered 5xx, ${uncoded.length} answered 4xx without a coded vi/en error`,
  );
  const list = (xs: typeof serverErrors) =>
    xs
      .slice(0, 40)
      .map(
        (e) =>
          `${e.status} ${e.req.op} as ${e.req.as}: ${e.req.url.slice(0, 200)}` +
          `${e.req.body !== undefined ? ` body ${e.req.body.slice(0, 200)}` : ''} → ${e.response}`,
      )
      .join('\n');
  // FUZZ_REPORT=<file> keeps every finding for study.
  if (process.env.FUZZ_REPORT)
    writeFileSync(process.env.FUZZ_REPORT, JSON.stringify({ serverErrors, uncoded }, null, 1));
  assert.equal(serverErrors.length, 0, `5xx answers:\n${list(serverErrors)}`);
  assert.equal(uncoded.length, 0, `4xx answers without a coded error:\n${list(uncoded)}`);
});
