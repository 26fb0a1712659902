import type { ParseKeys } from 'i18next';
import { nullableText, optionalText } from '../../lib/format.ts';
import {
  type ContractView,
  DRILL_KINDS,
  type DrillView,
  EQUIPMENT_CATEGORIES,
  EQUIPMENT_STATUSES,
  type EquipmentView,
  type ItemPath,
  LICENCE_KINDS,
  type LicenceView,
  type TrainingView,
} from './readiness-types.ts';

// The five readiness record forms (seed II.4.b) as data: which fields, how they are laid out, how a
// record fills them and how they become the API's input. One renderer (components/item-form.tsx)
// draws them all, so a rule about fields (required, blank → null, the unit) lives in one place.

export type FieldKind =
  | 'unit'
  | 'text'
  | 'textarea'
  | 'date'
  | 'number'
  | 'select'
  | 'segmented'
  | 'tags'
  | 'users'
  | 'systems'
  | 'threat';

export interface FieldSpec<V> {
  name: keyof V & string;
  kind: FieldKind;
  label: ParseKeys;
  description?: ParseKeys;
  /** Required fields refuse blank text and an empty unit with the "required" message. */
  required?: boolean;
  /** `text` only: the input type that brings up the right phone keyboard. */
  inputType?: 'tel' | 'email';
  /** `select` / `segmented`: the values, labelled `${optionLabels}.${value}`. */
  options?: readonly string[];
  optionLabels?: string;
  /** `number`: no decimals unless a scale is given. */
  decimalScale?: number;
  minRows?: number;
}

/** A field on its own line, or a grid of fields (1 column on phones). */
export type FormRow<V> = FieldSpec<V> | { cols: 2 | 3; fields: FieldSpec<V>[] };

export interface ItemFormSpec<T, V extends Record<string, unknown>> {
  path: ItemPath;
  testId?: string;
  rows: FormRow<V>[];
  /** The form's values for a record being edited, or for a new one in the given unit. */
  initialValues: (item: T | undefined, unitId: string | null) => V;
  /** The body of POST/PATCH /api/readiness/<path>. */
  toInput: (values: V, item: T | undefined) => Record<string, unknown>;
}

export function fieldsOf<V>(rows: FormRow<V>[]): FieldSpec<V>[] {
  return rows.flatMap((r) => ('fields' in r ? r.fields : [r]));
}

/** A number input's value: '' when cleared, so "not given" stays distinct from 0. */
type NumberValue = number | '';
const nullableNumber = (v: NumberValue): number | null => (v === '' ? null : Number(v));

const notes = { name: 'notes', kind: 'textarea', label: 'readiness.fields.notes' } as const;
const unit = { name: 'unitId', kind: 'unit', label: 'readiness.fields.unit', required: true } as const;

export interface EquipmentValues extends Record<string, unknown> {
  unitId: string | null;
  name: string;
  category: EquipmentView['category'];
  quantity: NumberValue;
  status: EquipmentView['status'];
  location: string;
  acquiredOn: string;
  notes: string;
}

export const EQUIPMENT_FORM: ItemFormSpec<EquipmentView, EquipmentValues> = {
  path: 'equipment',
  rows: [
    unit,
    { name: 'name', kind: 'text', label: 'readiness.equipment.name', required: true },
    {
      cols: 3,
      fields: [
        {
          name: 'category',
          kind: 'select',
          label: 'readiness.equipment.category',
          options: EQUIPMENT_CATEGORIES,
          optionLabels: 'readiness.equipment.categories',
        },
        { name: 'quantity', kind: 'number', label: 'readiness.equipment.quantity' },
        {
          name: 'status',
          kind: 'select',
          label: 'readiness.equipment.status',
          options: EQUIPMENT_STATUSES,
          optionLabels: 'readiness.equipment.statuses',
        },
      ],
    },
    {
      cols: 2,
      fields: [
        { name: 'location', kind: 'text', label: 'readiness.equipment.location' },
        { name: 'acquiredOn', kind: 'date', label: 'readiness.equipment.acquiredOn' },
      ],
    },
    notes,
  ],
  initialValues: (item, unitId) => ({
    unitId: item?.unitId ?? unitId,
    name: item?.name ?? '',
    category: item?.category ?? 'hardware',
    quantity: item?.quantity ?? 1,
    status: item?.status ?? 'ready',
    location: item?.location ?? '',
    acquiredOn: item?.acquiredOn ?? '',
    notes: item?.notes ?? '',
  }),
  toInput: (v) => ({
    unitId: v.unitId,
    name: v.name.trim(),
    category: v.category,
    quantity: Number(v.quantity) || 0,
    status: v.status,
    location: nullableText(v.location),
    acquiredOn: nullableText(v.acquiredOn),
    notes: nullableText(v.notes),
  }),
};

