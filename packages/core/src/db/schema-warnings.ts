import type { MatchedSystem, Targeting } from '@ungcuu/domain/warnings/warning.ts';
import type { ColumnType, Generated, Insertable, Selectable } from 'kysely';
import type { CreatedAt, Json, Timestamp } from './schema.ts';

// Tables of the warnings module, created by migrations/20261205-1120-warnings.ts.

export interface SystemProductsTable {
  id: Generated<string>;
  system_id: string;
  vendor: string;
  product: string;
  version: string | null;
  cpe: string | null;
  product_key: string;
  created_at: CreatedAt;
  updated_at: Timestamp;
}

export interface WarningsTable {
  id: Generated<string>;
  code: string;
  title: string;
  description: Generated<string>;
  severity: string;
  tlp: string;
  status: Generated<string>;
  cves: Generated<string[]>;
  required_actions: Generated<string>;
  deadline: ColumnType<Date | string, Date | string | null, Date | string | null> | null;
  targeting: Json<Targeting>;
  source_ref: string | null;
  created_by: string;
  published_at: Timestamp | null;
  published_by: string | null;
  closed_at: Timestamp | null;
  version: Generated<number>;
  created_at: CreatedAt;
  updated_at: Timestamp;
}

export interface WarningProductsTable {
  id: Generated<string>;
  warning_id: string;
  position: number;
  vendor: string;
  product: string;
  version_range: string;
  cpe: string | null;
}

export interface WarningIndicatorsTable {
  id: Generated<string>;
  warning_id: string;
  kind: string;
  value: string;
  normalized: string;
}

export interface WarningTargetsTable {
  id: Generated<string>;
  warning_id: string;
  unit_id: string;
  reason: string;
  matched_systems: Json<MatchedSystem[]>;
  status: Generated<string>;
  note: string | null;
  acknowledged_at: Timestamp | null;
  acknowledged_by: string | null;
  responded_at: Timestamp | null;
  responded_by: string | null;
  reminded_at: Timestamp | null;
  escalated_at: Timestamp | null;
  created_at: CreatedAt;
  updated_at: Timestamp;
}

export interface WarningFilesTable {
  id: Generated<string>;
  warning_id: string;
  unit_id: string | null;
  filename: string;
  content_type: string;
  size: number;
  sha256: string;
  content: Buffer;
  uploaded_by: string;
  uploaded_at: Timestamp;
}

export interface WarningTimelineTable {
  id: Generated<string>;
  warning_id: string;
  at: Timestamp;
  event: string;
  unit_id: string | null;
  actor_user_id: string | null;
  actor_label: string | null;
  data: Json<Record<string, unknown>> | null;
}

export interface WarningIncidentsTable {
  warning_id: string;
  incident_id: string;
  kind: string;
  normalized: string;
  matched_at: Timestamp;
}

export interface WarningTables {
  system_products: SystemProductsTable;
  warnings: WarningsTable;
  warning_products: WarningProductsTable;
  warning_indicators: WarningIndicatorsTable;
  warning_targets: WarningTargetsTable;
  warning_files: WarningFilesTable;
  warning_timeline: WarningTimelineTable;
  warning_incidents: WarningIncidentsTable;
}

export type SystemProductRow = Selectable<SystemProductsTable>;
export type WarningRow = Selectable<WarningsTable>;
export type NewWarningRow = Insertable<WarningsTable>;
export type WarningTargetRow = Selectable<WarningTargetsTable>;
export type WarningProductRow = Selectable<WarningProductsTable>;
