import { compact, endpoint, firstLine, ipOrNull, isIp, keyValues, port } from './syslog-fields.ts';
import {
  parseSyslog,
  type SyslogMessage,
  type SyslogParseOptions,
  type SyslogRejection,
} from './syslog-message.ts';

// Parsing rules for what units' devices actually send over syslog (issue 10: "parsing rules for
// common sources"): a syslog message becomes the generic alert shape the alert intake takes.
// The first rule that recognises a message wins; the fallback takes everything else.

export const SYSLOG_ALERT_SEVERITIES = ['critical', 'high', 'medium', 'low', 'info'] as const;
export type SyslogAlertSeverity = (typeof SYSLOG_ALERT_SEVERITIES)[number];

export const SYSLOG_RULES = ['filterlog', 'fortigate', 'netfilter', 'sshd', 'windows', 'fallback'] as const;
export type SyslogRuleName = (typeof SYSLOG_RULES)[number];

/** The generic alert a syslog line becomes (before the intake maps it to a system). */
export interface SyslogAlert {
  /** Which parsing rule read it. */
  parser: SyslogRuleName;
  /** Sending device as it names itself (syslog HOSTNAME, FortiGate devname, Windows Hostname). */
  host: string | null;
  /** The device's address when the message names it (else the listener uses the peer address). */
  ip: string | null;
  /** What fired: `filterlog:block`, a FortiGate logid/attack, `sshd:failed_password`, `4625`. */
  rule: string;
  program: string | null;
  severity: SyslogAlertSeverity;
  title: string;
  message: string;
  observedAt: string | null;
  srcIp: string | null;
  dstIp: string | null;
  srcPort: number | null;
  dstPort: number | null;
  user: string | null;
  /** The fields a rule read, for the raw view and for fingerprints. */
  fields: Record<string, string>;
}

const TITLE_MAX = 300;
const MESSAGE_MAX = 4000;
const FIELD_MAX = 64;
const FIELD_VALUE_MAX = 500;

/** Syslog severity 0–7 → alert severity (Emergency/Alert/Critical are all "critical"). */
export function severityFromSyslog(severity: number): SyslogAlertSeverity {
  if (severity <= 2) return 'critical';
  if (severity === 3) return 'high';
  if (severity === 4) return 'medium';
  if (severity === 5) return 'low';
  return 'info';
}

/** A syslog message as an alert; never throws, the fallback always answers. */
export function alertFromSyslog(message: SyslogMessage): SyslogAlert {
  const rules: ((m: SyslogMessage) => SyslogAlert | null)[] = [
    filterlog,
    fortigate,
    netfilter,
    sshd,
    windows,
  ];
  for (const rule of rules) {
    const alert = rule(message);
    if (alert) return bounded(alert);
  }
  return bounded(fallback(message));
}

function base(m: SyslogMessage, parser: SyslogRuleName): SyslogAlert {
  return {
    parser,
    host: m.hostname,
    ip: m.hostname && isIp(m.hostname) ? m.hostname : null,
    rule: m.appName ?? 'syslog',
    program: m.appName,
    severity: severityFromSyslog(m.severity),
    title: firstLine(m.message) || (m.appName ?? 'syslog'),
    message: m.message,
    observedAt: m.timestamp,
    srcIp: null,
    dstIp: null,
    srcPort: null,
    dstPort: null,
    user: null,
    fields: {},
  };
}

function fallback(m: SyslogMessage): SyslogAlert {
  const alert = base(m, 'fallback');
  for (const [id, params] of Object.entries(m.structuredData))
    for (const [name, value] of Object.entries(params)) alert.fields[`${id}.${name}`] = value;
  return alert;
}

