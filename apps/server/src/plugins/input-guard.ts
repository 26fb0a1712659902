import { AjvCompiler, type ValidatorFactory } from '@fastify/ajv-compiler';
import type { FastifySchemaValidationError } from 'fastify';

// What every validated request part (params, querystring, body) must satisfy besides its schema,
// enforced once for all routes so that a new endpoint cannot forget:
// - numbers are finite. Ajv coerces the texts "Infinity", "1e309" or 400 digits to ±Infinity and
//   then skips minimum/maximum (it only range-checks finite numbers), and JSON bodies parse 1e309
//   to Infinity; PostgreSQL then fails on the value;
// - text holds no NUL (PostgreSQL refuses U+0000 in text and jsonb) and no lone surrogate (it
//   would be stored as U+FFFD, silently changing what the client sent);
// - every number and text in a route's input schema has bounds (checked when the route is built).

type Validate = ((data: unknown) => boolean) & {
  errors?: FastifySchemaValidationError[] | null;
};

/** The error a guard failure reports; `keyword` tells the error handler which code to answer. */
export const NOT_FINITE = 'finite';
export const BAD_TEXT = 'text';

/** Where the first value that no schema should have let through sits, or null. */
export function hostileValueAt(data: unknown, path = ''): { path: string; keyword: string } | null {
  if (typeof data === 'number') return Number.isFinite(data) ? null : { path, keyword: NOT_FINITE };
  if (typeof data === 'string') return badText(data) ? { path, keyword: BAD_TEXT } : null;
  if (Array.isArray(data)) {
    for (const [i, v] of data.entries()) {
      const found = hostileValueAt(v, `${path}/${i}`);
      if (found) return found;
    }
    return null;
  }
  if (data !== null && typeof data === 'object') {
    for (const [k, v] of Object.entries(data)) {
      if (badText(k)) return { path: `${path}/${escapeKey(k)}`, keyword: BAD_TEXT };
      const found = hostileValueAt(v, `${path}/${escapeKey(k)}`);
      if (found) return found;
    }
  }
  return null;
}

const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

function badText(s: string): boolean {
  return s.includes('\u0000') || LONE_SURROGATE.test(s);
}

/** A JSON pointer token that can be shown safely (the key may itself be the bad text). */
function escapeKey(k: string): string {
  return (
    k
      // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what is removed
      .replace(/[\u0000\ud800-\udfff]/g, '?')
      .replace(/~/g, '~0')
      .replace(/\//g, '~1')
  );
}

/** Wraps a compiled validator: after the schema passes (and coerces), the guard runs. */
export function guarded(validate: Validate): Validate {
  const wrapped: Validate = (data: unknown) => {
    const result = validate(data);
    if (!result) {
      wrapped.errors = validate.errors ?? null;
      return false;
    }
    const found = hostileValueAt(data);
    if (!found) {
      wrapped.errors = null;
      return true;
    }
    wrapped.errors = [
      {
        keyword: found.keyword,
        instancePath: found.path,
        schemaPath: '',
        params: {},
        message:
          found.keyword === NOT_FINITE ? 'must be a finite number' : 'must not hold NUL or broken Unicode',
      },
    ];
    return false;
  };
  return wrapped;
}

interface SchemaNode {
  type?: unknown;
  const?: unknown;
  enum?: unknown[];
  format?: string;
  minimum?: number;
  maximum?: number;
  exclusiveMinimum?: number;
  exclusiveMaximum?: number;
  maxLength?: number;
  maxItems?: number;
  uniqueItems?: boolean;
  pattern?: string;
  [key: string]: unknown;
}

/** Formats whose grammar bounds the length of the text. */
const BOUNDED_FORMATS = new Set(['uuid', 'date', 'date-time', 'time']);

/**
 * The places in an input schema where a number has no range or a text or list no length limit.
 * Constants and enumerations are bounded by themselves.
 */
export function unboundedIn(schema: unknown, path = ''): string[] {
  if (schema === null || typeof schema !== 'object') return [];
  const node = schema as SchemaNode;
  const out: string[] = [];
  const types = Array.isArray(node.type) ? node.type : [node.type];
  const fixed = node.const !== undefined || node.enum !== undefined;
  if (!fixed && (types.includes('integer') || types.includes('number'))) {
    const low = node.minimum ?? node.exclusiveMinimum;
    const high = node.maximum ?? node.exclusiveMaximum;
    if (low === undefined || high === undefined)
      out.push(`${path || '/'}: number without minimum and maximum`);
  }
  if (!fixed && types.includes('string') && !boundedText(node))
    out.push(`${path || '/'}: text without maxLength`);
  if (types.includes('array') && node.maxItems === undefined && !(node.uniqueItems && finite(node.items)))
    out.push(`${path || '/'}: list without maxItems`);
  for (const [key, child] of subschemas(node)) out.push(...unboundedIn(child, `${path}/${key}`));
  return out;
}

function boundedText(node: SchemaNode): boolean {
  if (node.maxLength !== undefined || BOUNDED_FORMATS.has(node.format ?? '')) return true;
  // A pattern without + or * (outside character classes) bounds the length by itself.
  return typeof node.pattern === 'string' && !/(?<!\\)[+*]/.test(node.pattern.replace(/\[[^\]]*\]/g, ''));
}

