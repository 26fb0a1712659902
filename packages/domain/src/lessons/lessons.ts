import type { LocalizedText } from '../i18n-text.ts';
import { extractObservables } from '../incidents/observables.ts';

/**
 * The lessons library (seed I.2: "chia sẻ kinh nghiệm" between agencies; phase P7 of the domain
 * README §6). A lesson is what a closed incident's final report (Mẫu 04) records as lessons
 * learned; every unit reads every lesson, but a lesson of an incident the reader may not see is
 * redacted (docs/decisions/0026).
 */

export const FOLLOWUP_STATUSES = ['planned', 'in_progress', 'done', 'dropped'] as const;
export type FollowupStatus = (typeof FOLLOWUP_STATUSES)[number];
export const FOLLOWUP_STATUS_LABELS: Record<FollowupStatus, LocalizedText> = {
  planned: { vi: 'Dự kiến', en: 'Planned' },
  in_progress: { vi: 'Đang thực hiện', en: 'In progress' },
  done: { vi: 'Đã thực hiện', en: 'Done' },
  dropped: { vi: 'Không thực hiện', en: 'Dropped' },
};

/** How another unit is named in a redacted lesson. */
export const REDACTED_UNIT: LocalizedText = { vi: 'một đơn vị', en: 'a unit' };
/** What stands where an indicator (IP, domain, URL, hash, email, file name) was. */
export const REDACTED_INDICATOR = '[…]';

/**
 * Redaction of lesson text for a reader who may not see the incident. Indicators are not
 * labelled with a TLP in this product yet, so every indicator counts as TLP:AMBER and is masked;
 * the names of the incident's units (and their people, when known) become "một đơn vị".
 */
export function redactLessonText(text: string, names: readonly string[], unitWord: string): string {
  let out = text.normalize('NFC');
  // Longest first, so "UBND phường Bạch Sam" goes before "Bạch Sam".
  for (const name of [...names].filter((n) => n.trim().length >= 3).sort((a, b) => b.length - a.length)) {
    out = out.replace(new RegExp(escapeRegExp(name.normalize('NFC')), 'giu'), unitWord);
  }
  const values = extractObservables(out)
    .map((o) => o.value)
    .sort((a, b) => b.length - a.length);
  for (const value of values) out = out.split(value).join(REDACTED_INDICATOR);
  return out;
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
