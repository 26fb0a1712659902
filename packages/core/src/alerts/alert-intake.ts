import { createHash, randomUUID } from 'node:crypto';
import {
  ALERT_SETTINGS_DEFAULTS,
  type AlertSettings,
  type AlertSourceKind,
  type AlertSourceRef,
  DEFAULT_FINGERPRINT_FIELDS,
  DEFAULT_RATE_PER_MINUTE,
  FINGERPRINT_FIELDS,
  type FingerprintField,
  fingerprintKey,
  hostCandidates,
  type NormalisedAlert,
  severityRank,
  subtypeForAlert,
  urlHost,
} from '@ungcuu/domain/alerts/alert.ts';
import type { ParsedItem } from '@ungcuu/domain/alerts/alert-parsers.ts';
import type { AlertIngestResult, AlertItemResult } from '@ungcuu/domain/alerts/alerts-api.ts';
import { DomainError, ERRORS, errorMessage } from '@ungcuu/domain/errors.ts';
import { getSetting } from '../auth/settings.repository.ts';
import type { AlertSourceRow } from '../db/schema-alerts.ts';
import { findIncidentById } from '../incidents/incident.repository.ts';
import { createIntakeService } from '../incidents/incident-intake.service.ts';
import { addTimeline, type TimelineEntry } from '../incidents/timeline.repository.ts';
import { type Executor, type RequestActor, SYSTEM_ACTOR } from '../shared/context.ts';
import type { ServiceDeps } from '../shared/deps.ts';
import { mutate } from '../shared/mutation.ts';
import {
  alertObservables,
  type IndicatorHit,
  linkHits,
  matchIndicators,
} from '../warnings/indicator-hits.ts';
import * as repo from './alert.repository.ts';
import * as batchRepo from './alert-batch.repository.ts';
import * as filingRepo from './alert-filing.repository.ts';
import * as partitionRepo from './alert-partitions.repository.ts';

export const ALERT_SETTINGS_KEY = 'alerts.settings';
/** How long the intake trusts what it cached (inventory addresses, rules, settings) in other processes. */
const CACHE_MS = 5_000;
const ADDRESS_CACHE_MS = 30_000;
/** A claimed incident filing not finished after this is taken over by the sweep. */
const STALE_FILING_MS = 5 * 60_000;

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

interface Target {
  systemId: string;
  unitId: string;
}

interface Cached<T> {
  at: number;
  value: T;
}

/**
 * The intake of one process: caches of what every batch reads (mapping index, suppressions,
 * maintenance windows, settings) and the per-source rate counters. Changes made through this
 * process invalidate at once; other processes' changes show within seconds.
 */
