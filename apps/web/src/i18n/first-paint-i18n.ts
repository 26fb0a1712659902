import type { Locale } from '@ungcuu/domain/i18n-text.ts';
import { useSyncExternalStore } from 'react';
import { enFirstPaint } from './en/first-paint.ts';
import { currentLocale, subscribeLocale } from './locale.ts';
import { viFirstPaint } from './vi/first-paint.ts';

// The texts of the sign-in page and the public report form without i18next (decision 0033): the
// same keys and {{placeholders}} as the full app, whose resources merge these files.

type Leaves<T, P extends string = ''> = {
  [K in keyof T & string]: T[K] extends string ? `${P}${K}` : Leaves<T[K], `${P}${K}.`>;
}[keyof T & string];

export type FirstPaintKey = Leaves<typeof viFirstPaint>;
export type FirstPaintT = (key: FirstPaintKey, values?: Record<string, string>) => string;

const TEXTS: Record<Locale, unknown> = { vi: viFirstPaint, en: enFirstPaint };

export function firstPaintText(locale: Locale, key: FirstPaintKey, values?: Record<string, string>): string {
  let node: unknown = TEXTS[locale];
  for (const part of key.split('.')) node = (node as Record<string, unknown> | undefined)?.[part];
  const text = typeof node === 'string' ? node : key;
  return values ? text.replace(/\{\{(\w+)\}\}/g, (all, name: string) => values[name] ?? all) : text;
}

/** The current language and a translator for the first-paint keys; re-renders on a switch. */
export function useFirstPaintText(): { locale: Locale; t: FirstPaintT } {
  const locale = useSyncExternalStore(subscribeLocale, currentLocale);
  return { locale, t: (key, values) => firstPaintText(locale, key, values) };
}