/** A schema that allows only listed values (so a list of unique ones is bounded). */
function finite(schema: unknown): boolean {
  if (!schema || typeof schema !== 'object') return false;
  const node = schema as SchemaNode;
  if (node.const !== undefined || node.enum !== undefined) return true;
  const branches = (node.anyOf ?? node.oneOf) as unknown[] | undefined;
  return Array.isArray(branches) && branches.length > 0 && branches.every(finite);
}

/** The schemas nested in a schema node, by the keyword path that leads to them. */
function subschemas(node: SchemaNode): [string, unknown][] {
  const out: [string, unknown][] = [];
  for (const keyword of ['properties', 'patternProperties'])
    for (const [name, child] of Object.entries((node[keyword] as Record<string, unknown>) ?? {}))
      out.push([`${keyword}/${name}`, child]);
  for (const keyword of ['anyOf', 'oneOf', 'allOf', 'prefixItems', 'items'])
    if (Array.isArray(node[keyword]))
      for (const [i, child] of (node[keyword] as unknown[]).entries()) out.push([`${keyword}/${i}`, child]);
  for (const keyword of ['items', 'additionalProperties', 'not', 'if', 'then', 'else'])
    if (node[keyword] && typeof node[keyword] === 'object' && !Array.isArray(node[keyword]))
      out.push([keyword, node[keyword]]);
  return out;
}

/** Throws at route build time when an input schema leaves a number, text or list unbounded. */
export function requireBounds(schema: unknown, where: string): void {
  const loose = unboundedIn(schema);
  if (loose.length)
    throw new Error(`${where}: every value a client sends needs bounds; missing at ${loose.join('; ')}`);
}

/**
 * The app's validator factory: Fastify's own Ajv compiler, each validator guarded, each input
 * schema checked for bounds (at once, when the route is built). Headers are left alone: the server
 * reads only a few, by name. `wrap` may defer the compiling (plugins/lazy-schemas.ts).
 */
export function guardedValidatorFactory(
  wrap: (factory: ValidatorFactory) => ValidatorFactory = (f) => f,
): ValidatorFactory {
  const ajvFactory = wrap(AjvCompiler());
  return (externalSchemas, options) => {
    const compile = ajvFactory(externalSchemas, options);
    return (route) => {
      const validate = compile(route);
      if (route.httpPart === 'headers') return validate;
      requireBounds(route.schema, `${route.method} ${route.url} ${route.httpPart}`);
      return guarded(validate as Validate) as typeof validate;
    };
  };
}
