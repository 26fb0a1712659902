import type { LocalizedText } from '../i18n-text.ts';
import type { Subtype } from '../incidents/taxonomy.ts';

// Alerts from the units' security tools (issue 10, second half): what a parsed alert holds, how
// severities compare, which fields make its fingerprint, and which incident subtype it suggests.

/** Where alerts come from: one webhook per tool, plus the syslog listener. */
export const ALERT_SOURCE_KINDS = ['generic', 'wazuh', 'suricata', 'alertmanager', 'syslog'] as const;
export type AlertSourceKind = (typeof ALERT_SOURCE_KINDS)[number];

export const ALERT_SOURCE_KIND_LABELS: Record<AlertSourceKind, LocalizedText> = {
  generic: { vi: 'JSON chung', en: 'Generic JSON' },
  wazuh: { vi: 'Wazuh', en: 'Wazuh' },
  suricata: { vi: 'Suricata (EVE JSON)', en: 'Suricata (EVE JSON)' },
  alertmanager: { vi: 'Prometheus Alertmanager', en: 'Prometheus Alertmanager' },
  syslog: { vi: 'Syslog', en: 'Syslog' },
};

/** Ordered from least to most severe; stored as their index (0..4). */
export const ALERT_SEVERITIES = ['info', 'low', 'medium', 'high', 'critical'] as const;
export type AlertSeverity = (typeof ALERT_SEVERITIES)[number];

export const ALERT_SEVERITY_LABELS: Record<AlertSeverity, LocalizedText> = {
  info: { vi: 'Thông tin', en: 'Info' },
  low: { vi: 'Thấp', en: 'Low' },
  medium: { vi: 'Trung bình', en: 'Medium' },
  high: { vi: 'Cao', en: 'High' },
  critical: { vi: 'Nghiêm trọng', en: 'Critical' },
};

export function severityRank(severity: AlertSeverity): number {
  return ALERT_SEVERITIES.indexOf(severity);
}
export function severityOfRank(rank: number): AlertSeverity {
  return ALERT_SEVERITIES[Math.max(0, Math.min(ALERT_SEVERITIES.length - 1, Math.trunc(rank)))]!;
}

/** What became of one item of a posted batch. Duplicates (same externalId again) are not stored twice. */
export const ALERT_ITEM_STATUSES = ['accepted', 'duplicate', 'suppressed', 'rejected'] as const;
export type AlertItemStatus = (typeof ALERT_ITEM_STATUSES)[number];

/** A stored alert is either counted normally or suppressed (by a rule or a maintenance window). */
export const ALERT_STATUSES = ['accepted', 'suppressed'] as const;
export type AlertStatus = (typeof ALERT_STATUSES)[number];

/** A group of alerts with one fingerprint inside the correlation window. */
export const ALERT_GROUP_STATUSES = ['open', 'closed', 'suppressed'] as const;
export type AlertGroupStatus = (typeof ALERT_GROUP_STATUSES)[number];

export const ALERT_GROUP_STATUS_LABELS: Record<AlertGroupStatus, LocalizedText> = {
  open: { vi: 'Đang mở', en: 'Open' },
  closed: { vi: 'Đã đóng', en: 'Closed' },
  suppressed: { vi: 'Bị chặn', en: 'Suppressed' },
};

/** Kinds of unknown host keys listed for mapping to a system. */
export const HOST_KEY_KINDS = ['host', 'ip', 'url', 'agent'] as const;
export type HostKeyKind = (typeof HOST_KEY_KINDS)[number];

/**
 * One alert after parsing, whatever tool sent it. Every text is trimmed and bounded; `raw` is the
 * item as received (stored as JSON for the detail view).
 */
export interface NormalisedAlert {
  /** The sender's id of this alert: a retried batch with the same ids is not counted twice. */
  externalId: string | null;
  /** When the tool saw it (ISO); the server's receipt time is kept separately. */
  occurredAt: string | null;
  severity: AlertSeverity;
  ruleId: string | null;
  ruleName: string | null;
  category: string | null;
  host: string | null;
  ip: string | null;
  srcIp: string | null;
  destIp: string | null;
  url: string | null;
  agent: string | null;
  message: string | null;
  /** Alertmanager's "resolved" notices are kept but do not raise anything. */
  resolved: boolean;
  raw: unknown;
}

/** Fields a fingerprint may be made of (a source may configure its own list). */
export const FINGERPRINT_FIELDS = [
  'ruleId',
  'ruleName',
  'category',
  'host',
  'ip',
  'srcIp',
  'destIp',
  'url',
  'agent',
  'severity',
] as const;
export type FingerprintField = (typeof FINGERPRINT_FIELDS)[number];

/** Default fingerprint per kind: the same rule on the same asset is one problem. */
export const DEFAULT_FINGERPRINT_FIELDS: Record<AlertSourceKind, readonly FingerprintField[]> = {
  generic: ['ruleId', 'ruleName', 'host', 'ip', 'url'],
  wazuh: ['ruleId', 'agent', 'ip'],
  suricata: ['ruleId', 'destIp'],
  alertmanager: ['ruleName', 'host'],
  syslog: ['ruleId', 'host'],
};

