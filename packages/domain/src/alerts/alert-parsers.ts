import {
  type AlertSeverity,
  type AlertSourceKind,
  MAX_BATCH_ITEMS,
  MAX_JSON_DEPTH,
  type NormalisedAlert,
} from './alert.ts';

// Parsers of what the tools send (pure): each item of a body becomes a NormalisedAlert or a coded
// rejection; nothing a sender posts throws. Formats written from the tools' public documentation:
// - generic: ungcuu's own format (docs/alert-intake.md), one object or `{ "alerts": [...] }`;
// - Wazuh: the alert JSON its Integrator (custom-* integration) posts, one alert per request;
// - Suricata: EVE JSON records (alert, http, dns, tls, flow...), NDJSON or a JSON array;
// - Alertmanager: the webhook_config payload, version 4 (`alerts[]` with labels and annotations).

/** Why an item was refused: an error code of ALERT_ERRORS with its parameters. */
export interface ItemRejection {
  code: AlertItemErrorCode;
  params?: Record<string, string | number>;
}
export type AlertItemErrorCode =
  | 'alert.item_not_object'
  | 'alert.item_bad_field'
  | 'alert.item_missing_field'
  | 'alert.item_too_large'
  | 'alert.item_unsupported';

export type ParsedItem = { ok: true; alert: NormalisedAlert } | { ok: false; error: ItemRejection };

/** What a whole body is: its items (each parsed or refused), or a refusal of the whole body. */
export type ParsedBody =
  | { ok: true; items: ParsedItem[] }
  | {
      ok: false;
      code: 'alert.body_invalid' | 'alert.batch_too_large';
      params?: Record<string, string | number>;
    };

/** Texts longer than this are cut (message, rule name); ids and hosts have their own bounds. */
const TEXT_MAX = 2_000;
const SHORT_MAX = 255;
/** One item's raw JSON may not exceed this (the whole body is bounded by the route). */
export const MAX_ITEM_BYTES = 64 * 1024;

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => v !== null && typeof v === 'object' && !Array.isArray(v);

class Reject extends Error {
  constructor(readonly rejection: ItemRejection) {
    super(rejection.code);
  }
}
const bad = (field: string, expected: string): never => {
  throw new Reject({ code: 'alert.item_bad_field', params: { field, expected } });
};
const missing = (field: string): never => {
  throw new Reject({ code: 'alert.item_missing_field', params: { field } });
};

/** A text field (numbers accepted and shown as text); null when absent; bad type refused. */
function text(o: Obj | undefined, key: string, field: string, max = SHORT_MAX): string | null {
  const v = o?.[key];
  if (v === undefined || v === null) return null;
  if (typeof v === 'number' && Number.isFinite(v)) return String(v);
  if (typeof v !== 'string') return bad(field, 'string');
  const t = v.trim();
  return t ? t.slice(0, max) : null;
}
function obj(o: Obj | undefined, key: string, field: string): Obj | undefined {
  const v = o?.[key];
  if (v === undefined || v === null) return undefined;
  return isObj(v) ? v : bad(field, 'object');
}
/** A time in any form Date.parse reads (Wazuh/Suricata write `+0000` offsets); null when absent. */
function time(o: Obj | undefined, key: string, field: string): string | null {
  const v = text(o, key, field, 64);
  if (v === null) return null;
  const iso = v.replace(/([+-]\d{2})(\d{2})$/, '$1:$2');
  const ms = Date.parse(iso);
  if (!Number.isFinite(ms)) return bad(field, 'date-time');
  const year = new Date(ms).getUTCFullYear();
  // Alertmanager writes 0001-01-01 for "no end"; such dates are no time at all.
  return year < 1970 || year > 9999 ? null : new Date(ms).toISOString();
}

function blank(raw: unknown): NormalisedAlert {
  return {
    externalId: null,
    occurredAt: null,
    severity: 'medium',
    ruleId: null,
    ruleName: null,
    category: null,
    host: null,
    ip: null,
    srcIp: null,
    destIp: null,
    url: null,
    agent: null,
    message: null,
    resolved: false,
    raw,
  };
}

