import { createHash, randomUUID } from 'node:crypto';
import {
  type AlertSourceKind,
  type AlertSourceRef,
  DEFAULT_FINGERPRINT_FIELDS,
  FINGERPRINT_FIELDS,
  type FingerprintField,
  fingerprintKey,
  hostCandidates,
  type NormalisedAlert,
  severityRank,
} from '@ungcuu/domain/alerts/alert.ts';
import type { ParsedItem } from '@ungcuu/domain/alerts/alert-parsers.ts';
import type { AlertItemResult } from '@ungcuu/domain/alerts/alerts-api.ts';
import { ERRORS, errorMessage } from '@ungcuu/domain/errors.ts';
import type { AlertMaintenanceRow, AlertSourceRow, AlertSuppressionRow } from '../db/schema-alerts.ts';
import { alertObservables, type IndicatorHit } from '../warnings/indicator-hits.ts';
import type * as batchRepo from './alert-batch.repository.ts';

// The in-memory half of an intake batch (no I/O): every per-alert decision (dedup inside the batch,
// fingerprint, mapping, suppression, maintenance, observables), then the per-group and
// after-commit aggregates. The transaction in alert-intake.ts only writes whole tables from these.

/** The system (and its owning unit) an inventory address or alias maps to. */
export interface Target {
  systemId: string;
  unitId: string;
}

export function sourceRef(row: AlertSourceRow): AlertSourceRef {
  const kind = row.kind as AlertSourceKind;
  const fields = (row.fingerprint_fields ?? []).filter((f): f is FingerprintField =>
    (FINGERPRINT_FIELDS as readonly string[]).includes(f),
  );
  return {
    id: row.id,
    kind,
    name: row.name,
    unitId: row.unit_id,
    fingerprintFields: fields.length ? fields : DEFAULT_FINGERPRINT_FIELDS[kind],
    ratePerMinute: row.rate_per_minute,
    enabled: row.enabled,
  };
}

export function fingerprintOf(alert: NormalisedAlert, fields: readonly FingerprintField[]): string {
  return createHash('sha256').update(fingerprintKey(alert, fields)).digest('hex').slice(0, 32);
}

/** One alert of the batch, decided. */
export interface Prepared {
  index: number;
  alert: NormalisedAlert;
  row: batchRepo.AlertInsert;
  suppressionId: string | null;
  hostKind: string | null;
  /** What the alert names (IPs, hosts, URL), normalised, for the warnings' indicators. */
  observables: { kind: string; normalized: string }[];
}

function errorOf(code: keyof typeof ERRORS, params: Record<string, string | number> = {}) {
  return { code, status: ERRORS[code].status, message: errorMessage(code, params, 'en') };
}

/**
 * Pure results that batches repeat (a fingerprint key's hash, an observable's normalised form):
 * computed once per process, up to a bound, then started afresh (a flood of distinct values costs
 * what it did without the memo, never unbounded memory).
 */
export class BoundedMemo<V> extends Map<string, V> {
  constructor(private readonly limit: number) {
    super();
  }
  override set(key: string, value: V): this {
    if (this.size >= this.limit) this.clear();
    return super.set(key, value);
  }
}
const fingerprintMemo = new BoundedMemo<string>(20_000);
const observableMemo = new BoundedMemo<string | null>(20_000);

/**
 * Every alert of the batch decided in memory: the per-item results (rejected until stored), and
 * the alerts to store.
 */
export function prepareBatch(
  source: AlertSourceRef,
  items: readonly ParsedItem[],
  now: Date,
  index: ReadonlyMap<string, Target>,
  suppressions: readonly AlertSuppressionRow[],
  maintenance: readonly AlertMaintenanceRow[],
): { results: AlertItemResult[]; prepared: Prepared[] } {
  const results: AlertItemResult[] = items.map((item, i) => ({
    index: i,
    status: 'rejected',
    alertId: null,
    groupId: null,
    error: item.ok ? null : errorOf(item.error.code, item.error.params),
  }));
  const prepared: Prepared[] = [];
  const seenIds = new Set<string>();
  const nowMs = now.getTime();
  const inMaintenance = new Set(
    maintenance
      .filter((w) => new Date(w.starts_at).getTime() <= nowMs && new Date(w.ends_at).getTime() > nowMs)
      .map((w) => w.system_id),
  );
  // The rules that could apply to this source; only rules naming a host need the alert's names.
  const rules = suppressions.filter((s) => s.source_id === null || s.source_id === source.id);
  const byHost = rules.some((s) => s.host !== null);
  items.forEach((item, i) => {
    if (!item.ok) return;
    const alert = item.alert;
    if (alert.externalId !== null) {
      if (seenIds.has(alert.externalId)) {
        results[i]!.status = 'duplicate';
        return;
      }
      seenIds.add(alert.externalId);
    }
    const key = fingerprintKey(alert, source.fingerprintFields);
    let fingerprint = fingerprintMemo.get(key);
    if (fingerprint === undefined) {
      fingerprint = createHash('sha256').update(key).digest('hex').slice(0, 32);
      fingerprintMemo.set(key, fingerprint);
    }
    const candidates = hostCandidates(alert);
    let target: Target | undefined;
    for (const c of candidates) {
      target = index.get(c.value);
      if (target) break;
    }
    let rule: AlertSuppressionRow | undefined;
    if (rules.length) {
      const names = byHost ? new Set(candidates.map((c) => c.value)) : null;
      rule = rules.find(
        (s) =>
          (s.rule_id === null || s.rule_id === alert.ruleId) &&
          (s.host === null || names!.has(s.host.toLowerCase())) &&
          (s.fingerprint === null || s.fingerprint === fingerprint),
      );
    }
    const suppressed = !!rule || (target !== undefined && inMaintenance.has(target.systemId));
    prepared.push({
      index: i,
      alert,
      suppressionId: rule?.id ?? null,
      hostKind: candidates[0]?.kind ?? null,
      observables: suppressed ? [] : alertObservables(alert, observableMemo),
      row: {
        id: randomUUID(),
        occurred_at: alert.occurredAt,
        external_id: alert.externalId,
        fingerprint,
        status: suppressed ? 'suppressed' : 'accepted',
        severity: severityRank(alert.severity),
        rule_id: alert.ruleId,
        rule_name: alert.ruleName,
        category: alert.category,
        host: alert.host,
        ip: alert.ip,
        src_ip: alert.srcIp,
        dest_ip: alert.destIp,
        url: alert.url,
        agent: alert.agent,
        message: alert.message,
        resolved: alert.resolved,
        host_key: candidates[0]?.value ?? null,
        system_id: target?.systemId ?? null,
        unit_id: target?.unitId ?? null,
        group_id: null,
        raw: alert.raw,
      },
    });
  });
  return { results, prepared };
}