// pfSense / OPNsense `filterlog` CSV (docs.netgate.com "Raw Filter Log Format"):
// rule,subrule,anchor,tracker,interface,reason,action,direction,ipversion, then per IP version
// v4: tos,ecn,ttl,id,offset,flags,protoid,proto,length,src,dst[,srcport,dstport,datalen…]
// v6: class,flowlabel,hoplimit,proto,protoid,length,src,dst[,srcport,dstport,datalen…]
function filterlog(m: SyslogMessage): SyslogAlert | null {
  if (m.appName !== 'filterlog') return null;
  const f = m.message.split(',');
  if (f.length < 9) return null;
  const [rule, , , tracker, iface, reason, action, direction, version] = f;
  let proto: string | undefined;
  let src: string | undefined;
  let dst: string | undefined;
  let ports: string[] = [];
  if (version === '4' && f.length >= 20) {
    proto = f[16];
    src = f[18];
    dst = f[19];
    ports = f.slice(20, 22);
  } else if (version === '6' && f.length >= 17) {
    proto = f[12];
    src = f[15];
    dst = f[16];
    ports = f.slice(17, 19);
  } else {
    return null;
  }
  const alert = base(m, 'filterlog');
  const withPorts = proto === 'tcp' || proto === 'udp';
  alert.srcIp = src && isIp(src) ? src : null;
  alert.dstIp = dst && isIp(dst) ? dst : null;
  alert.srcPort = withPorts ? port(ports[0]) : null;
  alert.dstPort = withPorts ? port(ports[1]) : null;
  alert.rule = `filterlog:${action || 'unknown'}`;
  alert.severity = action === 'block' || action === 'reject' ? 'low' : 'info';
  alert.title =
    `${action ?? ''} ${proto ?? ''} ${endpoint(alert.srcIp, alert.srcPort)} → ${endpoint(alert.dstIp, alert.dstPort)} (${iface ?? ''} ${direction ?? ''})`
      .replace(/\s+/g, ' ')
      .trim();
  alert.fields = compact({
    rule_number: rule,
    tracker,
    interface: iface,
    reason,
    action,
    direction,
    ip_version: version,
    protocol: proto,
  });
  return alert;
}

// FortiGate log messages are key=value pairs, quoted when they hold spaces
// (FortiOS Log Message Reference): `date=… time=… devname="FGT" logid="0419016384" type="utm"
// subtype="ips" level="alert" srcip=… dstip=… attack="…" action="dropped" msg="…"`.
function fortigate(m: SyslogMessage): SyslogAlert | null {
  if (!/\b(devname|devid|logid)=/.test(m.message)) return null;
  const kv = keyValues(m.message);
  if (!kv.logid && !kv.devid) return null;
  const alert = base(m, 'fortigate');
  alert.host = kv.devname ?? alert.host;
  alert.srcIp = ipOrNull(kv.srcip);
  alert.dstIp = ipOrNull(kv.dstip);
  alert.srcPort = port(kv.srcport);
  alert.dstPort = port(kv.dstport);
  alert.user = kv.user ?? kv.srcuser ?? null;
  alert.program = 'fortigate';
  alert.rule = kv.attack
    ? `${kv.subtype ?? 'utm'}:${kv.attack}`
    : `logid:${kv.logid ?? kv.type ?? 'unknown'}`;
  alert.severity = fortiSeverity(kv) ?? alert.severity;
  alert.observedAt = fortiTime(kv) ?? alert.observedAt;
  const what = kv.attack ?? kv.msg ?? kv.logdesc ?? `${kv.type ?? ''} ${kv.subtype ?? ''}`.trim();
  const action = kv.action ? ` [${kv.action}]` : '';
  const route =
    alert.srcIp || alert.dstIp
      ? ` ${endpoint(alert.srcIp, null)} → ${endpoint(alert.dstIp, alert.dstPort)}`
      : '';
  alert.title = `${what || 'FortiGate'}${action}${route}`;
  alert.fields = kv;
  return alert;
}

const FORTI_LEVELS: Record<string, SyslogAlertSeverity> = {
  emergency: 'critical',
  alert: 'critical',
  critical: 'critical',
  error: 'high',
  warning: 'medium',
  notice: 'low',
  information: 'info',
  debug: 'info',
};

function fortiSeverity(kv: Record<string, string>): SyslogAlertSeverity | null {
  // IPS/anomaly logs carry the attack's own rating, more telling than the log level.
  const rating = kv.crlevel ?? kv.severity;
  if (rating && (SYSLOG_ALERT_SEVERITIES as readonly string[]).includes(rating))
    return rating as SyslogAlertSeverity;
  return kv.level ? (FORTI_LEVELS[kv.level] ?? null) : null;
}

function fortiTime(kv: Record<string, string>): string | null {
  // eventtime is epoch in s, ms, µs or ns depending on FortiOS version; tz="+0700" when present.
  const raw = kv.eventtime;
  if (raw && /^\d{10,19}$/.test(raw)) {
    const ms = Number(raw.slice(0, 13).padEnd(13, '0'));
    if (Number.isFinite(ms)) return new Date(ms).toISOString();
  }
  if (kv.date && kv.time && /^\d{4}-\d{2}-\d{2}$/.test(kv.date) && /^\d{2}:\d{2}:\d{2}$/.test(kv.time)) {
    const tz = kv.tz && /^[+-]\d{4}$/.test(kv.tz) ? `${kv.tz.slice(0, 3)}:${kv.tz.slice(3)}` : '+07:00';
    const date = new Date(`${kv.date}T${kv.time}${tz}`);
    if (!Number.isNaN(date.getTime())) return date.toISOString();
  }
  return null;
}

