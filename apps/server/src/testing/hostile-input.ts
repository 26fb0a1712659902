import fc from 'fast-check';

// Building blocks of the OpenAPI fuzz test: values a hostile or careless client sends, and
// schema-shaped bodies with one of them planted somewhere inside. JSON cannot spell Infinity,
// but `1e309` and 400-digit literals parse to it, so bodies are written as raw JSON text.

/** A JSON value, or a raw JSON token (a number literal no JS number can spell back). */
export type Json = null | boolean | number | string | Json[] | { [key: string]: Json } | RawToken;
export class RawToken {
  constructor(readonly text: string) {}
}

export interface Schema {
  type?: string | string[];
  format?: string;
  pattern?: string;
  enum?: unknown[];
  const?: unknown;
  anyOf?: Schema[];
  oneOf?: Schema[];
  allOf?: Schema[];
  properties?: Record<string, Schema>;
  required?: string[];
  items?: Schema;
  minItems?: number;
  maxItems?: number;
  minLength?: number;
  maxLength?: number;
  minimum?: number;
  maximum?: number;
  nullable?: boolean;
  default?: unknown;
}

const DIGITS_400 = '9'.repeat(400);

/** Number literals that overflow or are not what the schema says, as raw JSON. */
export const hostileNumberTokens = [
  '1e309',
  '-1e309',
  DIGITS_400,
  `-${DIGITS_400}`,
  '1e-400',
  '-1',
  '1.5',
  '2147483648',
  '9007199254740993',
  '1e20',
];

/** The same, as text: what a query string or a path segment carries. */
export const hostileNumberTexts = [
  'Infinity',
  '-Infinity',
  'NaN',
  '1e309',
  DIGITS_400,
  `-${DIGITS_400}`,
  '-1',
  '1.5',
  '0x10',
  '1e20',
  '2147483648',
  '',
];

/** Strings the database or a parser may choke on. */
export const hostileStrings = [
  '',
  ' ',
  'a\u0000b',
  '\u0000',
  '\ud800',
  'x\udfffy',
  '\u202eexe.txt',
  '\u200b',
  'e\u0301'.repeat(50),
  '👩‍💻'.repeat(30),
  'ê'.repeat(5000),
  'a'.repeat(70_000),
  '../../../etc/passwd',
  '<script>alert(1)</script>',
  "'; drop table users; --",
  '%00',
  // biome-ignore lint/suspicious/noTemplateCurlyInString: the text itself is the probe
  '${jndi:ldap://x}',
  'Infinity',
  '1e309',
  DIGITS_400,
  'null',
  '00000000-0000-0000-0000-000000000000',
  'FFFFFFFF-FFFF-4FFF-BFFF-FFFFFFFFFFFF',
  '2026-02-30T25:61:00Z',
  '-271821-04-20T00:00:00Z',
  '+275760-09-13T00:00:01Z',
  '0000-00-00',
];

/** Values of the wrong shape altogether. */
const hostileShapes: Json[] = [
  null,
  true,
  0,
  [],
  {},
  [null],
  new RawToken('{"__proto__":{"admin":true},"constructor":{"prototype":{"admin":true}}}'),
  nested(200),
];

function nested(depth: number): Json {
  let value: Json = [];
  for (let i = 0; i < depth; i += 1) value = [value];
  return value;
}

/** Any hostile value for one place in a body. */
export const hostileValue: fc.Arbitrary<Json> = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...hostileNumberTokens).map((t) => new RawToken(t)) },
  { weight: 3, arbitrary: fc.constantFrom(...hostileStrings) },
  { weight: 2, arbitrary: fc.constantFrom(...hostileShapes) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 40 }) },
  { weight: 1, arbitrary: fc.uuid() },
  { weight: 1, arbitrary: fc.double() as fc.Arbitrary<Json> },
  { weight: 1, arbitrary: fc.array(fc.constantFrom(...hostileStrings), { maxLength: 3 }) },
);

/** Hostile text for a query or path part (sent percent-encoded, see encodePart). */
export const hostileText: fc.Arbitrary<string> = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...hostileNumberTexts) },
  { weight: 3, arbitrary: fc.constantFrom(...hostileStrings.filter((s) => s.length < 6000)) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 30 }) },
  { weight: 1, arbitrary: fc.uuid() },
);

/**
 * Percent-encodes text for a URL. Lone surrogates, which encodeURIComponent refuses, go out as
 * the bytes of an invalid UTF-8 sequence: what a raw client would send.
 */
export function encodePart(text: string): string {
  let out = '';
  for (const ch of text) {
    const code = ch.codePointAt(0) ?? 0;
    out += code >= 0xd800 && code <= 0xdfff ? '%ED%A0%80' : encodeURIComponent(ch);
  }
  return out;
}

/** Writes a value as JSON text, raw tokens as they are. */
export function toJsonText(value: Json): string {
  const raws: string[] = [];
  const text = JSON.stringify(value, (_key, v) => {
    if (v instanceof RawToken) {
      raws.push(v.text);
      return `\u0001raw${raws.length - 1}\u0001`;
    }
    return v;
  });
  return text.replace(/"\\u0001raw(\d+)\\u0001"/g, (_m, i) => raws[Number(i)] ?? 'null');
}

