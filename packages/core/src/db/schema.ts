import type { ColumnType, Generated, Insertable, Selectable, Updateable } from 'kysely';
import type { AlertTables } from './schema-alerts.ts';
import type { ClassifierTables } from './schema-classifier.ts';
import type { DocumentTables } from './schema-documents.ts';
import type { IncidentTables } from './schema-incidents.ts';
import type { MailIntakeTables } from './schema-mail-intake.ts';
import type { MonitoringTables } from './schema-monitoring.ts';
import type { NotificationTables } from './schema-notifications.ts';
import type { PreparednessTables } from './schema-preparedness.ts';
import type { ProposalTables } from './schema-proposals.ts';
import type { RequestTables } from './schema-requests.ts';
import type { WarningTables } from './schema-warnings.ts';

// Kysely's view of the tables created by migrations/. This is the database's schema, the one
// place where column names and types are declared for TypeScript.

export type Timestamp = ColumnType<Date, Date | string, Date | string>;
export type CreatedAt = ColumnType<Date, Date | string | undefined, never>;
export type Json<T> = ColumnType<T, string | T, string | T>;

export interface FocalPoint {
  name: string;
  title?: string;
  phone?: string;
  mobile?: string;
  email?: string;
}

export interface UnitsTable {
  id: Generated<string>;
  parent_id: string | null;
  code: string;
  name: string;
  type: string;
  address: string | null;
  phone: string | null;
  email: string | null;
  website: string | null;
  leader_name: string | null;
  leader_title: string | null;
  intake_email: string | null;
  focal_main: Json<FocalPoint | null>;
  focal_backup: Json<FocalPoint | null>;
  notes: string | null;
  archived: Generated<boolean>;
  version: Generated<number>;
  created_at: CreatedAt;
  updated_at: Timestamp;
}

export interface UsersTable {
  id: Generated<string>;
  unit_id: string;
  username: string;
  full_name: string;
  title: string | null;
  email: string | null;
  phone: string | null;
  roles: string[];
  locale: Generated<string>;
  password_hash: string | null;
  must_change_password: Generated<boolean>;
  totp_secret: string | null;
  totp_enabled: Generated<boolean>;
  disabled: Generated<boolean>;
  failed_logins: Generated<number>;
  locked_until: Timestamp | null;
  last_login_at: Timestamp | null;
  version: Generated<number>;
  created_at: CreatedAt;
  updated_at: Timestamp;
}

export interface SessionsTable {
  id: string;
  user_id: string;
  csrf_token: string;
  ip: string | null;
  user_agent: string | null;
  created_at: CreatedAt;
  last_seen_at: Timestamp;
  expires_at: Timestamp;
}

export interface ApiTokensTable {
  id: Generated<string>;
  user_id: string;
  name: string;
  token_hash: string;
  prefix: string;
  scopes: string[];
  created_at: CreatedAt;
  last_used_at: Timestamp | null;
  expires_at: Timestamp | null;
  revoked_at: Timestamp | null;
}

export interface AuthThrottleTable {
  key: string;
  window_start: Timestamp;
  count: number;
  last_at: Timestamp;
}

export interface AuditLogTable {
  id: Generated<string>;
  at: Timestamp;
  actor_user_id: string | null;
  actor_label: string;
  ip: string | null;
  request_id: string | null;
  action: string;
  entity_type: string;
  entity_id: string | null;
  unit_id: string | null;
  before: Json<unknown> | null;
  after: Json<unknown> | null;
  chain: Generated<number>;
  prev_hash: string;
  hash: string;
  /** 1: public SHA-256 (records older than the audit key); 2: HMAC-SHA-256. */
  alg: Generated<number>;
  key_id: string | null;
}

export interface AuditCheckpointsTable {
  id: Generated<string>;
  at: Timestamp;
  key_id: string;
  body: Json<unknown>;
  signature: string;
}

/** One row per audit chain: its row lock is the chain's lock, and it names the chain's last record (decision 0027). */
export interface AuditHeadsTable {
  chain: number;
  last_id: string | null;
  hash: string | null;
}

/** When each scheduled job last ran, cluster-wide (decision 0028). */
export interface JobRunsTable {
  name: string;
  last_run_at: Timestamp;
}

export interface TeamMembersTable {
  id: Generated<string>;
  user_id: string | null;
  unit_id: string;
  full_name: string;
  team_role: string | null;
  skills: Generated<string[]>;
  phone: string | null;
  email: string | null;
  on_call: Generated<boolean>;
  active: Generated<boolean>;
  notes: string | null;
  version: Generated<number>;
  created_at: CreatedAt;
  updated_at: Timestamp;
}

export interface SettingsTable {
  key: string;
  value: Json<unknown>;
  updated_at: Timestamp;
}

export interface MigrationsTable {
  name: string;
  applied_at: CreatedAt;
  /** SHA-256 of the migration file when applied; null only for rows older than checksums. */
  checksum: string | null;
}

/** Tables of the platform foundation; modules declare theirs in schema-<module>.ts. */
export interface PlatformTables {
  units: UnitsTable;
  users: UsersTable;
  sessions: SessionsTable;
  api_tokens: ApiTokensTable;
  auth_throttle: AuthThrottleTable;
  audit_log: AuditLogTable;
  audit_checkpoints: AuditCheckpointsTable;
  audit_heads: AuditHeadsTable;
  job_runs: JobRunsTable;
  team_members: TeamMembersTable;
  settings: SettingsTable;
  ungcuu_migrations: MigrationsTable;
}

export interface Database
  extends PlatformTables,
    IncidentTables,
    PreparednessTables,
    ClassifierTables,
    MailIntakeTables,
    NotificationTables,
    MonitoringTables,
    AlertTables,
    WarningTables,
    RequestTables,
    ProposalTables,
    DocumentTables {}

export type UnitRow = Selectable<UnitsTable>;
export type NewUnitRow = Insertable<UnitsTable>;
export type UnitUpdate = Updateable<UnitsTable>;
export type UserRow = Selectable<UsersTable>;
export type NewUserRow = Insertable<UsersTable>;
export type UserUpdate = Updateable<UsersTable>;
export type TeamMemberRow = Selectable<TeamMembersTable>;
export type AuditRow = Selectable<AuditLogTable>;
export type ApiTokenRow = Selectable<ApiTokensTable>;
