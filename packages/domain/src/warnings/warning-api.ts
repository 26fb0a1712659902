import { type Static, Type } from '@sinclair/typebox';
import {
  AllowedActions,
  DateTimeString,
  DayString,
  Items,
  literals,
  Nullable,
  Paged,
  Uuid,
} from '../api-shapes.ts';
import { ObservableKindSchema } from '../incidents/observables.ts';
import { RefId } from '../refs.ts';
import {
  AffectedProductSchema,
  TARGET_OUTCOMES,
  TARGET_REASONS,
  TARGET_STATUSES,
  TargetingSchema,
  TLP_LEVELS,
  WARNING_SEVERITIES,
  WARNING_STATUSES,
  WarningDraftSchema,
} from './warning.ts';

// Request and response schemas of the warnings API and of the inventory's product entries.

// ---- Inventory products (system_products) ------------------------------------------------------

export const SystemProductInputSchema = Type.Object(
  {
    vendor: Type.String({ minLength: 1, maxLength: 200 }),
    product: Type.String({ minLength: 1, maxLength: 200 }),
    version: Type.Optional(Type.Union([Type.String({ maxLength: 100 }), Type.Null()])),
    /** CPE 2.3 formatted string, e.g. cpe:2.3:a:apache:http_server:2.4.57:*:*:*:*:*:*:* */
    cpe: Type.Optional(Type.Union([Type.String({ maxLength: 400, pattern: '^cpe:2\\.3:' }), Type.Null()])),
  },
  { additionalProperties: false },
);
export type SystemProductInput = Static<typeof SystemProductInputSchema>;
export const SystemProductPatchSchema = Type.Partial(SystemProductInputSchema, {
  additionalProperties: false,
  minProperties: 1,
});
export type SystemProductPatch = Static<typeof SystemProductPatchSchema>;

export const SystemProductViewSchema = Type.Object({
  id: Uuid,
  systemId: Uuid,
  vendor: Type.String(),
  product: Type.String(),
  version: Nullable(Type.String()),
  cpe: Nullable(Type.String()),
  updatedAt: DateTimeString,
});
export type SystemProductView = Static<typeof SystemProductViewSchema>;
export const SystemProductListSchema = Items(SystemProductViewSchema);

// ---- Warnings ----------------------------------------------------------------------------------

export { WarningDraftSchema };
export const WarningPatchSchema = Type.Partial(WarningDraftSchema, {
  additionalProperties: false,
  minProperties: 1,
});
export type WarningPatch = Static<typeof WarningPatchSchema>;

export const WarningListQuerySchema = Type.Object({
  limit: Type.Integer({ minimum: 1, maximum: 200, default: 50 }),
  offset: Type.Integer({ minimum: 0, maximum: 1_000_000, default: 0 }),
  status: Type.Optional(literals(WARNING_STATUSES)),
  q: Type.Optional(Type.String({ maxLength: 200 })),
});
export type WarningListQuery = Static<typeof WarningListQuerySchema>;

export const TargetingPreviewInputSchema = Type.Object(
  {
    tlp: literals(TLP_LEVELS),
    targeting: TargetingSchema,
    products: Type.Array(AffectedProductSchema, { maxItems: 200 }),
  },
  { additionalProperties: false },
);
export type TargetingPreviewInput = Static<typeof TargetingPreviewInputSchema>;

const MatchedSystemSchema = Type.Object({
  systemId: Uuid,
  systemName: Type.String(),
  vendor: Type.String(),
  product: Type.String(),
  version: Nullable(Type.String()),
  versionRange: Type.String(),
});

export const TargetPreviewSchema = Items(
  Type.Object({
    unitId: Uuid,
    unitName: Type.String(),
    unitType: Type.String(),
    reason: literals(TARGET_REASONS),
    matchedSystems: Type.Array(MatchedSystemSchema),
  }),
);
export type TargetPreview = Static<typeof TargetPreviewSchema>;

const TargetCounts = Type.Object({
  total: Type.Integer(),
  sent: Type.Integer(),
  acknowledged: Type.Integer(),
  done: Type.Integer(),
  not_applicable: Type.Integer(),
  cannot_do: Type.Integer(),
  overdue: Type.Integer(),
});

export const WarningFileViewSchema = Type.Object({
  id: Uuid,
  /** Null: an attachment of the warning itself; else the evidence of one unit's report. */
  unitId: Nullable(Uuid),
  filename: Type.String(),
  contentType: Type.String(),
  size: Type.Integer(),
  sha256: Type.String(),
  uploadedAt: DateTimeString,
});

export const MyTargetSchema = Type.Object({
  status: literals(TARGET_STATUSES),
  reason: literals(TARGET_REASONS),
  overdue: Type.Boolean(),
  note: Nullable(Type.String()),
  acknowledgedAt: Nullable(DateTimeString),
  respondedAt: Nullable(DateTimeString),
  matchedSystems: Type.Array(MatchedSystemSchema),
});

