import { type Static, Type } from '@sinclair/typebox';
import {
  AllowedActions,
  DateTimeString,
  DayString,
  LocalizedTextSchema,
  Nullable,
  Paged,
} from '../api-shapes.ts';
import { SUBTYPES } from '../incidents/taxonomy.ts';
import { RefId } from '../refs.ts';
import { AssessmentAnswersSchema } from './assessment.ts';
import { RISK_BANDS, RISK_RATINGS, RiskInputSchema } from './risk-scoring.ts';

const literals = <T extends string | number>(values: readonly T[]) =>
  Type.Union(values.map((v) => Type.Literal(v)));

/** How the unit answers a risk (ISO 27005 options, which provincial templates also use). */
export const RISK_TREATMENTS = ['mitigate', 'accept', 'transfer', 'avoid'] as const;
export const RISK_STATUSES = ['open', 'closed'] as const;

const Rating = literals(RISK_RATINGS);
const Subtype = literals(SUBTYPES);
const Band = literals(RISK_BANDS);

/** The register row: the domain's risk input plus who treats it, how and by when. */
const riskRegisterFields = {
  controls: Type.Optional(Nullable(Type.String({ maxLength: 4000 }))),
  treatment: Type.Optional(literals(RISK_TREATMENTS)),
  ownerUserId: Type.Optional(Nullable(RefId('user'))),
  ownerName: Type.Optional(Nullable(Type.String({ maxLength: 200 }))),
  dueDate: Type.Optional(Nullable(Type.String({ format: 'date' }))),
  reviewDate: Type.Optional(Nullable(Type.String({ format: 'date' }))),
  status: Type.Optional(literals(RISK_STATUSES)),
};

export const RiskCreateSchema = Type.Object(
  { ...RiskInputSchema.properties, ...riskRegisterFields },
  { additionalProperties: false },
);
export type RiskCreate = Static<typeof RiskCreateSchema>;

const { systemId: _systemId, ...patchable } = RiskCreateSchema.properties;
export const RiskPatchSchema = Type.Partial(Type.Object(patchable), { additionalProperties: false });
export type RiskPatch = Static<typeof RiskPatchSchema>;

export const RiskListQuerySchema = Type.Object({
  limit: Type.Integer({ minimum: 1, maximum: 200, default: 50 }),
  offset: Type.Integer({ minimum: 0, maximum: 1_000_000, default: 0 }),
  systemId: Type.Optional(RefId('system')),
  /** The system's owner or operating unit. */
  unitId: Type.Optional(RefId('unit')),
  band: Type.Optional(Band),
  subtype: Type.Optional(Subtype),
  status: Type.Optional(literals(RISK_STATUSES)),
  /** One heat-map cell: likelihood × impact. */
  likelihood: Type.Optional(Rating),
  impact: Type.Optional(Rating),
});
export type RiskListQuery = Static<typeof RiskListQuerySchema>;

export const RiskViewSchema = Type.Object({
  id: Type.String({ format: 'uuid' }),
  systemId: Type.String({ format: 'uuid' }),
  systemName: Type.String(),
  unitIds: Type.Array(Type.String({ format: 'uuid' })),
  subtype: Subtype,
  likelihood: Rating,
  impact: Rating,
  score: Type.Integer(),
  band: Band,
  vulnerability: Nullable(Type.String()),
  controls: Nullable(Type.String()),
  treatment: literals(RISK_TREATMENTS),
  mitigation: Nullable(Type.String()),
  ownerUserId: Nullable(Type.String()),
  ownerName: Nullable(Type.String()),
  dueDate: Nullable(DayString),
  reviewDate: Nullable(DayString),
  status: literals(RISK_STATUSES),
  version: Type.Integer(),
  createdAt: DateTimeString,
  updatedAt: DateTimeString,
  allowedActions: AllowedActions,
});
export type RiskView = Static<typeof RiskViewSchema>;
export const RiskPageSchema = Paged(RiskViewSchema);

export const RiskHistorySchema = Type.Object({
  likelihood: Rating,
  impact: Rating,
  score: Type.Integer(),
  band: Band,
  changedBy: Nullable(Type.String()),
  changedAt: DateTimeString,
});
export const RiskDetailSchema = Type.Composite([
  RiskViewSchema,
  Type.Object({ history: Type.Array(RiskHistorySchema) }),
]);

export const HeatMapQuerySchema = Type.Object({
  /** Omitted: the whole town (or, for a unit's people, their unit). */
  unitId: Type.Optional(RefId('unit')),
  includeClosed: Type.Optional(Type.Boolean()),
});

export const HeatMapSchema = Type.Object({
  scope: literals(['town', 'unit'] as const),
  unitId: Nullable(Type.String({ format: 'uuid' })),
  /** cells[likelihood − 1][impact − 1] = number of risks. */
  cells: Type.Array(Type.Array(Type.Integer())),
  total: Type.Integer(),
  byBand: Type.Object({
    low: Type.Integer(),
    medium: Type.Integer(),
    high: Type.Integer(),
    critical: Type.Integer(),
  }),
});

export const AssessmentSaveSchema = Type.Object(
  {
    answers: AssessmentAnswersSchema,
    /** Mark the assessment completed: every question must then be answered. */
    complete: Type.Optional(Type.Boolean()),
  },
  { additionalProperties: false },
);
export type AssessmentSave = Static<typeof AssessmentSaveSchema>;

export const AssessmentViewSchema = Type.Object({
  systemId: Type.String({ format: 'uuid' }),
  status: literals(['not_started', 'draft', 'completed'] as const),
  /** Saved answers, or the level's defaults when nothing was saved yet. */
  answers: AssessmentAnswersSchema,
  defaults: AssessmentAnswersSchema,
  issues: Type.Array(Type.Object({ key: Type.String(), code: Type.String() })),
  suggestedRisks: Type.Array(
    Type.Object({
      subtype: Subtype,
      likelihood: Rating,
      impact: Rating,
      score: Type.Integer(),
      band: Band,
      rationale: LocalizedTextSchema,
      inRegister: Type.Boolean(),
    }),
  ),
  assessedBy: Nullable(Type.String()),
  assessedAt: Nullable(DateTimeString),
  version: Type.Integer(),
  allowedActions: AllowedActions,
});
export type AssessmentView = Static<typeof AssessmentViewSchema>;

export const AcceptRisksSchema = Type.Object(
  { subtypes: Type.Optional(Type.Array(Subtype, { maxItems: SUBTYPES.length, uniqueItems: true })) },
  { additionalProperties: false },
);

export type RiskTreatment = (typeof RISK_TREATMENTS)[number];
export type RiskStatus = (typeof RISK_STATUSES)[number];
export type RiskDetail = Static<typeof RiskDetailSchema>;
export type HeatMapView = Static<typeof HeatMapSchema>;
