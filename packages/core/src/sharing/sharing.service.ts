import { can } from '@ungcuu/domain/auth/permissions.ts';
import { DomainError } from '@ungcuu/domain/errors.ts';
import type { ObservableKind } from '@ungcuu/domain/incidents/observables.ts';
import type { Shareable, SharedIndicator } from '@ungcuu/domain/sharing/advisory.ts';
import { parseSharedText } from '@ungcuu/domain/sharing/import.ts';
import { toMispEvent } from '@ungcuu/domain/sharing/misp.ts';
import { toStixBundle } from '@ungcuu/domain/sharing/stix-export.ts';
import { type FeedTlp, strictestTlp, type Tlp, tlpRank, tlpsUpTo } from '@ungcuu/domain/sharing/tlp.ts';
import { shareableOfWarning, warningTlpOf } from '@ungcuu/domain/warnings/warning-sharing.ts';
import type { IncidentRow } from '../db/schema-incidents.ts';
import { sharesWithUnit } from '../incidents/escalation.repository.ts';
import { findIncidentById, lockIncident } from '../incidents/incident.repository.ts';
import { requireAction, requireVisible } from '../incidents/incident-access.ts';
import { addTimeline } from '../incidents/timeline.repository.ts';
import { findUnitById } from '../org/unit.repository.ts';
import type { RequestActor } from '../shared/context.ts';
import type { ServiceDeps } from '../shared/deps.ts';
import { mutate } from '../shared/mutation.ts';
import {
  feedIncidentPage,
  feedWarningPage,
  indicatorsOfWarnings,
  insertImportedObservables,
  observablesForExport,
  observablesOfIncidents,
  setIncidentTlp,
} from './sharing.repository.ts';

export type ShareFormat = 'misp' | 'stix';

const toIso = (d: Date | string) => new Date(d).toISOString();

/** An incident as the exporters take it (domain/sharing/advisory.ts `Shareable`). */
function shareableOf(
  row: Pick<IncidentRow, 'id' | 'code' | 'title' | 'tlp' | 'created_at' | 'updated_at'>,
  indicators: SharedIndicator[],
): Shareable {
  return {
    key: `incident:${row.id}`,
    title: `${row.code} — ${row.title}`,
    description: '',
    tlp: row.tlp as Tlp,
    created: toIso(row.created_at),
    modified: toIso(row.updated_at),
    indicators,
  };
}

/**
 * Threat sharing of incidents and warnings (issue 11): MISP/STIX export of an incident's indicators, import of
 * a MISP event or STIX bundle into an incident (all or nothing), the incident's TLP marking, and the
 * per-TLP feeds a higher body's platform reads with a `feed.read` token.
 */
