import { type Actor, allowedActions } from '@ungcuu/domain/auth/permissions.ts';
import type { UnitView } from '@ungcuu/domain/org/org-api.ts';
import type { UnitType } from '@ungcuu/domain/org/unit-types.ts';
import type { UnitRow } from '../db/schema.ts';

const UNIT_ACTIONS = ['unit.update', 'unit.delete', 'user.create'] as const;

/** The API's shape of a unit, with the actions the viewer may take on it. */
export function unitView(actor: Actor, row: UnitRow): UnitView {
  return {
    id: row.id,
    parentId: row.parent_id,
    code: row.code,
    name: row.name,
    // The column holds only the types the input schema admits.
    type: row.type as UnitType,
    address: row.address,
    phone: row.phone,
    email: row.email,
    website: row.website,
    leaderName: row.leader_name,
    leaderTitle: row.leader_title,
    intakeEmail: row.intake_email,
    focalMain: row.focal_main,
    focalBackup: row.focal_backup,
    notes: row.notes,
    archived: row.archived,
    version: row.version,
    createdAt: new Date(row.created_at).toISOString(),
    updatedAt: new Date(row.updated_at).toISOString(),
    allowedActions: allowedActions(actor, UNIT_ACTIONS, { unitIds: [row.id] }),
  };
}
export type { UnitView };