const SEVERITY_WORDS: Record<string, AlertSeverity> = {
  info: 'info',
  informational: 'info',
  notice: 'info',
  none: 'info',
  debug: 'info',
  low: 'low',
  minor: 'low',
  warning: 'medium',
  warn: 'medium',
  medium: 'medium',
  moderate: 'medium',
  average: 'medium',
  high: 'high',
  major: 'high',
  error: 'high',
  critical: 'critical',
  crit: 'critical',
  emergency: 'critical',
  disaster: 'critical',
  page: 'high',
};

/** A severity word or a 0–10 number (generic format); null when absent. */
function severityOf(v: unknown, field: string): AlertSeverity | null {
  if (v === undefined || v === null) return null;
  if (typeof v === 'number') {
    if (!Number.isFinite(v) || v < 0 || v > 10) return bad(field, 'number 0-10 or a severity word');
    return v >= 9 ? 'critical' : v >= 7 ? 'high' : v >= 4 ? 'medium' : v >= 1 ? 'low' : 'info';
  }
  if (typeof v !== 'string') return bad(field, 'number 0-10 or a severity word');
  const word = SEVERITY_WORDS[v.trim().toLowerCase()];
  return word ?? bad(field, 'info|low|medium|high|critical');
}

/** Wazuh rule levels 0–15 (16 the maximum its filters accept). */
export function wazuhSeverity(level: number): AlertSeverity {
  if (level >= 13) return 'critical';
  if (level >= 10) return 'high';
  if (level >= 7) return 'medium';
  if (level >= 4) return 'low';
  return 'info';
}

/** Suricata's alert severity: 1 is the highest, 3 (or more) the lowest. */
export function suricataSeverity(severity: number): AlertSeverity {
  if (severity <= 1) return 'high';
  if (severity === 2) return 'medium';
  return 'low';
}

function guard(raw: unknown, parse: (o: Obj) => NormalisedAlert): ParsedItem {
  if (!isObj(raw)) return { ok: false, error: { code: 'alert.item_not_object' } };
  try {
    const size = JSON.stringify(raw).length;
    if (size > MAX_ITEM_BYTES)
      return { ok: false, error: { code: 'alert.item_too_large', params: { max: MAX_ITEM_BYTES } } };
    return { ok: true, alert: parse(raw) };
  } catch (e) {
    if (e instanceof Reject) return { ok: false, error: e.rejection };
    return { ok: false, error: { code: 'alert.item_bad_field', params: { field: '?', expected: 'JSON' } } };
  }
}

// --- generic ---------------------------------------------------------------------------------

/**
 * ungcuu's generic format: `title` (or `ruleName`) is required; `externalId`, `severity`
 * (info|low|medium|high|critical or 0–10), `ruleId`, `category`, `host`, `ip`, `srcIp`, `destIp`,
 * `url`, `agent`, `message`, `occurredAt` (ISO 8601), `status` (firing|resolved) are optional;
 * anything else is kept in the raw record.
 */
export function parseGenericItem(raw: unknown): ParsedItem {
  return guard(raw, (o) => {
    const a = blank(raw);
    a.ruleName = text(o, 'title', 'title', TEXT_MAX) ?? text(o, 'ruleName', 'ruleName', TEXT_MAX);
    if (!a.ruleName) missing('title');
    a.externalId = text(o, 'externalId', 'externalId', 200);
    a.severity = severityOf(o.severity, 'severity') ?? 'medium';
    a.ruleId = text(o, 'ruleId', 'ruleId');
    a.category = text(o, 'category', 'category');
    a.host = text(o, 'host', 'host');
    a.ip = text(o, 'ip', 'ip', 64);
    a.srcIp = text(o, 'srcIp', 'srcIp', 64);
    a.destIp = text(o, 'destIp', 'destIp', 64);
    a.url = text(o, 'url', 'url', 2048);
    a.agent = text(o, 'agent', 'agent');
    a.message = text(o, 'message', 'message', TEXT_MAX);
    a.occurredAt = time(o, 'occurredAt', 'occurredAt');
    const status = text(o, 'status', 'status', 20);
    if (status !== null && status !== 'firing' && status !== 'resolved') bad('status', 'firing|resolved');
    a.resolved = status === 'resolved';
    return a;
  });
}

