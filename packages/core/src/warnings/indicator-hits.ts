import { addTimeline } from '../incidents/timeline.repository.ts';
import { notify } from '../notifications/notify.ts';
import type { Executor } from '../shared/context.ts';
import {
  addWarningTimeline,
  linkWarningIncident,
  publishedWarningsWithIndicators,
} from './warning.repository.ts';

// Issue 11: indicators of published warnings are matched against what incidents (and, once wired
// by the integrator, alerts) carry. A hit links the warning and the incident, writes both records
// and tells the focal office.

export interface IndicatorHit {
  warningId: string;
  warningCode: string;
  warningTitle: string;
  kind: string;
  normalized: string;
}

/**
 * Published warnings whose indicators match any of these observables (kind and normalized value,
 * as incidents/observables.ts normalises them). One query; at most 500 hits. Alert intake calls this
 * to raise an alert's priority.
 */
export async function matchIndicators(
  trx: Executor,
  observables: readonly { kind: string; normalized: string }[],
): Promise<IndicatorHit[]> {
  const rows = await publishedWarningsWithIndicators(trx, observables.slice(0, 500));
  return rows.map((r) => ({
    warningId: r.id,
    warningCode: r.code,
    warningTitle: r.title,
    kind: r.kind,
    normalized: r.normalized,
  }));
}

/**
 * Links an incident to the warnings its observables hit: a link per warning (once), a step on both
 * records, a notice to the focal office. Returns the hits newly linked (the caller audits them).
 */
export async function linkIndicatorHits(
  trx: Executor,
  incident: { id: string; code: string; title: string },
  observables: readonly { kind: string; normalized: string }[],
  now: Date,
): Promise<IndicatorHit[]> {
  const hits = await matchIndicators(trx, observables);
  const linked: IndicatorHit[] = [];
  const seen = new Set<string>();
  for (const hit of hits) {
    if (seen.has(hit.warningId)) continue;
    seen.add(hit.warningId);
    const fresh = await linkWarningIncident(trx, {
      warning_id: hit.warningId,
      incident_id: incident.id,
      kind: hit.kind,
      normalized: hit.normalized,
      matched_at: now,
    });
    if (!fresh) continue;
    linked.push(hit);
    await addWarningTimeline(trx, {
      warningId: hit.warningId,
      at: now,
      step: 'indicator_hit',
      actorUserId: null,
      actorLabel: 'system',
      data: {
        incidentId: incident.id,
        incidentCode: incident.code,
        kind: hit.kind,
        normalized: hit.normalized,
      },
    });
    await addTimeline(trx, {
      incidentId: incident.id,
      at: now,
      kind: 'auto',
      event: 'warning_matched',
      actorUserId: null,
      actorLabel: 'system',
      data: {
        warningId: hit.warningId,
        warningCode: hit.warningCode,
        warningTitle: hit.warningTitle,
        normalized: hit.normalized,
      },
    });
    await notify(
      trx,
      {
        kind: 'warning_indicator_hit',
        to: [{ focalOffice: true }],
        title: {
          vi: `Sự cố ${incident.code} có dấu hiệu của cảnh báo ${hit.warningCode}: ${hit.normalized}`,
          en: `Incident ${incident.code} carries an indicator of warning ${hit.warningCode}: ${hit.normalized}`,
        },
        link: `/incidents/${incident.id}`,
        thread: incident.id,
        dedupeKey: `warning-hit:${hit.warningId}:${incident.id}`,
      },
      now,
    );
  }
  return linked;
}
