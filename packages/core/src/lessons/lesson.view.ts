import { type Actor, can } from '@ungcuu/domain/auth/permissions.ts';
import {
  lessonRedaction,
  REDACTED_UNIT,
  redactLessonText,
  WITHHELD_LESSON,
} from '@ungcuu/domain/lessons/lessons.ts';
import type { FollowupView, LessonView } from '@ungcuu/domain/lessons/lessons-api.ts';
import type { Tlp } from '@ungcuu/domain/sharing/tlp.ts';
import type { LessonFollowupRow } from '../db/schema-incidents.ts';
import { toDay, toIso } from '../shared/row-values.ts';
import type { LessonRow } from './lesson.repository.ts';

/** Whether the reader may see the incident behind a lesson (then nothing is redacted). */
export function seesIncident(actor: Actor, row: Pick<LessonRow, 'unit_ids' | 'escalated_unit_ids'>): boolean {
  return (
    can(actor, 'incident.read', { unitIds: row.unit_ids }) || row.escalated_unit_ids.includes(actor.unitId)
  );
}

/** Who may record follow-ups and risk links: whoever may update the incident. */
export function managesLesson(actor: Actor, row: Pick<LessonRow, 'unit_ids'>): boolean {
  return can(actor, 'incident.update', { unitIds: row.unit_ids });
}

export interface LessonExtras {
  risks: (LessonView['risks'][number] & { unitIds: string[] })[];
  followups: LessonFollowupRow[];
  /** Names of the incident's units, removed from the text a reader of another unit sees. */
  unitNames: string[];
}

function followupView(row: LessonFollowupRow, full: boolean, redact: (s: string) => string): FollowupView {
  return {
    id: row.id,
    lessonId: row.incident_id,
    action: full ? row.action : redact(row.action),
    doneBy: full ? row.done_by : null,
    dueOn: toDay(row.due_on),
    doneOn: toDay(row.done_on),
    status: row.status as FollowupView['status'],
    version: row.version,
    updatedAt: toIso(row.updated_at)!,
  };
}

/**
 * A lesson as this reader may see it (docs/decisions/0026). For a reader who may not see the
 * incident: no code, title or unit ("một đơn vị"), no reporter or follow-up names, indicators
 * masked in every text unless the incident is TLP:CLEAR or GREEN, the texts withheld for TLP:RED,
 * and only the linked risks their own risk scope reaches.
 */
export function lessonView(actor: Actor, row: LessonRow, extras: LessonExtras): LessonView {
  const full = seesIncident(actor, row);
  const names = [...extras.unitNames, ...(row.reporter_name ? [row.reporter_name] : [])];
  const redaction = lessonRedaction(row.tlp as Tlp);
  const redact = (text: string) =>
    redaction === 'withheld'
      ? WITHHELD_LESSON.vi
      : redactLessonText(text, names, REDACTED_UNIT.vi, redaction === 'names_and_indicators');
  const withheld = !full && redaction === 'withheld';
  const maybe = (text: string | null) => (text === null || withheld ? null : full ? text : redact(text));
  return {
    id: row.id,
    full,
    incidentCode: full ? row.code : null,
    title: full ? row.title : null,
    unitName: full ? row.unit_name : null,
    causeGroup: row.cause_group as LessonView['causeGroup'],
    subtype: row.subtype as LessonView['subtype'],
    tier: row.tier as LessonView['tier'],
    detectedAt: toIso(row.detected_at)!,
    closedAt: toIso(row.closed_at),
    lessons: full ? row.lessons_learned : redact(row.lessons_learned),
    causeSummary: maybe(row.cause_summary),
    actionsTaken: maybe(row.actions_taken),
    risks: extras.risks
      .filter((r) => can(actor, 'risk.read', { unitIds: r.unitIds }))
      .map(({ unitIds: _u, ...r }) => r),
    followups: withheld ? [] : extras.followups.map((f) => followupView(f, full, redact)),
    allowedActions: managesLesson(actor, row) ? ['lesson.manage'] : [],
  };
}

export { followupView };
