/** A user-facing text in both languages of the product; Vietnamese is the default. */
export interface LocalizedText {
  vi: string;
  en: string;
}

export type Locale = 'vi' | 'en';

export const LOCALES: readonly Locale[] = ['vi', 'en'];

export function pickText(text: LocalizedText, locale: Locale): string {
  return text[locale] || text.vi;
}
