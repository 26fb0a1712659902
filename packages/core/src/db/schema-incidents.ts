import type { ColumnType, Generated, Selectable } from 'kysely';
import type { CreatedAt, Json, Timestamp } from './schema.ts';

// Tables of the incidents module (migration 20261127-1700-incidents).

export interface ReportingRegimesTable {
  id: string;
  /** A `date` column: written as 'yyyy-mm-dd', read back as a Date (the regime itself is in `data`). */
  effective_from: ColumnType<Date, string, string>;
  data: Json<unknown>;
  version: Generated<number>;
  created_at: CreatedAt;
  updated_at: Timestamp;
}

export interface PlaybookVersionsTable {
  id: Generated<string>;
  code: string;
  subtype: string;
  version: number;
  data: Json<unknown>;
  created_by: string | null;
  created_at: CreatedAt;
}

export interface DeadlineWaiver {
  at: string;
  reason: string;
  by: string;
}

export interface IncidentsTable {
  id: Generated<string>;
  code: string;
  title: string;
  description: string;
  detected_at: Timestamp;
  reported_at: Timestamp;
  reporting_unit_id: string;
  reporter_user_id: string | null;
  reporter_contact: Json<ReporterContact | null>;
  channel: string;
  system_id: string | null;
  system_text: string | null;
  triggers: Json<Record<string, boolean>>;
  cia_affected: boolean;
  personal_data: boolean;
  national_security_harm: boolean;
  suggestion: Json<unknown> | null;
  cause_group: string | null;
  subtype: string | null;
  classification_confirmed: Generated<boolean>;
  confirmed_by: string | null;
  confirmed_at: Timestamp | null;
  tier: string;
  serious: boolean;
  severity: Json<unknown>;
  regime_id: string;
  state: Generated<string>;
  lead_user_id: string | null;
  responding_unit_ids: Generated<string[]>;
  escalated_unit_ids: Generated<string[]>;
  unit_ids: string[];
  playbook_code: string | null;
  playbook_version: number | null;
  cause_summary: string | null;
  actions_taken: string | null;
  lessons_learned: string | null;
  /** Mẫu 03 sections 7, 10, 11 (migration 20261205-0500). */
  how_detected: string | null;
  support_request: string | null;
  keep_confidential: Generated<boolean>;
  /** Mẫu 05 of TT 20/2017 (migration 20261205-1150): help received, support asked, damage in đồng. */
  help_domestic: Generated<boolean>;
  help_foreign: Generated<boolean>;
  helping_organisations: string | null;
  coordinator_support_requested: Generated<boolean>;
  damage_estimate: ColumnType<string | number | null, number | string | null, number | string | null>;
  rejection_reason: string | null;
  duplicate_of_id: string | null;
  merged_into_id: string | null;
  reopen_reason: string | null;
  deadlines_done: Json<Record<string, string>>;
  /** Reports recorded as not sent when the incident was closed (code → when, why, who). */
  deadlines_waived: ColumnType<Record<string, DeadlineWaiver>, string | undefined, string>;
  closed_at: Timestamp | null;
  /** TLP 2.0 marking of what is shared (migration 20261205-1130): clear … red, default amber. */
  tlp: Generated<string>;
  /** First left 'new' / first reached contained or later (migration 20261205-1140): response times. */
  acknowledged_at: ColumnType<Date | null, Date | string | null | undefined, Date | string | null>;
  contained_at: ColumnType<Date | null, Date | string | null | undefined, Date | string | null>;
  /** Generated tsvector for full-text search: read-only. */
  search: ColumnType<string | null, never, never>;
  version: Generated<number>;
  created_at: CreatedAt;
  updated_at: Timestamp;
}

export interface ReporterContact {
  name?: string;
  phone?: string;
  email?: string;
}

