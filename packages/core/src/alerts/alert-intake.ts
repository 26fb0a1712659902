import {
  type AlertSourceKind,
  type AlertSourceRef,
  DEFAULT_RATE_PER_MINUTE,
  severityRank,
} from '@ungcuu/domain/alerts/alert.ts';
import type { ParsedItem } from '@ungcuu/domain/alerts/alert-parsers.ts';
import type { AlertIngestResult } from '@ungcuu/domain/alerts/alerts-api.ts';
import { DomainError } from '@ungcuu/domain/errors.ts';
import { findIncidentById } from '../incidents/incident.repository.ts';
import { addTimeline, type TimelineEntry } from '../incidents/timeline.repository.ts';
import { type RequestActor, SYSTEM_ACTOR } from '../shared/context.ts';
import type { ServiceDeps } from '../shared/deps.ts';
import { mutate } from '../shared/mutation.ts';
import { type IndicatorHit, linkHits, matchIndicators } from '../warnings/indicator-hits.ts';
import * as repo from './alert.repository.ts';
import * as batchRepo from './alert-batch.repository.ts';
import {
  afterCommitCounts,
  distinctObservables,
  groupDeltas,
  hitsPerFingerprint,
  prepareBatch,
  sourceRef,
} from './alert-batch-plan.ts';
import * as filingRepo from './alert-filing.repository.ts';
import { createAlertFiling } from './alert-incident-filing.ts';
import { createIntakeCaches } from './alert-intake-caches.ts';

// The alert intake: one batch of one source in one transaction. The per-alert work is in memory
// (alert-batch-plan.ts); the transaction writes each table once (alert-batch.repository.ts), so the
// statements per batch are a fixed number whatever its size; incidents of groups over the
// threshold are filed after the commit (alert-incident-filing.ts).

export { fingerprintOf, sourceRef } from './alert-batch-plan.ts';
export { ALERT_SETTINGS_KEY } from './alert-intake-caches.ts';

function createIntake(deps: ServiceDeps) {
  const { db, clock } = deps;
  const caches = createIntakeCaches(deps);
  const filing = createAlertFiling(deps);

  async function ingest(source: AlertSourceRef, items: readonly ParsedItem[]): Promise<AlertIngestResult> {
    const now = clock.now();
    if (!source.enabled) throw new DomainError('alert.source_disabled');
    const allowed = caches.takeRate(source, items.length, now);
    if (!allowed.ok) {
      await batchRepo.countSourceTraffic(db, source.id, { received: 0, refused: items.length }, now);
      throw new DomainError('alert.rate_limited', {
        limit: source.ratePerMinute,
        retryAfter: allowed.retryAfter,
      });
    }
    await caches.ensurePartition(now);
    const [index, { suppressions, maintenance, settings }] = await Promise.all([
      caches.mappingIndex(),
      caches.currentRules(now),
    ]);
    // Everything per alert is decided here, in memory; the transaction then writes whole tables.
    const { results, prepared } = prepareBatch(source, items, now, index, suppressions, maintenance);
    const nowMs = now.getTime();

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
        const deltas = groupDeltas(stored, now);
        // 2b. Indicators of published warnings: the batch's distinct observables, one query.
        const observed = distinctObservables(stored);
        const hits = observed.length ? await matchIndicators(trx, observed) : [];
        const hitsByFingerprint = hitsPerFingerprint(stored, hits);
        for (const fingerprint of hitsByFingerprint.keys()) {
          const d = deltas.get(fingerprint)!;
          if (d.status === 'open') d.severity = Math.max(d.severity, hitSeverity);
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
        const { unmapped, suppressionHits } = afterCommitCounts(stored, now);
        await batchRepo.upsertUnmapped(db, source.id, unmapped);
        await batchRepo.addSuppressionHits(db, suppressionHits);
      })().catch(() => {});
    await filing.fileIncidents(outcome.claimed, source, undefined, outcome.hitsByGroup).catch(() => {
      // The alerts are committed; the sweep files what failed here (claims go stale after 5 min).
    });
    return { sourceId: source.id, ...outcome.counts, items: results };
  }

  return {
    ingest,
    fileIncidents: filing.fileIncidents,
    /** Files incidents whose claim went stale (the process stopped between commit and filing). */
    async sweepFilings(): Promise<number> {
      const ids = await filing.reclaimFilings(db);
      return (await filing.fileIncidents(ids).catch(() => [])).length;
    },
    reclaimFilings: filing.reclaimFilings,
    invalidate: caches.invalidate,
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
