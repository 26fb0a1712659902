import type { LocalizedText } from '../i18n-text.ts';
import { extractObservables } from '../incidents/observables.ts';
import { type Tlp, tlpRank } from '../sharing/tlp.ts';

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

/** What a reader of another unit gets instead of the texts of a TLP:RED incident's lesson. */
export const WITHHELD_LESSON: LocalizedText = {
  vi: 'Nội dung bài học được giữ kín (TLP:RED): chỉ đơn vị liên quan đến sự cố được đọc.',
  en: 'The lesson is withheld (TLP:RED): only the units of the incident may read it.',
};

/** How the texts of a lesson reach a reader who may not see its incident, by the incident's TLP. */
export type LessonRedaction = 'names' | 'names_and_indicators' | 'withheld';

/**
 * CLEAR and GREEN incidents may travel in the community: the reader sees the indicators, only the
 * units' and people's names are removed. AMBER and AMBER+STRICT: indicators masked too. RED: the
 * texts are withheld altogether (named recipients only).
 */
export function lessonRedaction(tlp: Tlp): LessonRedaction {
  if (tlp === 'red') return 'withheld';
  return tlpRank(tlp) <= tlpRank('green') ? 'names' : 'names_and_indicators';
}

/**
 * Redaction of lesson text for a reader who may not see the incident: the names of the incident's
 * units (and their people, when known) become "một đơn vị"; indicators are masked unless the
 * incident's TLP lets them travel (`maskIndicators` false for CLEAR and GREEN).
 */
export function redactLessonText(
  text: string,
  names: readonly string[],
  unitWord: string,
  maskIndicators = true,
): string {
  let out = text.normalize('NFC');
  // Longest first, so "UBND phường Bạch Sam" goes before "Bạch Sam".
  for (const name of [...names].filter((n) => n.trim().length >= 3).sort((a, b) => b.length - a.length)) {
    out = out.replace(new RegExp(escapeRegExp(name.normalize('NFC')), 'giu'), unitWord);
  }
  if (!maskIndicators) return out;
  const values = extractObservables(out)
    .map((o) => o.value)
    .sort((a, b) => b.length - a.length);
  for (const value of values) out = out.split(value).join(REDACTED_INDICATOR);
  return out;
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
