import { type StringOptions, type TSchema, Type } from '@sinclair/typebox';
import { Value } from '@sinclair/typebox/value';
import { registerFormats } from './validation.ts';

/**
 * Every kind of record a client may name by id (in a path, a query or a body). An input schema
 * marks such a field with `RefId(kind)`; the server checks each marked id against what the caller
 * may see before any service runs, so a reference to another unit's record answers the same 404
 * as an id that does not exist (issue 7: isolation). An unmarked uuid field in a request schema
 * is refused when the route is registered, so a new endpoint cannot forget the check.
 */
export const REF_KINDS = [
  'unit',
  'user',
  'team_member',
  'token',
  'system',
  'risk',
  'equipment',
  'licence',
  'contract',
  'training',
  'drill',
  /** Any of the five readiness records above (a budget line pays for one). */
  'readiness_item',
  'notification',
  'inspection_template',
  'inspection',
  'inspection_evidence',
  'remediation_task',
  'budget_line',
  'budget_spending',
  'incident',
  'task',
  'evidence',
  'saved_filter',
  /** A mail received by the intake listener (the focal office's queue). */
  'mail_message',
  /** Webhook and chat endpoints, queued messages (notifications module: administrators). */
  'notification_endpoint',
  'notification_outbox',
  'monitor',
  'monitor_probe',
  /** Alert intake (issue 10): a stored alert, its group, the tool that sent it, rules that silence it. */
  'alert',
  'alert_group',
  'alert_source',
  'alert_suppression',
  'maintenance_window',
  /** Warnings to units (issue 11): a unit sees the published ones sent to it. */
  'warning',
  'warning_file',
  'system_product',
  /** A request to units (scan campaign, data call): the focal office's, and the targeted units'. */
  'unit_request',
  /** A proposal (kiến nghị, đề xuất) for the leaders. */
  'proposal',
  /** The lessons library: a lesson is a closed incident's lessons learned (id = the incident's). */
  'lesson',
  'lesson_followup',
] as const;
export type RefKind = (typeof REF_KINDS)[number];

/** The schema keyword that names the kind of record a uuid field points at. */
export const REF_KEYWORD = 'x-ref';

/** The schema keyword of a uuid that is deliberately not checked, with the reason. */
export const REF_EXEMPT_KEYWORD = 'x-ref-exempt';

/**
 * A uuid that names no record by itself but part of a key under a record the path already
 * checks (e.g. the far end of a dependency of a system the caller sees). Say why.
 */
export function UncheckedId(why: string) {
  return Type.String({ format: 'uuid', [REF_EXEMPT_KEYWORD]: why });
}

/** A uuid naming a record of `kind` that the caller must be allowed to see. */
export function RefId(kind: RefKind, options: StringOptions = {}) {
  return Type.String({ ...options, format: 'uuid', [REF_KEYWORD]: kind });
}

export interface FoundRef {
  kind: RefKind;
  id: string;
  /** Where it was found, e.g. `body.attendeeUserIds[2]`, for messages and tests. */
  path: string;
}

/** A uuid field of a request schema that names no kind of record: a route registration error. */
export interface UnmarkedUuid {
  path: string;
}

type SchemaNode = TSchema & {
  properties?: Record<string, SchemaNode>;
  items?: SchemaNode;
  anyOf?: SchemaNode[];
  oneOf?: SchemaNode[];
  allOf?: SchemaNode[];
};

/**
 * Walks a schema and calls `visit` for each uuid-formatted string with its path and x-ref kind
 * (`'exempt'` for an UncheckedId).
 */
export function eachUuidField(
  schema: TSchema | undefined,
  visit: (path: string, kind: RefKind | 'exempt' | undefined) => void,
  path = '',
): void {
  const node = schema as SchemaNode | undefined;
  if (!node || typeof node !== 'object') return;
  if (node.type === 'string' && node.format === 'uuid')
    visit(path, node[REF_EXEMPT_KEYWORD] ? 'exempt' : (node[REF_KEYWORD] as RefKind | undefined));
  for (const [key, child] of Object.entries(node.properties ?? {}))
    eachUuidField(child, visit, `${path}.${key}`);
  if (node.items) eachUuidField(node.items, visit, `${path}[]`);
  for (const branch of [...(node.anyOf ?? []), ...(node.oneOf ?? []), ...(node.allOf ?? [])])
    eachUuidField(branch, visit, path);
}

/** The x-ref ids present in a value that `schema` has validated (nulls and absent fields skipped). */
export function refsIn(schema: TSchema | undefined, value: unknown, path = ''): FoundRef[] {
  const node = schema as SchemaNode | undefined;
  if (!node || typeof node !== 'object' || value === null || value === undefined) return [];
  const out: FoundRef[] = [];
  const kind = node[REF_KEYWORD] as RefKind | undefined;
  if (kind && typeof value === 'string') out.push({ kind, id: value, path });
  if (node.properties && typeof value === 'object' && !Array.isArray(value)) {
    const record = value as Record<string, unknown>;
    for (const [key, child] of Object.entries(node.properties))
      if (key in record) out.push(...refsIn(child, record[key], `${path}.${key}`));
  }
  if (node.items && Array.isArray(value))
    value.forEach((item, i) => {
      out.push(...refsIn(node.items, item, `${path}[${i}]`));
    });
  for (const branch of node.allOf ?? []) out.push(...refsIn(branch, value, path));
  // Of a union, only the branches the value matches name its kind (e.g. a budget link's `kind`).
  registerFormats();
  for (const branch of [...(node.anyOf ?? []), ...(node.oneOf ?? [])])
    if (Value.Check(branch, value)) out.push(...refsIn(branch, value, path));
  return out.filter((r, i) => out.findIndex((o) => o.path === r.path && o.id === r.id) === i);
}
