import { type Static, Type } from '@sinclair/typebox';
import type { LocalizedText } from '../i18n-text.ts';
import { RefId } from '../refs.ts';

/**
 * Monitors of the units' public systems (issue 10, seed II.4.a: monitoring and early detection).
 * Each kind is one question asked of an address on a schedule.
 */
export const MONITOR_KINDS = ['http', 'keyword', 'tcp', 'tls', 'dns', 'defacement'] as const;
export type MonitorKind = (typeof MONITOR_KINDS)[number];

export const MONITOR_KIND_LABELS: Record<MonitorKind, LocalizedText> = {
  http: { vi: 'Truy cập trang web (HTTP/HTTPS)', en: 'Web availability (HTTP/HTTPS)' },
  keyword: { vi: 'Có/không có từ khoá trên trang', en: 'Keyword present/absent' },
  tcp: { vi: 'Cổng dịch vụ (TCP)', en: 'TCP port' },
  tls: { vi: 'Chứng thư số (TLS) còn hạn', en: 'TLS certificate validity' },
  dns: { vi: 'Bản ghi tên miền (DNS) thay đổi', en: 'DNS answers changed' },
  defacement: { vi: 'Thay đổi giao diện (deface)', en: 'Defacement' },
};

/** 'pending' until the first check; 'down' once the failure rule (threshold, probes) says so. */
export const MONITOR_STATUSES = ['pending', 'up', 'down', 'paused'] as const;
export type MonitorStatus = (typeof MONITOR_STATUSES)[number];

export const DNS_RECORD_TYPES = ['A', 'AAAA', 'CNAME', 'MX', 'NS', 'TXT'] as const;
export type DnsRecordType = (typeof DNS_RECORD_TYPES)[number];

const literals = <T extends string>(values: readonly T[]) => Type.Union(values.map((v) => Type.Literal(v)));

/** Per-kind settings; every field bounded (input guard). */
export const MonitorConfigSchema = Type.Object(
  {
    /** keyword: the text looked for, and whether it must be present or absent. */
    keyword: Type.Optional(Type.String({ minLength: 1, maxLength: 200 })),
    keywordMode: Type.Optional(literals(['present', 'absent'] as const)),
    /** http/keyword: status codes counted as up; default 200–399. */
    expectedStatus: Type.Optional(
      Type.Array(Type.Integer({ minimum: 100, maximum: 599 }), { maxItems: 20, uniqueItems: true }),
    ),
    /** Accept a certificate no trusted authority signed (internal sites); the TLS monitor still reports it. */
    ignoreTlsErrors: Type.Optional(Type.Boolean()),
    /** tcp: the port when the target is a bare host. */
    port: Type.Optional(Type.Integer({ minimum: 1, maximum: 65535 })),
    /** tls: fewer days than this before expiry counts as a failure. */
    tlsWarnDays: Type.Optional(Type.Integer({ minimum: 0, maximum: 365 })),
    /** dns: record type and the resolvers asked ("ip" or "ip:port"; default: the system's). */
    dnsRecordType: Type.Optional(literals(DNS_RECORD_TYPES)),
    dnsServers: Type.Optional(
      Type.Array(Type.String({ minLength: 2, maxLength: 60, pattern: '^[0-9a-fA-F.:\\[\\]]+$' }), {
        maxItems: 4,
      }),
    ),
    /** defacement: similarity with the baseline below this percentage counts as a change. */
    similarityPercent: Type.Optional(Type.Integer({ minimum: 5, maximum: 99 })),
  },
  { additionalProperties: false },
);
export type MonitorConfig = Static<typeof MonitorConfigSchema>;

export const MonitorInputSchema = Type.Object(
  {
    name: Type.String({ minLength: 2, maxLength: 200 }),
    kind: literals(MONITOR_KINDS),
    /** A URL (http, keyword, defacement), host or host:port (tcp, tls), or a domain name (dns). */
    target: Type.String({ minLength: 3, maxLength: 2000 }),
    systemId: Type.Optional(Type.Union([RefId('system'), Type.Null()])),
    /** The owning unit when no system is named (default: the caller's). */
    unitId: Type.Optional(RefId('unit')),
    intervalSeconds: Type.Optional(Type.Integer({ minimum: 20, maximum: 86_400 })),
    timeoutMs: Type.Optional(Type.Integer({ minimum: 500, maximum: 60_000 })),
    /** Failed checks in a row before the monitor is called down. */
    failThreshold: Type.Optional(Type.Integer({ minimum: 1, maximum: 20 })),
    /** Remote probes that must also see the failure (0: the server's own checks decide). */
    probesRequired: Type.Optional(Type.Integer({ minimum: 0, maximum: 10 })),
    enabled: Type.Optional(Type.Boolean()),
    config: Type.Optional(MonitorConfigSchema),
  },
  { additionalProperties: false },
);
export type MonitorInput = Static<typeof MonitorInputSchema>;

