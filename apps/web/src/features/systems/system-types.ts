// Shapes of the systems API's answers (GET /api/systems…), derived from the response schemas.

export type {
  AtRiskView,
  DependenciesView,
  SystemImportReport,
  SystemRef,
  SystemView,
} from '@ungcuu/domain/systems/system-api.ts';
