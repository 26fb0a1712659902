import type { ColumnType, Generated, Selectable } from 'kysely';
import type { CreatedAt, Json, Timestamp } from './schema.ts';

// Tables of the alert intake, created by migrations/20261205-1100-alert-intake.ts.

export interface AlertSourcesTable {
  id: Generated<string>;
  kind: string;
  name: string;
  token_id: string | null;
  unit_id: string;
  fingerprint_fields: string[] | null;
  rate_per_minute: Generated<number>;
  enabled: Generated<boolean>;
  received: Generated<number>;
  refused: Generated<number>;
  last_received_at: Timestamp | null;
  created_at: CreatedAt;
  updated_at: ColumnType<Date, Date | string | undefined, Date | string>;
}

/** Partitioned by received_at (one table per UTC day, alerts_pYYYYMMDD). */
export interface AlertsTable {
  id: Generated<string>;
  received_at: Timestamp;
  occurred_at: Timestamp | null;
  source_id: string;
  external_id: string | null;
  fingerprint: string;
  status: string;
  severity: number;
  rule_id: string | null;
  rule_name: string | null;
  category: string | null;
  host: string | null;
  ip: string | null;
  src_ip: string | null;
  dest_ip: string | null;
  url: string | null;
  agent: string | null;
  message: string | null;
  resolved: Generated<boolean>;
  host_key: string | null;
  system_id: string | null;
  unit_id: string | null;
  group_id: string | null;
  raw: Json<unknown>;
}

export interface AlertReceiptsTable {
  source_id: string;
  external_id: string;
  received_at: Timestamp;
}

export interface AlertGroupsTable {
  id: Generated<string>;
  source_id: string;
  fingerprint: string;
  status: string;
  severity: number;
  rule_id: string | null;
  rule_name: string | null;
  category: string | null;
  host_key: string | null;
  system_id: string | null;
  unit_id: string | null;
  count: Generated<number>;
  suppressed_count: Generated<number>;
  first_seen: Timestamp;
  last_seen: Timestamp;
  incident_id: string | null;
  incident_filing_at: Timestamp | null;
  last_timeline_at: Timestamp | null;
  timeline_count: Generated<number>;
  updated_at: ColumnType<Date, Date | string | undefined, Date | string>;
}

export interface AlertSuppressionsTable {
  id: Generated<string>;
  source_id: string | null;
  rule_id: string | null;
  host: string | null;
  fingerprint: string | null;
  reason: string;
  expires_at: Timestamp | null;
  hits: Generated<number>;
  created_by: string | null;
  created_at: CreatedAt;
  updated_at: ColumnType<Date, Date | string | undefined, Date | string>;
}

export interface AlertMaintenanceWindowsTable {
  id: Generated<string>;
  system_id: string;
  unit_id: string;
  starts_at: Timestamp;
  ends_at: Timestamp;
  reason: string;
  created_by: string | null;
  created_at: CreatedAt;
}

export interface AlertHostAliasesTable {
  value: string;
  system_id: string;
  created_by: string | null;
  created_at: CreatedAt;
}

export interface AlertUnmappedTable {
  value: string;
  kind: string;
  count: Generated<number>;
  first_seen: Timestamp;
  last_seen: Timestamp;
  last_source_id: string | null;
}

export interface AlertTables {
  alert_sources: AlertSourcesTable;
  alerts: AlertsTable;
  alert_receipts: AlertReceiptsTable;
  alert_groups: AlertGroupsTable;
  alert_suppressions: AlertSuppressionsTable;
  alert_maintenance_windows: AlertMaintenanceWindowsTable;
  alert_host_aliases: AlertHostAliasesTable;
  alert_unmapped: AlertUnmappedTable;
}

export type AlertSourceRow = Selectable<AlertSourcesTable>;
export type AlertRow = Selectable<AlertsTable>;
export type AlertGroupRow = Selectable<AlertGroupsTable>;
export type AlertSuppressionRow = Selectable<AlertSuppressionsTable>;
export type AlertMaintenanceRow = Selectable<AlertMaintenanceWindowsTable>;
