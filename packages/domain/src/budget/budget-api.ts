import { type Static, Type } from '@sinclair/typebox';
import { AllowedActions, DateTimeString, DayString, Nullable, Paged } from '../api-shapes.ts';
import { RefId, type RefKind } from '../refs.ts';
import {
  BUDGET_CATEGORIES,
  BUDGET_LINE_STATUSES,
  BudgetLineInputSchema,
  SpendingInputSchema,
} from './budget.ts';

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

export const BudgetTransitionSchema = Type.Object(
  { to: literals(BUDGET_LINE_STATUSES), note: Type.Optional(Type.String({ maxLength: 2000 })) },
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
  link: Nullable(BudgetLinkSchema),
  note: Nullable(Type.String()),
  decidedBy: Nullable(Type.String()),
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

export const BudgetLineDetailSchema = Type.Composite([
  BudgetLineViewSchema,
  Type.Object({ spending: Type.Array(SpendingViewSchema) }),
]);

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
