import { randomUUID } from 'node:crypto';
import type { Insertable } from 'kysely';
import type { IncidentRow, IncidentsTable } from '../db/schema-incidents.ts';
import { noticeIncidentsReportedEach } from '../notifications/incident-notices.ts';
import type { RequestActor } from '../shared/context.ts';
import type { ServiceDeps } from '../shared/deps.ts';
import { mutate } from '../shared/mutation.ts';
import { linkHits, matchIndicators } from '../warnings/indicator-hits.ts';
import { createGroupCommit } from './group-commit.ts';
import {
  ensureIncidentCodeSequence,
  forgetIncidentCodeSequences,
  insertReports,
  type ReportTimelineRow,
} from './incident.repository.ts';

/** A report checked and prepared outside any transaction, waiting to be written. */
export interface PreparedFiling {
  actor: RequestActor;
  reportingUnitId: string;
  /** When it was received: its reported_at and the year of its code. */
  now: Date;
  year: number;
  row: Omit<Insertable<IncidentsTable>, 'code'>;
  timeline: readonly ReportTimelineRow[];
  observables: readonly { kind: string; value: string; normalized: string }[];
}

// A group is at most this many reports (its statement sizes and its answer's delay stay bounded);
// two groups are written at once per process (PGlite's one connection takes them in turn).
const MAX_GROUP = 256;
const MAX_IN_FLIGHT = 2;

/**
 * Single reports (`POST /api/incidents`, the web form) filed by group commit (decision 0029):
 * reports arriving while a group's transaction is in flight are written together by the next one,
 * each with its own incident, code, timeline, indicators, notices, audit record and change notice,
 * exactly as a report filed alone. One transaction of a fixed handful of statements per group.
 */
export function createGroupedIntake(deps: ServiceDeps) {
  const { db } = deps;

  async function writeGroup(filings: readonly PreparedFiling[]): Promise<IncidentRow[]> {
    // Normally one year; a group straddling New Year's midnight (Vietnam time) takes two sequences.
    const years = [...new Set(filings.map((f) => f.year))];
    for (const year of years) await ensureIncidentCodeSequence(db, year);
    const ids = filings.map(() => randomUUID());
    return mutate(deps, filings[0]!.actor, async ({ trx, audit, announce }) => {
      const byId = new Map<string, IncidentRow>();
      for (const year of years) {
        const mine = filings.flatMap((f, i) => (f.year === year ? [{ f, id: ids[i]! }] : []));
        const inserted = await insertReports(
          trx,
          mine.map(({ f, id }) => ({ ...f.row, id })),
          year,
          mine.flatMap(({ f, id }) => f.timeline.map((t) => ({ ...t, incident_id: id }))),
          mine.flatMap(({ f, id }) => f.observables.map((o) => ({ ...o, incident_id: id }))),
        );
        for (const row of inserted) byId.set(row.id, row);
      }
      const rows = ids.map((id) => byId.get(id)!);
      // Issue 11: the indicators of published warnings in any of the reports, one query for all.
      const named = filings.flatMap((f) => f.observables);
      const hits = named.length > 0 ? await matchIndicators(trx, named) : [];
      for (const [i, f] of filings.entries()) {
        const row = rows[i]!;
        if (hits.length > 0) {
          const wanted = new Set(f.observables.map((o) => `${o.kind}|${o.normalized}`));
          const mine = hits.filter((h) => wanted.has(`${h.kind}|${h.normalized}`));
          const linked = mine.length > 0 ? await linkHits(trx, row, mine, f.now) : [];
          if (linked.length > 0)
            await audit({
              action: 'warning.indicator_hit',
              entityType: 'incident',
              entityId: row.id,
              unitId: f.reportingUnitId,
              after: linked,
              actor: f.actor,
            });
        }
      }
      await noticeIncidentsReportedEach(trx, rows, filings[0]!.now);
      for (const [i, f] of filings.entries()) {
        const row = rows[i]!;
        await audit({
          action: 'incident.report',
          entityType: 'incident',
          entityId: row.id,
          unitId: f.reportingUnitId,
          after: row,
          actor: f.actor,
        });
        await announce({ entity: 'incident', id: row.id, action: 'report', unitIds: row.unit_ids });
      }
      return rows;
    });
  }

  /** A code sequence dropped behind the process's back (a restore): learn again and retry once. */
  async function writeGroupOnce(filings: readonly PreparedFiling[]): Promise<IncidentRow[]> {
    try {
      return await writeGroup(filings);
    } catch (error) {
      if ((error as { code?: string } | null)?.code !== '42P01') throw error;
      forgetIncidentCodeSequences(db);
      return writeGroup(filings);
    }
  }

  return createGroupCommit<PreparedFiling, IncidentRow>({
    writeGroup: writeGroupOnce,
    writeOne: async (filing) => (await writeGroupOnce([filing]))[0]!,
    maxGroup: MAX_GROUP,
    maxInFlight: MAX_IN_FLIGHT,
  });
}
