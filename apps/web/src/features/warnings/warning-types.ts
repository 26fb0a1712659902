// Shapes of the warnings API (GET /api/warnings/…, /api/systems/:id/products), derived from the response schemas.

export type { WarningDraft } from '@ungcuu/domain/warnings/warning.ts';
export type {
  SystemProductInput,
  SystemProductView,
  TargetPreview,
  TargetRow,
  UnitCompliance,
  WarningCompliance,
  WarningDetail,
  WarningPatch,
  WarningSummary,
  WarningTimeline,
} from '@ungcuu/domain/warnings/warning-api.ts';