/**
 * The text a fingerprint hashes: the chosen fields in order, each folded to lower case. Core turns
 * it into a digest; kept here so tests can show which alerts fall together.
 */
export function fingerprintKey(alert: NormalisedAlert, fields: readonly FingerprintField[]): string {
  return fields.map((f) => `${f}=${String(alert[f] ?? '').toLowerCase()}`).join('\u001f');
}

/** The host name of a URL, lower case, or null. Written by hand: domain code has no URL parser. */
export function urlHost(url: string | null): string | null {
  if (!url) return null;
  const m = /^[a-z][a-z0-9+.-]*:\/\/(?:[^@/?#]*@)?(\[[^\]]+\]|[^:/?#]+)/i.exec(url.trim());
  return m ? m[1]!.replace(/^\[|\]$/g, '').toLowerCase() : null;
}

/**
 * The names an alert's asset may be known by, most specific first: what mapping to a system tries
 * (host name, agent, URL host, IPs). The first one is what an unknown source is listed under.
 */
export function hostCandidates(alert: NormalisedAlert): { kind: HostKeyKind; value: string }[] {
  const out: { kind: HostKeyKind; value: string }[] = [];
  const add = (kind: HostKeyKind, value: string | null) => {
    const v = value?.trim().toLowerCase();
    if (v && !out.some((o) => o.value === v)) out.push({ kind, value: v.slice(0, 255) });
  };
  add('host', alert.host);
  add('agent', alert.agent);
  add('url', urlHost(alert.url));
  add('ip', alert.ip);
  add('ip', alert.destIp);
  add('ip', alert.srcIp);
  return out;
}

const SUBTYPE_RULES: [RegExp, Subtype][] = [
  [/ransom/, 'attack.ransomware'],
  [/deface/, 'attack.defacement'],
  [/phish/, 'attack.phishing'],
  [/\b(d?dos|denial of service|syn flood|flood)\b/, 'attack.dos'],
  [
    /(malware|trojan|virus|worm|botnet|backdoor|rootkit|\bc2\b|command and control|coinminer|mining)/,
    'attack.malware',
  ],
  [
    /(brute ?force|intrusion|exploit|sql injection|sqli|\bxss\b|web attack|shell|privilege|authentication fail|multiple failed|scan|attempted-admin|attempted-user|web-application-attack)/,
    'attack.intrusion',
  ],
  [/(exfiltrat|data leak|espionage)/, 'attack.espionage'],
];

/**
 * The incident subtype an alert group suggests, where its rule or category says so plainly.
 * Infrastructure alerts (Alertmanager) that name no attack are failures; the rest are attacks of
 * another kind, left to the focal office to refine.
 */
export function subtypeForAlert(
  kind: AlertSourceKind,
  alert: Pick<NormalisedAlert, 'ruleName' | 'category' | 'message'>,
): Subtype {
  const text = `${alert.ruleName ?? ''} ${alert.category ?? ''} ${alert.message ?? ''}`.toLowerCase();
  for (const [pattern, subtype] of SUBTYPE_RULES) if (pattern.test(text)) return subtype;
  if (kind === 'alertmanager') {
    if (/(overload|cpu|memory|disk ?full|latency|saturat)/.test(text)) return 'failure.overload';
    return 'failure.software_hardware';
  }
  return 'attack.other';
}

/** Administrator settings of the alert intake. */
export interface AlertSettings {
  /** Raw alerts older than this are dropped (whole daily partitions). */
  retentionDays: number;
  /** Alerts of one fingerprint closer than this in time fall into the same group. */
  correlationWindowMinutes: number;
  /** An open group at or above this severity opens one incident. */
  incidentSeverity: AlertSeverity;
  /** At most one timeline entry per incident per this many minutes for alerts that keep coming. */
  timelineEveryMinutes: number;
}

export const ALERT_SETTINGS_DEFAULTS: AlertSettings = {
  retentionDays: 90,
  correlationWindowMinutes: 30,
  incidentSeverity: 'high',
  timelineEveryMinutes: 10,
};

/** Per-source rate limit default (alerts per minute); 0 means unlimited. */
export const DEFAULT_RATE_PER_MINUTE = 60_000;
/** Items a single webhook request may carry. */
export const MAX_BATCH_ITEMS = 1_000;
/** Bytes a single webhook request may carry. */
export const MAX_BATCH_BYTES = 10 * 1024 * 1024;
/** Nesting depth refused before parsing further (arrays and objects). */
export const MAX_JSON_DEPTH = 32;

/**
 * A source as the intake needs it (core loads it from `alert_sources`): what `ingestAlerts`
 * takes besides the items. The syslog listener gets one by name (`syslogSource(deps, name)`).
 */
export interface AlertSourceRef {
  id: string;
  kind: AlertSourceKind;
  name: string;
  /** The unit incidents of unmapped alerts are filed under (the token owner's unit). */
  unitId: string;
  fingerprintFields: readonly FingerprintField[];
  /** Alerts per minute; 0 = no limit. */
  ratePerMinute: number;
  enabled: boolean;
}
