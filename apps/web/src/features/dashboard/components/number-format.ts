import type { Locale } from '@ungcuu/domain/i18n-text.ts';

/** Numbers as the reader writes them: 1.234.567 in Vietnamese, 1,234,567 in English. */
export function formatNumber(value: number | null | undefined, locale: Locale, digits = 0): string {
  if (value === null || value === undefined) return '—';
  return new Intl.NumberFormat(locale === 'vi' ? 'vi-VN' : 'en-GB', {
    maximumFractionDigits: digits,
    minimumFractionDigits: 0,
  }).format(value);
}

/** Amounts in đồng: "1.234.567 đ" (vi), "1,234,567 ₫" (en). */
export function formatDong(value: number | null | undefined, locale: Locale): string {
  if (value === null || value === undefined) return '—';
  return `${formatNumber(value, locale)} ${locale === 'vi' ? 'đ' : '₫'}`;
}

/** A share 0..1 as a percentage with one decimal. */
export function formatPercent(value: number | null | undefined, locale: Locale): string {
  if (value === null || value === undefined) return '—';
  return `${formatNumber(value * 100, locale, 1)} %`;
}

/** A table as CSV text (UTF-8 with BOM so spreadsheet programs read the accents). */
export function csvText(headers: readonly string[], rows: readonly (string | number | null)[][]): string {
  const cell = (v: string | number | null) => {
    const text = v === null ? '' : String(v);
    // A cell starting with = + - @ is text, not a formula, when a spreadsheet opens it.
    const safe = /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
    return /[",\r\n;]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
  };
  return `\uFEFF${[headers, ...rows].map((r) => r.map(cell).join(',')).join('\r\n')}\r\n`;
}