export interface LicenceValues extends Record<string, unknown> {
  unitId: string | null;
  kind: LicenceView['kind'];
  product: string;
  vendor: string;
  seats: NumberValue;
  expiresOn: string;
  notes: string;
}

export const LICENCE_FORM: ItemFormSpec<LicenceView, LicenceValues> = {
  path: 'licences',
  testId: 'licence-form',
  rows: [
    unit,
    {
      cols: 2,
      fields: [
        {
          name: 'kind',
          kind: 'select',
          label: 'readiness.licences.kind',
          options: LICENCE_KINDS,
          optionLabels: 'readiness.licences.kinds',
        },
        { name: 'product', kind: 'text', label: 'readiness.licences.product', required: true },
        { name: 'vendor', kind: 'text', label: 'readiness.licences.vendor' },
        { name: 'seats', kind: 'number', label: 'readiness.licences.seats' },
        {
          name: 'expiresOn',
          kind: 'date',
          label: 'readiness.licences.expiresOn',
          description: 'readiness.licences.expiresOnHint',
          required: true,
        },
      ],
    },
    notes,
  ],
  initialValues: (item, unitId) => ({
    unitId: item?.unitId ?? unitId,
    kind: item?.kind ?? 'antivirus',
    product: item?.product ?? '',
    vendor: item?.vendor ?? '',
    seats: item?.seats ?? '',
    expiresOn: item?.expiresOn ?? '',
    notes: item?.notes ?? '',
  }),
  toInput: (v) => ({
    unitId: v.unitId,
    kind: v.kind,
    product: v.product.trim(),
    vendor: nullableText(v.vendor),
    seats: nullableNumber(v.seats),
    expiresOn: v.expiresOn,
    notes: nullableText(v.notes),
  }),
};

export interface ContractValues extends Record<string, unknown> {
  unitId: string | null;
  provider: string;
  scope: string;
  contractRef: string;
  startsOn: string;
  endsOn: string;
  contactName: string;
  contactPhone: string;
  contactEmail: string;
  notes: string;
}

export const CONTRACT_FORM: ItemFormSpec<ContractView, ContractValues> = {
  path: 'contracts',
  rows: [
    unit,
    { name: 'provider', kind: 'text', label: 'readiness.contracts.provider', required: true },
    { name: 'scope', kind: 'textarea', label: 'readiness.contracts.scope', required: true },
    {
      cols: 3,
      fields: [
        { name: 'contractRef', kind: 'text', label: 'readiness.contracts.ref' },
        { name: 'startsOn', kind: 'date', label: 'readiness.contracts.startsOn' },
        { name: 'endsOn', kind: 'date', label: 'readiness.contracts.endsOn' },
        { name: 'contactName', kind: 'text', label: 'readiness.contracts.contactName' },
        { name: 'contactPhone', kind: 'text', inputType: 'tel', label: 'readiness.contracts.contactPhone' },
        { name: 'contactEmail', kind: 'text', inputType: 'email', label: 'readiness.contracts.contactEmail' },
      ],
    },
    notes,
  ],
  initialValues: (item, unitId) => {
    const first = item?.contacts[0];
    return {
      unitId: item?.unitId ?? unitId,
      provider: item?.provider ?? '',
      scope: item?.scope ?? '',
      contractRef: item?.contractRef ?? '',
      startsOn: item?.startsOn ?? '',
      endsOn: item?.endsOn ?? '',
      contactName: first?.name ?? '',
      contactPhone: first?.phone ?? '',
      contactEmail: first?.email ?? '',
      notes: item?.notes ?? '',
    };
  },
  toInput: (v, item) => {
    const [phone, email] = [optionalText(v.contactPhone), optionalText(v.contactEmail)];
    const contact = v.contactName.trim()
      ? [{ name: v.contactName.trim(), ...(phone ? { phone } : {}), ...(email ? { email } : {}) }]
      : [];
    return {
      unitId: v.unitId,
      provider: v.provider.trim(),
      scope: v.scope.trim(),
      contractRef: nullableText(v.contractRef),
      startsOn: nullableText(v.startsOn),
      endsOn: nullableText(v.endsOn),
      // The form edits the first contact; the others are kept as they are.
      contacts: [...contact, ...(item?.contacts.slice(1) ?? [])],
      notes: nullableText(v.notes),
    };
  },
};

