import type { LocalizedText } from '@ungcuu/domain/i18n-text.ts';
import type { InspectionAnswer } from '@ungcuu/domain/inspections/remediation.ts';
import type { InspectionItem } from '@ungcuu/domain/inspections/template.ts';

// Shapes of the inspections API (GET /api/inspections…, /api/remediation-tasks…).

export type InspectionStatus = 'planned' | 'in_progress' | 'completed';
export const INSPECTION_STATUSES: readonly InspectionStatus[] = ['planned', 'in_progress', 'completed'];

export interface InspectionResult {
  passed: number;
  failed: number;
  partial: number;
  na: number;
  unanswered: number;
  compliancePercent: number | null;
}

export interface InspectionView {
  id: string;
  unitId: string;
  unitName: string;
  year: number;
  templateId: string;
  templateCode: string;
  templateVersion: number;
  status: InspectionStatus;
  plannedOn: string | null;
  conductedOn: string | null;
  inspectorUserId: string | null;
  inspectorName: string | null;
  summary: string | null;
  result: InspectionResult;
  version: number;
  createdAt: string;
  updatedAt: string;
  allowedActions: ('inspection.plan' | 'inspection.answer' | 'inspection.conduct')[];
}

export interface EvidenceView {
  id: string;
  itemKey: string;
  filename: string;
  contentType: string;
  sizeBytes: number;
  sha256: string;
  uploadedBy: string | null;
  uploadedAt: string;
}

export interface RemediationTaskView {
  id: string;
  unitId: string;
  unitName: string;
  inspectionId: string | null;
  itemKey: string;
  answer: string;
  title: LocalizedText;
  description: LocalizedText;
  priority: 'high' | 'medium' | 'low';
  dueDate: string;
  status: 'open' | 'done';
  overdue: boolean;
  doneNote: string | null;
  doneAt: string | null;
  doneBy: string | null;
  version: number;
  createdAt: string;
  updatedAt: string;
  allowedActions: 'remediation.update'[];
}

export type InspectionItemState = InspectionItem & {
  applies: boolean;
  answer: InspectionAnswer | null;
  note: string | null;
  evidence: EvidenceView[];
};

export interface InspectionDetail extends InspectionView {
  templateTitle: LocalizedText;
  items: InspectionItemState[];
  remediationTasks: RemediationTaskView[];
}

type Brief = { id: string; status: string; conductedOn: string | null; result: InspectionResult } | null;

export interface CompareView {
  unitId: string;
  year: number;
  previousYear: number;
  current: Brief;
  previous: Brief;
  items: {
    itemKey: string;
    title: LocalizedText | null;
    previous: InspectionAnswer | null;
    current: InspectionAnswer | null;
    change: 'improved' | 'regressed' | 'same' | 'not_comparable';
  }[];
  counts: { improved: number; regressed: number; same: number; notComparable: number };
}
