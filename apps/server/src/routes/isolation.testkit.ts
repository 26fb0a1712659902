import assert from 'node:assert/strict';
import { createPartitions } from '@ungcuu/core/alerts/alert-partitions.repository.ts';
import type { RefKind } from '@ungcuu/domain/refs.ts';
import type { TestContext, TestUser } from '../testing/test-app.ts';
import { report } from './incidents.testkit.ts';
import { createSystem, get, post } from './systems.testkit.ts';

// The isolation matrix (issue 7): every endpoint and every reference it takes, found in the
// OpenAPI document the app serves, and one record of each kind in two units to try them with.

/** The subset of JSON Schema (as @fastify/swagger writes it) that request schemas use. */
export interface JsonSchema {
  type?: string;
  format?: string;
  enum?: unknown[];
  nullable?: boolean;
  pattern?: string;
  minLength?: number;
  maxLength?: number;
  minimum?: number;
  default?: unknown;
  minItems?: number;
  minProperties?: number;
  required?: string[];
  properties?: Record<string, JsonSchema>;
  items?: JsonSchema;
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
  'x-ref'?: RefKind;
  'x-ref-exempt'?: string;
}

export interface RefField {
  /** `params.id`, `query.unitId`, `body.attendeeUserIds[]` … */
  path: string;
  kind: RefKind | undefined;
}

export interface Operation {
  method: string;
  /** OpenAPI path, e.g. `/api/systems/{id}`. */
  path: string;
  params: Record<string, JsonSchema>;
  query: Record<string, JsonSchema>;
  body: JsonSchema | undefined;
  refs: RefField[];
}

function uuidFields(schema: JsonSchema | undefined, path: string, out: RefField[]): void {
  if (!schema) return;
  // An UncheckedId says why it names no record of its own: not a reference to try.
  if (schema.type === 'string' && schema.format === 'uuid' && !schema['x-ref-exempt'])
    out.push({ path, kind: schema['x-ref'] });
  for (const [k, v] of Object.entries(schema.properties ?? {})) uuidFields(v, `${path}.${k}`, out);
  if (schema.items) uuidFields(schema.items, `${path}[]`, out);
  for (const b of [...(schema.anyOf ?? []), ...(schema.oneOf ?? [])]) uuidFields(b, path, out);
}

interface OpenApiParameter {
  in: string;
  name: string;
  schema: JsonSchema;
}
interface OpenApiOperation {
  parameters?: OpenApiParameter[];
  requestBody?: { content?: Record<string, { schema?: JsonSchema }> };
}

/** Every operation of the API with the uuid fields of its path, query and JSON body. */
export function operations(doc: { paths: Record<string, Record<string, OpenApiOperation>> }): Operation[] {
  const out: Operation[] = [];
  for (const [path, methods] of Object.entries(doc.paths)) {
    for (const [method, op] of Object.entries(methods)) {
      if (method === 'head' || !path.startsWith('/api/')) continue;
      const params: Record<string, JsonSchema> = {};
      const query: Record<string, JsonSchema> = {};
      for (const p of op.parameters ?? []) {
        if (p.in === 'path') params[p.name] = p.schema;
        if (p.in === 'query') query[p.name] = p.schema;
      }
      const body = op.requestBody?.content?.['application/json']?.schema;
      const refs: RefField[] = [];
      for (const [k, v] of Object.entries(params)) uuidFields(v, `params.${k}`, refs);
      for (const [k, v] of Object.entries(query)) uuidFields(v, `query.${k}`, refs);
      uuidFields(body, 'body', refs);
      const unique = refs.filter((r, i) => refs.findIndex((o) => o.path === r.path) === i);
      out.push({ method: method.toUpperCase(), path, params, query, body, refs: unique });
    }
  }
  return out;
}

/**
 * A value the schema accepts: required fields only, plus the one field under test (`target`)
 * which gets `targetId`; every other reference names a record of the caller's own unit.
 */
