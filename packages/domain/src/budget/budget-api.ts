import { type Static, Type } from '@sinclair/typebox';
import { AllowedActions, DateTimeString, DayString, Nullable, Paged } from '../api-shapes.ts';
import { RefId, type RefKind } from '../refs.ts';
import {
  APPRAISAL_RECOMMENDATIONS,
  BUDGET_CATEGORIES,
  BUDGET_LINE_STATUSES,
  BudgetLineInputSchema,
  FUNDING_SOURCES,
  SpendingInputSchema,
} from './budget.ts';

export { AppraisalInputSchema, DecisionInputSchema } from './budget.ts';

const literals = <T extends string>(values: readonly T[]) => Type.Union(values.map((v) => Type.Literal(v)));
const Uuid = Type.String({ format: 'uuid' });

/** What a line pays for: a readiness record, an inspection finding (remediation task) or a risk's treatment. */
export const BUDGET_LINK_KINDS = ['readiness_item', 'inspection_finding', 'risk_treatment'] as const;
/** One branch per link kind, so the reference check knows which kind of record `id` names. */
const LINK_REF: Record<(typeof BUDGET_LINK_KINDS)[number], RefKind> = {
  readiness_item: 'readiness_item',
  inspection_finding: 'remediation_task',
  risk_treatment: 'risk',
};
export const BudgetLinkSchema = Type.Union(
  BUDGET_LINK_KINDS.map((kind) =>
    Type.Object({ kind: Type.Literal(kind), id: RefId(LINK_REF[kind]) }, { additionalProperties: false }),
  ),
);

/** The domain's line input, plus the unit it is for (default: the caller's) and an optional link. */
export const BudgetLineCreateSchema = Type.Object(
  {
    ...BudgetLineInputSchema.properties,
    unitId: Type.Optional(RefId('unit')),
    link: Type.Optional(Nullable(BudgetLinkSchema)),
  },
  { additionalProperties: false },
);
export type BudgetLineCreate = Static<typeof BudgetLineCreateSchema>;
export const BudgetLinePatchSchema = Type.Partial(BudgetLineCreateSchema, { additionalProperties: false });
export type BudgetLinePatch = Static<typeof BudgetLinePatchSchema>;

/** Submit (draft → submitted), withdraw (submitted → draft), rework (rejected → draft). */
export const BudgetTransitionSchema = Type.Object(
  { to: literals(['submitted', 'draft'] as const), note: Type.Optional(Type.String({ maxLength: 2000 })) },
  { additionalProperties: false },
);

const { lineId: _lineId, ...spendingFields } = SpendingInputSchema.properties;
export const SpendingCreateSchema = Type.Object(spendingFields, { additionalProperties: false });
export type SpendingCreate = Static<typeof SpendingCreateSchema>;

export const BudgetListQuerySchema = Type.Object({
  limit: Type.Integer({ minimum: 1, maximum: 200, default: 50 }),
  offset: Type.Integer({ minimum: 0, maximum: 1_000_000, default: 0 }),
  year: Type.Optional(Type.Integer({ minimum: 2000, maximum: 2100 })),
  unitId: Type.Optional(RefId('unit')),
  status: Type.Optional(literals(BUDGET_LINE_STATUSES)),
  category: Type.Optional(literals(BUDGET_CATEGORIES)),
});
export type BudgetListQuery = Static<typeof BudgetListQuerySchema>;

export const BudgetLineViewSchema = Type.Object({
  id: Uuid,
  fiscalYear: Type.Integer(),
  unitId: Uuid,
  unitName: Type.String(),
  category: literals(BUDGET_CATEGORIES),
  title: Type.String(),
  /** Whole đồng. */
  amount: Type.Integer(),
  spent: Type.Integer(),
  status: literals(BUDGET_LINE_STATUSES),
  fundingSource: literals(FUNDING_SOURCES),
  fundingNote: Nullable(Type.String()),
  link: Nullable(BudgetLinkSchema),
  note: Nullable(Type.String()),
  /** Finance's appraisal (seed IV.3). */
  appraisal: Nullable(literals(APPRAISAL_RECOMMENDATIONS)),
  appraisedAmount: Nullable(Type.Integer()),
  appraisalNote: Nullable(Type.String()),
  appraisedBy: Nullable(Type.String()),
  appraisedByName: Nullable(Type.String()),
  appraisedAt: Nullable(DateTimeString),
  /** The leader's decision; approvedAmount is the allocation of record. */
  approvedAmount: Nullable(Type.Integer()),
  decidedBy: Nullable(Type.String()),
  decidedByName: Nullable(Type.String()),
  decidedAt: Nullable(DateTimeString),
  decisionNote: Nullable(Type.String()),
  version: Type.Integer(),
  createdAt: DateTimeString,
  updatedAt: DateTimeString,
  allowedActions: AllowedActions,
});
export type BudgetLineView = Static<typeof BudgetLineViewSchema>;
export const BudgetLinePageSchema = Paged(BudgetLineViewSchema);

export const SpendingViewSchema = Type.Object({
  id: Uuid,
  lineId: Uuid,
  amount: Type.Integer(),
  spentOn: DayString,
  note: Nullable(Type.String()),
  createdBy: Nullable(Type.String()),
  createdAt: DateTimeString,
});
export type SpendingView = Static<typeof SpendingViewSchema>;

/** One step of the line's history (from the audit trail of the line). */
export const BudgetHistoryEntrySchema = Type.Object({
  action: Type.String(),
  at: DateTimeString,
  actorName: Nullable(Type.String()),
  note: Nullable(Type.String()),
  amount: Nullable(Type.Integer()),
});
export type BudgetHistoryEntry = Static<typeof BudgetHistoryEntrySchema>;

export const BudgetLineDetailSchema = Type.Composite([
  BudgetLineViewSchema,
  Type.Object({ spending: Type.Array(SpendingViewSchema), history: Type.Array(BudgetHistoryEntrySchema) }),
]);

/** Staff and materials of the estimate (seed III: not only money): the team roster and equipment. */
export const EstimateResourceSchema = Type.Object({
  kind: literals(['staff', 'material'] as const),
  name: Type.String(),
  detail: Nullable(Type.String()),
  unitName: Nullable(Type.String()),
  quantity: Type.Integer(),
});
export type EstimateResource = Static<typeof EstimateResourceSchema>;

export const BudgetEstimateSchema = Type.Object({
  year: Type.Integer(),
  unitId: Nullable(Uuid),
  lines: Type.Array(BudgetLineViewSchema),
  resources: Type.Array(EstimateResourceSchema),
});
export type BudgetEstimate = Static<typeof BudgetEstimateSchema>;

const Totals = {
  requested: Type.Integer(),
  estimate: Type.Integer(),
  actual: Type.Integer(),
  variance: Type.Integer(),
};
export const BudgetTotalsSchema = Type.Object({
  year: Type.Integer(),
  unitId: Nullable(Uuid),
  categories: Type.Array(Type.Object({ category: literals(BUDGET_CATEGORIES), ...Totals })),
  total: Type.Object(Totals),
  unmatchedSpending: Type.Integer(),
});

export const BudgetYearQuerySchema = Type.Object({
  year: Type.Integer({ minimum: 2000, maximum: 2100 }),
  unitId: Type.Optional(RefId('unit')),
});

export type BudgetLineDetail = Static<typeof BudgetLineDetailSchema>;
export type BudgetTotalsView = Static<typeof BudgetTotalsSchema>;
