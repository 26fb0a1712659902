// Shapes of the risks API's answers (GET /api/risks…, /api/systems/:id/assessment), derived from
// the response schemas.

/** The register row a form sends (the create schema; a patch sends any part but the system). */
export type { RiskCreate as RiskInput } from '@ungcuu/domain/risks/risk-api.ts';
export {
  type AssessmentView,
  type HeatMapView,
  RISK_STATUSES,
  RISK_TREATMENTS,
  type RiskDetail,
  type RiskStatus,
  type RiskTreatment,
  type RiskView,
} from '@ungcuu/domain/risks/risk-api.ts';