export const WarningSummarySchema = Type.Object({
  id: Uuid,
  code: Type.String(),
  title: Type.String(),
  severity: literals(WARNING_SEVERITIES),
  tlp: literals(TLP_LEVELS),
  status: literals(WARNING_STATUSES),
  deadline: Nullable(DayString),
  publishedAt: Nullable(DateTimeString),
  createdAt: DateTimeString,
  cves: Type.Array(Type.String()),
  /** Focal office: counts over every target; a unit: null. */
  counts: Nullable(TargetCounts),
  /** A unit: its own target; the focal office: null. */
  myTarget: Nullable(MyTargetSchema),
});
export type WarningSummary = Static<typeof WarningSummarySchema>;
export const WarningPageSchema = Paged(WarningSummarySchema);

export const WarningDetailSchema = Type.Composite([
  WarningSummarySchema,
  Type.Object({
    description: Type.String(),
    requiredActions: Type.String(),
    sourceRef: Nullable(Type.String()),
    targeting: TargetingSchema,
    products: Type.Array(
      Type.Object({
        vendor: Type.String(),
        product: Type.String(),
        versionRange: Type.String(),
        cpe: Nullable(Type.String()),
      }),
    ),
    indicators: Type.Array(
      Type.Object({ type: ObservableKindSchema, value: Type.String(), normalized: Type.String() }),
    ),
    files: Type.Array(WarningFileViewSchema),
    /** Incidents whose observables matched an indicator (focal office only; empty for units). */
    incidents: Type.Array(
      Type.Object({ id: Uuid, code: Type.String(), title: Type.String(), matchedAt: DateTimeString }),
    ),
    version: Type.Integer(),
    allowedActions: AllowedActions,
  }),
]);
export type WarningDetail = Static<typeof WarningDetailSchema>;

export const ComplianceQuerySchema = Type.Object({
  limit: Type.Integer({ minimum: 1, maximum: 500, default: 100 }),
  offset: Type.Integer({ minimum: 0, maximum: 1_000_000, default: 0 }),
  status: Type.Optional(literals([...TARGET_STATUSES, 'overdue'] as const)),
});
export type ComplianceQuery = Static<typeof ComplianceQuerySchema>;

export const TargetRowSchema = Type.Object({
  unitId: Uuid,
  unitName: Type.String(),
  status: literals(TARGET_STATUSES),
  reason: literals(TARGET_REASONS),
  overdue: Type.Boolean(),
  note: Nullable(Type.String()),
  acknowledgedAt: Nullable(DateTimeString),
  respondedAt: Nullable(DateTimeString),
  remindedAt: Nullable(DateTimeString),
  escalatedAt: Nullable(DateTimeString),
  matchedSystems: Type.Array(MatchedSystemSchema),
  fileCount: Type.Integer(),
});
export type TargetRow = Static<typeof TargetRowSchema>;

export const WarningComplianceSchema = Type.Object({
  warningId: Uuid,
  deadline: Nullable(DayString),
  counts: TargetCounts,
  items: Type.Array(TargetRowSchema),
  total: Type.Integer(),
  limit: Type.Integer(),
  offset: Type.Integer(),
});
export type WarningCompliance = Static<typeof WarningComplianceSchema>;

export const UnitComplianceQuerySchema = Type.Object({
  limit: Type.Integer({ minimum: 1, maximum: 200, default: 50 }),
  offset: Type.Integer({ minimum: 0, maximum: 1_000_000, default: 0 }),
});

export const UnitComplianceSchema = Paged(
  Type.Object({
    warningId: Uuid,
    code: Type.String(),
    title: Type.String(),
    severity: literals(WARNING_SEVERITIES),
    deadline: Nullable(DayString),
    publishedAt: Nullable(DateTimeString),
    status: literals(TARGET_STATUSES),
    overdue: Type.Boolean(),
    respondedAt: Nullable(DateTimeString),
  }),
);
export type UnitCompliance = Static<typeof UnitComplianceSchema>;

export const RespondInputSchema = Type.Object(
  {
    outcome: literals(TARGET_OUTCOMES),
    note: Type.Optional(Type.String({ maxLength: 5000 })),
  },
  { additionalProperties: false },
);
export type RespondInput = Static<typeof RespondInputSchema>;

export const WarningTimelineSchema = Items(
  Type.Object({
    id: Type.String(),
    at: DateTimeString,
    event: Type.String(),
    actorLabel: Nullable(Type.String()),
    unitId: Nullable(Uuid),
    unitName: Nullable(Type.String()),
    data: Nullable(Type.Record(Type.String(), Type.Unknown())),
  }),
);
export type WarningTimeline = Static<typeof WarningTimelineSchema>;

export const WarningFileParams = Type.Object({ id: RefId('warning'), fileId: RefId('warning_file') });
export const WarningUnitParams = Type.Object({ id: RefId('unit') });
