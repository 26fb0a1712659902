import type { AccuracyReport } from './classifier-schemas.ts';
import {
  CAUSE_GROUPS,
  type CauseGroup,
  causeGroupOf,
  isSubtype,
  SUBTYPES,
  type Subtype,
} from './taxonomy.ts';

/**
 * How well the suggestions shown at intake matched what the office's coordinators confirmed,
 * over time, per cause group and subtype, with the confusion table (issue 14).
 */
export interface DecidedExample {
  subtype: string;
  suggested_subtype: string | null;
  confirmed_at: Date | string;
}

interface Tally {
  n: number;
  suggested: number;
  groupRight: number;
  subtypeRight: number;
}

const empty = (): Tally => ({ n: 0, suggested: 0, groupRight: 0, subtypeRight: 0 });

function count(t: Tally, confirmed: Subtype, suggested: Subtype | null): void {
  t.n++;
  if (!suggested) return;
  t.suggested++;
  if (causeGroupOf(suggested) === causeGroupOf(confirmed)) t.groupRight++;
  if (suggested === confirmed) t.subtypeRight++;
}

export function officeAccuracy(rows: readonly DecidedExample[], from: Date, to: Date): AccuracyReport {
  const overall = empty();
  const months = new Map<string, Tally>();
  const groups = new Map<CauseGroup, Tally>(CAUSE_GROUPS.map((g) => [g, empty()]));
  const subtypes = new Map<Subtype, Tally>(SUBTYPES.map((s) => [s, empty()]));
  const confusion = new Map<string, number>();
  for (const row of rows) {
    if (!isSubtype(row.subtype)) continue;
    const confirmed = row.subtype;
    const suggested =
      row.suggested_subtype && isSubtype(row.suggested_subtype) ? row.suggested_subtype : null;
    const month = new Date(row.confirmed_at).toISOString().slice(0, 7);
    if (!months.has(month)) months.set(month, empty());
    for (const t of [
      overall,
      months.get(month)!,
      groups.get(causeGroupOf(confirmed))!,
      subtypes.get(confirmed)!,
    ])
      count(t, confirmed, suggested);
    const key = `${confirmed}|${suggested ?? ''}`;
    confusion.set(key, (confusion.get(key) ?? 0) + 1);
  }
  return {
    from: from.toISOString(),
    to: to.toISOString(),
    overall,
    byMonth: [...months].sort((a, b) => a[0].localeCompare(b[0])).map(([month, t]) => ({ month, ...t })),
    byGroup: [...groups].map(([group, t]) => ({ group, ...t })),
    bySubtype: [...subtypes].filter(([, t]) => t.n > 0).map(([subtype, t]) => ({ subtype, ...t })),
    confusion: [...confusion].map(([key, n]) => {
      const [confirmed, suggested] = key.split('|') as [Subtype, string];
      return { confirmed, suggested: suggested ? (suggested as Subtype) : null, n };
    }),
  };
}
