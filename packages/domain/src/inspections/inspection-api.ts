import { type Static, Type } from '@sinclair/typebox';
import {
  AllowedActions,
  DateTimeString,
  DayString,
  LocalizedTextSchema,
  Nullable,
  Paged,
} from '../api-shapes.ts';
import { RefId } from '../refs.ts';
import { INSPECTION_ANSWERS } from './remediation.ts';
import { InspectionItemSchema } from './template.ts';

const literals = <T extends string>(values: readonly T[]) => Type.Union(values.map((v) => Type.Literal(v)));
const Uuid = Type.String({ format: 'uuid' });
const Year = Type.Integer({ minimum: 2000, maximum: 2100 });

export const INSPECTION_STATUSES = ['planned', 'in_progress', 'completed'] as const;
export const Answer = literals(INSPECTION_ANSWERS);

export const TemplateViewSchema = Type.Object({
  id: Uuid,
  code: Type.String(),
  version: Type.Integer(),
  title: LocalizedTextSchema,
  items: Type.Array(InspectionItemSchema),
  createdAt: DateTimeString,
});
export type TemplateView = Static<typeof TemplateViewSchema>;

export const InspectionPlanSchema = Type.Object(
  {
    unitId: RefId('unit'),
    year: Year,
    /** Omitted: the latest version of the default annual checklist. */
    templateId: Type.Optional(RefId('inspection_template')),
    plannedOn: Type.Optional(Nullable(Type.String({ format: 'date' }))),
    inspectorUserId: Type.Optional(Nullable(RefId('user'))),
    inspectorName: Type.Optional(Nullable(Type.String({ maxLength: 200 }))),
  },
  { additionalProperties: false },
);
export type InspectionPlan = Static<typeof InspectionPlanSchema>;

export const InspectionPlanYearSchema = Type.Object(
  {
    year: Year,
    unitIds: Type.Array(RefId('unit'), { minItems: 1, maxItems: 5000, uniqueItems: true }),
    templateId: Type.Optional(RefId('inspection_template')),
    plannedOn: Type.Optional(Nullable(Type.String({ format: 'date' }))),
  },
  { additionalProperties: false },
);

export const InspectionPatchSchema = Type.Object(
  {
    plannedOn: Type.Optional(Nullable(Type.String({ format: 'date' }))),
    inspectorUserId: Type.Optional(Nullable(RefId('user'))),
    inspectorName: Type.Optional(Nullable(Type.String({ maxLength: 200 }))),
  },
  { additionalProperties: false },
);
export type InspectionPatch = Static<typeof InspectionPatchSchema>;

export const AnswersInputSchema = Type.Object(
  {
    answers: Type.Record(
      Type.String({ pattern: '^[a-z0-9_.]+$', maxLength: 80 }),
      Type.Object(
        { answer: Answer, note: Type.Optional(Nullable(Type.String({ maxLength: 4000 }))) },
        { additionalProperties: false },
      ),
    ),
  },
  { additionalProperties: false },
);
export type AnswersInput = Static<typeof AnswersInputSchema>;

export const CompleteInspectionSchema = Type.Object(
  {
    conductedOn: Type.String({ format: 'date' }),
    inspectorName: Type.Optional(Type.String({ minLength: 1, maxLength: 200 })),
    summary: Type.Optional(Type.String({ maxLength: 8000 })),
  },
  { additionalProperties: false },
);
export type CompleteInspection = Static<typeof CompleteInspectionSchema>;

export const InspectionListQuerySchema = Type.Object({
  limit: Type.Integer({ minimum: 1, maximum: 200, default: 50 }),
  offset: Type.Integer({ minimum: 0, maximum: 1_000_000, default: 0 }),
  year: Type.Optional(Year),
  unitId: Type.Optional(RefId('unit')),
  status: Type.Optional(literals(INSPECTION_STATUSES)),
});
export type InspectionListQuery = Static<typeof InspectionListQuerySchema>;

export const InspectionResultSchema = Type.Object({
  passed: Type.Integer(),
  failed: Type.Integer(),
  partial: Type.Integer(),
  na: Type.Integer(),
  unanswered: Type.Integer(),
  compliancePercent: Nullable(Type.Integer()),
});

