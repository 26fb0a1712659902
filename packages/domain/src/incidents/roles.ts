// The incident lifecycle and playbooks use the platform's roles (org/roles.ts) under these names.
import { Type } from '@sinclair/typebox';
import { isRole, ROLE_LABELS, ROLES, type Role } from '../org/roles.ts';

export const ROLE_CODES = ROLES;
export type RoleCode = Role;
export const RoleCodeSchema = Type.Union(ROLES.map((r) => Type.Literal(r)));
export { ROLE_LABELS };
export const isRoleCode = isRole;