export function createSharingService(deps: ServiceDeps) {
  const { db, clock } = deps;

  async function officeName(actor: RequestActor): Promise<string> {
    return (await findUnitById(db, actor.unitId))?.name ?? 'ungcuu';
  }

  /** Only the focal office's people and tokens (feed.read) read a feed; each page read is audited. */
  async function feedPage(
    actor: RequestActor,
    level: FeedTlp,
    format: ShareFormat,
    page: { limit: number; offset: number },
  ) {
    if (!can(actor, 'feed.read')) throw new DomainError('forbidden');
    // Two sources, one paging: the incidents first, then the published warnings (each newest first).
    const levels = tlpsUpTo(level);
    const { rows, total: incidentTotal } = await feedIncidentPage(db, levels, page);
    const warningPage = {
      limit: page.limit - rows.length,
      offset: Math.max(0, page.offset - incidentTotal),
    };
    const { rows: warnings, total: warningTotal } = await feedWarningPage(
      db,
      levels.map(warningTlpOf),
      warningPage,
    );
    const [observables, warningIndicators] = await Promise.all([
      observablesOfIncidents(
        db,
        rows.map((r) => r.id),
      ),
      indicatorsOfWarnings(
        db,
        warnings.map((w) => w.id),
      ),
    ]);
    const items = [
      ...rows.map((r) =>
        shareableOf(
          r,
          observables
            .filter((o) => o.incident_id === r.id)
            .map((o) => ({ type: o.kind as ObservableKind, value: o.normalized })),
        ),
      ),
      ...warnings.map((w) =>
        shareableOfWarning(
          { ...w, created: toIso(w.created_at), modified: toIso(w.updated_at) },
          warningIndicators.filter((i) => i.warning_id === w.id),
        ),
      ),
    ];
    const total = incidentTotal + warningTotal;
    await mutate(deps, actor, ({ audit }) =>
      audit({
        action: 'feed.read',
        entityType: 'feed',
        entityId: null,
        unitId: actor.unitId,
        after: { tlp: level, format, offset: page.offset, count: items.length },
      }),
    );
    return { items, total, office: { name: await officeName(actor) } };
  }

  return {
    /** The incident's indicators as a file; the download is audited (who took what, at which marking). */
    async exportIncident(actor: RequestActor, incidentId: string, format: ShareFormat) {
      const { row, visibility } = requireVisible(actor, await findIncidentById(db, incidentId));
      // A body it was escalated to exports only what an escalation shared with it.
      if (visibility !== 'full') {
        const escalations = await sharesWithUnit(db, incidentId, actor.unitId);
        if (!escalations.some((e) => (e.shared as { observables?: boolean }).observables)) {
          throw new DomainError('forbidden');
        }
      }
      const observables = await observablesForExport(db, incidentId);
      const item = shareableOf(
        row,
        observables.map((o) => ({ type: o.kind as ObservableKind, value: o.normalized })),
      );
      const office = { name: await officeName(actor) };
      const document = format === 'misp' ? toMispEvent(item, office) : toStixBundle(item, office);
      await mutate(deps, actor, ({ audit }) =>
        audit({
          action: 'incident.share_export',
          entityType: 'incident',
          entityId: incidentId,
          unitId: row.reporting_unit_id,
          after: { format, tlp: row.tlp, indicators: observables.length },
        }),
      );
      return {
        filename: `${row.code}.${format}.json`,
        contentType: 'application/json',
        bytes: Buffer.from(JSON.stringify(document, null, 2)),
      };
    },

    /**
     * A MISP event or STIX bundle's indicators added to the incident. The document is read whole
     * before the transaction opens: one bad value refuses it all. The incident keeps the stricter
     * of its marking and the document's.
     */
    async importIndicators(actor: RequestActor, incidentId: string, text: string) {
      const advisory = parseSharedText(text);
      return mutate(deps, actor, async ({ trx, audit, announce }) => {
        const { row } = requireVisible(actor, await lockIncident(trx, incidentId));
        requireAction(actor, row, 'incident.update');
        const added = await insertImportedObservables(
          trx,
          incidentId,
          advisory.indicators.map((i) => ({ kind: i.type, value: i.value, normalized: i.value })),
        );
        const before = row.tlp as Tlp;
        const after = strictestTlp(before, advisory.tlp);
        const now = clock.now();
        if (after !== before) await setIncidentTlp(trx, incidentId, after, now);
        await addTimeline(trx, {
          incidentId,
          at: now,
          kind: 'auto',
          event: 'indicators_imported',
          actorUserId: actor.userId,
          actorLabel: actor.label,
          data: { added, format: advisory.format.toUpperCase(), title: advisory.title.slice(0, 200) },
        });
        await audit({
          action: 'incident.indicators_import',
          entityType: 'incident',
          entityId: incidentId,
          unitId: row.reporting_unit_id,
          before: { tlp: before },
          after: {
            format: advisory.format,
            title: advisory.title.slice(0, 200),
            found: advisory.indicators.length,
            added,
            cves: advisory.cves.slice(0, 50),
            tlp: after,
          },
        });
        await announce({ entity: 'incident', id: incidentId, action: 'observable', unitIds: row.unit_ids });
        return {
          format: advisory.format,
          title: advisory.title,
          found: advisory.indicators.length,
          added,
          cves: advisory.cves,
          tlp: after,
          tlpRaised: after !== before,
          warnings: advisory.warnings,
        };
      });
    },

    /** Raising the marking is anyone's who works on the incident; loosening it is the focal office's. */
    async setTlp(actor: RequestActor, incidentId: string, tlp: Tlp) {
      return mutate(deps, actor, async ({ trx, audit, announce }) => {
        const { row } = requireVisible(actor, await lockIncident(trx, incidentId));
        const before = row.tlp as Tlp;
        requireAction(actor, row, tlpRank(tlp) < tlpRank(before) ? 'incident.triage' : 'incident.update');
        if (tlp !== before) {
          const now = clock.now();
          await setIncidentTlp(trx, incidentId, tlp, now);
          await addTimeline(trx, {
            incidentId,
            at: now,
            kind: 'auto',
            event: 'tlp_changed',
            actorUserId: actor.userId,
            actorLabel: actor.label,
            data: { from: `TLP:${before.toUpperCase()}`, to: `TLP:${tlp.toUpperCase()}` },
          });
          await audit({
            action: 'incident.tlp_change',
            entityType: 'incident',
            entityId: incidentId,
            unitId: row.reporting_unit_id,
            before: { tlp: before },
            after: { tlp },
          });
          await announce({ entity: 'incident', id: incidentId, action: 'update', unitIds: row.unit_ids });
        }
        return { tlp };
      });
    },

    /**
     * One page of the MISP feed: incidents marked at or below `level` (never RED, never kept
     * confidential), then the published warnings at or below it, newest change first, with the manifest MISP's feed fetcher reads.
     */
    async mispFeed(actor: RequestActor, level: FeedTlp, page: { limit: number; offset: number }) {
      const { items, total, office } = await feedPage(actor, level, 'misp', page);
      const events = items.map((i) => toMispEvent(i, office));
      const manifest = Object.fromEntries(
        events.map((e) => {
          const { Attribute: _a, Object: _o, uuid, ...head } = e.Event;
          return [uuid, head];
        }),
      );
      return { manifest, events, total, limit: page.limit, offset: page.offset };
    },

    /** The same page as a TAXII 2.1-style envelope; the office identity and markings appear once. */
    async stixFeed(actor: RequestActor, level: FeedTlp, page: { limit: number; offset: number }) {
      const { items, total, office } = await feedPage(actor, level, 'stix', page);
      const seen = new Set<string>();
      const objects: Record<string, unknown>[] = [];
      for (const item of items) {
        for (const o of toStixBundle(item, office).objects as Record<string, unknown>[]) {
          if (seen.has(String(o.id))) continue;
          seen.add(String(o.id));
          objects.push(o);
        }
      }
      const next = page.offset + items.length;
      return {
        more: next < total,
        ...(next < total ? { next: String(next) } : {}),
        objects,
        generated: clock.now().toISOString(),
      };
    },
  };
}