// --- Wazuh -----------------------------------------------------------------------------------

/** One alert as the Wazuh Integrator posts it (the alerts.json record). */
export function parseWazuhItem(raw: unknown): ParsedItem {
  return guard(raw, (o) => {
    const a = blank(raw);
    const rule = obj(o, 'rule', 'rule') ?? missing('rule');
    const level = rule.level;
    if (level === undefined) missing('rule.level');
    const n = typeof level === 'string' && /^\d{1,2}$/.test(level) ? Number(level) : level;
    if (typeof n !== 'number' || !Number.isInteger(n) || n < 0 || n > 16) bad('rule.level', 'integer 0-16');
    a.severity = wazuhSeverity(n as number);
    a.ruleId = text(rule, 'id', 'rule.id') ?? missing('rule.id');
    a.ruleName = text(rule, 'description', 'rule.description', TEXT_MAX);
    const groups = rule.groups;
    if (groups !== undefined && !Array.isArray(groups)) bad('rule.groups', 'array');
    a.category = Array.isArray(groups)
      ? groups
          .filter((g): g is string => typeof g === 'string')
          .slice(0, 10)
          .join(',')
          .slice(0, SHORT_MAX) || null
      : null;
    const agent = obj(o, 'agent', 'agent');
    a.agent = text(agent, 'name', 'agent.name');
    a.ip = text(agent, 'ip', 'agent.ip', 64);
    const data = obj(o, 'data', 'data');
    a.srcIp = text(data, 'srcip', 'data.srcip', 64);
    a.destIp = text(data, 'dstip', 'data.dstip', 64);
    a.url = text(data, 'url', 'data.url', 2048);
    const predecoder = obj(o, 'predecoder', 'predecoder');
    a.host = text(predecoder, 'hostname', 'predecoder.hostname');
    a.message = text(o, 'full_log', 'full_log', TEXT_MAX);
    a.externalId = text(o, 'id', 'id', 200);
    a.occurredAt = time(o, 'timestamp', 'timestamp');
    return a;
  });
}

// --- Suricata --------------------------------------------------------------------------------

const EVE_TYPES = new Set([
  'alert',
  'http',
  'dns',
  'tls',
  'flow',
  'netflow',
  'fileinfo',
  'anomaly',
  'drop',
  'ssh',
  'smtp',
  'stats',
]);

