/**
 * Calendar arithmetic in Vietnam time. Vietnam has no daylight saving (UTC+7 all year), so a fixed
 * offset is exact and keeps the domain free of time-zone databases. "This year" and "expires on"
 * are judged on the Vietnamese calendar day, not the UTC one.
 */
const VN_OFFSET_MS = 7 * 60 * 60 * 1000;

export interface CalendarDay {
  year: number;
  month: number;
  day: number;
}

/** Accepts 'YYYY-MM-DD' (already a local day) or a full ISO timestamp (converted to UTC+7). */
export function vnDay(iso: string): CalendarDay {
  const dateOnly = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (dateOnly) {
    const [year, month, day] = [Number(dateOnly[1]), Number(dateOnly[2]), Number(dateOnly[3])];
    const check = new Date(Date.UTC(year, month - 1, day));
    if (check.getUTCMonth() !== month - 1 || check.getUTCDate() !== day)
      throw new RangeError(`invalid date: ${iso}`);
    return { year, month, day };
  }
  const ms = Date.parse(iso);
  if (Number.isNaN(ms) || !/^\d{4}-\d{2}-\d{2}T/.test(iso)) throw new RangeError(`invalid ISO date: ${iso}`);
  const local = new Date(ms + VN_OFFSET_MS);
  return { year: local.getUTCFullYear(), month: local.getUTCMonth() + 1, day: local.getUTCDate() };
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** 'YYYY-MM-DD', which also sorts correctly as a string. */
export function dayKey(day: CalendarDay): string {
  return `${pad(day.year, 4)}-${pad(day.month)}-${pad(day.day)}`;
}

/** dd/mm/yyyy, the way Vietnamese documents write dates. */
export function formatDayVi(day: CalendarDay): string {
  return `${pad(day.day)}/${pad(day.month)}/${pad(day.year, 4)}`;
}

/** The same day `months` months earlier, clamped to the end of a shorter month (31/8 − 6 → 28/2 or 29/2). */
export function monthsBefore(day: CalendarDay, months: number): CalendarDay {
  const index = day.year * 12 + (day.month - 1) - months;
  const year = Math.floor(index / 12);
  const month = (index % 12) + 1;
  const lastDay = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return { year, month, day: Math.min(day.day, lastDay) };
}

/** True when `iso` falls on or after the day `months` months before `now`. */
export function withinMonths(iso: string, now: CalendarDay, months: number): boolean {
  return dayKey(vnDay(iso)) >= dayKey(monthsBefore(now, months));
}
