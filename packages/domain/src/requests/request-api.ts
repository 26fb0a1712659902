import { type Static, Type } from '@sinclair/typebox';
import { DateTimeString, DayString, LocalizedTextSchema, Nullable, Paged, Uuid } from '../api-shapes.ts';
import { UnitTypeSchema } from '../org/schemas.ts';
import { RefId } from '../refs.ts';
import { ANSWER_STATUSES, AnswersSchema, MAX_FIELDS, RequestFieldSchema } from './request-form.ts';

// Request and response schemas of the requests-to-units endpoints.

const TEMPLATE_CODES = ['scan_campaign', 'focal_points', 'systems_update'] as const;
const literals = <T extends string>(values: readonly T[]) => Type.Union(values.map((v) => Type.Literal(v)));

export const TargetingSchema = Type.Union([
  Type.Object({ mode: Type.Literal('all') }, { additionalProperties: false }),
  Type.Object(
    {
      mode: Type.Literal('types'),
      unitTypes: Type.Array(UnitTypeSchema, { minItems: 1, maxItems: 10, uniqueItems: true }),
    },
    { additionalProperties: false },
  ),
  Type.Object(
    {
      mode: Type.Literal('units'),
      unitIds: Type.Array(RefId('unit'), { minItems: 1, maxItems: 2000, uniqueItems: true }),
    },
    { additionalProperties: false },
  ),
]);
export type Targeting = Static<typeof TargetingSchema>;

export const RequestInputSchema = Type.Object(
  {
    title: Type.String({ minLength: 3, maxLength: 300 }),
    instructions: Type.String({ maxLength: 10_000 }),
    template: Type.Optional(literals(TEMPLATE_CODES)),
    fields: Type.Array(RequestFieldSchema, { minItems: 1, maxItems: MAX_FIELDS }),
    targeting: TargetingSchema,
    deadline: Type.String({ format: 'date', maxLength: 10 }),
  },
  { additionalProperties: false },
);
export type RequestInput = Static<typeof RequestInputSchema>;

export const AnswerInputSchema = Type.Object(
  { answers: AnswersSchema, submit: Type.Boolean() },
  { additionalProperties: false },
);
export type AnswerInput = Static<typeof AnswerInputSchema>;

export const ReopenInputSchema = Type.Object(
  { reason: Type.String({ minLength: 3, maxLength: 1000 }) },
  { additionalProperties: false },
);

export const RequestListQuerySchema = Type.Object({
  limit: Type.Integer({ minimum: 1, maximum: 200, default: 50 }),
  offset: Type.Integer({ minimum: 0, maximum: 1_000_000, default: 0 }),
  state: Type.Optional(literals(['open', 'closed'] as const)),
});

const ComplianceSchema = literals(['answered', 'open', 'overdue'] as const);
const StatusSchema = literals(ANSWER_STATUSES);

export const RequestSummarySchema = Type.Object({
  id: Uuid,
  title: Type.String(),
  template: Nullable(Type.String()),
  deadline: DayString,
  state: literals(['open', 'closed'] as const),
  sentAt: DateTimeString,
  /** Focal office: how many units answered out of how many asked. A unit: its own status. */
  targeted: Type.Integer(),
  answered: Type.Integer(),
  overdue: Type.Integer(),
  myStatus: Nullable(StatusSchema),
  myCompliance: Nullable(ComplianceSchema),
});
export const RequestListSchema = Paged(RequestSummarySchema);

export const AnswerViewSchema = Type.Object({
  unitId: Uuid,
  unitName: Type.String(),
  status: StatusSchema,
  compliance: ComplianceSchema,
  answers: AnswersSchema,
  submittedAt: Nullable(DateTimeString),
  submittedBy: Nullable(Type.String()),
  reopenReason: Nullable(Type.String()),
  version: Type.Integer(),
});
export type AnswerView = Static<typeof AnswerViewSchema>;

export const RequestDetailSchema = Type.Object({
  ...RequestSummarySchema.properties,
  instructions: Type.String(),
  fields: Type.Array(RequestFieldSchema),
  targeting: Type.Unknown(),
  /** The focal office sees every unit's answer; a unit only its own (here as a one-item list). */
  answers: Type.Array(AnswerViewSchema),
  totals: Type.Array(
    Type.Object({ key: Type.String(), label: Type.String(), total: Type.Number(), answered: Type.Integer() }),
  ),
  canManage: Type.Boolean(),
  canAnswer: Type.Boolean(),
});
export type RequestDetail = Static<typeof RequestDetailSchema>;

export const RequestTemplateSchema = Type.Object({
  code: literals(TEMPLATE_CODES),
  title: LocalizedTextSchema,
  instructions: LocalizedTextSchema,
  fields: Type.Array(
    Type.Object({
      ...RequestFieldSchema.properties,
      label: LocalizedTextSchema,
      help: Type.Optional(LocalizedTextSchema),
    }),
  ),
});
export const RequestTemplateListSchema = Type.Object({ items: Type.Array(RequestTemplateSchema) });
