import type { PageSnapshot } from '@ungcuu/domain/monitoring/defacement.ts';
import type { MonitorConfig } from '@ungcuu/domain/monitoring/monitor.ts';
import type { ColumnType, Generated, Selectable } from 'kysely';
import type { CreatedAt, Json, Timestamp } from './schema.ts';
import type { BigIntColumn } from './schema-preparedness.ts';

// Tables of the monitoring module, created by migrations/20261205-0800-monitoring.ts.

/** What a monitor compares against: a page (defacement) or the sorted DNS answers. */
export type MonitorBaseline = { kind: 'page'; page: PageSnapshot } | { kind: 'dns'; answers: string[] };

export interface MonitorsTable {
  id: Generated<string>;
  unit_id: string;
  system_id: string | null;
  name: string;
  kind: string;
  target: string;
  config: Json<MonitorConfig>;
  interval_seconds: number;
  timeout_ms: number;
  fail_threshold: Generated<number>;
  probes_required: Generated<number>;
  enabled: Generated<boolean>;
  next_run_at: ColumnType<Date, Date | string | undefined, Date | string>;
  status: Generated<string>;
  consecutive_failures: Generated<number>;
  last_checked_at: Timestamp | null;
  last_ok: boolean | null;
  last_response_ms: number | null;
  last_message: string | null;
  down_since: Timestamp | null;
  incident_id: string | null;
  incident_filing_at: Timestamp | null;
  baseline: Json<MonitorBaseline> | null;
  baseline_approved_at: Timestamp | null;
  baseline_approved_by: string | null;
  last_snapshot: Json<MonitorBaseline> | null;
  last_detail: Json<Record<string, unknown>> | null;
  version: Generated<number>;
  created_at: CreatedAt;
  updated_at: Timestamp;
}

export interface MonitorProbesTable {
  id: Generated<string>;
  unit_id: string;
  name: string;
  token_hash: string;
  prefix: string;
  last_seen_at: Timestamp | null;
  revoked_at: Timestamp | null;
  created_at: CreatedAt;
}

export interface MonitorResultsTable {
  id: ColumnType<string | number, never, never>;
  monitor_id: string;
  probe_id: string | null;
  checked_at: Timestamp;
  ok: boolean;
  response_ms: number | null;
  message: string | null;
}

export interface MonitorBucketsTable {
  monitor_id: string;
  period: string;
  bucket_start: Timestamp;
  checks: number;
  ok: number;
  response_ms_sum: BigIntColumn;
  response_ms_max: number;
}

export interface MonitorProbeStatesTable {
  monitor_id: string;
  probe_id: string;
  ok: boolean;
  checked_at: Timestamp;
  message: string | null;
}

export interface MonitoringTables {
  monitors: MonitorsTable;
  monitor_probes: MonitorProbesTable;
  monitor_results: MonitorResultsTable;
  monitor_buckets: MonitorBucketsTable;
  monitor_probe_states: MonitorProbeStatesTable;
}

export type MonitorRow = Selectable<MonitorsTable>;
export type MonitorProbeRow = Selectable<MonitorProbesTable>;