/** One EVE JSON record. Non-alert records are kept as information (severity info). */
export function parseSuricataItem(raw: unknown): ParsedItem {
  return guard(raw, (o) => {
    const a = blank(raw);
    const type = text(o, 'event_type', 'event_type', 40) ?? missing('event_type');
    if (!EVE_TYPES.has(type)) throw new Reject({ code: 'alert.item_unsupported', params: { type } });
    a.category = type;
    a.occurredAt = time(o, 'timestamp', 'timestamp');
    a.srcIp = text(o, 'src_ip', 'src_ip', 64);
    a.destIp = text(o, 'dest_ip', 'dest_ip', 64);
    a.agent = text(o, 'host', 'host'); // the sensor name, when configured
    a.severity = 'info';
    const flowId = o.flow_id;
    if (flowId !== undefined && typeof flowId !== 'number' && typeof flowId !== 'string')
      bad('flow_id', 'number');
    if (type === 'alert' || type === 'drop') {
      const alert = obj(o, 'alert', 'alert') ?? missing('alert');
      const sid = alert.signature_id;
      if (sid === undefined) missing('alert.signature_id');
      if (typeof sid !== 'number' || !Number.isInteger(sid)) bad('alert.signature_id', 'integer');
      a.ruleId = String(sid);
      a.ruleName = text(alert, 'signature', 'alert.signature', TEXT_MAX);
      a.category = text(alert, 'category', 'alert.category') ?? type;
      const sev = alert.severity;
      if (sev !== undefined && (typeof sev !== 'number' || !Number.isInteger(sev) || sev < 1 || sev > 255))
        bad('alert.severity', 'integer 1-255');
      a.severity = suricataSeverity(typeof sev === 'number' ? sev : 3);
    } else if (type === 'anomaly') {
      a.ruleId = 'anomaly';
      a.severity = 'low';
    } else {
      a.ruleId = type;
    }
    const http = obj(o, 'http', 'http');
    if (http) {
      const host = text(http, 'hostname', 'http.hostname');
      const path = text(http, 'url', 'http.url', 1800) ?? '';
      a.host = host;
      if (host) a.url = `http://${host}${path.startsWith('/') ? path : `/${path}`}`.slice(0, 2048);
    }
    const dns = obj(o, 'dns', 'dns');
    if (dns) a.message = text(dns, 'rrname', 'dns.rrname');
    const tls = obj(o, 'tls', 'tls');
    if (tls) a.host = a.host ?? text(tls, 'sni', 'tls.sni');
    if (!a.ruleName) a.ruleName = `${type}${a.host ? ` ${a.host}` : ''}`.slice(0, SHORT_MAX);
    // EVE has no id per record; flow id + type + timestamp identify one closely enough for retries.
    if (flowId !== undefined && a.occurredAt) a.externalId = `${flowId}:${type}:${a.ruleId}:${a.occurredAt}`;
    return a;
  });
}

// --- Alertmanager ----------------------------------------------------------------------------

/** The host part of an `instance` label (`web-01:9100`, `https://portal.example/`). */
function instanceHost(instance: string | null): { host: string | null; url: string | null } {
  if (!instance) return { host: null, url: null };
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(instance)) return { host: null, url: instance };
  const m = /^\[?([^\]]+?)\]?(?::\d+)?$/.exec(instance);
  return { host: m ? m[1]! : instance, url: null };
}

/** One entry of an Alertmanager v4 payload's `alerts[]` (group fields already merged). */
export function parseAlertmanagerItem(raw: unknown): ParsedItem {
  return guard(raw, (o) => {
    const a = blank(raw);
    const labels = obj(o, 'labels', 'labels') ?? missing('labels');
    const annotations = obj(o, 'annotations', 'annotations');
    for (const [k, v] of Object.entries(labels))
      if (typeof v !== 'string') bad(`labels.${k.slice(0, 40)}`, 'string');
    a.ruleName = text(labels, 'alertname', 'labels.alertname', TEXT_MAX) ?? missing('labels.alertname');
    a.ruleId = a.ruleName.slice(0, SHORT_MAX);
    a.severity = severityOf(labels.severity, 'labels.severity') ?? 'medium';
    a.category = text(labels, 'job', 'labels.job');
    const where = instanceHost(text(labels, 'instance', 'labels.instance', 2048));
    a.host = text(labels, 'host', 'labels.host') ?? text(labels, 'hostname', 'labels.hostname') ?? where.host;
    a.url = where.url;
    a.message =
      text(annotations, 'summary', 'annotations.summary', TEXT_MAX) ??
      text(annotations, 'description', 'annotations.description', TEXT_MAX);
    const status = text(o, 'status', 'status', 20);
    if (status !== null && status !== 'firing' && status !== 'resolved') bad('status', 'firing|resolved');
    a.resolved = status === 'resolved';
    a.occurredAt = time(o, 'startsAt', 'startsAt');
    const fp = text(o, 'fingerprint', 'fingerprint', 64);
    // One notice per alert occurrence and state: a re-sent notification is a duplicate.
    if (fp) a.externalId = `${fp}:${a.occurredAt ?? ''}:${status ?? 'firing'}`;
    return a;
  });
}

// --- bodies ----------------------------------------------------------------------------------

