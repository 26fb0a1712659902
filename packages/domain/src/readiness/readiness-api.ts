import { type Static, type TObject, Type } from '@sinclair/typebox';
import { AllowedActions, DateTimeString, DayString, Nullable, Paged } from '../api-shapes.ts';
import { SUBTYPES } from '../incidents/taxonomy.ts';
import { RefId } from '../refs.ts';
import { SystemContactSchema } from '../systems/system.ts';

// Readiness records of seed II.4.b: equipment and tools, licences (antivirus and firewall above
// all, seed IV.4), outsourced security services, trainings and drills (Chỉ thị 18/CT-TTg).

const literals = <T extends string>(values: readonly T[]) => Type.Union(values.map((v) => Type.Literal(v)));
const Uuid = Type.String({ format: 'uuid' });
const Day = Type.String({ format: 'date' });
const Text = (max: number) => Type.String({ maxLength: max });
const Name = (max = 300) => Type.String({ minLength: 1, maxLength: max });
const Optional = (max: number) => Type.Optional(Nullable(Text(max)));

export const EQUIPMENT_CATEGORIES = [
  'hardware',
  'spare_hardware',
  'security_tool',
  'backup_media',
  'ups',
  'network',
  'other',
] as const;
export const EQUIPMENT_STATUSES = ['ready', 'maintenance', 'broken', 'retired'] as const;
export const LICENCE_KINDS = ['antivirus', 'firewall', 'other'] as const;
export const DRILL_KINDS = ['drill', 'scan'] as const;

export const EquipmentInputSchema = Type.Object(
  {
    unitId: RefId('unit'),
    name: Name(),
    category: literals(EQUIPMENT_CATEGORIES),
    quantity: Type.Optional(Type.Integer({ minimum: 0, maximum: 1_000_000 })),
    status: Type.Optional(literals(EQUIPMENT_STATUSES)),
    location: Optional(300),
    acquiredOn: Type.Optional(Nullable(Day)),
    notes: Optional(4000),
  },
  { additionalProperties: false },
);

export const LicenceInputSchema = Type.Object(
  {
    unitId: RefId('unit'),
    kind: literals(LICENCE_KINDS),
    product: Name(),
    vendor: Optional(300),
    seats: Type.Optional(Nullable(Type.Integer({ minimum: 0, maximum: 1_000_000 }))),
    /** Valid through this day (Vietnamese calendar). */
    expiresOn: Day,
    notes: Optional(4000),
  },
  { additionalProperties: false },
);

export const ContractInputSchema = Type.Object(
  {
    unitId: RefId('unit'),
    provider: Name(),
    scope: Type.String({ minLength: 1, maxLength: 4000 }),
    contractRef: Optional(200),
    contacts: Type.Optional(Type.Array(SystemContactSchema, { maxItems: 20 })),
    startsOn: Type.Optional(Nullable(Day)),
    endsOn: Type.Optional(Nullable(Day)),
    notes: Optional(4000),
  },
  { additionalProperties: false },
);

export const TrainingInputSchema = Type.Object(
  {
    unitId: RefId('unit'),
    title: Name(),
    heldOn: Day,
    organiser: Optional(300),
    hours: Type.Optional(Nullable(Type.Number({ minimum: 0, maximum: 10_000 }))),
    /** People who attended; each counts for their own unit's readiness. */
    attendeeUserIds: Type.Optional(Type.Array(RefId('user'), { maxItems: 1000, uniqueItems: true })),
    notes: Optional(4000),
  },
  { additionalProperties: false },
);

export const DrillInputSchema = Type.Object(
  {
    unitId: RefId('unit'),
    /** A drill (diễn tập) or a scan / threat hunt (rà quét, săn lùng mối đe dọa). */
    kind: Type.Optional(literals(DRILL_KINDS)),
    title: Name(),
    scenarioSubtype: Type.Optional(Nullable(literals(SUBTYPES))),
    heldOn: Day,
    participants: Type.Optional(Type.Array(Name(200), { maxItems: 200 })),
    findings: Optional(8000),
    systemIds: Type.Optional(Type.Array(RefId('system'), { maxItems: 500, uniqueItems: true })),
  },
  { additionalProperties: false },
);