function createIntake(deps: ServiceDeps) {
  const { db, clock } = deps;
  const intake = createIntakeService(deps);
  const partitionsReady = new Set<string>();
  const rate = new Map<string, { minute: number; used: number }>();
  let addresses: Cached<Map<string, Target>> | null = null;
  let rules: Cached<{
    suppressions: Awaited<ReturnType<typeof batchRepo.activeSuppressions>>;
    maintenance: Awaited<ReturnType<typeof batchRepo.currentMaintenance>>;
    settings: AlertSettings;
  }> | null = null;

  const fresh = <T>(c: Cached<T> | null, ms: number): c is Cached<T> => !!c && Date.now() - c.at < ms;

  async function mappingIndex(): Promise<Map<string, Target>> {
    if (fresh(addresses, ADDRESS_CACHE_MS)) return addresses.value;
    const index = new Map<string, Target>();
    for (const s of await batchRepo.systemAddresses(db)) {
      const target = { systemId: s.id, unitId: s.owner_unit_id };
      for (const a of s.addresses ?? []) {
        const v = a.value.trim().toLowerCase();
        if (!v) continue;
        if (a.kind === 'url') {
          const host = urlHost(v);
          if (host && !index.has(host)) index.set(host, target);
        } else if (!index.has(v)) index.set(v, target);
      }
    }
    // Names mapped by the focal office win over the inventory.
    for (const a of await batchRepo.hostAliases(db))
      index.set(a.value, { systemId: a.system_id, unitId: a.owner_unit_id });
    addresses = { at: Date.now(), value: index };
    return index;
  }

  async function currentRules(now: Date) {
    if (fresh(rules, CACHE_MS)) return rules.value;
    const [suppressions, maintenance, stored] = await Promise.all([
      batchRepo.activeSuppressions(db, now),
      batchRepo.currentMaintenance(db, now),
      getSetting<Partial<AlertSettings>>(db, ALERT_SETTINGS_KEY),
    ]);
    rules = {
      at: Date.now(),
      value: { suppressions, maintenance, settings: { ...ALERT_SETTINGS_DEFAULTS, ...(stored ?? {}) } },
    };
    return rules.value;
  }

  /** The day's partition exists before its first alert (the retention job also creates days ahead). */
  async function ensurePartition(now: Date): Promise<void> {
    const day = partitionRepo.partitionDay(now);
    if (partitionsReady.has(day)) return;
    await db.transaction().execute(async (trx) => {
      await partitionRepo.lockPartitions(trx);
      await partitionRepo.createPartitions(trx, now, 2);
    });
    partitionsReady.add(day);
  }

  /** Per-source limit per minute in this process: over it, the whole batch is refused with 429. */
  function takeRate(
    source: AlertSourceRef,
    n: number,
    now: Date,
  ): { ok: true } | { ok: false; retryAfter: number } {
    if (source.ratePerMinute <= 0) return { ok: true };
    const minute = Math.floor(now.getTime() / 60_000);
    const slot = rate.get(source.id);
    const used = slot && slot.minute === minute ? slot.used : 0;
    if (used + n > source.ratePerMinute)
      return { ok: false, retryAfter: Math.max(1, 60 - Math.floor((now.getTime() % 60_000) / 1000)) };
    rate.set(source.id, { minute, used: used + n });
    return { ok: true };
  }

  function errorOf(code: keyof typeof ERRORS, params: Record<string, string | number> = {}) {
    return { code, status: ERRORS[code].status, message: errorMessage(code, params, 'en') };
  }

  async function ingest(source: AlertSourceRef, items: readonly ParsedItem[]): Promise<AlertIngestResult> {
    const now = clock.now();
    if (!source.enabled) throw new DomainError('alert.source_disabled');
    const allowed = takeRate(source, items.length, now);
    if (!allowed.ok) {
      await batchRepo.countSourceTraffic(db, source.id, { received: 0, refused: items.length }, now);
      throw new DomainError('alert.rate_limited', {
        limit: source.ratePerMinute,
        retryAfter: allowed.retryAfter,
      });
    }
    await ensurePartition(now);
    const [index, { suppressions, maintenance, settings }] = await Promise.all([
      mappingIndex(),
      currentRules(now),
    ]);
    const results: AlertItemResult[] = items.map((item, index) => ({
      index,
      status: 'rejected',
      alertId: null,
      groupId: null,
      error: item.ok ? null : errorOf(item.error.code, item.error.params),
    }));

    // Everything per alert is decided here, in memory; the transaction then writes whole tables.
    interface Prepared {
      index: number;
      alert: NormalisedAlert;
      row: batchRepo.AlertInsert;
      suppressionId: string | null;
      hostKind: string | null;
      /** What the alert names (IPs, hosts, URL), normalised, for the warnings' indicators. */
      observables: { kind: string; normalized: string }[];
    }
    const prepared: Prepared[] = [];
    const seenIds = new Set<string>();
    const nowMs = now.getTime();
    const inMaintenance = new Set(
      maintenance
        .filter((w) => new Date(w.starts_at).getTime() <= nowMs && new Date(w.ends_at).getTime() > nowMs)
        .map((w) => w.system_id),
    );
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
      const fingerprint = fingerprintOf(alert, source.fingerprintFields);
      const candidates = hostCandidates(alert);
      let target: Target | undefined;
      for (const c of candidates) {
        target = index.get(c.value);
        if (target) break;
      }
      const names = new Set(candidates.map((c) => c.value));
      const rule = suppressions.find(
        (s) =>
          (s.source_id === null || s.source_id === source.id) &&
          (s.rule_id === null || s.rule_id === alert.ruleId) &&
          (s.host === null || names.has(s.host.toLowerCase())) &&
          (s.fingerprint === null || s.fingerprint === fingerprint),
      );
      const suppressed = !!rule || (target !== undefined && inMaintenance.has(target.systemId));
      prepared.push({
        index: i,
        alert,
        suppressionId: rule?.id ?? null,
        hostKind: candidates[0]?.kind ?? null,
        observables: suppressed ? [] : alertObservables(alert),
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

    const actor: RequestActor = { ...SYSTEM_ACTOR, label: `alerts:${source.name}`.slice(0, 80) };
    const threshold = severityRank(settings.incidentSeverity);
    const windowStart = new Date(nowMs - settings.correlationWindowMinutes * 60_000);
    const timelineEveryMs = settings.timelineEveryMinutes * 60_000;
    // A group carrying an indicator of a published warning is raised to at least "high" (and the
    // incident threshold), so it opens an incident.
    const hitSeverity = Math.max(severityRank('high'), threshold);

    const run = () =>
      mutate(deps, actor, async ({ trx, audit, announce }) => {
        // 1. Retries: an external id already received is a duplicate, stored once.
        const withIds = prepared.filter((p) => p.row.external_id !== null);
        const newIds = await batchRepo.insertReceipts(
          trx,
          source.id,
          withIds.map((p) => p.row.external_id!).sort(),
          now,
        );
        const stored = prepared.filter((p) => p.row.external_id === null || newIds.has(p.row.external_id));

        // 2. Groups: one delta per fingerprint, in a fixed order so concurrent batches never deadlock.
        const deltas = new Map<string, batchRepo.GroupDelta>();
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
              first_seen: now.toISOString(),
              last_seen: now.toISOString(),
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
        // 2b. Indicators of published warnings: the batch's distinct observables, one query.
        const hitsByFingerprint = new Map<string, IndicatorHit[]>();
        const distinct = new Map<string, { kind: string; normalized: string }>();
        for (const p of stored) for (const o of p.observables) distinct.set(`${o.kind}|${o.normalized}`, o);
        const hits = distinct.size ? await matchIndicators(trx, [...distinct.values()]) : [];
        if (hits.length) {
          const byKey = new Map<string, IndicatorHit[]>();
          for (const h of hits) {
            const key = `${h.kind}|${h.normalized}`;
            byKey.set(key, [...(byKey.get(key) ?? []), h]);
          }
          for (const p of stored) {
            const found = p.observables.flatMap((o) => byKey.get(`${o.kind}|${o.normalized}`) ?? []);
            if (!found.length) continue;
            const list = hitsByFingerprint.get(p.row.fingerprint) ?? [];
            for (const h of found)
              if (!list.some((x) => x.warningId === h.warningId && x.normalized === h.normalized))
                list.push(h);
            hitsByFingerprint.set(p.row.fingerprint, list);
          }
          for (const fingerprint of hitsByFingerprint.keys()) {
            const d = deltas.get(fingerprint)!;
            if (d.status === 'open') d.severity = Math.max(d.severity, hitSeverity);
          }
        }
        const ordered = [...deltas.values()].sort((a, b) => (a.fingerprint < b.fingerprint ? -1 : 1));
        await batchRepo.closeStaleGroups(
          trx,
          source.id,
          ordered.map((d) => d.fingerprint),
          windowStart,
        );
        // Group ids first (a read; new groups started with zero counts), so the alerts can be
        // written before the groups' rows are locked: concurrent batches queue only for the tail.
        const fingerprints = ordered.map((d) => d.fingerprint);
        let ids = await batchRepo.liveGroupIds(trx, source.id, fingerprints);
        const missing = ordered.filter((d) => !ids.has(d.fingerprint));
        if (missing.length) {
          await batchRepo.startGroups(trx, source.id, missing, now);
          ids = await batchRepo.liveGroupIds(trx, source.id, fingerprints);
        }
        for (const p of stored) p.row.group_id = ids.get(p.row.fingerprint) ?? null;

        // 3. The alerts themselves, one statement.
        await batchRepo.insertAlerts(
          trx,
          source.id,
          now,
          stored.map((p) => p.row),
        );

        // 5. The groups' counts, then incidents: groups over the threshold are claimed here and filed after the commit;
        //    groups that have one get a timeline entry at most every few minutes.
        const groups = await batchRepo.applyGroupDeltas(
          trx,
          ordered.map((d) => ({ ...d, id: ids.get(d.fingerprint)! })).sort((a, b) => (a.id < b.id ? -1 : 1)),
          now,
        );
        const claim = groups.filter(
          (g) =>
            g.status === 'open' &&
            g.severity >= threshold &&
            g.incident_id === null &&
            g.incident_filing_at === null,
        );
        const claimed = await filingRepo.claimIncidentFiling(
          trx,
          claim.map((g) => g.id),
          now,
        );
        // A group that already has an incident links it to the warnings now; one being filed links
        // them in the filing's transaction (fileIncidents below).
        const hitsByGroup = new Map<string, IndicatorHit[]>();
        let warningLinks = 0;
        for (const g of groups) {
          const found = hitsByFingerprint.get(g.fingerprint);
          if (!found) continue;
          hitsByGroup.set(g.id, found);
          if (g.incident_id === null) continue;
          const incident = await findIncidentById(trx, g.incident_id);
          if (incident) warningLinks += (await linkHits(trx, incident, found, now)).length;
        }
        const due = groups.filter(
          (g) =>
            g.incident_id !== null &&
            g.count > g.timeline_count &&
            (g.last_timeline_at === null ||
              nowMs - new Date(g.last_timeline_at).getTime() >= timelineEveryMs),
        );
        if (due.length) {
          const entries: TimelineEntry[] = due.map((g) => ({
            incidentId: g.incident_id!,
            at: now,
            kind: 'auto',
            event: 'alerts_added',
            actorUserId: null,
            actorLabel: actor.label,
            text: null,
            data: { count: g.count - g.timeline_count, total: g.count, source: source.name, groupId: g.id },
          }));
          await addTimeline(trx, ...entries);
          await filingRepo.markTimelineWritten(
            trx,
            due.map((g) => ({ id: g.id, count: g.count })),
            now,
          );
          for (const g of due)
            await announce({
              entity: 'incident',
              id: g.incident_id!,
              action: 'alerts',
              unitIds: g.unit_id ? [g.unit_id] : [],
            });
        }

        const counts = { accepted: 0, duplicate: 0, suppressed: 0, rejected: 0 };
        for (const p of prepared) {
          const res = results[p.index]!;
          if (p.row.external_id !== null && !newIds.has(p.row.external_id)) res.status = 'duplicate';
          else {
            res.status = p.row.status;
            res.alertId = p.row.id;
            res.groupId = p.row.group_id;
          }
        }
        for (const r of results) counts[r.status]++;
        if (stored.length > 0) {
          // One audit record and one change notice per batch, never per alert.
          await audit({
            action: 'alert.ingest',
            entityType: 'alert_source',
            entityId: source.id,
            after: {
              ...counts,
              groups: groups.length,
              incidentsClaimed: claimed.length,
              ...(hits.length ? { indicatorHits: hits.length, warningLinks } : {}),
            },
          });
          const unitIds = [...new Set(groups.map((g) => g.unit_id).filter((u): u is string => !!u))];
          await announce({ entity: 'alert', id: source.id, action: 'ingest', unitIds });
        }
        return { counts, claimed, stored, hitsByGroup };
      });

    // A deadlock or serialisation failure is retried whole: nothing of the attempt was committed.
    let outcome: Awaited<ReturnType<typeof run>> | undefined;
    for (let attempt = 1; ; attempt++) {
      try {
        outcome = await run();
        break;
      } catch (err) {
        const code = (err as { code?: string }).code;
        if (attempt >= 3 || (code !== '40P01' && code !== '40001')) throw err;
      }
    }
    // The source's counters are statistics: updated after the commit, so concurrent batches of one
    // source never queue on its row while they hold their own locks.
    // Likewise the unknown-host list and suppression hits (the alerts themselves are committed).
    const stored = outcome.stored;
    if (stored.length > 0)
      await (async () => {
        await batchRepo.countSourceTraffic(db, source.id, { received: stored.length, refused: 0 }, now);
        const unmapped = new Map<string, batchRepo.UnmappedDelta>();
        const hits = new Map<string, number>();
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
              first_seen: now.toISOString(),
              last_seen: now.toISOString(),
            });
        }
        await batchRepo.upsertUnmapped(
          db,
          source.id,
          [...unmapped.values()].sort((a, b) => (a.value < b.value ? -1 : 1)),
        );
        await batchRepo.addSuppressionHits(
          db,
          [...hits].sort(([a], [b]) => (a < b ? -1 : 1)).map(([id, n]) => ({ id, n })),
        );
      })().catch(() => {});
    await fileIncidents(outcome.claimed, source, undefined, outcome.hitsByGroup).catch(() => {
      // The alerts are committed; the sweep files what failed here (claims go stale after 5 min).
    });
    return { sourceId: source.id, ...outcome.counts, items: results };
  }

  /** Files one incident per claimed group through the normal intake, linking it in the same transaction. */
  async function fileIncidents(
    groupIds: string[],
    source?: AlertSourceRef,
    manual?: { title?: string; unitId?: string; label: string },
    hitsByGroup?: ReadonlyMap<string, readonly IndicatorHit[]>,
  ): Promise<string[]> {
    const out: string[] = [];
    for (const g of await repo.findGroups(db, groupIds)) {
      if (g.incident_id) continue;
      const kind = g.source_kind as AlertSourceKind;
      const where = g.system_name ?? g.host_key ?? '';
      const rule = g.rule_name ?? g.rule_id ?? '?';
      const filed = await intake.reportFromAlerts(
        {
          title:
            manual?.title ?? `Cảnh báo ${g.source_name}: ${rule}${where ? ` (${where})` : ''}`.slice(0, 300),
          description: [
            `Nhóm cảnh báo từ ${g.source_name} (${kind}): ${g.count} cảnh báo, lần đầu ${new Date(g.first_seen).toISOString()}.`,
            `Quy tắc: ${g.rule_id ?? '-'} ${g.rule_name ?? ''}`.trim(),
            g.host_key ? `Máy/địa chỉ: ${g.host_key}` : '',
            g.category ? `Loại: ${g.category}` : '',
          ]
            .filter(Boolean)
            .join('\n')
            .slice(0, 5000),
          detectedAt: new Date(g.first_seen).toISOString(),
          systemId: g.system_id ?? undefined,
          systemText: g.system_id ? undefined : (g.host_key ?? undefined),
        },
        g.unit_id ?? manual?.unitId ?? source?.unitId ?? g.source_unit_id,
        manual?.label ?? `alerts:${g.source_name}`.slice(0, 80),
        subtypeForAlert(kind, { ruleName: g.rule_name, category: g.category, message: null }),
        async ({ trx, audit, announce }, row) => {
          const linked = await filingRepo.setGroupIncident(trx, g.id, row.id, clock.now());
          // Someone opened it by hand meanwhile: this filing is undone with its transaction.
          if (!linked) throw new DomainError('alert.group_has_incident', { code: row.code });
          const hits = hitsByGroup?.get(g.id);
          if (hits) await linkHits(trx, row, hits, clock.now());
          await audit({
            action: 'alert.group_incident',
            entityType: 'alert_group',
            entityId: g.id,
            unitId: row.reporting_unit_id,
            after: { incidentId: row.id, code: row.code, count: linked.count },
          });
          await announce({ entity: 'alert_group', id: g.id, action: 'incident', unitIds: row.unit_ids });
        },
      );
      out.push(filed.incident.id);
    }
    return out;
  }

  /** Groups whose filing stopped half-way (the process died after the commit), claimed again. */
  async function reclaimFilings(executor: Executor = db): Promise<string[]> {
    const now = clock.now();
    return filingRepo.reclaimStaleFilings(executor, new Date(now.getTime() - STALE_FILING_MS), now);
  }

  return {
    ingest,
    fileIncidents,
    /** Files incidents whose claim went stale (the process stopped between commit and filing). */
    async sweepFilings(): Promise<number> {
      const ids = await reclaimFilings(db);
      return (await fileIncidents(ids).catch(() => [])).length;
    },
    reclaimFilings,
    invalidate() {
      addresses = null;
      rules = null;
    },
    /** The source a token posts as for a kind: made on first use, named after the token. */
    async sourceForToken(
      token: { id: string; name: string; unitId: string },
      kind: AlertSourceKind,
    ): Promise<AlertSourceRef> {
      const found = await repo.findSourceByToken(db, token.id, kind);
      if (found) return sourceRef(found);
      let name = `${token.name} (${kind})`.slice(0, 110);
      // Two tokens of the same name: the second source's name says which token it is.
      if (await repo.findSourceByName(db, kind, name)) name = `${name} #${token.id.slice(0, 8)}`;
      const row = await repo.insertSource(db, {
        kind,
        name,
        token_id: token.id,
        unit_id: token.unitId,
        fingerprint_fields: null,
        rate_per_minute: DEFAULT_RATE_PER_MINUTE,
      });
      return sourceRef(row);
    },
    /** A syslog sender's source, by name (the listener names it, e.g. after the peer address). */
    async sourceByName(kind: AlertSourceKind, name: string, unitId: string): Promise<AlertSourceRef> {
      const found = await repo.findSourceByName(db, kind, name);
      if (found) return sourceRef(found);
      return sourceRef(
        await repo.insertSource(db, {
          kind,
          name: name.slice(0, 120),
          token_id: null,
          unit_id: unitId,
          fingerprint_fields: null,
          rate_per_minute: DEFAULT_RATE_PER_MINUTE,
        }),
      );
    },
  };
}
export type AlertIntake = ReturnType<typeof createIntake>;

const intakes = new WeakMap<ServiceDeps, AlertIntake>();

/** The process's intake for these deps (one cache set per database). */
export function alertIntake(deps: ServiceDeps): AlertIntake {
  let found = intakes.get(deps);
  if (!found) {
    found = createIntake(deps);
    intakes.set(deps, found);
  }
  return found;
}

/**
 * Stores a batch of parsed alerts of one source in one transaction (all or nothing) and answers
 * per item. Webhooks and the syslog listener both come here. Resolves only after COMMIT.
 * Throws DomainError('alert.rate_limited', { limit, retryAfter }) when the source is over its rate.
 */
export async function ingestAlerts(
  deps: ServiceDeps,
  source: AlertSourceRef,
  items: readonly ParsedItem[],
): Promise<AlertIngestResult> {
  return alertIntake(deps).ingest(source, items);
}

/** The source of a syslog sender (kind 'syslog'), made on first use under the given unit. */
export async function syslogSource(deps: ServiceDeps, name: string, unitId: string): Promise<AlertSourceRef> {
  return alertIntake(deps).sourceByName('syslog', name, unitId);
}
