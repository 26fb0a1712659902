import type { ColumnType, Generated, Insertable, Selectable, Updateable } from 'kysely';
import type { CreatedAt, Json, Timestamp } from './schema.ts';

// Tables of the preparedness module (systems, risks, readiness, inspections, budget, notifications),
// created by migrations/20261127-1600-preparedness.ts.

/** A `date` column: read back as a Date at midnight (see toDay), written and compared as 'YYYY-MM-DD'. */
export type DateColumn = ColumnType<Date | string, string, string>;
/** A `bigint` column: the pg driver returns a string, PGlite a number. Money in đồng. */
export type BigIntColumn = ColumnType<string | number, number | string, number | string>;

export interface SystemAddressValue {
  kind: 'url' | 'domain' | 'ip';
  value: string;
}
export interface SoftwareValue {
  product: string;
  version?: string;
}
export interface ProvidersValue {
  security?: string;
  connectivity?: string;
}
export interface ContactValue {
  name: string;
  title?: string;
  phone?: string;
  email?: string;
}
export interface LocalizedValue {
  vi: string;
  en: string;
}

export interface InformationSystemsTable {
  id: Generated<string>;
  name: string;
  kind: string;
  owner_unit_id: string;
  operating_unit_id: string;
  /** 1–5; null = unclassified (treated as 3 by the rules, domain README §3). */
  security_level: number | null;
  level_approval_status: Generated<string>;
  level_decision_ref: string | null;
  level_decision_date: DateColumn | null;
  national_critical: Generated<boolean>;
  data_sensitivity: string;
  addresses: Json<SystemAddressValue[]>;
  software: Json<SoftwareValue[]>;
  providers: Json<ProvidersValue>;
  hosting: string;
  hosting_provider: string | null;
  backup_status: Generated<string>;
  last_restore_test_at: DateColumn | null;
  contacts: Json<ContactValue[]>;
  notes: string | null;
  archived: Generated<boolean>;
  version: Generated<number>;
  created_at: CreatedAt;
  updated_at: Timestamp;
}

export interface SystemDependenciesTable {
  from_system_id: string;
  to_system_id: string;
  note: string | null;
  created_at: CreatedAt;
}

export interface RisksTable {
  id: Generated<string>;
  system_id: string;
  subtype: string;
  likelihood: number;
  impact: number;
  score: number;
  band: string;
  vulnerability: string | null;
  controls: string | null;
  treatment: Generated<string>;
  mitigation: string | null;
  owner_user_id: string | null;
  owner_name: string | null;
  due_date: DateColumn | null;
  review_date: DateColumn | null;
  status: Generated<string>;
  version: Generated<number>;
  created_at: CreatedAt;
  updated_at: Timestamp;
}

export interface RiskScoreHistoryTable {
  id: Generated<string>;
  risk_id: string;
  likelihood: number;
  impact: number;
  score: number;
  band: string;
  changed_by: string | null;
  changed_at: Timestamp;
}

export interface RiskAssessmentsTable {
  id: Generated<string>;
  system_id: string;
  answers: Json<Record<string, string | number | string[]>>;
  status: Generated<string>;
  assessed_by: string | null;
  assessed_at: Timestamp | null;
  version: Generated<number>;
  created_at: CreatedAt;
  updated_at: Timestamp;
}

interface ReadinessRecord {
  id: Generated<string>;
  unit_id: string;
  version: Generated<number>;
  created_at: CreatedAt;
  updated_at: Timestamp;
}

export interface ReadinessEquipmentTable extends ReadinessRecord {
  name: string;
  category: string;
  quantity: Generated<number>;
  status: Generated<string>;
  location: string | null;
  acquired_on: DateColumn | null;
  notes: string | null;
}

export interface ReadinessLicencesTable extends ReadinessRecord {
  kind: string;
  product: string;
  vendor: string | null;
  seats: number | null;
  expires_on: DateColumn;
  notes: string | null;
}

export interface ReadinessContractsTable extends ReadinessRecord {
  provider: string;
  scope: string;
  contract_ref: string | null;
  contacts: Json<ContactValue[]>;
  starts_on: DateColumn | null;
  ends_on: DateColumn | null;
  notes: string | null;
}

export interface ReadinessTrainingsTable extends ReadinessRecord {
  title: string;
  held_on: DateColumn;
  organiser: string | null;
  /** numeric: a string from both engines. */
  hours: ColumnType<string | number | null, number | null, number | null>;
  notes: string | null;
}

export interface ReadinessTrainingAttendeesTable {
  training_id: string;
  user_id: string;
}

export interface ReadinessDrillsTable extends ReadinessRecord {
  kind: Generated<string>;
  title: string;
  scenario_subtype: string | null;
  held_on: DateColumn;
  participants: Json<string[]>;
  findings: string | null;
}

export interface ReadinessDrillSystemsTable {
  drill_id: string;
  system_id: string;
}