/** One delta per fingerprint: counts, the severity (open alerts outrank suppressed ones), the target. */
export function groupDeltas(stored: readonly Prepared[], now: Date): Map<string, batchRepo.GroupDelta> {
  const deltas = new Map<string, batchRepo.GroupDelta>();
  const seen = now.toISOString();
  for (const p of stored) {
    const r = p.row;
    const open = r.status === 'accepted';
    const sev = r.resolved ? 0 : r.severity;
    const d = deltas.get(r.fingerprint);
    if (!d) {
      deltas.set(r.fingerprint, {
        fingerprint: r.fingerprint,
        status: open ? 'open' : 'suppressed',
        severity: sev,
        rule_id: r.rule_id,
        rule_name: r.rule_name,
        category: r.category,
        host_key: r.host_key,
        system_id: r.system_id,
        unit_id: r.unit_id,
        count: 1,
        suppressed_count: open ? 0 : 1,
        first_seen: seen,
        last_seen: seen,
      });
      continue;
    }
    d.count++;
    if (!open) d.suppressed_count++;
    if (open && d.status === 'suppressed') {
      d.status = 'open';
      d.severity = sev;
    } else if (open || d.status === 'suppressed') d.severity = Math.max(d.severity, sev);
    d.system_id ??= r.system_id;
    d.unit_id ??= r.unit_id;
  }
  return deltas;
}

/** The batch's distinct observables (one indicator query for the whole batch). */
export function distinctObservables(stored: readonly Prepared[]): { kind: string; normalized: string }[] {
  const distinct = new Map<string, { kind: string; normalized: string }>();
  for (const p of stored) for (const o of p.observables) distinct.set(`${o.kind}|${o.normalized}`, o);
  return [...distinct.values()];
}

/** The indicator hits of each fingerprint (each warning and value once). */
export function hitsPerFingerprint(
  stored: readonly Prepared[],
  hits: readonly IndicatorHit[],
): Map<string, IndicatorHit[]> {
  const out = new Map<string, IndicatorHit[]>();
  if (!hits.length) return out;
  const byKey = new Map<string, IndicatorHit[]>();
  for (const h of hits) {
    const key = `${h.kind}|${h.normalized}`;
    byKey.set(key, [...(byKey.get(key) ?? []), h]);
  }
  for (const p of stored) {
    const found = p.observables.flatMap((o) => byKey.get(`${o.kind}|${o.normalized}`) ?? []);
    if (!found.length) continue;
    const list = out.get(p.row.fingerprint) ?? [];
    for (const h of found)
      if (!list.some((x) => x.warningId === h.warningId && x.normalized === h.normalized)) list.push(h);
    out.set(p.row.fingerprint, list);
  }
  return out;
}

/** What is counted after the commit: unknown hosts (sorted, no deadlock) and suppression hits. */
export function afterCommitCounts(
  stored: readonly Prepared[],
  now: Date,
): { unmapped: batchRepo.UnmappedDelta[]; suppressionHits: { id: string; n: number }[] } {
  const unmapped = new Map<string, batchRepo.UnmappedDelta>();
  const hits = new Map<string, number>();
  const seen = now.toISOString();
  for (const p of stored) {
    if (p.suppressionId) hits.set(p.suppressionId, (hits.get(p.suppressionId) ?? 0) + 1);
    if (p.row.system_id || !p.row.host_key) continue;
    const u = unmapped.get(p.row.host_key);
    if (u) u.count++;
    else
      unmapped.set(p.row.host_key, {
        value: p.row.host_key,
        kind: p.hostKind ?? 'host',
        count: 1,
        first_seen: seen,
        last_seen: seen,
      });
  }
  return {
    unmapped: [...unmapped.values()].sort((a, b) => (a.value < b.value ? -1 : 1)),
    suppressionHits: [...hits].sort(([a], [b]) => (a < b ? -1 : 1)).map(([id, n]) => ({ id, n })),
  };
}
