/**
 * How Vietnamese administrative documents write dates, numbers and amounts (NĐ 30/2020 Phụ lục I
 * for the date line; dots group thousands, a comma marks decimals; amounts in words end in "đồng").
 * Pure: every renderer (DOCX, PDF, XLSX) and the web app print through these.
 */

/** Vietnam has used UTC+7 without daylight saving since 1975; documents print Vietnam dates. */
const VIETNAM_OFFSET_MS = 7 * 60 * 60 * 1000;

export interface VietnamDateParts {
  day: number;
  month: number;
  year: number;
  hour: number;
  minute: number;
}

/** The Vietnam-time calendar parts of an instant (ISO string or Date), or null when invalid. */
export function vietnamDateParts(at: string | Date | null | undefined): VietnamDateParts | null {
  if (at === null || at === undefined || at === '') return null;
  // A bare day (YYYY-MM-DD) is already a Vietnam calendar day.
  if (typeof at === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(at)) {
    const [y, m, d] = at.split('-').map(Number) as [number, number, number];
    return { day: d, month: m, year: y, hour: 0, minute: 0 };
  }
  const ms = at instanceof Date ? at.getTime() : Date.parse(at);
  if (Number.isNaN(ms)) return null;
  const d = new Date(ms + VIETNAM_OFFSET_MS);
  return {
    day: d.getUTCDate(),
    month: d.getUTCMonth() + 1,
    year: d.getUTCFullYear(),
    hour: d.getUTCHours(),
    minute: d.getUTCMinutes(),
  };
}

const two = (n: number) => String(n).padStart(2, '0');

/** "05/03/2026", or "—" for a missing or invalid value. */
export function formatDayVi(at: string | Date | null | undefined): string {
  const p = vietnamDateParts(at);
  return p ? `${two(p.day)}/${two(p.month)}/${p.year}` : '—';
}

/** "05/03/2026 08:30" in Vietnam time, or "—". */
export function formatDateTimeVi(at: string | Date | null | undefined): string {
  const p = vietnamDateParts(at);
  return p ? `${two(p.day)}/${two(p.month)}/${p.year} ${two(p.hour)}:${two(p.minute)}` : '—';
}

/**
 * The date of an administrative document, "ngày 05 tháng 3 năm 2026". NĐ 30/2020 Phụ lục I:
 * days below 10 and the months 1 and 2 take a leading zero, other months do not.
 */
export function dateLineVi(at: string | Date | null | undefined): string {
  const p = vietnamDateParts(at);
  if (!p) return 'ngày … tháng … năm …';
  const month = p.month <= 2 ? two(p.month) : String(p.month);
  return `ngày ${two(p.day)} tháng ${month} năm ${p.year}`;
}

/** The place-date line under the national motto: "Mỹ Hào, ngày 05 tháng 12 năm 2026". */
export function placeDateLineVi(place: string, at: string | Date | null | undefined): string {
  return `${place.trim()}, ${dateLineVi(at)}`;
}

/** An integer or decimal as Vietnamese print it: "1.234.567", "12,5". */
export function formatNumberVi(value: number, fractionDigits = 0): string {
  if (!Number.isFinite(value)) return '—';
  const negative = value < 0;
  const fixed = Math.abs(value).toFixed(fractionDigits);
  const [whole = '0', fraction] = fixed.split('.');
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, '.');
  return `${negative ? '-' : ''}${grouped}${fraction ? `,${fraction}` : ''}`;
}

/** An amount of money in whole đồng: "120.000.000 đồng". */
export function formatDongVi(amount: number): string {
  return `${formatNumberVi(Math.round(amount))} đồng`;
}

const DIGITS = ['không', 'một', 'hai', 'ba', 'bốn', 'năm', 'sáu', 'bảy', 'tám', 'chín'] as const;
/** Groups of three digits, from the lowest; "tỷ" repeats for every further nine digits. */
const SCALES = ['', 'nghìn', 'triệu'] as const;

/**
 * Reads one group of three digits (0–999). `full` is set for every group after the highest, where
 * a missing hundred is read ("không trăm") and a lone unit takes "linh".
 */
function readTriple(n: number, full: boolean): string[] {
  const hundreds = Math.floor(n / 100);
  const tens = Math.floor((n % 100) / 10);
  const units = n % 10;
  const words: string[] = [];
  if (hundreds > 0 || full) words.push(DIGITS[hundreds] as string, 'trăm');
  if (tens === 0) {
    // "linh" (or "lẻ") only when something stands before the lone unit: 105, 1.005, not 5.
    if (units > 0 && (hundreds > 0 || full)) words.push('linh', DIGITS[units] as string);
    else if (units > 0) words.push(DIGITS[units] as string);
    return words;
  }
  if (tens === 1) words.push('mười');
  else words.push(DIGITS[tens] as string, 'mươi');
  if (units === 1) words.push(tens === 1 ? 'một' : 'mốt');
  else if (units === 4) words.push(tens === 1 ? 'bốn' : 'tư');
  else if (units === 5) words.push('lăm');
  else if (units > 0) words.push(DIGITS[units] as string);
  return words;
}

/**
 * A non-negative integer in Vietnamese words, lower case: 105 "một trăm linh năm", 21 "hai mươi
 * mốt", 24 "hai mươi tư", 15 "mười lăm", 1.000.000.000 "một tỷ". Rules: "linh" for a zero tens
 * digit after hundreds; "mốt" for 1 after a tens word from twenty; "tư" for 4 after twenty;
 * "lăm" for 5 after any tens; a zero group inside the number is skipped, but a lower group after
 * a skipped or non-zero higher one reads its "không trăm".
 */
export function numberInWordsVi(value: number): string {
  if (!Number.isSafeInteger(value) || value < 0) throw new RangeError(`not a whole amount: ${value}`);
  if (value === 0) return 'không';
  // Split into groups of three digits, lowest first.
  const groups: number[] = [];
  for (let n = value; n > 0; n = Math.floor(n / 1000)) groups.push(n % 1000);
  const words: string[] = [];
  for (let i = groups.length - 1; i >= 0; i--) {
    const group = groups[i] as number;
    if (group === 0) {
      // A whole "tỷ" boundary still needs its word when higher digits exist: 1.000.000.000.000 = "nghìn tỷ".
      if (i % 3 === 0 && i > 0 && groups.slice(i + 1, i + 3).some((g) => g > 0)) words.push('tỷ');
      continue;
    }
    words.push(...readTriple(group, i < groups.length - 1));
    const scale = SCALES[i % 3] as string;
    if (scale) words.push(scale);
    if (i % 3 === 0 && i > 0) for (let k = 0; k < i / 3; k++) words.push('tỷ');
  }
  return words.join(' ');
}

/** An amount in words as forms write it: "Một trăm hai mươi triệu đồng". */
export function amountInWordsVi(amount: number): string {
  const words = numberInWordsVi(Math.round(amount));
  return `${words.charAt(0).toUpperCase()}${words.slice(1)} đồng`;
}

/** "UBND thị xã Mỹ Hào" → "thị xã Mỹ Hào": the area a People's Committee governs. */
export function areaOfCommittee(committee: string): string {
  return committee.replace(/^\s*(UBND|Ủy ban nhân dân|Uỷ ban nhân dân)\s+/i, '').trim();
}

/** "UBND thị xã Mỹ Hào" → "Mỹ Hào": the place written before the date line. */
export function placeOfCommittee(committee: string): string {
  return areaOfCommittee(committee)
    .replace(/^(thị xã|thành phố|huyện|quận|tỉnh|xã|phường|thị trấn)\s+/i, '')
    .trim();
}
