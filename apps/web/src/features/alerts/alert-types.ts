// Shapes of the alert API (GET /api/alerts, /api/alert-groups, …), derived from the response schemas.

export type {
  AlertGroupDetail,
  AlertGroupView,
  AlertSourceView,
  AlertView,
  MaintenanceView,
  SuppressionView,
  UnmappedHost,
} from '@ungcuu/domain/alerts/alerts-api.ts';
