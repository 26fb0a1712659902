import { dayKey, formatDayVi, vnDay } from '@ungcuu/domain/readiness/dates.ts';

// Dates of the preparedness records are calendar days ('YYYY-MM-DD') judged in Vietnam time,
// shown dd/mm/yyyy as Vietnamese documents write them (also the en-GB order).

export function formatDay(day: string | null | undefined): string {
  if (!day) return '';
  try {
    return formatDayVi(vnDay(day.length > 10 ? day : day.slice(0, 10)));
  } catch {
    return day;
  }
}

/** Today on the Vietnamese calendar, 'YYYY-MM-DD'. */
export function todayVn(): string {
  return dayKey(vnDay(new Date().toISOString()));
}

export function currentYearVn(): number {
  return vnDay(new Date().toISOString()).year;
}

/** A form's optional text as the API wants it: trimmed, or undefined when blank. */
export function optionalText(value: string): string | undefined {
  const trimmed = value.trim();
  return trimmed === '' ? undefined : trimmed;
}

/** A form's optional text or day for a nullable column: trimmed, or null when blank. */
export function nullableText(value: string): string | null {
  const trimmed = value.trim();
  return trimmed === '' ? null : trimmed;
}

/** Years offered by the year pickers: two back, one ahead. */
export function yearOptions(around = currentYearVn()): { value: string; label: string }[] {
  return [around + 1, around, around - 1, around - 2].map((y) => ({ value: String(y), label: String(y) }));
}