export interface IncidentTasksTable {
  id: Generated<string>;
  incident_id: string;
  title: Json<{ vi: string; en: string }>;
  instructions: Json<{ vi: string; en: string } | null>;
  phase: string | null;
  step_key: string | null;
  evidence_hint: Json<{ vi: string; en: string } | null>;
  assignee_unit_id: string | null;
  assignee_user_id: string | null;
  due_at: Timestamp | null;
  status: Generated<string>;
  decline_reason: string | null;
  result_note: string | null;
  completed_at: Timestamp | null;
  escalated_at: Timestamp | null;
  sort: Generated<number>;
  version: Generated<number>;
  created_by: string | null;
  created_at: CreatedAt;
  updated_at: Timestamp;
}

export interface IncidentTimelineTable {
  id: Generated<string>;
  incident_id: string;
  at: Timestamp;
  recorded_at: CreatedAt;
  kind: string;
  event: string;
  actor_user_id: string | null;
  actor_label: string | null;
  text: string | null;
  data: Json<unknown> | null;
}

export interface IncidentCommentsTable {
  id: Generated<string>;
  incident_id: string;
  author_user_id: string;
  body: string;
  mentions: string[];
  created_at: CreatedAt;
}

export interface IncidentEvidenceTable {
  id: Generated<string>;
  incident_id: string;
  filename: string;
  content_type: string;
  size: number;
  sha256: string;
  content: Buffer;
  description: string | null;
  uploaded_by: string;
  uploaded_at: Timestamp;
}

export interface IncidentObservablesTable {
  id: Generated<string>;
  incident_id: string;
  kind: string;
  value: string;
  normalized: string;
  source: string;
  created_at: CreatedAt;
}

export interface IncidentLinksTable {
  incident_id: string;
  other_id: string;
  kind: string;
  created_at: CreatedAt;
}

export interface IncidentEscalationsTable {
  id: Generated<string>;
  incident_id: string;
  to_unit_id: string;
  sent_by: string;
  sent_at: Timestamp;
  channel: string;
  summary: string;
  shared: Json<unknown>;
}

export interface IncidentReportDocsTable {
  id: Generated<string>;
  incident_id: string;
  form: string;
  reference: string | null;
  generated_by: string;
  generated_at: Timestamp;
  sent_at: Timestamp | null;
  sent_to: string | null;
}

export interface SavedFiltersTable {
  id: Generated<string>;
  user_id: string;
  name: string;
  query: Json<unknown>;
  created_at: CreatedAt;
}

/** The lessons library (migration 20261205-1161): risks a lesson touches, and what changed after it. */
export interface LessonRiskLinksTable {
  incident_id: string;
  risk_id: string;
  linked_by: string | null;
  created_at: CreatedAt;
}

export interface LessonFollowupsTable {
  id: Generated<string>;
  incident_id: string;
  action: string;
  done_by: string | null;
  /** `date` columns: written 'yyyy-mm-dd', read back as a Date. */
  due_on: ColumnType<Date | string | null, string | null, string | null>;
  done_on: ColumnType<Date | string | null, string | null, string | null>;
  status: Generated<string>;
  created_by: string | null;
  version: Generated<number>;
  created_at: CreatedAt;
  updated_at: Timestamp;
}

export interface IncidentTables {
  lesson_risk_links: LessonRiskLinksTable;
  lesson_followups: LessonFollowupsTable;
  reporting_regimes: ReportingRegimesTable;
  playbook_versions: PlaybookVersionsTable;
  incidents: IncidentsTable;
  incident_tasks: IncidentTasksTable;
  incident_timeline: IncidentTimelineTable;
  incident_comments: IncidentCommentsTable;
  incident_evidence: IncidentEvidenceTable;
  incident_observables: IncidentObservablesTable;
  incident_links: IncidentLinksTable;
  incident_escalations: IncidentEscalationsTable;
  incident_report_docs: IncidentReportDocsTable;
  saved_filters: SavedFiltersTable;
}

export type IncidentRow = Selectable<IncidentsTable>;
export type TaskRow = Selectable<IncidentTasksTable>;
export type TimelineRow = Selectable<IncidentTimelineTable>;
export type LessonFollowupRow = Selectable<LessonFollowupsTable>;