/** Defaults per kind: a page is asked every minute; a certificate or DNS zone changes slowly. */
export const MONITOR_DEFAULTS: Record<
  MonitorKind,
  { intervalSeconds: number; timeoutMs: number; failThreshold: number }
> = {
  http: { intervalSeconds: 60, timeoutMs: 10_000, failThreshold: 3 },
  keyword: { intervalSeconds: 60, timeoutMs: 10_000, failThreshold: 2 },
  tcp: { intervalSeconds: 60, timeoutMs: 5_000, failThreshold: 3 },
  tls: { intervalSeconds: 3_600, timeoutMs: 10_000, failThreshold: 1 },
  dns: { intervalSeconds: 300, timeoutMs: 5_000, failThreshold: 2 },
  defacement: { intervalSeconds: 300, timeoutMs: 15_000, failThreshold: 1 },
};

export const DEFAULT_TLS_WARN_DAYS = 14;
export const DEFAULT_SIMILARITY_THRESHOLD = 0.6;

/** A check must finish well inside its interval, or two runs of one monitor could overlap. */
export function timeoutFits(intervalSeconds: number, timeoutMs: number): boolean {
  return timeoutMs <= intervalSeconds * 1000 * 0.8;
}

/**
 * Whether a target fits its kind. URLs must be http(s); hosts are names or IP literals with an
 * optional port. Returns the normalised target or null.
 */
export function normaliseTarget(kind: MonitorKind, raw: string): string | null {
  const value = raw.trim();
  if (kind === 'http' || kind === 'keyword' || kind === 'defacement') {
    try {
      if (/^[a-z][a-z0-9+.-]*:\/\//i.test(value) && !/^https?:\/\//i.test(value)) return null;
      const url = new URL(/^https?:\/\//i.test(value) ? value : `https://${value}`);
      if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
      if (!url.hostname) return null;
      return url.toString();
    } catch {
      return null;
    }
  }
  const host = value.replace(/^[a-z]+:\/\//i, '').replace(/\/.*$/, '');
  if (!/^(\[[0-9a-f:]+\]|[a-z0-9.-]+|[0-9a-f:]+)(:\d{1,5})?$/i.test(host)) return null;
  if (kind === 'dns') return host.replace(/:\d+$/, '').toLowerCase();
  return host.toLowerCase();
}

/** The monitors the inventory's addresses call for: a web address gets availability, TLS and defacement. */
export function monitorsForAddress(address: {
  kind: 'url' | 'domain' | 'ip';
  value: string;
}): { kind: MonitorKind; target: string }[] {
  const out: { kind: MonitorKind; target: string }[] = [];
  const push = (kind: MonitorKind, raw: string) => {
    const target = normaliseTarget(kind, raw);
    if (target) out.push({ kind, target });
  };
  if (address.kind === 'url' || address.kind === 'domain') {
    const url = address.kind === 'url' ? address.value : `https://${address.value}`;
    push('http', url);
    push('defacement', url);
    const host = normaliseTarget('http', url) ? new URL(normaliseTarget('http', url)!).hostname : null;
    if (host && url.toLowerCase().startsWith('https')) push('tls', `${host}:443`);
    if (address.kind === 'domain') push('dns', address.value);
  } else {
    push('tcp', `${address.value}:443`);
  }
  return out;
}

/**
 * The down rule (issue 10): `failThreshold` failed checks in a row, and, when the monitor asks
 * for it, at least `probesRequired` remote probes seeing the failure too, so that an outage of
 * the server's own network is not called an attack on the site.
 */
export function isDown(input: {
  consecutiveFailures: number;
  failThreshold: number;
  probesRequired: number;
  probesFailing: number;
}): boolean {
  if (input.consecutiveFailures < input.failThreshold) return false;
  return input.probesFailing >= input.probesRequired;
}

/** Share of good checks, or null when there were none (a new monitor has no uptime yet). */
export function uptimeRatio(ok: number, checks: number): number | null {
  return checks > 0 ? ok / checks : null;
}
