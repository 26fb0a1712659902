import { type Static, Type } from '@sinclair/typebox';
import { DateTimeString, DayString, Items, LocalizedTextSchema, literals, Nullable } from '../api-shapes.ts';
import { PLAN_SECTION_KEYS } from './annual-plan.ts';
import { MAU05_ATTACK_TYPES, PERIOD_KINDS } from './mau05.ts';

// Reports for leadership (issue 12): Mẫu 05 per period and the annual plan. Both are named by
// their period (kind + year) or year, one record each, so no record id travels in a request.

export const DOC_FORMATS = ['docx', 'pdf'] as const;
export type DocFormat = (typeof DOC_FORMATS)[number];
export const MAU05_FORMATS = ['docx', 'pdf', 'xlsx'] as const;
export type Mau05Format = (typeof MAU05_FORMATS)[number];

export const ReportYear = Type.Integer({ minimum: 2000, maximum: 2200 });
const Text = (max: number) => Nullable(Type.String({ maxLength: max }));

export const Mau05ParamsSchema = Type.Object(
  { kind: literals(PERIOD_KINDS), year: ReportYear },
  { additionalProperties: false },
);
export const Mau05FileParamsSchema = Type.Object(
  { kind: literals(PERIOD_KINDS), year: ReportYear, format: literals(MAU05_FORMATS) },
  { additionalProperties: false },
);

const CellsSchema = Type.Object({
  count: Type.Integer(),
  alone: Type.Integer(),
  domestic: Type.Integer(),
  foreign: Type.Integer(),
  coordinator: Type.Integer(),
  damage: Type.Integer(),
});

export const Mau05Schema = Type.Object({
  kind: literals(PERIOD_KINDS),
  year: Type.Integer(),
  regimeId: Type.String(),
  reportCode: Type.String(),
  label: LocalizedTextSchema,
  start: DayString,
  end: DayString,
  dueBefore: DayString,
  verified: Type.Boolean(),
  rows: Type.Array(
    Type.Object({ type: literals(MAU05_ATTACK_TYPES), label: LocalizedTextSchema, cells: CellsSchema }),
  ),
  total: CellsSchema,
  /** Organisations named on the incidents of the period, by kind of help. */
  incidentHelpersDomestic: Type.Array(Type.String()),
  incidentHelpersForeign: Type.Array(Type.String()),
  memberCode: Nullable(Type.String()),
  damageNotes: Nullable(Type.String()),
  helpersDomestic: Nullable(Type.String()),
  helpersForeign: Nullable(Type.String()),
  proposals: Nullable(Type.String()),
  notes: Nullable(Type.String()),
  reference: Nullable(Type.String()),
  generatedAt: Nullable(DateTimeString),
  sentAt: Nullable(DateTimeString),
  sentTo: Nullable(Type.String()),
  version: Type.Integer(),
});
export type Mau05 = Static<typeof Mau05Schema>;

/** What a person enters before export: what the incident data cannot know. */
export const Mau05InputSchema = Type.Object(
  {
    memberCode: Type.Optional(Text(100)),
    damageNotes: Type.Optional(Text(4000)),
    /** One organisation per line; added to those named on the incidents. */
    helpersDomestic: Type.Optional(Text(4000)),
    helpersForeign: Type.Optional(Text(4000)),
    proposals: Type.Optional(Text(8000)),
    notes: Type.Optional(Text(4000)),
  },
  { additionalProperties: false },
);
export type Mau05Input = Static<typeof Mau05InputSchema>;

export const ReportSentInputSchema = Type.Object(
  {
    sentAt: Type.String({ format: 'date-time', maxLength: 40 }),
    sentTo: Type.String({ minLength: 2, maxLength: 500 }),
    reference: Type.Optional(Type.String({ maxLength: 100 })),
  },
  { additionalProperties: false },
);
export type ReportSentInput = Static<typeof ReportSentInputSchema>;

export const PlanParamsSchema = Type.Object({ year: ReportYear }, { additionalProperties: false });
export const PlanFileParamsSchema = Type.Object(
  { year: ReportYear, format: literals(DOC_FORMATS) },
  { additionalProperties: false },
);
export const PlanSectionParamsSchema = Type.Object(
  { year: ReportYear, key: literals(PLAN_SECTION_KEYS) },
  { additionalProperties: false },
);

export const PlanSectionSchema = Type.Object({
  key: literals(PLAN_SECTION_KEYS),
  label: LocalizedTextSchema,
  version: Type.Integer(),
  body: Type.String(),
  source: literals(['generated', 'edited'] as const),
  editedBy: Nullable(Type.String()),
  at: DateTimeString,
});
export type PlanSection = Static<typeof PlanSectionSchema>;

export const PlanSchema = Type.Object({
  year: Type.Integer(),
  number: Nullable(Type.String()),
  place: Type.String(),
  signerName: Nullable(Type.String()),
  signerTitle: Nullable(Type.String()),
  version: Type.Integer(),
  updatedAt: DateTimeString,
  sections: Type.Array(PlanSectionSchema),
});
export type Plan = Static<typeof PlanSchema>;

export const PlanSummarySchema = Type.Object({
  year: Type.Integer(),
  number: Nullable(Type.String()),
  updatedAt: DateTimeString,
});
export const PlanListSchema = Items(PlanSummarySchema);

export const PlanCreateInputSchema = Type.Object(
  {
    year: ReportYear,
    number: Type.Optional(Text(50)),
    place: Type.Optional(Type.String({ minLength: 1, maxLength: 100 })),
    signerName: Type.Optional(Text(200)),
    signerTitle: Type.Optional(Text(200)),
  },
  { additionalProperties: false },
);
export type PlanCreateInput = Static<typeof PlanCreateInputSchema>;

export const PlanUpdateInputSchema = Type.Object(
  {
    number: Type.Optional(Text(50)),
    place: Type.Optional(Type.String({ minLength: 1, maxLength: 100 })),
    signerName: Type.Optional(Text(200)),
    signerTitle: Type.Optional(Text(200)),
  },
  { additionalProperties: false },
);
export type PlanUpdateInput = Static<typeof PlanUpdateInputSchema>;

export const PlanSectionInputSchema = Type.Object(
  {
    body: Type.String({ maxLength: 60000 }),
    /** The version the editor started from; a newer one answers 409 (someone else saved). */
    baseVersion: Type.Integer({ minimum: 1, maximum: 1_000_000 }),
  },
  { additionalProperties: false },
);
export type PlanSectionInput = Static<typeof PlanSectionInputSchema>;

export const PlanSectionVersionsSchema = Items(PlanSectionSchema);