/** How deep a JSON text nests, read without parsing (so a 100,000-deep body costs one pass). */
export function jsonDepth(body: string): number {
  let depth = 0;
  let max = 0;
  let inString = false;
  for (let i = 0; i < body.length; i++) {
    const c = body.charCodeAt(i);
    if (inString) {
      if (c === 92) i++;
      else if (c === 34) inString = false;
    } else if (c === 34) inString = true;
    else if (c === 123 || c === 91) {
      depth++;
      if (depth > max) max = depth;
    } else if (c === 125 || c === 93) depth--;
  }
  return max;
}

function itemsOf(list: unknown[], parse: (raw: unknown) => ParsedItem): ParsedBody {
  if (list.length === 0) return { ok: false, code: 'alert.body_invalid', params: { reason: 'no items' } };
  if (list.length > MAX_BATCH_ITEMS)
    return { ok: false, code: 'alert.batch_too_large', params: { max: MAX_BATCH_ITEMS } };
  return { ok: true, items: list.map(parse) };
}

/**
 * A whole body of one kind, already JSON-parsed (`value`), or for Suricata possibly NDJSON text
 * (`text`, one record per line). The route has checked size and depth.
 */
export function parseAlertBody(kind: Exclude<AlertSourceKind, 'syslog'>, value: unknown): ParsedBody {
  switch (kind) {
    case 'generic':
      if (Array.isArray(value)) return itemsOf(value, parseGenericItem);
      if (isObj(value) && Array.isArray(value.alerts)) return itemsOf(value.alerts, parseGenericItem);
      if (isObj(value)) return itemsOf([value], parseGenericItem);
      return {
        ok: false,
        code: 'alert.body_invalid',
        params: { reason: 'expected an object or {alerts: [...]}' },
      };
    case 'wazuh':
      if (Array.isArray(value)) return itemsOf(value, parseWazuhItem);
      if (isObj(value)) return itemsOf([value], parseWazuhItem);
      return { ok: false, code: 'alert.body_invalid', params: { reason: 'expected a Wazuh alert object' } };
    case 'suricata':
      if (Array.isArray(value)) return itemsOf(value, parseSuricataItem);
      if (isObj(value)) return itemsOf([value], parseSuricataItem);
      return { ok: false, code: 'alert.body_invalid', params: { reason: 'expected EVE JSON records' } };
    case 'alertmanager': {
      if (!isObj(value) || !Array.isArray(value.alerts))
        return {
          ok: false,
          code: 'alert.body_invalid',
          params: { reason: 'expected an Alertmanager payload' },
        };
      const version = value.version;
      if (version !== undefined && version !== '4')
        return { ok: false, code: 'alert.body_invalid', params: { reason: 'payload version 4 expected' } };
      // Labels common to the group (commonLabels) fill what an alert leaves out.
      const common = isObj(value.commonLabels) ? value.commonLabels : {};
      return itemsOf(value.alerts, (item) =>
        parseAlertmanagerItem(
          isObj(item) && isObj(item.labels) ? { ...item, labels: { ...common, ...item.labels } } : item,
        ),
      );
    }
  }
}

/** NDJSON (Suricata's eve.json lines): each non-empty line one record; a bad line is a bad item. */
export function parseNdjson(
  body: string,
): { ok: true; values: unknown[] } | { ok: false; code: 'alert.batch_too_large' } {
  const values: unknown[] = [];
  for (const line of body.split('\n')) {
    const t = line.trim();
    if (!t) continue;
    if (values.length >= MAX_BATCH_ITEMS) return { ok: false, code: 'alert.batch_too_large' };
    if (jsonDepth(t) > MAX_JSON_DEPTH) {
      values.push(NOT_JSON);
      continue;
    }
    try {
      values.push(JSON.parse(t));
    } catch {
      values.push(NOT_JSON);
    }
  }
  return { ok: true, values };
}

/** Marks a line that was not JSON: its item is refused as "not an object". */
export const NOT_JSON = Symbol('not-json');
