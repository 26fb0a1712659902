// The API's response shapes as the web app sees them: derived from the schemas the server
// serialises through (packages/domain/src/**/*-api.ts), never written out by hand here.

export type { AuditRecord as AuditEntry, AuditVerification } from '@ungcuu/domain/audit/audit-api.ts';
export type { AuditFinding } from '@ungcuu/domain/audit/audit-findings.ts';
export type { Me } from '@ungcuu/domain/auth/auth-api.ts';
export type { TokenView as ApiToken } from '@ungcuu/domain/auth/token-api.ts';
export type {
  FocalPoint,
  ImportReport,
  TeamMemberView as TeamMember,
  UnitView as Unit,
  UserView as User,
} from '@ungcuu/domain/org/org-api.ts';

/** One page of a list (`Paged(item)` in packages/domain/src/api-shapes.ts). */
export interface Page<T> {
  items: T[];
  total: number;
  /** The count stopped at its cap (incident lists): "more than `total`". */
  totalCapped?: boolean;
  limit: number;
  offset: number;
}
