// Shapes of the readiness API (GET /api/readiness…), derived from the response schemas; the record
// kinds of seed II.4.b.

export {
  type ContractView,
  DRILL_KINDS,
  type DrillView,
  EQUIPMENT_CATEGORIES,
  EQUIPMENT_STATUSES,
  type EquipmentView,
  LICENCE_KINDS,
  type LicenceView,
  type TrainingView,
} from '@ungcuu/domain/readiness/readiness-api.ts';
export type {
  CriterionStatus,
  DueLicence,
  ReadinessSummary,
  UnitReadiness,
} from '@ungcuu/domain/readiness/readiness-score-api.ts';

/** A licence counts as "expires soon" within this many days (the reminder job's default window). */
export const EXPIRY_WARNING_DAYS = 30;

export type ItemPath = 'equipment' | 'licences' | 'contracts' | 'trainings' | 'drills';