// Linux netfilter LOG target, as iptables and ufw write it through the kernel log:
// `[UFW BLOCK] IN=eth0 OUT= MAC=… SRC=203.0.113.5 DST=10.0.0.2 LEN=60 … PROTO=TCP SPT=51234 DPT=22 …`
function netfilter(m: SyslogMessage): SyslogAlert | null {
  const at = m.message.search(/\bIN=\S* OUT=/);
  if (at < 0 || !/\bSRC=/.test(m.message)) return null;
  const kv = keyValues(m.message.slice(at));
  // Whatever precedes IN= is the LOG prefix, after the kernel's own uptime stamp.
  const prefix = m.message
    .slice(0, at)
    .replace(/^\s*\[\s*\d+\.\d+\]\s*/, '')
    .trim();
  const alert = base(m, 'netfilter');
  alert.program = m.appName ?? 'kernel';
  alert.srcIp = ipOrNull(kv.SRC);
  alert.dstIp = ipOrNull(kv.DST);
  alert.srcPort = port(kv.SPT);
  alert.dstPort = port(kv.DPT);
  const label = prefix.replace(/^\[|\]$/g, '').trim() || 'netfilter';
  alert.rule = label;
  const upper = label.toUpperCase();
  alert.severity = /BLOCK|DROP|REJECT|DENY/.test(upper) ? 'low' : 'info';
  alert.title =
    `${label} ${(kv.PROTO ?? '').toLowerCase()} ${endpoint(alert.srcIp, alert.srcPort)} → ${endpoint(alert.dstIp, alert.dstPort)}`
      .replace(/\s+/g, ' ')
      .trim();
  alert.fields = compact({ prefix: label, in: kv.IN, out: kv.OUT, protocol: kv.PROTO, mac: kv.MAC });
  return alert;
}

// OpenSSH sshd(8) authentication failures as sshd logs them to the auth facility.
const SSHD_PATTERNS: { pattern: RegExp; rule: string; severity: SyslogAlertSeverity }[] = [
  {
    pattern:
      /^Failed (?:password|publickey|keyboard-interactive\/pam) for (invalid user )?(\S*) from (\S+) port (\d+)/,
    rule: 'failed_password',
    severity: 'low',
  },
  { pattern: /^Invalid user (\S*) from (\S+) port (\d+)/, rule: 'invalid_user', severity: 'low' },
  {
    pattern:
      /^error: maximum authentication attempts exceeded for (invalid user )?(\S*) from (\S+) port (\d+)/,
    rule: 'max_auth_attempts',
    severity: 'medium',
  },
  {
    pattern: /^Accepted (?:password|publickey|keyboard-interactive\/pam) for ()(\S+) from (\S+) port (\d+)/,
    rule: 'accepted',
    severity: 'info',
  },
];

function sshd(m: SyslogMessage): SyslogAlert | null {
  if (m.appName !== 'sshd' && !m.appName?.startsWith('sshd-')) return null;
  for (const { pattern, rule, severity } of SSHD_PATTERNS) {
    const match = pattern.exec(m.message);
    if (!match) continue;
    // invalid_user has (user, ip, port); the others (invalid?, user, ip, port).
    const [user, ip, p] = rule === 'invalid_user' ? match.slice(1, 4) : match.slice(2, 5);
    const alert = base(m, 'sshd');
    alert.rule = `sshd:${rule}`;
    alert.severity = severity;
    alert.user = user || null;
    alert.srcIp = ipOrNull(ip);
    alert.srcPort = port(p);
    alert.title = firstLine(m.message);
    alert.fields = compact({
      kind: rule,
      invalid_user: match[1] && rule !== 'invalid_user' ? 'yes' : undefined,
    });
    return alert;
  }
  return null;
}