export function example(
  schema: JsonSchema | undefined,
  own: (kind: RefKind | undefined) => string,
  path: string,
  target?: { path: string; id: string },
): unknown {
  if (!schema) return undefined;
  const onPath =
    target &&
    (target.path === path || target.path.startsWith(`${path}.`) || target.path.startsWith(`${path}[]`));
  if (target && target.path === path) return target.id;
  const branches = [...(schema.anyOf ?? []), ...(schema.oneOf ?? [])];
  if (branches.length > 0) {
    const withTarget = target && branches.find((b) => containsPath(b, path, target.path));
    const usable = branches.find((b) => !(b.enum?.length === 1 && b.enum[0] === null));
    return example(withTarget ?? usable ?? branches[0], own, path, target);
  }
  if (schema.enum) return schema.enum[0];
  if (schema.default !== undefined && !onPath) return schema.default;
  switch (schema.type) {
    case 'object': {
      const value: Record<string, unknown> = {};
      for (const [k, v] of Object.entries(schema.properties ?? {})) {
        const childPath = `${path}.${k}`;
        const needed = schema.required?.includes(k) || (target && containsPath(v, childPath, target.path));
        if (needed) value[k] = example(v, own, childPath, target);
      }
      // A patch needs at least one field: the first harmless one.
      const fields = Object.entries(schema.properties ?? {});
      const first =
        fields.find(([, v]) => v.type === 'boolean') ??
        fields.find(([, v]) => v.type === 'string' && !v.format) ??
        fields[0];
      if ((schema.minProperties ?? 0) > Object.keys(value).length && first)
        value[first[0]] = example(first[1], own, `${path}.${first[0]}`);
      return value;
    }
    case 'array': {
      const itemPath = `${path}[]`;
      if (target && containsPath(schema.items ?? {}, itemPath, target.path))
        return [example(schema.items, own, itemPath, target)];
      return Array.from({ length: schema.minItems ?? 0 }, () => example(schema.items, own, itemPath));
    }
    case 'string':
      return stringExample(schema, own);
    case 'integer':
    case 'number':
      return schema.minimum ?? 1;
    case 'boolean':
      return false;
    default:
      return null;
  }
}

function containsPath(schema: JsonSchema, path: string, targetPath: string): boolean {
  if (path === targetPath) return true;
  for (const [k, v] of Object.entries(schema.properties ?? {}))
    if (containsPath(v, `${path}.${k}`, targetPath)) return true;
  if (schema.items && containsPath(schema.items, `${path}[]`, targetPath)) return true;
  return [...(schema.anyOf ?? []), ...(schema.oneOf ?? [])].some((b) => containsPath(b, path, targetPath));
}

function stringExample(schema: JsonSchema, own: (kind: RefKind | undefined) => string): string {
  if (schema.format === 'uuid') return own(schema['x-ref']);
  if (schema.format === 'date-time') return new Date(Date.now() - 3600_000).toISOString();
  if (schema.format === 'date') return new Date().toISOString().slice(0, 10);
  if (schema.format === 'email') return 'canbo@example.gov.vn';
  const length = Math.min(Math.max(schema.minLength ?? 0, 12), schema.maxLength ?? 12);
  return 'kiemtracachly'.slice(0, length).padEnd(length, 'x');
}

/** One record of each kind in a unit: what a caller of that unit may see. */
export type Records = Record<RefKind, string>;

export interface UnitWorld {
  unitId: string;
  officer: TestUser;
}