export interface InspectionTemplatesTable {
  id: Generated<string>;
  code: string;
  version: number;
  title: Json<LocalizedValue>;
  items: Json<unknown[]>;
  created_at: CreatedAt;
}

export interface InspectionsTable {
  id: Generated<string>;
  unit_id: string;
  year: number;
  template_id: string;
  status: Generated<string>;
  planned_on: DateColumn | null;
  conducted_on: DateColumn | null;
  inspector_user_id: string | null;
  inspector_name: string | null;
  summary: string | null;
  result: Json<unknown> | null;
  completed_at: Timestamp | null;
  version: Generated<number>;
  created_at: CreatedAt;
  updated_at: Timestamp;
}

export interface InspectionAnswersTable {
  inspection_id: string;
  item_key: string;
  answer: string;
  note: string | null;
  answered_by: string | null;
  answered_at: Timestamp;
}

export interface InspectionEvidenceTable {
  id: Generated<string>;
  inspection_id: string;
  item_key: string;
  filename: string;
  content_type: string;
  size_bytes: number;
  sha256: string;
  content: ColumnType<Uint8Array, Uint8Array, Uint8Array>;
  uploaded_by: string | null;
  uploaded_at: Timestamp;
}

export interface RemediationTasksTable {
  id: Generated<string>;
  unit_id: string;
  inspection_id: string | null;
  item_key: string;
  answer: string;
  title: Json<LocalizedValue>;
  description: Json<LocalizedValue>;
  priority: string;
  due_date: DateColumn;
  status: Generated<string>;
  done_note: string | null;
  done_at: Timestamp | null;
  done_by: string | null;
  version: Generated<number>;
  created_at: CreatedAt;
  updated_at: Timestamp;
}

export interface BudgetLinesTable {
  id: Generated<string>;
  fiscal_year: number;
  unit_id: string;
  category: string;
  title: string;
  amount: BigIntColumn;
  status: Generated<string>;
  link_kind: string | null;
  link_id: string | null;
  note: string | null;
  decided_by: string | null;
  decided_at: Timestamp | null;
  decision_note: string | null;
  /** Migration 20261205-1160: funding source, finance's appraisal, the leader's approved amount. */
  funding_source: Generated<string>;
  funding_note: string | null;
  appraisal: string | null;
  appraised_amount: BigIntColumn | null;
  appraisal_note: string | null;
  appraised_by: string | null;
  appraised_at: Timestamp | null;
  approved_amount: BigIntColumn | null;
  version: Generated<number>;
  created_at: CreatedAt;
  updated_at: Timestamp;
}

export interface BudgetSpendingTable {
  id: Generated<string>;
  line_id: string;
  amount: BigIntColumn;
  spent_on: DateColumn;
  note: string | null;
  created_by: string | null;
  created_at: CreatedAt;
}

export interface NotificationsTable {
  id: Generated<string>;
  /** null: for everyone of unit_id. */
  user_id: string | null;
  unit_id: string | null;
  kind: string;
  title: Json<LocalizedValue>;
  body: Json<LocalizedValue> | null;
  link: string | null;
  dedupe_key: string | null;
  created_at: CreatedAt;
  read_at: Timestamp | null;
}

export interface PreparednessTables {
  information_systems: InformationSystemsTable;
  system_dependencies: SystemDependenciesTable;
  risks: RisksTable;
  risk_score_history: RiskScoreHistoryTable;
  risk_assessments: RiskAssessmentsTable;
  readiness_equipment: ReadinessEquipmentTable;
  readiness_licences: ReadinessLicencesTable;
  readiness_contracts: ReadinessContractsTable;
  readiness_trainings: ReadinessTrainingsTable;
  readiness_training_attendees: ReadinessTrainingAttendeesTable;
  readiness_drills: ReadinessDrillsTable;
  readiness_drill_systems: ReadinessDrillSystemsTable;
  inspection_templates: InspectionTemplatesTable;
  inspections: InspectionsTable;
  inspection_answers: InspectionAnswersTable;
  inspection_evidence: InspectionEvidenceTable;
  remediation_tasks: RemediationTasksTable;
  budget_lines: BudgetLinesTable;
  budget_spending: BudgetSpendingTable;
  notifications: NotificationsTable;
}

export type InformationSystemRow = Selectable<InformationSystemsTable>;
export type NewInformationSystemRow = Insertable<InformationSystemsTable>;
export type InformationSystemUpdate = Updateable<InformationSystemsTable>;
export type RiskRow = Selectable<RisksTable>;
export type RiskAssessmentRow = Selectable<RiskAssessmentsTable>;
export type LicenceRow = Selectable<ReadinessLicencesTable>;
export type InspectionRow = Selectable<InspectionsTable>;
export type InspectionTemplateRow = Selectable<InspectionTemplatesTable>;
export type RemediationTaskRow = Selectable<RemediationTasksTable>;
export type BudgetLineRow = Selectable<BudgetLinesTable>;
export type BudgetSpendingRow = Selectable<BudgetSpendingTable>;
export type NotificationRow = Selectable<NotificationsTable>;
