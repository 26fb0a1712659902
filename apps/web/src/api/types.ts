import type { AuditFinding, AuditStatus } from '@ungcuu/domain/audit/audit-findings.ts';
import type { TokenScope } from '@ungcuu/domain/auth/token-scopes.ts';
import type { Role } from '@ungcuu/domain/org/roles.ts';
import type { UnitInput } from '@ungcuu/domain/org/schemas.ts';
import type { UnitType } from '@ungcuu/domain/org/unit-types.ts';

// Shapes of the API's responses (the request bodies come from the domain's schemas).

export interface Page<T> {
  items: T[];
  total: number;
  limit: number;
  offset: number;
}

export type FocalPoint = NonNullable<UnitInput['focalMain']>;

export interface Unit {
  id: string;
  parentId: string | null;
  code: string;
  name: string;
  type: UnitType;
  address: string | null;
  phone: string | null;
  email: string | null;
  website: string | null;
  leaderName: string | null;
  leaderTitle: string | null;
  intakeEmail: string | null;
  focalMain: FocalPoint | null;
  focalBackup: FocalPoint | null;
  notes: string | null;
  archived: boolean;
  version: number;
  allowedActions: ('unit.update' | 'unit.delete' | 'user.create')[];
}

export interface User {
  id: string;
  unitId: string;
  username: string;
  fullName: string;
  title: string | null;
  email: string | null;
  phone: string | null;
  roles: Role[];
  locale: 'vi' | 'en';
  totpEnabled: boolean;
  disabled: boolean;
  mustChangePassword: boolean;
  lockedUntil: string | null;
  lastLoginAt: string | null;
  allowedActions: ('user.update' | 'user.reset_password')[];
}

export interface Me {
  user: User;
  csrfToken: string | null;
  mustChangePassword: boolean;
  totpSetupRequired: boolean;
}

export interface TeamMember {
  id: string;
  userId: string | null;
  unitId: string;
  fullName: string;
  teamRole: string | null;
  skills: string[];
  phone: string | null;
  email: string | null;
  onCall: boolean;
  active: boolean;
  notes: string | null;
  allowedActions: 'team.manage'[];
}

export interface AuditEntry {
  id: number | string;
  at: string;
  actorUserId: string | null;
  actorLabel: string;
  ip: string | null;
  action: string;
  entityType: string;
  entityId: string;
  unitId: string | null;
  before: unknown;
  after: unknown;
}

export type { AuditFinding };

export interface AuditVerification {
  ok: boolean;
  checked: number;
  status: AuditStatus;
  findings: AuditFinding[];
  checkpoints: { source: string; at: string; total: number }[];
  firstBroken?: { id: string; reason: 'hash_mismatch' | 'prev_link_mismatch' };
}

export interface ApiToken {
  id: string;
  userId: string;
  name: string;
  prefix: string;
  scopes: TokenScope[];
  createdAt: string;
  lastUsedAt: string | null;
  expiresAt: string | null;
  revokedAt: string | null;
}

export interface ImportReport {
  kind: 'units' | 'users';
  dryRun: boolean;
  total: number;
  valid: number;
  rows: { row: number; key: string; errors: { path: string; message: string }[] }[];
  created: number;
  credentials?: { username: string; oneTimePassword: string }[];
}
