import { allowedActions, can, widestScope } from '@ungcuu/domain/auth/permissions.ts';
import type { ObservableKind } from '@ungcuu/domain/incidents/observables.ts';
import { TARGET_STATUSES, type TargetStatus, targetOverdue } from '@ungcuu/domain/warnings/warning.ts';
import type { WarningDetail, WarningSummary } from '@ungcuu/domain/warnings/warning-api.ts';
import type { WarningRow, WarningTargetRow } from '../db/schema-warnings.ts';
import type { RequestActor } from '../shared/context.ts';
import { toDay, toIso } from '../shared/row-values.ts';

// Warning rows → API views: the focal office sees counts over every unit, a unit its own answer.

export type Counts = NonNullable<WarningSummary['counts']>;

export function emptyCounts(): Counts {
  return { total: 0, sent: 0, acknowledged: 0, done: 0, not_applicable: 0, cannot_do: 0, overdue: 0 };
}

/** Rows of targetCounts() → counts per warning id. */
export function countsByWarning(
  rows: readonly { warning_id: string; status: string; n: string | number; overdue: string | number }[],
): Map<string, Counts> {
  const out = new Map<string, Counts>();
  for (const r of rows) {
    const c = out.get(r.warning_id) ?? emptyCounts();
    const n = Number(r.n);
    if ((TARGET_STATUSES as readonly string[]).includes(r.status)) c[r.status as TargetStatus] += n;
    c.total += n;
    c.overdue += Number(r.overdue);
    out.set(r.warning_id, c);
  }
  return out;
}

/** Whether the actor sees the office's side of warnings (every unit's answers, drafts). */
export function seesAllWarnings(actor: RequestActor): boolean {
  return widestScope(actor, 'warning.read') === 'all';
}

export function myTargetView(t: WarningTargetRow, deadline: string | null, today: string) {
  return {
    status: t.status as TargetStatus,
    reason: t.reason as NonNullable<WarningSummary['myTarget']>['reason'],
    overdue: targetOverdue(t.status, deadline, today),
    note: t.note,
    acknowledgedAt: toIso(t.acknowledged_at),
    respondedAt: toIso(t.responded_at),
    matchedSystems: t.matched_systems ?? [],
  };
}

export function warningSummary(
  actor: RequestActor,
  row: WarningRow,
  counts: Counts | null,
  target: WarningTargetRow | null,
  today: string,
): WarningSummary {
  const deadline = toDay(row.deadline);
  return {
    id: row.id,
    code: row.code,
    title: row.title,
    severity: row.severity as WarningSummary['severity'],
    tlp: row.tlp as WarningSummary['tlp'],
    status: row.status as WarningSummary['status'],
    deadline,
    publishedAt: toIso(row.published_at),
    createdAt: toIso(row.created_at)!,
    cves: row.cves ?? [],
    counts: seesAllWarnings(actor) ? (counts ?? emptyCounts()) : null,
    myTarget: target ? myTargetView(target, deadline, today) : null,
  };
}

const MANAGE = ['warning.update', 'warning.delete', 'warning.publish', 'warning.close'] as const;

/** What the actor may do on this warning now (the UI shows exactly these buttons). */
export function warningActions(
  actor: RequestActor,
  row: WarningRow,
  target: WarningTargetRow | null,
): string[] {
  const out: string[] = [];
  if (can(actor, 'warning.manage')) {
    for (const a of MANAGE) {
      if (a === 'warning.close' ? row.status === 'published' : row.status === 'draft') out.push(a);
    }
    if (row.status === 'draft') out.push('warning.attach');
  }
  if (
    target &&
    row.status === 'published' &&
    allowedActions(actor, ['warning.respond'], { unitIds: [target.unit_id] }).length
  ) {
    if (target.status === 'sent') out.push('warning.acknowledge');
    out.push('warning.respond');
  }
  return out;
}

export function warningDetail(
  actor: RequestActor,
  row: WarningRow,
  parts: {
    counts: Counts | null;
    target: WarningTargetRow | null;
    today: string;
    products: { vendor: string; product: string; version_range: string; cpe: string | null }[];
    indicators: { kind: string; value: string; normalized: string }[];
    files: {
      id: string;
      unit_id: string | null;
      filename: string;
      content_type: string;
      size: number;
      sha256: string;
      uploaded_at: Date | string;
    }[];
    incidents: { id: string; code: string; title: string; matched_at: Date | string }[];
  },
): WarningDetail {
  return {
    ...warningSummary(actor, row, parts.counts, parts.target, parts.today),
    description: row.description,
    requiredActions: row.required_actions,
    sourceRef: row.source_ref,
    targeting: row.targeting,
    products: parts.products.map((p) => ({
      vendor: p.vendor,
      product: p.product,
      versionRange: p.version_range,
      cpe: p.cpe,
    })),
    indicators: parts.indicators.map((i) => ({
      type: i.kind as ObservableKind,
      value: i.value,
      normalized: i.normalized,
    })),
    files: parts.files.map((f) => ({
      id: f.id,
      unitId: f.unit_id,
      filename: f.filename,
      contentType: f.content_type,
      size: f.size,
      sha256: f.sha256,
      uploadedAt: toIso(f.uploaded_at)!,
    })),
    incidents: seesAllWarnings(actor)
      ? parts.incidents.map((i) => ({
          id: i.id,
          code: i.code,
          title: i.title,
          matchedAt: toIso(i.matched_at)!,
        }))
      : [],
    version: row.version,
    allowedActions: warningActions(actor, row, parts.target),
  };
}
