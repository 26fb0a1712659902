// Shapes of the inspections API (GET /api/inspections…, /api/remediation-tasks…), derived from the
// response schemas.

export {
  type CompareView,
  type EvidenceView,
  INSPECTION_STATUSES,
  type InspectionDetail,
  type InspectionItemState,
  type InspectionResult,
  type InspectionStatus,
  type InspectionView,
  type RemediationTaskView,
} from '@ungcuu/domain/inspections/inspection-api.ts';