const partial = <T extends TObject>(schema: T) => Type.Partial(schema, { additionalProperties: false });
export const EquipmentPatchSchema = partial(EquipmentInputSchema);
export const LicencePatchSchema = partial(LicenceInputSchema);
export const ContractPatchSchema = partial(ContractInputSchema);
export const TrainingPatchSchema = partial(TrainingInputSchema);
export const DrillPatchSchema = partial(DrillInputSchema);

export type EquipmentInput = Static<typeof EquipmentInputSchema>;
export type LicenceInput = Static<typeof LicenceInputSchema>;
export type ContractInput = Static<typeof ContractInputSchema>;
export type TrainingInput = Static<typeof TrainingInputSchema>;
export type DrillInput = Static<typeof DrillInputSchema>;

export const ReadinessItemListQuerySchema = Type.Object({
  limit: Type.Integer({ minimum: 1, maximum: 200, default: 50 }),
  offset: Type.Integer({ minimum: 0, maximum: 1_000_000, default: 0 }),
  unitId: Type.Optional(RefId('unit')),
  /** Licence kind or drill kind. */
  kind: Type.Optional(Type.String({ maxLength: 40 })),
  /** On the record's date (expiry, training or drill day, contract end, acquisition). */
  from: Type.Optional(Day),
  to: Type.Optional(Day),
});
export type ReadinessItemListQuery = Static<typeof ReadinessItemListQuerySchema>;

const common = {
  id: Uuid,
  unitId: Uuid,
  unitName: Type.String(),
  version: Type.Integer(),
  createdAt: DateTimeString,
  updatedAt: DateTimeString,
  allowedActions: AllowedActions,
};

export const EquipmentViewSchema = Type.Object({
  ...common,
  name: Type.String(),
  category: literals(EQUIPMENT_CATEGORIES),
  quantity: Type.Integer(),
  status: literals(EQUIPMENT_STATUSES),
  location: Nullable(Type.String()),
  acquiredOn: Nullable(DayString),
  notes: Nullable(Type.String()),
});
export const LicenceViewSchema = Type.Object({
  ...common,
  kind: literals(LICENCE_KINDS),
  product: Type.String(),
  vendor: Nullable(Type.String()),
  seats: Nullable(Type.Integer()),
  expiresOn: DayString,
  /** Days left counted on the Vietnamese calendar; negative once expired. */
  daysToExpiry: Type.Integer(),
  expired: Type.Boolean(),
  notes: Nullable(Type.String()),
});
export const ContractViewSchema = Type.Object({
  ...common,
  provider: Type.String(),
  scope: Type.String(),
  contractRef: Nullable(Type.String()),
  contacts: Type.Array(SystemContactSchema),
  startsOn: Nullable(DayString),
  endsOn: Nullable(DayString),
  active: Type.Boolean(),
  notes: Nullable(Type.String()),
});
export const TrainingViewSchema = Type.Object({
  ...common,
  title: Type.String(),
  heldOn: DayString,
  organiser: Nullable(Type.String()),
  hours: Nullable(Type.Number()),
  attendeeUserIds: Type.Array(Uuid),
  notes: Nullable(Type.String()),
});
export const DrillViewSchema = Type.Object({
  ...common,
  kind: literals(DRILL_KINDS),
  title: Type.String(),
  scenarioSubtype: Nullable(Type.String()),
  heldOn: DayString,
  participants: Type.Array(Type.String()),
  findings: Nullable(Type.String()),
  systemIds: Type.Array(Uuid),
});

export type EquipmentView = Static<typeof EquipmentViewSchema>;
export type LicenceView = Static<typeof LicenceViewSchema>;
export type ContractView = Static<typeof ContractViewSchema>;
export type TrainingView = Static<typeof TrainingViewSchema>;
export type DrillView = Static<typeof DrillViewSchema>;

export const EquipmentPageSchema = Paged(EquipmentViewSchema);
export const LicencePageSchema = Paged(LicenceViewSchema);
export const ContractPageSchema = Paged(ContractViewSchema);
export const TrainingPageSchema = Paged(TrainingViewSchema);
export const DrillPageSchema = Paged(DrillViewSchema);