/** Builds one record of every kind in `unit` (as the focal office coordinator, or the unit's officer). */
export async function recordsOf(ctx: TestContext, coordinator: TestUser, unit: UnitWorld): Promise<Records> {
  const { unitId, officer } = unit;
  const as = (u: TestUser, url: string, payload: unknown) => post(ctx, u, url, payload);
  const system = await createSystem(ctx, coordinator, unitId);
  const risk = await as(coordinator, '/api/risks', {
    systemId: system.id,
    subtype: 'attack.defacement',
    likelihood: 3,
    impact: 3,
  });
  const readiness = async (path: string, body: Record<string, unknown>) =>
    (await as(coordinator, `/api/readiness/${path}`, { unitId, ...body })).id as string;
  const template = (await get(ctx, coordinator, '/api/inspection-templates')).items[0].id as string;
  const inspection = await as(coordinator, '/api/inspections', { unitId, year: 2026, templateId: template });
  const inspectionEvidence = await ctx.db
    .insertInto('inspection_evidence')
    .values({
      inspection_id: inspection.id,
      item_key: 'k',
      filename: 'a.pdf',
      content_type: 'application/pdf',
      size_bytes: 1,
      sha256: 'x',
      content: new Uint8Array([1]),
      uploaded_by: null,
      uploaded_at: new Date(),
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  const remediation = await ctx.db
    .insertInto('remediation_tasks')
    .values({
      unit_id: unitId,
      inspection_id: inspection.id,
      item_key: 'k',
      answer: 'no',
      title: JSON.stringify({ vi: 'Khắc phục', en: 'Fix' }),
      description: JSON.stringify({ vi: 'Khắc phục', en: 'Fix' }),
      priority: 'high',
      due_date: '2026-12-31',
      updated_at: new Date(),
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  const line = await as(coordinator, '/api/budget/lines', {
    unitId,
    fiscalYear: 2026,
    category: 'equipment',
    title: 'Tường lửa',
    amount: 1000,
  });
  const spending = await ctx.db
    .insertInto('budget_spending')
    .values({ line_id: line.id, amount: 10n as never, spent_on: '2026-03-01', note: null, created_by: null })
    .returning('id')
    .executeTakeFirstOrThrow();
  const incident = await report(ctx, officer);
  const task = await as(coordinator, `/api/incidents/${incident.id}/tasks`, {
    title: 'Cô lập máy',
    assigneeUnitId: unitId,
  });
  const evidence = await ctx.db
    .insertInto('incident_evidence')
    .values({
      incident_id: incident.id,
      filename: 'log.txt',
      content_type: 'text/plain',
      size: 1,
      sha256: 'x',
      content: Buffer.from('x'),
      description: null,
      uploaded_by: officer.id,
      uploaded_at: new Date(),
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  const notification = await ctx.db
    .insertInto('notifications')
    .values({
      user_id: officer.id,
      unit_id: unitId,
      kind: 'test',
      title: JSON.stringify({ vi: 'Thông báo', en: 'Notice' }),
      body: null,
      link: null,
      dedupe_key: null,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  // The intake's queue belongs to the focal office alone: a ward officer sees none of it.
  const mail = await ctx.db
    .insertInto('mail_intake_messages')
    .values({
      received_at: new Date(),
      status: 'pending',
      size: 1,
      sha256: 'x',
      raw: Buffer.from('x'),
      from_address: 'nguoi@gmail.com',
      from_name: null,
      message_id: null,
      reason: null,
      remote_address: null,
      incident_id: null,
      unit_id: null,
      handled_by: null,
      handled_at: null,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  // Administrators' records (no unit): a ward officer sees none of them.
  const endpoint = await ctx.db
    .insertInto('notification_endpoints')
    .values({
      kind: 'webhook',
      name: 'SOC',
      url: 'https://soc.example.vn/hook',
      config: '{}',
      kinds: [],
      updated_at: new Date(),
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  const [outbox] = await ctx.db
    .insertInto('notification_outbox')
    .values({ channel: 'webhook', recipient: 'SOC', kind: 'test', payload: '{}', endpoint_id: endpoint.id })
    .returning('id')
    .execute();
  const filter = await as(officer, '/api/saved-filters', { name: 'Của tôi', query: { state: ['new'] } });
  const token = await as(officer, '/api/tokens', { name: 'Tích hợp', scopes: ['read'] });
  const team = await as(coordinator, '/api/team', { unitId, fullName: 'Trần Văn Bình' });
  const equipment = await readiness('equipment', { name: 'Tường lửa', category: 'network' });
  const monitor = await as(coordinator, '/api/monitors', {
    name: 'Cổng thông tin',
    kind: 'http',
    target: `https://${unitId.slice(0, 8)}.example.gov.vn/`,
    unitId,
  });
  const probe = await as(coordinator, '/api/monitor-probes', { name: 'Điểm đo phường', unitId });
  // Alert intake: a source (administrators'), a group and an alert mapped to the unit's system.
  const alertSource = await ctx.db
    .insertInto('alert_sources')
    .values({
      kind: 'generic',
      name: `SIEM ${unitId}`,
      token_id: null,
      unit_id: unitId,
      fingerprint_fields: null,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  const now = new Date();
  const alertGroup = await ctx.db
    .insertInto('alert_groups')
    .values({
      source_id: alertSource.id,
      fingerprint: `fp-${unitId}`,
      status: 'open',
      severity: 2,
      rule_id: 'R1',
      rule_name: 'Quét cổng',
      category: null,
      host_key: 'web-01',
      system_id: system.id,
      unit_id: unitId,
      count: 1,
      first_seen: now,
      last_seen: now,
      incident_id: null,
      incident_filing_at: null,
      last_timeline_at: null,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  await createPartitions(ctx.db, now, 1);
  const alert = await ctx.db
    .insertInto('alerts')
    .values({
      received_at: now,
      occurred_at: null,
      source_id: alertSource.id,
      external_id: null,
      fingerprint: `fp-${unitId}`,
      status: 'accepted',
      severity: 2,
      rule_id: 'R1',
      rule_name: 'Quét cổng',
      category: null,
      host: 'web-01',
      ip: null,
      src_ip: null,
      dest_ip: null,
      url: null,
      agent: null,
      message: null,
      host_key: 'web-01',
      system_id: system.id,
      unit_id: unitId,
      group_id: alertGroup.id,
      raw: JSON.stringify({ title: 'Quét cổng' }),
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  const suppression = await as(coordinator, '/api/alert-suppressions', {
    ruleId: `R-${unitId}`,
    reason: 'Quy tắc thử',
  });
  const maintenance = await as(coordinator, '/api/alert-maintenance', {
    systemId: system.id,
    startsAt: new Date(now.getTime() + 3_600_000).toISOString(),
    endsAt: new Date(now.getTime() + 7_200_000).toISOString(),
    reason: 'Bảo trì định kỳ',
  });
  const systemProduct = await as(officer, `/api/systems/${system.id}/products`, {
    vendor: 'Apache',
    product: 'HTTP Server',
    version: '2.4.57',
  });
  const warning = await as(coordinator, '/api/warnings', {
    title: 'Cảnh báo riêng cho đơn vị',
    tlp: 'RED',
    targeting: { mode: 'units', unitIds: [unitId] },
  });
  await post(ctx, coordinator, `/api/warnings/${warning.id}/publish`, {}, 200);
  const warningFile = await ctx.db
    .insertInto('warning_files')
    .values({
      warning_id: warning.id,
      unit_id: unitId,
      filename: 'bang-chung.txt',
      content_type: 'text/plain',
      size: 1,
      sha256: 'x',
      content: Buffer.from('x'),
      uploaded_by: officer.id,
      uploaded_at: new Date(),
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  // A request sent to this unit alone: the other ward never sees it.
  const unitRequest = await as(coordinator, '/api/requests', {
    title: 'Rà quét mã độc',
    instructions: '',
    fields: [{ key: 'scanned', label: 'Số máy đã quét', type: 'number', required: true, min: 0 }],
    targeting: { mode: 'units', unitIds: [unitId] },
    deadline: '2099-06-30',
  });
  // Raised by the unit for itself (not shared with every unit): another ward must not see it.
  const proposal = await as(officer, '/api/proposals', {
    title: 'Đề nghị bổ sung kinh phí tường lửa',
    content: 'Thiết bị tường lửa đã hết hạn bản quyền.',
    incidentId: incident.id,
  });
  // A lesson is a closed incident's lessons learned: closed here directly, the closure has its own tests.
  const closed = await report(ctx, officer);
  await ctx.db
    .updateTable('incidents')
    .set({ state: 'closed', closed_at: new Date(), lessons_learned: 'Cần sao lưu hằng ngày.' })
    .where('id', '=', closed.id)
    .execute();
  const followup = await ctx.db
    .insertInto('lesson_followups')
    .values({ incident_id: closed.id, action: 'Lập lịch sao lưu', updated_at: new Date() })
    .returning('id')
    .executeTakeFirstOrThrow();
  const records: Records = {
    unit: unitId,
    user: officer.id,
    team_member: team.id,
    token: token.id ?? token.token?.id,
    system: system.id,
    risk: risk.id,
    equipment,
    licence: await readiness('licences', {
      kind: 'antivirus',
      product: 'Diệt virus',
      expiresOn: '2027-01-01',
    }),
    contract: await readiness('contracts', { provider: 'VNPT', scope: 'Giám sát an toàn thông tin' }),
    training: await readiness('trainings', {
      title: 'Tập huấn',
      heldOn: '2026-03-01',
      attendeeUserIds: [officer.id],
    }),
    drill: await readiness('drills', { title: 'Diễn tập', heldOn: '2026-03-01', systemIds: [system.id] }),
    readiness_item: equipment,
    notification: notification.id,
    inspection_template: template,
    inspection: inspection.id,
    inspection_evidence: inspectionEvidence.id,
    remediation_task: remediation.id,
    budget_line: line.id,
    budget_spending: spending.id,
    incident: incident.id,
    task: task.id,
    evidence: evidence.id,
    saved_filter: filter.id,
    mail_message: mail.id,
    notification_endpoint: endpoint.id,
    notification_outbox: outbox!.id,
    monitor: monitor.id,
    monitor_probe: probe.probe.id,
    alert: alert.id,
    alert_group: alertGroup.id,
    alert_source: alertSource.id,
    alert_suppression: suppression.id,
    maintenance_window: maintenance.id,
    warning: warning.id,
    warning_file: warningFile.id,
    system_product: systemProduct.id,
    unit_request: unitRequest.id,
    proposal: proposal.id,
    lesson: closed.id,
    lesson_followup: followup.id,
  };
  for (const [kind, id] of Object.entries(records)) assert.ok(id, `fixture for ${kind}`);
  return records;
}