function types(schema: Schema): string[] {
  if (Array.isArray(schema.type)) return schema.type;
  if (schema.type) return [schema.type];
  if (schema.properties) return ['object'];
  return [];
}

/**
 * A value the schema accepts (as far as the schema alone says): ids come from `ids`, the records
 * the fuzz test has met, so that requests get past "not found" to the code behind it.
 */
export function validValue(schema: Schema, ids: readonly string[], depth = 0): fc.Arbitrary<Json> {
  if (depth > 6) return fc.constant(null);
  if (schema.const !== undefined) return fc.constant(schema.const as Json);
  if (schema.enum) return fc.constantFrom(...(schema.enum as Json[]));
  const branches = schema.anyOf ?? schema.oneOf;
  if (branches?.length) return fc.oneof(...branches.map((b) => validValue(b, ids, depth + 1)));
  if (schema.allOf?.length) return validValue(Object.assign({}, ...schema.allOf), ids, depth + 1);
  const type = types(schema).find((t) => t !== 'null');
  switch (type) {
    case 'object': {
      const props = schema.properties ?? {};
      const required = new Set(schema.required ?? []);
      const entries = Object.entries(props).map(([key, s]) => {
        const value = validValue(s, ids, depth + 1);
        return [key, required.has(key) ? value : fc.option(value, { nil: undefined, freq: 2 })] as const;
      });
      return fc.record(Object.fromEntries(entries)).map((o) => {
        for (const k of Object.keys(o)) if (o[k] === undefined) delete o[k];
        return o as Json;
      });
    }
    case 'array': {
      const min = schema.minItems ?? 0;
      const max = Math.min(schema.maxItems ?? min + 2, min + 2);
      return fc.array(validValue(schema.items ?? {}, ids, depth + 1), { minLength: min, maxLength: max });
    }
    case 'integer':
    case 'number': {
      const min = schema.minimum ?? 0;
      const max = schema.maximum ?? min + 100;
      return fc.integer({ min: Math.ceil(min), max: Math.floor(Math.min(max, min + 1000)) });
    }
    case 'boolean':
      return fc.boolean();
    case 'string':
      return validString(schema, ids);
    default:
      return fc.constant('x');
  }
}

/** The free text that well-formed bodies carry (cut to each field's length). */
export const FREE_TEXT = 'Máy chủ cổng thông tin phường bị thay đổi giao diện';

function validString(schema: Schema, ids: readonly string[]): fc.Arbitrary<Json> {
  switch (schema.format) {
    case 'uuid':
      return ids.length ? fc.oneof(fc.constantFrom(...ids), fc.uuid()) : fc.uuid();
    case 'date-time':
      return fc.constantFrom('2026-03-01T08:00:00.000Z', new Date().toISOString());
    case 'date':
      return fc.constantFrom('2026-03-01', '2025-12-31');
    case 'email':
      return fc.constant('canbo@example.org');
  }
  if (schema.pattern) {
    const max = schema.maxLength ?? 40;
    return fc
      .stringMatching(new RegExp(schema.pattern))
      .filter((s) => s.length >= (schema.minLength ?? 0) && s.length <= max);
  }
  const min = schema.minLength ?? 0;
  const max = schema.maxLength ?? 60;
  const text = FREE_TEXT;
  return fc.integer({ min, max: Math.max(min, Math.min(max, text.length)) }).map((n) => {
    let s = text;
    while (s.length < n) s += text;
    return s.slice(0, n);
  });
}

/** Every place inside a value where something else could be planted (a JSON path). */
function slots(value: Json, path: (string | number)[] = [], out: (string | number)[][] = []) {
  out.push(path);
  if (Array.isArray(value)) {
    for (const [i, v] of value.entries()) slots(v, [...path, i], out);
  } else if (value && typeof value === 'object' && !(value instanceof RawToken))
    for (const [k, v] of Object.entries(value)) slots(v, [...path, k], out);
  return out;
}

/** The value with `hostile` planted at the `pick`-th slot (the root included). */
export function plant(value: Json, pick: number, hostile: Json): Json {
  const all = slots(value);
  const path = all[pick % all.length] ?? [];
  if (path.length === 0) return hostile;
  const copy = structuredClone(value) as Json;
  let at = copy as Record<string | number, Json>;
  for (const key of path.slice(0, -1)) at = at[key] as Record<string | number, Json>;
  at[path[path.length - 1] as string | number] = hostile;
  return copy;
}

/**
 * The value with every free text (or every number) in it replaced at once: one request per class.
 * Free texts are those the generator wrote; ids, dates and enumerations are left valid so that
 * the request gets past validation to the code and the database behind it.
 */
export function replaceAll(value: Json, kind: 'text' | 'number', by: (old: Json) => Json): Json {
  if (Array.isArray(value)) return value.map((v) => replaceAll(v, kind, by));
  if (value instanceof RawToken) return value;
  if (value !== null && typeof value === 'object')
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, replaceAll(v, kind, by)]));
  if (kind === 'number') return typeof value === 'number' ? by(value) : value;
  return typeof value === 'string' && value.length > 0 && FREE_TEXT.startsWith(value) ? by(value) : value;
}
