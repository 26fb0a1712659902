import { urlHost } from '@ungcuu/domain/alerts/alert.ts';
import { normalizeObservable } from '@ungcuu/domain/incidents/observables.ts';
import { addTimeline } from '../incidents/timeline.repository.ts';
import { notify } from '../notifications/notify.ts';
import type { Executor } from '../shared/context.ts';
import {
  addWarningTimeline,
  linkWarningIncident,
  publishedWarningsWithIndicators,
} from './warning.repository.ts';

// Issue 11: indicators of published warnings are matched against what incidents and incoming
// alerts carry. A hit links the warning and the incident, writes both records
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
  const asked = observables.slice(0, 500);
  const wanted = new Set(asked.map((o) => `${o.kind}|${o.normalized}`));
  const rows = await publishedWarningsWithIndicators(trx, asked);
  return rows
    .filter((r) => wanted.has(`${r.kind}|${r.normalized}`))
    .map((r) => ({
      warningId: r.id,
      warningCode: r.code,
      warningTitle: r.title,
      kind: r.kind,
      normalized: r.normalized,
    }));
}

/**
 * The observables an alert names, normalised as incidents/observables.ts does: its IP addresses,
 * its host (an IP or a domain), its URL and the URL's host. Pure and cheap (no I/O).
 */
export function alertObservables(
  alert: {
    host: string | null;
    ip: string | null;
    srcIp: string | null;
    destIp: string | null;
    url: string | null;
  },
  /** Normalised values already computed (alert batches repeat their hosts and addresses). */
  memo?: Map<string, string | null>,
): { kind: string; normalized: string }[] {
  const normalize = (kind: 'ip' | 'domain' | 'url', value: string) => {
    if (!memo) return normalizeObservable(kind, value);
    const key = `${kind}|${value}`;
    let found = memo.get(key);
    if (found === undefined) {
      found = normalizeObservable(kind, value);
      memo.set(key, found);
    }
    return found;
  };
  const out: { kind: string; normalized: string }[] = [];
  const add = (kind: 'ip' | 'domain' | 'url', value: string | null) => {
    if (!value || value.length > 2048) return;
    const normalized = normalize(kind, value);
    if (normalized !== null) out.push({ kind, normalized });
  };
  for (const ip of [alert.ip, alert.srcIp, alert.destIp]) add('ip', ip);
  for (const host of [alert.host, alert.url ? urlHost(alert.url.toLowerCase()) : null]) {
    if (!host) continue;
    if (normalize('ip', host) !== null) add('ip', host);
    else add('domain', host);
  }
  add('url', alert.url);
  return out;
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
  return linkHits(trx, incident, await matchIndicators(trx, observables), now);
}

/** The same for hits already found (alert intake matches a whole batch in one query). */
export async function linkHits(
  trx: Executor,
  incident: { id: string; code: string; title: string },
  hits: readonly IndicatorHit[],
  now: Date,
): Promise<IndicatorHit[]> {
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