export const InspectionViewSchema = Type.Object({
  id: Uuid,
  unitId: Uuid,
  unitName: Type.String(),
  year: Type.Integer(),
  templateId: Uuid,
  templateCode: Type.String(),
  templateVersion: Type.Integer(),
  status: literals(INSPECTION_STATUSES),
  plannedOn: Nullable(DayString),
  conductedOn: Nullable(DayString),
  inspectorUserId: Nullable(Type.String()),
  inspectorName: Nullable(Type.String()),
  summary: Nullable(Type.String()),
  /** Stored at completion; live while the inspection is open. */
  result: InspectionResultSchema,
  version: Type.Integer(),
  createdAt: DateTimeString,
  updatedAt: DateTimeString,
  allowedActions: AllowedActions,
});
export type InspectionView = Static<typeof InspectionViewSchema>;
export const InspectionPageSchema = Paged(InspectionViewSchema);

export const EvidenceViewSchema = Type.Object({
  id: Uuid,
  itemKey: Type.String(),
  filename: Type.String(),
  contentType: Type.String(),
  sizeBytes: Type.Integer(),
  sha256: Type.String(),
  uploadedBy: Nullable(Type.String()),
  uploadedAt: DateTimeString,
});
export type EvidenceView = Static<typeof EvidenceViewSchema>;

export const RemediationTaskViewSchema = Type.Object({
  id: Uuid,
  unitId: Uuid,
  unitName: Type.String(),
  inspectionId: Nullable(Type.String()),
  itemKey: Type.String(),
  answer: Type.String(),
  title: LocalizedTextSchema,
  description: LocalizedTextSchema,
  priority: Type.String(),
  dueDate: DayString,
  status: literals(['open', 'done'] as const),
  overdue: Type.Boolean(),
  doneNote: Nullable(Type.String()),
  doneAt: Nullable(DateTimeString),
  doneBy: Nullable(Type.String()),
  version: Type.Integer(),
  createdAt: DateTimeString,
  updatedAt: DateTimeString,
  allowedActions: AllowedActions,
});
export type RemediationTaskView = Static<typeof RemediationTaskViewSchema>;
export const RemediationPageSchema = Paged(RemediationTaskViewSchema);

export const InspectionDetailSchema = Type.Composite([
  InspectionViewSchema,
  Type.Object({
    templateTitle: LocalizedTextSchema,
    items: Type.Array(
      Type.Composite([
        InspectionItemSchema,
        Type.Object({
          applies: Type.Boolean(),
          answer: Nullable(Answer),
          note: Nullable(Type.String()),
          evidence: Type.Array(EvidenceViewSchema),
        }),
      ]),
    ),
    remediationTasks: Type.Array(RemediationTaskViewSchema),
  }),
]);

export const RemediationListQuerySchema = Type.Object({
  limit: Type.Integer({ minimum: 1, maximum: 200, default: 50 }),
  offset: Type.Integer({ minimum: 0, maximum: 1_000_000, default: 0 }),
  unitId: Type.Optional(RefId('unit')),
  inspectionId: Type.Optional(RefId('inspection')),
  status: Type.Optional(literals(['open', 'done'] as const)),
  overdue: Type.Optional(Type.Boolean()),
});
export type RemediationListQuery = Static<typeof RemediationListQuerySchema>;

export const RemediationDoneSchema = Type.Object(
  { note: Type.String({ minLength: 1, maxLength: 4000 }) },
  { additionalProperties: false },
);

export const CompareQuerySchema = Type.Object({ unitId: RefId('unit'), year: Year });

const InspectionBrief = Nullable(
  Type.Object({
    id: Uuid,
    status: Type.String(),
    conductedOn: Nullable(DayString),
    result: InspectionResultSchema,
  }),
);

export const CompareViewSchema = Type.Object({
  unitId: Uuid,
  year: Type.Integer(),
  previousYear: Type.Integer(),
  current: InspectionBrief,
  previous: InspectionBrief,
  items: Type.Array(
    Type.Object({
      itemKey: Type.String(),
      title: Nullable(LocalizedTextSchema),
      previous: Nullable(Answer),
      current: Nullable(Answer),
      change: literals(['improved', 'regressed', 'same', 'not_comparable'] as const),
    }),
  ),
  counts: Type.Object({
    improved: Type.Integer(),
    regressed: Type.Integer(),
    same: Type.Integer(),
    notComparable: Type.Integer(),
  }),
});

export type InspectionStatus = (typeof INSPECTION_STATUSES)[number];
export type InspectionResult = Static<typeof InspectionResultSchema>;
export type InspectionDetail = Static<typeof InspectionDetailSchema>;
export type InspectionItemState = InspectionDetail['items'][number];
export type CompareView = Static<typeof CompareViewSchema>;
