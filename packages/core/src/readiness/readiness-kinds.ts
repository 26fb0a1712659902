import type {
  ContractInput,
  ContractView,
  DrillInput,
  DrillView,
  EquipmentInput,
  EquipmentView,
  LicenceInput,
  LicenceView,
  TrainingInput,
  TrainingView,
} from '@ungcuu/domain/readiness/readiness-api.ts';
import { sql } from 'kysely';
import type { ContactValue } from '../db/schema-preparedness.ts';
import { blank, toDay, toIso } from '../shared/row-values.ts';
import type { ItemRow, LinkSpec, TableSpec } from './readiness-items.repository.ts';

// The five readiness record kinds: table, column mapping and API shape of each.

export interface Links {
  ids: string[];
  unitIds: string[];
}

export interface ItemKind<I extends { unitId: string }, V> {
  name: 'equipment' | 'licence' | 'contract' | 'training' | 'drill';
  spec: TableSpec;
  link?: LinkSpec & { inputKey: 'attendeeUserIds' | 'systemIds' };
  columns(input: Partial<I>): Record<string, unknown>;
  view(row: ItemRow, links: Links | undefined, today: string): Omit<V, 'allowedActions'>;
  /** Units whose people may read the record besides its own unit (a training's attendees). */
  extraReadUnits?: boolean;
}

/** Copies the keys present in `input` to their columns, blanking empty strings. */
function mapColumns(input: Record<string, unknown>, map: Record<string, string>, json: string[] = []) {
  const out: Record<string, unknown> = {};
  for (const [key, column] of Object.entries(map)) {
    const value = input[key];
    if (value === undefined) continue;
    if (json.includes(key)) out[column] = JSON.stringify(value);
    else out[column] = typeof value === 'string' ? blank(value) : value;
  }
  return out;
}

const str = (v: unknown) => (v === null || v === undefined ? null : String(v));
const day = (v: unknown) => toDay(v as Date | null);

function base(row: ItemRow) {
  return {
    id: row.id,
    unitId: row.unit_id,
    unitName: row.unit_name,
    version: row.version,
    createdAt: toIso(row.created_at)!,
    updatedAt: toIso(row.updated_at)!,
  };
}

/** Whole days from `today` to `to`, both 'YYYY-MM-DD'. */
export function daysBetween(today: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${today}T00:00:00Z`)) / 86_400_000);
}

export const EQUIPMENT: ItemKind<EquipmentInput, EquipmentView> = {
  name: 'equipment',
  spec: { table: 'readiness_equipment', dateColumn: 'acquired_on', kindColumn: 'category' },
  columns: (input) =>
    mapColumns(input, {
      unitId: 'unit_id',
      name: 'name',
      category: 'category',
      quantity: 'quantity',
      status: 'status',
      location: 'location',
      acquiredOn: 'acquired_on',
      notes: 'notes',
    }),
  view: (row) => ({
    ...base(row),
    name: String(row.name),
    category: String(row.category) as EquipmentView['category'],
    quantity: Number(row.quantity),
    status: String(row.status) as EquipmentView['status'],
    location: str(row.location),
    acquiredOn: day(row.acquired_on),
    notes: str(row.notes),
  }),
};

export const LICENCES: ItemKind<LicenceInput, LicenceView> = {
  name: 'licence',
  spec: { table: 'readiness_licences', dateColumn: 'expires_on', kindColumn: 'kind' },
  columns: (input) =>
    mapColumns(input, {
      unitId: 'unit_id',
      kind: 'kind',
      product: 'product',
      vendor: 'vendor',
      seats: 'seats',
      expiresOn: 'expires_on',
      notes: 'notes',
    }),
  view: (row, _links, today) => {
    const expiresOn = day(row.expires_on)!;
    const daysToExpiry = daysBetween(today, expiresOn);
    return {
      ...base(row),
      kind: row.kind as LicenceView['kind'],
      product: String(row.product),
      vendor: str(row.vendor),
      seats: row.seats === null ? null : Number(row.seats),
      expiresOn,
      daysToExpiry,
      // Valid through its expiry day (the readiness rule reads it the same way).
      expired: daysToExpiry < 0,
      notes: str(row.notes),
    };
  },
};

export const CONTRACTS: ItemKind<ContractInput, ContractView> = {
  name: 'contract',
  spec: { table: 'readiness_contracts', dateColumn: 'ends_on' },
  columns: (input) =>
    mapColumns(
      input,
      {
        unitId: 'unit_id',
        provider: 'provider',
        scope: 'scope',
        contractRef: 'contract_ref',
        contacts: 'contacts',
        startsOn: 'starts_on',
        endsOn: 'ends_on',
        notes: 'notes',
      },
      ['contacts'],
    ),
  view: (row, _links, today) => {
    const startsOn = day(row.starts_on);
    const endsOn = day(row.ends_on);
    return {
      ...base(row),
      provider: String(row.provider),
      scope: String(row.scope),
      contractRef: str(row.contract_ref),
      contacts: (row.contacts as ContactValue[] | null) ?? [],
      startsOn,
      endsOn,
      active: (!startsOn || startsOn <= today) && (!endsOn || endsOn >= today),
      notes: str(row.notes),
    };
  },
};

export const TRAININGS: ItemKind<TrainingInput, TrainingView> = {
  name: 'training',
  spec: {
    table: 'readiness_trainings',
    dateColumn: 'held_on',
    reachExtra: (unitId) => sql<boolean>`exists (
      select 1 from readiness_training_attendees a join users us on us.id = a.user_id
      where a.training_id = i.id and us.unit_id = ${unitId})`,
  },
  link: {
    table: 'readiness_training_attendees',
    fk: 'training_id',
    other: 'user_id',
    inputKey: 'attendeeUserIds',
  },
  extraReadUnits: true,
  columns: (input) =>
    mapColumns(input, {
      unitId: 'unit_id',
      title: 'title',
      heldOn: 'held_on',
      organiser: 'organiser',
      hours: 'hours',
      notes: 'notes',
    }),
  view: (row, links) => ({
    ...base(row),
    title: String(row.title),
    heldOn: day(row.held_on)!,
    organiser: str(row.organiser),
    hours: row.hours === null || row.hours === undefined ? null : Number(row.hours),
    attendeeUserIds: links?.ids ?? [],
    notes: str(row.notes),
  }),
};

export const DRILLS: ItemKind<DrillInput, DrillView> = {
  name: 'drill',
  spec: { table: 'readiness_drills', dateColumn: 'held_on', kindColumn: 'kind' },
  link: { table: 'readiness_drill_systems', fk: 'drill_id', other: 'system_id', inputKey: 'systemIds' },
  columns: (input) =>
    mapColumns(
      input,
      {
        unitId: 'unit_id',
        kind: 'kind',
        title: 'title',
        scenarioSubtype: 'scenario_subtype',
        heldOn: 'held_on',
        participants: 'participants',
        findings: 'findings',
      },
      ['participants'],
    ),
  view: (row, links) => ({
    ...base(row),
    kind: row.kind as DrillView['kind'],
    title: String(row.title),
    scenarioSubtype: str(row.scenario_subtype),
    heldOn: day(row.held_on)!,
    participants: (row.participants as string[] | null) ?? [],
    findings: str(row.findings),
    systemIds: links?.ids ?? [],
  }),
};