export interface TrainingValues extends Record<string, unknown> {
  unitId: string | null;
  title: string;
  heldOn: string;
  organiser: string;
  hours: NumberValue;
  attendeeUserIds: string[];
  notes: string;
}

export const TRAINING_FORM: ItemFormSpec<TrainingView, TrainingValues> = {
  path: 'trainings',
  rows: [
    { ...unit, label: 'readiness.trainings.unit' },
    { name: 'title', kind: 'text', label: 'readiness.trainings.title', required: true },
    {
      cols: 3,
      fields: [
        { name: 'heldOn', kind: 'date', label: 'readiness.trainings.heldOn', required: true },
        { name: 'organiser', kind: 'text', label: 'readiness.trainings.organiser' },
        { name: 'hours', kind: 'number', label: 'readiness.trainings.hours', decimalScale: 1 },
      ],
    },
    { name: 'attendeeUserIds', kind: 'users', label: 'readiness.trainings.attendees' },
    notes,
  ],
  initialValues: (item, unitId) => ({
    unitId: item?.unitId ?? unitId,
    title: item?.title ?? '',
    heldOn: item?.heldOn ?? '',
    organiser: item?.organiser ?? '',
    hours: item?.hours ?? '',
    attendeeUserIds: item?.attendeeUserIds ?? [],
    notes: item?.notes ?? '',
  }),
  toInput: (v) => ({
    unitId: v.unitId,
    title: v.title.trim(),
    heldOn: v.heldOn,
    organiser: nullableText(v.organiser),
    hours: nullableNumber(v.hours),
    attendeeUserIds: v.attendeeUserIds,
    notes: nullableText(v.notes),
  }),
};

export interface DrillValues extends Record<string, unknown> {
  unitId: string | null;
  kind: DrillView['kind'];
  title: string;
  scenarioSubtype: string | null;
  heldOn: string;
  participants: string[];
  findings: string;
  systemIds: string[];
}

/** A drill (diễn tập) or a scan / threat hunt (rà quét): Chỉ thị 18/CT-TTg counts both for level 3+ systems. */
export const DRILL_FORM: ItemFormSpec<DrillView, DrillValues> = {
  path: 'drills',
  rows: [
    {
      name: 'kind',
      kind: 'segmented',
      label: 'readiness.drills.kind',
      options: DRILL_KINDS,
      optionLabels: 'readiness.drills.kinds',
    },
    unit,
    { name: 'title', kind: 'text', label: 'readiness.drills.title', required: true },
    {
      cols: 2,
      fields: [
        { name: 'heldOn', kind: 'date', label: 'readiness.drills.heldOn', required: true },
        { name: 'scenarioSubtype', kind: 'threat', label: 'readiness.drills.scenario' },
      ],
    },
    {
      name: 'systemIds',
      kind: 'systems',
      label: 'readiness.drills.systems',
      description: 'readiness.drills.systemsHint',
    },
    {
      name: 'participants',
      kind: 'tags',
      label: 'readiness.drills.participants',
      description: 'readiness.drills.participantsHint',
    },
    { name: 'findings', kind: 'textarea', label: 'readiness.drills.findings', minRows: 3 },
  ],
  initialValues: (item, unitId) => ({
    unitId: item?.unitId ?? unitId,
    kind: item?.kind ?? 'drill',
    title: item?.title ?? '',
    scenarioSubtype: item?.scenarioSubtype ?? null,
    heldOn: item?.heldOn ?? '',
    participants: item?.participants ?? [],
    findings: item?.findings ?? '',
    systemIds: item?.systemIds ?? [],
  }),
  toInput: (v) => ({
    unitId: v.unitId,
    kind: v.kind,
    title: v.title.trim(),
    scenarioSubtype: v.scenarioSubtype,
    heldOn: v.heldOn,
    participants: v.participants.map((p) => p.trim()).filter(Boolean),
    findings: nullableText(v.findings),
    systemIds: v.systemIds,
  }),
};