// Windows event log forwarded by NXLog (key=value or JSON via to_json()) or Snare
// (tab-separated `MSWinEventLog	criticality	log	number	time	EventID	source	user	sidtype	type	computer	category		message`).
const WINDOWS_EVENTS: Record<string, { severity: SyslogAlertSeverity; title: string }> = {
  '1102': { severity: 'high', title: 'Audit log cleared' },
  '4625': { severity: 'low', title: 'Failed logon' },
  '4740': { severity: 'medium', title: 'Account locked out' },
  '4720': { severity: 'medium', title: 'User account created' },
  '4728': { severity: 'medium', title: 'Member added to a global security group' },
  '4732': { severity: 'medium', title: 'Member added to a local security group' },
  '4756': { severity: 'medium', title: 'Member added to a universal security group' },
  '7045': { severity: 'medium', title: 'Service installed' },
  '4697': { severity: 'medium', title: 'Service installed' },
  '4698': { severity: 'medium', title: 'Scheduled task created' },
  '4624': { severity: 'info', title: 'Successful logon' },
};

function windows(m: SyslogMessage): SyslogAlert | null {
  const fields = windowsFields(m.message);
  if (!fields) return null;
  const eventId = fields.EventID ?? '';
  const known = WINDOWS_EVENTS[eventId];
  const alert = base(m, 'windows');
  alert.host = fields.Hostname ?? fields.Computer ?? alert.host;
  alert.program = fields.SourceName ?? 'windows';
  alert.rule = eventId ? `windows:${eventId}` : 'windows';
  const type = (fields.EventType ?? '').toUpperCase();
  alert.severity =
    known?.severity ??
    (type.includes('FAILURE') || type === 'ERROR' || type === 'CRITICAL'
      ? 'medium'
      : severityFromSyslog(m.severity));
  alert.user = fields.TargetUserName ?? fields.SubjectUserName ?? fields.User ?? null;
  alert.srcIp = ipOrNull(fields.IpAddress);
  alert.srcPort = port(fields.IpPort);
  const text = fields.Message ? firstLine(fields.Message) : '';
  alert.title = known
    ? `${known.title} (${eventId})${alert.user ? `: ${alert.user}` : ''}`
    : text || alert.rule;
  alert.message = fields.Message ?? m.message;
  alert.fields = fields;
  return alert;
}

function windowsFields(text: string): Record<string, string> | null {
  const body = text.trimStart();
  if (body.startsWith('MSWinEventLog')) {
    const t = body.split('\t');
    if (t.length < 14) return null;
    return compact({
      EventLog: t[2],
      EventID: t[5],
      SourceName: t[6],
      User: t[7] === 'N/A' ? undefined : t[7],
      EventType: t[9]?.replace(/\s+/g, '_'),
      Hostname: t[10],
      Category: t[11],
      Message: t[13],
    });
  }
  if (body.startsWith('{')) {
    let parsed: unknown;
    try {
      parsed = JSON.parse(body);
    } catch {
      return null;
    }
    if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed)) return null;
    const record = parsed as Record<string, unknown>;
    if (record.EventID === undefined) return null;
    const out: Record<string, string> = {};
    for (const [key, value] of Object.entries(record))
      if (typeof value === 'string' || typeof value === 'number') out[key] = String(value);
    return out;
  }
  if (/\bEventID=\d+/.test(body)) return keyValues(body);
  // NXLog's to_syslog_bsd(): the provider as tag and the event's text as the message.
  const known = WINDOWS_TEXTS.find(([text]) => body.startsWith(text));
  return known ? { EventID: known[1], Message: body } : null;
}

const WINDOWS_TEXTS: [string, string][] = [
  ['An account failed to log on.', '4625'],
  ['The audit log was cleared.', '1102'],
  ['A user account was locked out.', '4740'],
  ['A user account was created.', '4720'],
  ['A new service was installed in the system.', '7045'],
];

function bounded(alert: SyslogAlert): SyslogAlert {
  const fields: Record<string, string> = {};
  for (const [key, value] of Object.entries(alert.fields).slice(0, FIELD_MAX))
    fields[key.slice(0, 64)] = value.slice(0, FIELD_VALUE_MAX);
  return {
    ...alert,
    host: alert.host?.slice(0, 255) ?? null,
    rule: alert.rule.slice(0, 200),
    program: alert.program?.slice(0, 100) ?? null,
    user: alert.user?.slice(0, 200) ?? null,
    title: alert.title.slice(0, TITLE_MAX),
    message: alert.message.slice(0, MESSAGE_MAX),
    fields,
  };
}

export type SyslogLineResult = { ok: true; alert: SyslogAlert } | { ok: false; reason: SyslogRejection };

/** One received line → an alert, or the reason it was refused (counted, never thrown). */
export function alertFromSyslogLine(line: string, options: SyslogParseOptions = {}): SyslogLineResult {
  const parsed = parseSyslog(line, options);
  return parsed.ok ? { ok: true, alert: alertFromSyslog(parsed.message) } : parsed;
}
