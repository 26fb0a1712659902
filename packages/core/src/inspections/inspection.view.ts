import { type Actor, allowedActions } from '@ungcuu/domain/auth/permissions.ts';
import type {
  EvidenceView,
  InspectionView,
  RemediationTaskView,
  TemplateView,
} from '@ungcuu/domain/inspections/inspection-api.ts';
import {
  type InspectionAnswers,
  type InspectionResult,
  inspectionResult,
} from '@ungcuu/domain/inspections/remediation.ts';
import type { InspectionTemplate } from '@ungcuu/domain/inspections/template.ts';
import type { InspectionTemplateRow } from '../db/schema-preparedness.ts';
import { toDay, toIso } from '../shared/row-values.ts';
import type { InspectionWithRefs } from './inspection.repository.ts';
import type { RemediationWithUnit } from './remediation.repository.ts';

const INSPECTION_ACTIONS = ['inspection.plan', 'inspection.answer', 'inspection.conduct'] as const;

export function templateOf(row: InspectionTemplateRow): InspectionTemplate {
  return {
    code: row.code,
    version: row.version,
    title: row.title,
    items: row.items as InspectionTemplate['items'],
  };
}

export function templateView(row: InspectionTemplateRow): TemplateView {
  return { id: row.id, ...templateOf(row), createdAt: toIso(row.created_at)! };
}

/** A completed inspection shows the result stored when it closed; an open one, the live count. */
export function inspectionView(
  actor: Actor,
  row: InspectionWithRefs,
  live: { template: InspectionTemplate; answers: InspectionAnswers; hasLevel3Plus: boolean } | null,
): InspectionView {
  const result =
    (row.result as InspectionResult | null) ??
    (live
      ? inspectionResult(live.template, live.answers, { unitHasLevel3Plus: live.hasLevel3Plus })
      : { passed: 0, failed: 0, partial: 0, na: 0, unanswered: 0, compliancePercent: null });
  const completed = row.status === 'completed';
  return {
    id: row.id,
    unitId: row.unit_id,
    unitName: row.unit_name,
    year: row.year,
    templateId: row.template_id,
    templateCode: row.template_code,
    templateVersion: row.template_version,
    status: row.status as InspectionView['status'],
    plannedOn: toDay(row.planned_on),
    conductedOn: toDay(row.conducted_on),
    inspectorUserId: row.inspector_user_id,
    inspectorName: row.inspector_name,
    summary: row.summary,
    result,
    version: row.version,
    createdAt: toIso(row.created_at)!,
    updatedAt: toIso(row.updated_at)!,
    // A completed inspection is a record: nothing more to plan, answer or conduct.
    allowedActions: completed ? [] : allowedActions(actor, INSPECTION_ACTIONS, { unitIds: [row.unit_id] }),
  };
}

export function evidenceView(row: {
  id: string;
  item_key: string;
  filename: string;
  content_type: string;
  size_bytes: number;
  sha256: string;
  uploaded_by: string | null;
  uploaded_at: Date;
}): EvidenceView {
  return {
    id: row.id,
    itemKey: row.item_key,
    filename: row.filename,
    contentType: row.content_type,
    sizeBytes: row.size_bytes,
    sha256: row.sha256,
    uploadedBy: row.uploaded_by,
    uploadedAt: toIso(row.uploaded_at)!,
  };
}

export function remediationView(actor: Actor, row: RemediationWithUnit, today: string): RemediationTaskView {
  const dueDate = toDay(row.due_date)!;
  return {
    id: row.id,
    unitId: row.unit_id,
    unitName: row.unit_name,
    inspectionId: row.inspection_id,
    itemKey: row.item_key,
    answer: row.answer,
    title: row.title,
    description: row.description,
    priority: row.priority,
    dueDate,
    status: row.status as 'open' | 'done',
    overdue: row.status === 'open' && dueDate < today,
    doneNote: row.done_note,
    doneAt: toIso(row.done_at),
    doneBy: row.done_by,
    version: row.version,
    createdAt: toIso(row.created_at)!,
    updatedAt: toIso(row.updated_at)!,
    allowedActions:
      row.status === 'open' ? allowedActions(actor, ['remediation.update'], { unitIds: [row.unit_id] }) : [],
  };
}
