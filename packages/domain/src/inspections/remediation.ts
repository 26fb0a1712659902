import { type Static, Type } from '@sinclair/typebox';
import type { LocalizedText } from '../i18n-text.ts';
import type { InspectionItem, InspectionTemplate, Severity } from './template.ts';

export const INSPECTION_ANSWERS = ['yes', 'no', 'partial', 'not_applicable'] as const;
export type InspectionAnswer = (typeof INSPECTION_ANSWERS)[number];

export const InspectionAnswersSchema = Type.Record(
  Type.String(),
  Type.Union(INSPECTION_ANSWERS.map((a) => Type.Literal(a))),
);
/** Item key → answer. A key missing from the record is unanswered. */
export type InspectionAnswers = Static<typeof InspectionAnswersSchema>;

export interface InspectionContext {
  /**
   * Whether the unit runs a level-3+ (or unclassified, README §3) system. When false, 'level3plus'
   * items do not apply whatever was answered. Omitted: they apply, and an inspector can answer 'not_applicable'.
   */
  unitHasLevel3Plus?: boolean;
}

export function itemApplies(item: InspectionItem, context: InspectionContext = {}): boolean {
  return item.appliesTo === 'all' || context.unitHasLevel3Plus !== false;
}

/**
 * Days to fix a finding, by severity: high 30, medium 60, low 90. A month for what invites an
 * incident now (no antivirus, no backups, no officer); a quarter for what only weakens the response.
 * Our choice, not a legal deadline: kept as data so the focal office can change it.
 */
export const REMEDIATION_DAYS: Record<Severity, number> = { high: 30, medium: 60, low: 90 };

export type TaskPriority = 'high' | 'medium' | 'low';

export interface RemediationTask {
  unitId: string;
  itemKey: string;
  answer: 'no' | 'partial';
  title: LocalizedText;
  description: LocalizedText;
  priority: TaskPriority;
  /** 'YYYY-MM-DD'. */
  dueDate: string;
  source: { templateCode: string; templateVersion: number };
}

function addDays(isoDate: string, days: number): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(isoDate);
  if (!match) throw new RangeError(`invalid inspection date: ${isoDate}`);
  const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]) + days));
  return date.toISOString().slice(0, 10);
}

/**
 * Inspection-to-task rule: every applicable item answered 'no' or 'partial' becomes a remediation
 * task for the unit. 'not_applicable' and unanswered items produce none: a missing answer is an
 * unfinished inspection, not a finding.
 */
export function remediationTasksFor(
  template: InspectionTemplate,
  answers: InspectionAnswers,
  options: { inspectionDate: string; unitId: string } & InspectionContext,
): RemediationTask[] {
  const tasks: RemediationTask[] = [];
  for (const item of template.items) {
    const answer = answers[item.key];
    if ((answer !== 'no' && answer !== 'partial') || !itemApplies(item, options)) continue;
    const verb = answer === 'no' ? { vi: 'Khắc phục', en: 'Fix' } : { vi: 'Hoàn thiện', en: 'Complete' };
    tasks.push({
      unitId: options.unitId,
      itemKey: item.key,
      answer,
      title: { vi: `${verb.vi}: ${item.title.vi}`, en: `${verb.en}: ${item.title.en}` },
      description: {
        vi: `${item.question.vi}\n${item.guidance.vi}`,
        en: `${item.question.en}\n${item.guidance.en}`,
      },
      priority: item.severity,
      dueDate: addDays(options.inspectionDate, REMEDIATION_DAYS[item.severity]),
      source: { templateCode: template.code, templateVersion: template.version },
    });
  }
  return tasks;
}

export interface InspectionResult {
  passed: number;
  failed: number;
  partial: number;
  na: number;
  unanswered: number;
  /** (passed + ½ partial) / (passed + failed + partial), as a whole percent; null when nothing was judged. */
  compliancePercent: number | null;
}

/** Items that do not apply to the unit count as 'na', whatever was answered. */
export function inspectionResult(
  template: InspectionTemplate,
  answers: InspectionAnswers,
  context: InspectionContext = {},
): InspectionResult {
  const result = { passed: 0, failed: 0, partial: 0, na: 0, unanswered: 0 };
  for (const item of template.items) {
    const answer = itemApplies(item, context) ? answers[item.key] : 'not_applicable';
    if (answer === 'yes') result.passed++;
    else if (answer === 'no') result.failed++;
    else if (answer === 'partial') result.partial++;
    else if (answer === 'not_applicable') result.na++;
    else result.unanswered++;
  }
  const judged = result.passed + result.failed + result.partial;
  const compliancePercent =
    judged === 0 ? null : Math.round((100 * (result.passed + result.partial / 2)) / judged);
  return { ...result, compliancePercent };
}

export type YearChange = 'improved' | 'regressed' | 'same' | 'not_comparable';

export interface ItemComparison {
  itemKey: string;
  previous: InspectionAnswer | null;
  current: InspectionAnswer | null;
  change: YearChange;
}

const RANK: Partial<Record<InspectionAnswer, number>> = { no: 0, partial: 1, yes: 2 };

/**
 * Per item, last year against this year, matched by item key (so a new template version still
 * compares its unchanged items). N/a or missing on either side is 'not_comparable'. Keys keep the
 * order of `curr`, then items only in `prev`.
 */
export function compareYears(prev: InspectionAnswers, curr: InspectionAnswers): ItemComparison[] {
  const keys = [...new Set([...Object.keys(curr), ...Object.keys(prev)])];
  return keys.map((itemKey) => {
    const previous = prev[itemKey] ?? null;
    const current = curr[itemKey] ?? null;
    const before = previous === null ? undefined : RANK[previous];
    const after = current === null ? undefined : RANK[current];
    let change: YearChange = 'not_comparable';
    if (before !== undefined && after !== undefined) {
      change = after > before ? 'improved' : after < before ? 'regressed' : 'same';
    }
    return { itemKey, previous, current, change };
  });
}
