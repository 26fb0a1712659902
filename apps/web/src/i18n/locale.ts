import type { Locale } from '@ungcuu/domain/i18n-text.ts';

// The interface language, without i18next: the first paint (sign-in page, public report form)
// reads and switches it before the full app and its i18next load (decision 0033). i18next follows
// this value once it is there (i18n.ts), so both always agree.

const STORAGE_KEY = 'ungcuu.locale';

/** The language chosen on this browser before; Vietnamese by default. */
export function storedLocale(): Locale {
  try {
    return localStorage.getItem(STORAGE_KEY) === 'en' ? 'en' : 'vi';
  } catch {
    return 'vi';
  }
}

export function hasStoredLocale(): boolean {
  try {
    return localStorage.getItem(STORAGE_KEY) !== null;
  } catch {
    return false;
  }
}

let active: Locale = storedLocale();
const listeners = new Set<(locale: Locale) => void>();

export function currentLocale(): Locale {
  return active;
}

/** Called back on every change of language; returns the unsubscribe. */
export function subscribeLocale(listener: (locale: Locale) => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** Switches the language of this page (and of i18next once loaded) without remembering it. */
export function applyLocale(locale: Locale): void {
  document.documentElement.lang = locale;
  if (active === locale) return;
  active = locale;
  for (const listener of listeners) listener(locale);
}

/** Switches the interface language and remembers it on this browser. */
export function chooseLocale(locale: Locale): void {
  applyLocale(locale);
  try {
    localStorage.setItem(STORAGE_KEY, locale);
  } catch {
    // Private browsing may refuse storage; the choice then lasts for this page only.
  }
}
