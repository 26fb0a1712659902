import { allowedActions } from '@ungcuu/domain/auth/permissions.ts';
import type { MonitorConfig, MonitorKind, MonitorStatus } from '@ungcuu/domain/monitoring/monitor.ts';
import { uptimeRatio } from '@ungcuu/domain/monitoring/monitor.ts';
import type { MonitorView } from '@ungcuu/domain/monitoring/monitoring-api.ts';
import { diffArrays } from 'diff';
import type { MonitorBaseline } from '../db/schema-monitoring.ts';
import type { RequestActor } from '../shared/context.ts';
import type { MonitorWithNames, Window } from './monitor.repository.ts';

const iso = (d: Date | string | null) => (d ? new Date(d).toISOString() : null);
const EMPTY: Window = { checks: 0, ok: 0, responseMsSum: 0 };

export function monitorView(
  actor: RequestActor,
  row: MonitorWithNames,
  uptime: { h24: Window; d30: Window; y1: Window } | undefined,
): MonitorView {
  const h24 = uptime?.h24 ?? EMPTY;
  return {
    id: row.id,
    unitId: row.unit_id,
    unitName: row.unit_name,
    systemId: row.system_id,
    systemName: row.system_name,
    name: row.name,
    kind: row.kind as MonitorKind,
    target: row.target,
    config: (row.config ?? {}) as MonitorConfig,
    intervalSeconds: row.interval_seconds,
    timeoutMs: row.timeout_ms,
    failThreshold: row.fail_threshold,
    probesRequired: row.probes_required,
    enabled: row.enabled,
    status: (row.enabled ? row.status : 'paused') as MonitorStatus,
    consecutiveFailures: row.consecutive_failures,
    lastCheckedAt: iso(row.last_checked_at),
    lastOk: row.last_ok,
    lastResponseMs: row.last_response_ms,
    lastMessage: row.last_message,
    downSince: iso(row.down_since),
    incidentId: row.incident_id,
    nextRunAt: new Date(row.next_run_at).toISOString(),
    uptime: {
      h24: uptimeRatio(h24.ok, h24.checks),
      d30: uptime ? uptimeRatio(uptime.d30.ok, uptime.d30.checks) : null,
      y1: uptime ? uptimeRatio(uptime.y1.ok, uptime.y1.checks) : null,
      avgResponseMs24h: h24.ok > 0 ? Math.round(h24.responseMsSum / h24.ok) : null,
    },
    version: row.version,
    createdAt: new Date(row.created_at).toISOString(),
    allowedActions: allowedActions(actor, ['monitor.manage'], { unitIds: [row.unit_id] }),
  };
}

export function pointView(b: {
  bucket_start: Date | string;
  checks: number;
  ok: number;
  response_ms_sum: string | number;
  response_ms_max: number;
}) {
  return {
    at: new Date(b.bucket_start).toISOString(),
    checks: b.checks,
    ok: b.ok,
    avgResponseMs: b.ok > 0 ? Math.round(Number(b.response_ms_sum) / b.ok) : null,
    maxResponseMs: b.response_ms_max,
  };
}

/** Unchanged runs longer than this are folded, keeping CONTEXT lines each side. */
const CONTEXT = 2;

function linesOf(b: MonitorBaseline | null): string[] {
  if (!b) return [];
  return b.kind === 'page'
    ? [b.page.title ? `<title> ${b.page.title}` : '', ...b.page.lines].filter(Boolean)
    : b.answers;
}

/** The line diff a person reads before approving a new baseline. */
export function baselineDiff(baseline: MonitorBaseline | null, seen: MonitorBaseline | null) {
  const parts: { op: 'same' | 'added' | 'removed' | 'skipped'; lines: string[] }[] = [];
  const changes = diffArrays(linesOf(baseline), linesOf(seen));
  changes.forEach((c, i) => {
    const lines = c.value as string[];
    if (c.added) parts.push({ op: 'added', lines });
    else if (c.removed) parts.push({ op: 'removed', lines });
    else if (lines.length <= CONTEXT * 2 + 1) parts.push({ op: 'same', lines });
    else {
      const head = i === 0 ? [] : lines.slice(0, CONTEXT);
      const tail = i === changes.length - 1 ? [] : lines.slice(-CONTEXT);
      if (head.length) parts.push({ op: 'same', lines: head });
      parts.push({ op: 'skipped', lines: [String(lines.length - head.length - tail.length)] });
      if (tail.length) parts.push({ op: 'same', lines: tail });
    }
  });
  return { parts, changed: changes.some((c) => c.added || c.removed) };
}
