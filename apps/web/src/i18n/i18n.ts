import type { Locale, LocalizedText } from '@ungcuu/domain/i18n-text.ts';
import i18next from 'i18next';
import { initReactI18next, useTranslation } from 'react-i18next';
import { applyLocale, chooseLocale, currentLocale, subscribeLocale } from './locale.ts';
import { en, vi } from './resources.ts';

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: { translation: typeof vi };
  }
}

export { currentLocale, hasStoredLocale, storedLocale } from './locale.ts';

export async function initI18n(): Promise<void> {
  await i18next.use(initReactI18next).init({
    resources: { vi: { translation: vi }, en: { translation: en } },
    lng: currentLocale(),
    fallbackLng: 'vi',
    interpolation: { escapeValue: false },
  });
  followLocale();
}

/**
 * Keeps i18next and locale.ts on one language: the first-paint pages switch it through locale.ts,
 * other code (and tests) through i18next.
 */
export function followLocale(): void {
  applyLocale(i18next.language === 'en' ? 'en' : 'vi');
  subscribeLocale((locale) => {
    if (i18next.language !== locale) void i18next.changeLanguage(locale);
  });
  i18next.on('languageChanged', (lng) => applyLocale(lng === 'en' ? 'en' : 'vi'));
}

/** Switches the interface language and remembers it on this browser. */
export async function changeLocale(locale: Locale): Promise<void> {
  chooseLocale(locale);
  await i18next.changeLanguage(locale);
}

/** Current language plus a picker for the domain's {vi, en} labels (roles, unit types, scopes). */
export function useLocale(): { locale: Locale; label: (text: LocalizedText) => string } {
  const { i18n } = useTranslation();
  const locale: Locale = i18n.language === 'en' ? 'en' : 'vi';
  return { locale, label: (text) => text[locale] || text.vi };
}

/** For keys built at run time from server data (audit actions, entity types): falls back to the raw value. */
export function translateDynamic(key: string, fallback: string): string {
  // Looked up without the typed key union: these keys are only known at run time.
  const loose = i18next as unknown as { t(key: string): string };
  return i18next.exists(key) ? loose.t(key) : fallback;
}

/** Dates and times shown in the user's language, in the browser's time zone. */
export function formatDateTime(value: string | null | undefined, locale: Locale): string {
  if (!value) return '';
  return new Date(value).toLocaleString(locale === 'vi' ? 'vi-VN' : 'en-GB', {
    dateStyle: 'short',
    timeStyle: 'short',
  });
}

export function formatDate(value: string | null | undefined, locale: Locale): string {
  if (!value) return '';
  return new Date(value).toLocaleDateString(locale === 'vi' ? 'vi-VN' : 'en-GB');
}
