import { SUBTYPE_LABELS, type Subtype } from '../incidents/taxonomy.ts';
import { type PeriodicReport, type ReportingRegime, regimeInForce } from '../regimes/regime.ts';

/**
 * Mẫu 05 of TT 20/2017 (báo cáo tổng hợp 06 tháng / 01 năm): rows are the ten attack types of
 * domain README §2.1, in the form's order; they are the ten `attack.*` subtypes of the taxonomy.
 */
export const MAU05_ATTACK_TYPES = [
  'attack.dos',
  'attack.phishing',
  'attack.malware',
  'attack.intrusion',
  'attack.defacement',
  'attack.ransomware',
  'attack.destruction',
  'attack.espionage',
  'attack.combined',
  'attack.other',
] as const satisfies readonly Subtype[];
export type Mau05AttackType = (typeof MAU05_ATTACK_TYPES)[number];

/** The row of Mẫu 05 an incident counts in; an attack without a subtype counts as "other". */
export function mau05Row(causeGroup: string | null, subtype: string | null): Mau05AttackType | null {
  if (causeGroup !== 'attack') return null;
  return (MAU05_ATTACK_TYPES as readonly string[]).includes(subtype ?? '')
    ? (subtype as Mau05AttackType)
    : 'attack.other';
}

export const MAU05_ROW_LABELS = Object.fromEntries(
  MAU05_ATTACK_TYPES.map((t) => [t, SUBTYPE_LABELS[t]]),
) as Record<Mau05AttackType, (typeof SUBTYPE_LABELS)[Subtype]>;

/** One row's figures: count, handled alone, with domestic help, with foreign help, support asked, damage (đồng). */
export interface Mau05Cells {
  count: number;
  alone: number;
  domestic: number;
  foreign: number;
  coordinator: number;
  damage: number;
}

export const EMPTY_CELLS: Mau05Cells = {
  count: 0,
  alone: 0,
  domestic: 0,
  foreign: 0,
  coordinator: 0,
  damage: 0,
};

/** The total row: the sum of the ten rows. */
export function mau05Total(rows: readonly Mau05Cells[]): Mau05Cells {
  return rows.reduce(
    (t, r) => ({
      count: t.count + r.count,
      alone: t.alone + r.alone,
      domestic: t.domestic + r.domestic,
      foreign: t.foreign + r.foreign,
      coordinator: t.coordinator + r.coordinator,
      damage: t.damage + r.damage,
    }),
    EMPTY_CELLS,
  );
}

export const PERIOD_KINDS = ['six_month', 'annual'] as const;
export type PeriodKind = (typeof PERIOD_KINDS)[number];

export interface ReportPeriod {
  kind: PeriodKind;
  year: number;
  regimeId: string;
  reportCode: string;
  label: { vi: string; en: string };
  /** First and last Vietnam calendar day of the period, inclusive (YYYY-MM-DD). */
  start: string;
  end: string;
  /** The report must arrive before this day. */
  dueBefore: string;
  /** false when the boundaries come from an unverified rule or from the product's default. */
  verified: boolean;
}

function addDays(day: string, days: number): string {
  const d = new Date(`${day}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/** The regime's periodic report of this kind: six-month by its code, annual the first `annual*`. */
function reportOfKind(regime: ReportingRegime, kind: PeriodKind): PeriodicReport | undefined {
  return kind === 'six_month'
    ? regime.periodicReports.find((p) => p.code === 'six_month')
    : regime.periodicReports.find((p) => p.code.startsWith('annual'));
}

/**
 * The period a Mẫu 05 of `year` covers, under the regime in force on the day the report is due.
 * Regime bounds (periodStart/periodEnd, e.g. 2026: 15/12 of the year before to 14/12) are used as
 * given, a start after the end reaching back into the previous year. A rule without bounds (TT 20
 * 2017: six-month before 20/6, annual before 15/12) is read as the product's default: from 1/1 of
 * the year to the day before the due day, flagged unverified. Undefined when the regime in force
 * has no report of that kind (the 2026 regime has no six-month report).
 */
export function mau05Period(
  regimes: readonly ReportingRegime[],
  kind: PeriodKind,
  year: number,
): ReportPeriod | undefined {
  // The due day decides the regime: first try the regime in force mid-period, then check its rule.
  const probe = kind === 'six_month' ? `${year}-06-01` : `${year}-12-01`;
  const regime = regimeInForce(regimes, `${probe}T12:00:00+07:00`);
  if (!regime) return undefined;
  const rule = reportOfKind(regime, kind);
  if (!rule) return undefined;
  const dueBefore = `${year}-${rule.dueBefore}`;
  let start: string;
  let end: string;
  let verified = rule.verified;
  if (rule.periodStart && rule.periodEnd) {
    end = `${year}-${rule.periodEnd}`;
    start =
      rule.periodStart <= rule.periodEnd ? `${year}-${rule.periodStart}` : `${year - 1}-${rule.periodStart}`;
  } else {
    start = `${year}-01-01`;
    end = addDays(dueBefore, -1);
    verified = false;
  }
  return {
    kind,
    year,
    regimeId: regime.id,
    reportCode: rule.code,
    label: rule.label,
    start,
    end,
    dueBefore,
    verified,
  };
}

/** Half-open instants of a period in Vietnam time, for SQL: [from, to). */
export function periodInstants(period: Pick<ReportPeriod, 'start' | 'end'>): { from: Date; to: Date } {
  return {
    from: new Date(`${period.start}T00:00:00+07:00`),
    to: new Date(`${addDays(period.end, 1)}T00:00:00+07:00`),
  };
}
