import type { NormalisedAlert } from '../alerts/alert.ts';
import type { ParsedItem } from '../alerts/alert-parsers.ts';
import { isIp } from './syslog-fields.ts';
import { alertFromSyslogLine, type SyslogAlert } from './syslog-rules.ts';

// A received syslog line as the alert intake takes it (`ingestAlerts(deps, source, items)`):
// the parsing rule's alert in the shape every source shares.

/** Received lines whose own timestamp is further than this from their arrival keep the arrival time. */
const CLOCK_SKEW_MS = 24 * 3600_000;

export interface ReceivedSyslogLine {
  text: string;
  /** The sending device's address: the asset when the message names none. */
  peer: string;
  receivedAt: Date;
}

export function normalisedFromSyslog(alert: SyslogAlert, line: ReceivedSyslogLine): NormalisedAlert {
  const seen = alert.observedAt ? Date.parse(alert.observedAt) : Number.NaN;
  const occurredAt =
    Number.isFinite(seen) && Math.abs(seen - line.receivedAt.getTime()) <= CLOCK_SKEW_MS
      ? (alert.observedAt as string)
      : line.receivedAt.toISOString();
  return {
    externalId: null,
    occurredAt,
    severity: alert.severity,
    ruleId: alert.rule,
    ruleName: alert.title,
    category: alert.parser,
    host: alert.host,
    ip: alert.ip ?? (isIp(line.peer) ? line.peer : null),
    srcIp: alert.srcIp,
    destIp: alert.dstIp,
    url: null,
    agent: null,
    message: alert.message,
    resolved: false,
    raw: {
      line: line.text,
      peer: line.peer,
      parser: alert.parser,
      program: alert.program,
      srcPort: alert.srcPort,
      dstPort: alert.dstPort,
      user: alert.user,
      fields: alert.fields,
    },
  };
}

/**
 * A batch of received lines → the items for the intake; lines that are not syslog are counted,
 * never passed on (nothing could be stored of them).
 */
export function syslogItems(lines: readonly ReceivedSyslogLine[]): { items: ParsedItem[]; rejected: number } {
  const items: ParsedItem[] = [];
  let rejected = 0;
  for (const line of lines) {
    const result = alertFromSyslogLine(line.text, { now: line.receivedAt });
    if (result.ok) items.push({ ok: true, alert: normalisedFromSyslog(result.alert, line) });
    else rejected++;
  }
  return { items, rejected };
}
