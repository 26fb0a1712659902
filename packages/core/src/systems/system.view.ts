import { type Actor, allowedActions, can } from '@ungcuu/domain/auth/permissions.ts';
import type { SystemRef, SystemView } from '@ungcuu/domain/systems/system-api.ts';
import type { InformationSystemRow } from '../db/schema-preparedness.ts';
import { toDay, toIso } from '../shared/row-values.ts';
import type { SystemWithUnits } from './system.repository.ts';

const SYSTEM_ACTIONS = ['system.update', 'system.delete', 'risk.manage'] as const;

/** A system's records belong to its owner and its operating unit: both may act on them. */
export function systemUnitIds(row: Pick<InformationSystemRow, 'owner_unit_id' | 'operating_unit_id'>) {
  return row.owner_unit_id === row.operating_unit_id
    ? [row.owner_unit_id]
    : [row.owner_unit_id, row.operating_unit_id];
}

export function canReadSystem(
  actor: Actor,
  row: Pick<InformationSystemRow, 'owner_unit_id' | 'operating_unit_id'>,
) {
  return can(actor, 'system.read', { unitIds: systemUnitIds(row) });
}

function securityLevel(level: number | null): SystemView['securityLevel'] {
  return level === null ? 'unclassified' : (level as 1 | 2 | 3 | 4 | 5);
}

/** The API's shape of a system: the domain input's shape plus identity, state and allowed actions. */
export function systemView(actor: Actor, row: SystemWithUnits): SystemView {
  return {
    id: row.id,
    name: row.name,
    kind: row.kind as SystemView['kind'],
    ownerUnitId: row.owner_unit_id,
    ownerUnitName: row.owner_unit_name,
    operatingUnitId: row.operating_unit_id,
    operatingUnitName: row.operating_unit_name,
    securityLevel: securityLevel(row.security_level),
    levelApproval: {
      status: row.level_approval_status as SystemView['levelApproval']['status'],
      decisionRef: row.level_decision_ref,
      decisionDate: toDay(row.level_decision_date),
    },
    nationalCritical: row.national_critical,
    dataSensitivity: row.data_sensitivity as SystemView['dataSensitivity'],
    hosting: {
      kind: row.hosting as SystemView['hosting']['kind'],
      ...(row.hosting_provider ? { provider: row.hosting_provider } : {}),
    },
    providers: row.providers ?? {},
    addresses: row.addresses ?? [],
    software: row.software ?? [],
    backup: {
      status: row.backup_status as SystemView['backup']['status'],
      lastRestoreTestAt: toDay(row.last_restore_test_at),
    },
    contacts: row.contacts ?? [],
    notes: row.notes,
    archived: row.archived,
    version: row.version,
    createdAt: toIso(row.created_at)!,
    updatedAt: toIso(row.updated_at)!,
    allowedActions: allowedActions(actor, SYSTEM_ACTIONS, { unitIds: systemUnitIds(row) }),
  };
}

export function systemRef(row: InformationSystemRow): SystemRef {
  return {
    id: row.id,
    name: row.name,
    securityLevel: securityLevel(row.security_level),
    nationalCritical: row.national_critical,
    ownerUnitId: row.owner_unit_id,
    operatingUnitId: row.operating_unit_id,
  };
}
